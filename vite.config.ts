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
 * instead of its UMD main. Bundled, the UMD build is one CommonJS wrapper function holding the whole library;
 * V8 compiles such a function only when it is first called, on the main thread, so evaluating Leaflet was
 * one 26-40 ms (CPU) task on /map on this project's test machine. As an ES module its top level is compiled
 * while the file streams in, off the main thread: 9-14 ms. The ES build also leaves `window.L` alone.
 * Exact match only: `leaflet/dist/leaflet.css` is untouched.
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
