/**
 * The shape of a test's reach models as the map draws them (built from the dataset and the engine by
 * scene/reach.ts at build time, then handed to the page as data).
 */
import type { ReachModel } from './reach.ts';

/** Half the Earth's circumference on the engine's sphere, km: a range this long reaches every point. */
export const EVERYWHERE_KM = Math.PI * 6371.0088;

export interface TestReachModels {
	testId: string;
	kepler: ReachModel;
	powered: ReachModel | null;
	/** Why a model is missing or what was assumed, one line each. */
	notes: string[];
}
