/**
 * The checker's dependencies as the CLI and Node tests use them: the validated dataset and today's
 * engine (engine.ts). A page builds the same `CheckDeps` from what its `load` returns.
 */
import { missiles, places, tests } from '../data/dataset.ts';
import { estimateEngine } from './engine.ts';
import type { CheckData, CheckDeps } from './types.ts';

export const datasetCheckData: CheckData = { tests, missiles, places };

/** The dataset and the engine, with the engine's views computed on first use and kept. */
export function defaultCheckDeps(): CheckDeps {
	return { data: datasetCheckData, engine: estimateEngine() };
}
