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

export default defineConfig({
	plugins: [validateData(), sveltekit(), mergeSmallClientChunks(16 * 1024)],
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
