// The range map's data, gathered at build time (scene/map.ts): every test as the map sees it, the launch
// sites and preset targets, which test stands for each missile, and the default test's reach models
// (the engine takes about a second per test; the others come from the prerendered reach-models.json
// when the reader picks one).
import {
	mapSites,
	mapTests,
	missileNames,
	missileTests,
	presetTargets,
	reachModelsOf
} from '$lib/scene/map';
import { DEFAULT_MAP_TEST_ID } from '$lib/state/mapState';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const byMissile = missileTests();
	return {
		tests: mapTests(),
		sites: mapSites(),
		targets: [...presetTargets],
		missileTests: byMissile,
		missileNames: missileNames(Object.keys(byMissile)),
		defaultModels: reachModelsOf(DEFAULT_MAP_TEST_ID)
	};
};
