// Build-time rendering of a test page's parts to HTML (server only: imports svelte/server), see
// TestDetail.svelte: the static summary, which is never hydrated, and the range map and profile chart, islands
// hydrated after the page.
import { render } from 'svelte/server';
import type { TestReachModels } from '$lib/geo/reachModels';
import type { PresetGeodesics } from '$lib/geo/view';
import type { PackedProfile } from '$lib/viz/profileSeries';
import RangeMap from '../map/RangeMap.svelte';
import ProfileChart from '../charts/ProfileChart.svelte';
import { renderIsland } from '../island/renderIsland.ts';
import { staticMarkup } from '../staticHtml.ts';
import TestSummary, { type TestSummaryProps } from './TestSummary.svelte';
import type { TestPageHtml } from './TestDetail.svelte';

export function renderTestSummary(props: TestSummaryProps): string {
	// Its own id prefix: ids from `$props.id()` must not repeat those of the page's hydrated components.
	return staticMarkup(render(TestSummary, { props, idPrefix: 'summary' }).body);
}

export interface TestPageParts extends TestSummaryProps {
	reachModels: TestReachModels;
	profiles: Record<string, PackedProfile>;
	geodesics: PresetGeodesics;
}

/** The same props TestDetail.svelte gives the components when it renders them itself. */
export function renderTestPage(parts: TestPageParts): TestPageHtml {
	const { test, kepler, estimate, reachModels, profiles, geodesics } = parts;
	return {
		summary: renderTestSummary({ test, kepler, estimate }),
		map: renderIsland(
			RangeMap,
			{ testId: test.id, title: 'Range map', headingLevel: 2, models: reachModels, geodesics },
			'map'
		),
		profile: renderIsland(
			ProfileChart,
			{ testIds: [test.id], headingLevel: 2, profiles },
			'profile'
		)
	};
}
