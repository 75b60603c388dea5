import { reachModelsWithPowered } from '$lib/geo/reachModelsPowered';
import { missileTests, presetGeodesics } from '$lib/geo/view';
import { DEFAULT_MAP_TEST_ID } from '$lib/state/mapState';
import type { TestReachModels } from '$lib/geo/reachModels';
import type { PageServerLoad } from './$types';

/**
 * The default test's reach models, computed at build time (the trajectory engine takes about a second per
 * test) and baked into the page: the reader's browser never runs the engine for the map. Other tests' models
 * are in the prerendered /map/reach-models.json, fetched when the reader picks one. The missile -> test
 * choice (each missile's farthest Kepler floor) is baked in too, so hydration does not redo it, and so are
 * the distances and azimuths from every launch site to the preset targets (the prerendered table's numbers:
 * hydration would otherwise solve them again, in one long task).
 */
export const load: PageServerLoad = () => {
	const reachModels: Partial<Record<string, TestReachModels>> = {
		[DEFAULT_MAP_TEST_ID]: reachModelsWithPowered(DEFAULT_MAP_TEST_ID)
	};
	return { reachModels, missileTests: missileTests(), geodesics: presetGeodesics() };
};
