/**
 * The layering rule fails `npm run lint` on a deliberate violation: each case lints a small module as if
 * it lived at the path given, with the project's own ESLint configuration, and expects (or not) an error
 * from `lofted/layers`.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.filter((m) => m.ruleId === 'lofted/layers').map((m) => m.message);
}

describe('lofted/layers', () => {
	it.each([
		[
			'data imports geo',
			'src/lib/data/violation.ts',
			"import { inverse } from '../geo/geodesic.ts';\nexport const f = inverse;\n",
			/data\/ may import only data/
		],
		[
			'geo reads the dataset',
			'src/lib/geo/violation.ts',
			"import { tests } from '../data/dataset.ts';\nexport const n = tests.length;\n",
			/geo\/ may import only geo, data\/types, data\/units/
		],
		[
			'a pure layer imports a component',
			'src/lib/viz/violation.ts',
			"import Figure from '$lib/components/figure/Figure.svelte';\nexport default Figure;\n",
			/pure layer: it may not import components/
		],
		[
			'a page imports the dataset into the browser',
			// A file the TypeScript project knows (Svelte files are type-aware); its text is replaced here.
			'src/routes/tests/+page.svelte',
			'<script lang="ts">\n\timport { tests } from \'$lib/data/dataset\';\n</script>\n\n<p>{tests.length}</p>\n',
			/reads the dataset and would ship it to the browser/
		],
		[
			'a component imports dataset-aware composition',
			'src/lib/components/violation.ts',
			"import { catalogueRows } from '$lib/scene/catalogue';\nexport const rows = catalogueRows;\n",
			/reads the dataset/
		]
	])('reports %s', async (_name, filePath, code, message) => {
		const errors = await layeringErrors(filePath, code);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(message);
	});

	it.each([
		[
			'scene composes the dataset with geo and viz',
			'src/lib/scene/fine.ts',
			"import { tests } from '../data/dataset.ts';\nimport { inverse } from '../geo/geodesic.ts';\nimport { formatKm } from '../viz/format.ts';\nexport const x = [tests, inverse, formatKm];\n"
		],
		[
			'a server load reads the dataset',
			'src/routes/fine/+page.server.ts',
			"import { tests } from '$lib/data/dataset';\nexport const load = () => ({ n: tests.length });\n"
		],
		[
			'a component imports a type from scene',
			'src/lib/components/fine.ts',
			"import type { MapTest } from '$lib/viz/mapScene';\nimport type { TestPageData } from '$lib/scene/testPage';\nexport type X = [MapTest, TestPageData];\n"
		]
	])('allows %s', async (_name, filePath, code) => {
		expect(await layeringErrors(filePath, code)).toEqual([]);
	});
});
