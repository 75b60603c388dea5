import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './scripts/vite-plugin-validate-data.ts';

/**
 * Client build only: merge chunks under `minSize` bytes into others (Rollup's experimentalMinChunkSize).
 * SvelteKit's default splitting gave the article page 21 preloaded scripts (now 11); on a slow phone
 * connection each is a request and a module to compile before the page becomes interactive. The server
 * build keeps Kit's chunking (merging there breaks the endpoints' exports).
 */
function mergeSmallClientChunks(minSize: number): Plugin {
	return {
		name: 'lofted:merge-small-client-chunks',
		configEnvironment: (name) =>
			name === 'client'
				? { build: { rollupOptions: { output: { experimentalMinChunkSize: minSize } } } }
				: undefined
	};
}

/**
 * `leaflet` resolves to Leaflet's own ES module build (dist/leaflet-src.esm.js, same version and code)
 * instead of its UMD main. Bundled, the UMD build becomes one CommonJS wrapper function around the whole
 * library, run at import: evaluating it was a task of 22-48 ms of CPU on /map (traced, this project's test
 * machine); the ES module build takes 9-16 ms. (Probably because V8 compiles a module's top level while the
 * file streams in, off the main thread, but a lazily compiled function only when first called.) The ES
 * build also leaves `window.L` alone. Exact match only: `leaflet/dist/leaflet.css` is untouched.
 */
const leafletEsm = { find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' };

export default defineConfig({
	plugins: [validateData(), sveltekit(), mergeSmallClientChunks(16 * 1024)],
	resolve: { alias: [leafletEsm] },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['scripts/vitest-setup.ts'],
		expect: { requireAssertions: true },
		testTimeout: 60_000
	}
});
