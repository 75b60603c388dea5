/**
 * Browser client of the Monte Carlo: the nominal rocket is calibrated in the shared engine worker, then the
 * samples run in a pool of engine workers sized to the machine (pool.ts), with progress and cancel. A new
 * run cancels the one in progress. Call only in the browser (an effect or an event handler).
 */
import type { EstimateInput } from '../physics/index.ts';
import { EngineError, runEngine } from './engine.ts';
import { createMonteCarloPool, poolSize, type PoolResult, type PoolWorker } from './pool.ts';

export type { PoolResult } from './pool.ts';

let pool: ReturnType<typeof createMonteCarloPool> | null = null;

function workerFactory(): PoolWorker {
	return new Worker(new URL('./engine.worker.ts', import.meta.url), {
		type: 'module',
		name: 'lofted-engine-pool'
	}) as unknown as PoolWorker;
}

/**
 * Runs the Monte Carlo of figures the reader gave. `onProgress(fraction, label)` reports the nominal
 * calibration (fraction null) and then the share of samples done.
 */
export async function runMonteCarlo(
	input: EstimateInput,
	options: { samples: number; seed: number },
	onProgress?: (fraction: number | null, label: string) => void,
	{ signal }: { signal?: AbortSignal } = {}
): Promise<PoolResult> {
	pool?.cancel();
	const prepared = await runEngine(
		{ kind: 'monteCarloSetup', args: input },
		(p) => onProgress?.(null, p.label),
		{ signal }
	);
	if (!prepared.ok) throw new EngineError(prepared.message);
	pool ??= createMonteCarloPool(workerFactory, poolSize(globalThis.navigator?.hardwareConcurrency));
	return pool.run(prepared.setup, options, (f) => onProgress?.(f, 'Monte Carlo'), { signal });
}
