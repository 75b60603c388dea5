// A test's page: everything it shows (scene/testPage.ts), computed once at build time from the dataset and
// the engine; the reader's browser never runs the engine.
import { error } from '@sveltejs/kit';
import { getTest, testIds } from '$lib/data/dataset';
import { testPageData } from '$lib/scene/testPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every test id gets a prerendered page. */
export const entries: EntryGenerator = () => testIds.map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	if (!getTest(params.id))
		error(404, `Unknown test id "${params.id}". Known test ids: ${testIds.join(', ')}.`);
	return testPageData(params.id);
};
