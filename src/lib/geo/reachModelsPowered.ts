/**
 * Reach models with the engine's powered estimate, for build time (load functions) and the CLI. Runs the
 * trajectory engine (about a second per test, cached by the engine): never import this in the browser.
 */
import { estimateTest } from '../scene/engine.ts';
import { reachModelsForTest, withPowered, type TestReachModels } from './reachModels.ts';

export function reachModelsWithPowered(testId: string): TestReachModels {
	return withPowered(reachModelsForTest(testId), estimateTest(testId));
}
