// Parts of the test page are rendered to HTML at prerender (see TestDetail.svelte): the static summary
// (TestSummary.svelte), inserted with `{@html}` and never hydrated, and the range map and the profile chart,
// islands that hydrate one task after the page (components/island). In the browser this load returns no
// HTML; the page keeps the prerendered nodes, or renders the components after a client-side navigation.
import { requireTest } from '$lib/data/dataset';
import type { TestPageHtml } from '$lib/components/catalogue/TestDetail.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	if (import.meta.env.SSR) {
		const { renderTestPage } = await import('$lib/components/catalogue/renderTest.ts');
		const html: TestPageHtml = renderTestPage({
			test: requireTest(data.id),
			kepler: data.kepler,
			estimate: data.estimate,
			reachModels: data.reachModels,
			profiles: data.profiles,
			geodesics: data.geodesics
		});
		return { ...data, html };
	}
	return { ...data, html: undefined };
};
