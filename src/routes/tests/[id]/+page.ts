// The test's static summary (TestSummary.svelte) is rendered to HTML at prerender and inserted with
// `{@html}`: hydration keeps it without visiting it (see TestDetail.svelte). In the browser this load
// returns no HTML; the page keeps the prerendered nodes, or renders the component after a client-side
// navigation.
import { requireTest } from '$lib/data/dataset';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	if (import.meta.env.SSR) {
		const { renderTestSummary } = await import('$lib/components/catalogue/renderTest.ts');
		const summaryHtml = renderTestSummary({
			test: requireTest(data.id),
			kepler: data.kepler,
			estimate: data.estimate
		});
		return { ...data, summaryHtml };
	}
	return { ...data, summaryHtml: undefined };
};
