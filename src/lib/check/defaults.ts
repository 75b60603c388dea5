/**
 * The checker's dependencies as the CLI and Node tests use them: the validated dataset and the
 * engine's Monte Carlo (engine.ts). A page builds the same `CheckDeps` from what its `load` returns.
 */
import { missiles, places, tests } from '../data/dataset.ts';
import type { EngineOptions } from '../scene/engine.ts';
import { estimateEngine } from './engine.ts';
import type { CheckData, CheckDeps } from './types.ts';

export const datasetCheckData: CheckData = { tests, missiles, places };

/**
 * The dataset and the engine, with the engine's views computed on first use and kept. Tests pass fewer
 * Monte Carlo samples than the pages use: the verdict logic is what they check, and a full run per launch
 * would dominate the suite's time.
 */
export function defaultCheckDeps(options: Pick<EngineOptions, 'samples'> = {}): CheckDeps {
	return { data: datasetCheckData, engine: estimateEngine(options) };
}
