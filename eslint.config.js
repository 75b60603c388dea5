import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import layers from './scripts/eslint-layers.js';

/** Pure layers: no UI framework, no map library, no SvelteKit runtime. */
const pureLayerRule = {
	'no-restricted-imports': [
		'error',
		{
			paths: [
				{
					name: 'svelte',
					message:
						'Pure layers (data, physics, geo, viz, state, scene, check) must not import Svelte.'
				},
				{ name: 'leaflet', message: 'Pure layers must not import Leaflet; wrap it in a component.' }
			],
			patterns: [
				{ group: ['svelte/*'], message: 'Pure layers must not import Svelte.' },
				{ group: ['$app/*'], message: 'Pure layers must not import the SvelteKit runtime.' },
				{ group: ['leaflet/*'], message: 'Pure layers must not import Leaflet.' }
			]
		}
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'reports/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The direction of imports between the layers (scripts/eslint-layers.js, docs/architecture.md).
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		plugins: { lofted: layers },
		rules: { 'lofted/layers': 'error' }
	},
	{
		files: [
			'src/lib/physics/**',
			'src/lib/geo/**',
			'src/lib/data/**',
			'src/lib/viz/**',
			'src/lib/state/**',
			'src/lib/scene/**',
			'src/lib/check/**'
		],
		// The one URL-state helper is rune code by design (state/*.svelte.ts).
		ignores: ['src/lib/state/*.svelte.ts'],
		rules: pureLayerRule
	}
);
