// The catalogue's rows (each test's figures summarised across reporters), computed once at build time and
// inlined in the page: summarising every test's reports took part of the page's one hydration task.
import { catalogueRow } from '$lib/components/catalogue/rows';
import { getMissile, getPlace, tests } from '$lib/data/dataset';
import { summarizeFigures } from '$lib/data/figures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	rows: tests.map((t) => catalogueRow(t, { getMissile, getPlace, summarizeFigures }))
});
