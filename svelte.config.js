import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// LOFTED_BUILD_DIR / LOFTED_KIT_DIR let parallel builds (e.g. several developers' test runs) not collide.
		adapter: adapter({
			pages: process.env.LOFTED_BUILD_DIR ?? 'build',
			assets: process.env.LOFTED_BUILD_DIR ?? 'build',
			strict: true
		}),
		outDir: process.env.LOFTED_KIT_DIR ?? '.svelte-kit',
		// Each page's CSS (at most ~20 KB, Leaflet's included) goes inline in its HTML: no render-blocking
		// stylesheet round trips before the first paint on a slow phone connection.
		inlineStyleThreshold: 24 * 1024,
		alias: {
			$data: 'data'
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
