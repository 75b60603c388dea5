import { testIds } from '$lib/data/dataset';
import { reachModelsWithPowered } from '$lib/geo/reachModelsPowered';
import { missileTests } from '$lib/geo/view';
import type { PageServerLoad } from './$types';

/**
 * Reach models for every test, computed once at build time (the trajectory engine takes about a second per
 * test) and baked into the page: the reader's browser never runs the engine for the map. The missile ->
 * test choice (each missile's farthest Kepler floor) is baked in too, so hydration does not redo it.
 */
export const load: PageServerLoad = () => ({
	reachModels: Object.fromEntries(testIds.map((id) => [id, reachModelsWithPowered(id)])),
	missileTests: missileTests()
});
