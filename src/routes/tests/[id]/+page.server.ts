import { error } from '@sveltejs/kit';
import { keplerFloor } from '$lib/components/catalogue/testFacts';
import { getTest, testIds, tests } from '$lib/data/dataset';
import { summarizeFigures } from '$lib/data/figures';
import { reachModelsWithPowered } from '$lib/geo/reachModelsPowered';
import { presetGeodesics } from '$lib/geo/view';
import { estimateTest, profileForTest } from '$lib/scene/engine';
import { packProfile } from '$lib/viz/profileSeries';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every test id gets a prerendered page. */
export const entries: EntryGenerator = () => tests.map((t) => ({ id: t.id }));

/** Computed once at build time and baked into the page (the engine does not run in the reader's browser). */
export const load: PageServerLoad = ({ params }) => {
	const test = getTest(params.id);
	if (!test) error(404, `Unknown test id "${params.id}". Known test ids: ${testIds.join(', ')}.`);
	const s = summarizeFigures(test);
	const result = estimateTest(test.id);
	const estimate = result.ok
		? {
				ok: true as const,
				kepler: result.kepler,
				consistency: result.consistency,
				poweredNote: result.poweredNote,
				// The 360-point rotating-Earth contour belongs to the map; the page shows the rest.
				powered: result.powered ? { ...result.powered, rotating: [] } : null
			}
		: { ok: false as const, message: result.message };
	return {
		id: test.id,
		kepler: keplerFloor(s.rangeKm, s.apogeeKm, s.flightTimeS),
		estimate,
		// The embedded map and profile show the engine's results too, computed here once at build time.
		reachModels: orNull(() => reachModelsWithPowered(test.id)) ?? undefined,
		// The map's target table: distances from this test's site, so hydration solves no geodesics.
		geodesics: presetGeodesics([test.siteId]),
		profiles: s.apogeeKm && s.rangeKm ? { [test.id]: packProfile(profileForTest(test.id)) } : {}
	};
};

/** A test without both an apogee and a range has no reach to draw: the page says what is missing. */
function orNull<T>(f: () => T): T | null {
	try {
		return f();
	} catch {
		return null;
	}
}
