// The profile chart is an island (components/island): rendered to HTML here at prerender, hydrated one task
// after the page. In the browser this load returns no HTML; the page keeps the prerendered nodes, or mounts
// the chart after a client-side navigation.
import { DEFAULT_PROFILE_MODE, DEFAULT_PROFILE_TEST_IDS } from '$lib/state/profilesUrl';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	if (import.meta.env.SSR) {
		const { renderIsland } = await import('$lib/components/island/renderIsland.ts');
		const { default: ProfileChart } = await import('$lib/components/charts/ProfileChart.svelte');
		const chartHtml = renderIsland(
			ProfileChart,
			{
				testIds: [...DEFAULT_PROFILE_TEST_IDS],
				mode: DEFAULT_PROFILE_MODE,
				profiles: data.profiles
			},
			'profiles-chart'
		);
		return { ...data, chartHtml };
	}
	return { ...data, chartHtml: undefined };
};
