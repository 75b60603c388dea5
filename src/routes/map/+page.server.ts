import { reachModelsWithPowered } from '$lib/geo/reachModelsPowered';
import { missileTests } from '$lib/geo/view';
import { DEFAULT_MAP_TEST_ID } from '$lib/state/mapState';
import type { TestReachModels } from '$lib/geo/reachModels';
import type { PageServerLoad } from './$types';

/**
 * The default test's reach models, computed at build time (the trajectory engine takes about a second per
 * test) and baked into the page: the reader's browser never runs the engine for the map. Other tests' models
 * are in the prerendered /map/reach-models.json, fetched when the reader picks one. The missile -> test
 * choice (each missile's farthest Kepler floor) is baked in too, so hydration does not redo it.
 */
export const load: PageServerLoad = () => {
	const reachModels: Partial<Record<string, TestReachModels>> = {
		[DEFAULT_MAP_TEST_ID]: reachModelsWithPowered(DEFAULT_MAP_TEST_ID)
	};
	return { reachModels, missileTests: missileTests() };
};
