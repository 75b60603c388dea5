import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './scripts/vite-plugin-validate-data.ts';

export default defineConfig({
	plugins: [validateData(), sveltekit()],
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
