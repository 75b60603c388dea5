import { testIds } from '$lib/data/dataset';
import { reachModelsWithPowered } from '$lib/geo/reachModelsPowered';
import type { PageServerLoad } from './$types';

/**
 * Reach models for every test, computed once at build time (the trajectory engine takes about a second per
 * test) and baked into the page: the reader's browser never runs the engine for the map.
 */
export const load: PageServerLoad = () => ({
	reachModels: Object.fromEntries(testIds.map((id) => [id, reachModelsWithPowered(id)]))
});
