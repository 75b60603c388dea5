/**
 * A Monte Carlo split across a small pool of engine workers. Pure (workers come from a factory), so it is
 * tested in Node with fake workers. Sample i depends only on (setup, seed, i), so the slices can run
 * anywhere and the merged run equals the single-threaded one.
 *
 * `run(setup, { samples, seed }, onProgress, { signal })` resolves with the run's summary and samples;
 * progress is the fraction of all samples done; a new run, or the signal, cancels the running one (its
 * workers are terminated: a synchronous computation cannot be interrupted any other way).
 */
import {
	summarise,
	type McSample,
	type McSetup,
	type MonteCarloSummary
} from '../physics/index.ts';
import type { FromWorker, ToWorker } from './engine-core.ts';

/** The part of the Worker interface the pool uses. */
export interface PoolWorker {
	postMessage(message: ToWorker): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

/** Workers for a machine with `hardwareConcurrency` logical cores: all but one (for the page), 1 to 4. */
export function poolSize(hardwareConcurrency: number | undefined): number {
	const n = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency!) : 2;
	return Math.max(1, Math.min(4, n - 1));
}

/** [start, end) slices of n samples over `parts` workers, as equal as possible, in order. */
export function splitSamples(n: number, parts: number): [number, number][] {
	const k = Math.max(1, Math.min(parts, n));
	const out: [number, number][] = [];
	for (let i = 0, start = 0; i < k; i++) {
		const size = Math.floor(n / k) + (i < n % k ? 1 : 0);
		out.push([start, start + size]);
		start += size;
	}
	return out.filter(([a, b]) => b > a);
}

export interface PoolResult {
	summary: MonteCarloSummary;
	samples: McSample[];
}

export class PoolAbortError extends Error {
	override name = 'AbortError';
	constructor() {
		super('The Monte Carlo run was cancelled.');
	}
}

interface Running {
	workers: PoolWorker[];
	reject: (e: unknown) => void;
}

export function createMonteCarloPool(factory: () => PoolWorker, size: number) {
	let running: Running | null = null;
	let nextId = 1;

	const stop = (reason: unknown) => {
		const r = running;
		running = null;
		if (!r) return;
		r.workers.forEach((w) => w.terminate());
		r.reject(reason);
	};

	function run(
		setup: McSetup,
		options: { samples: number; seed: number },
		onProgress?: (fraction: number) => void,
		{ signal }: { signal?: AbortSignal } = {}
	): Promise<PoolResult> {
		stop(new PoolAbortError());
		return new Promise<PoolResult>((resolve, reject) => {
			if (signal?.aborted) return reject(new PoolAbortError());
			const slices = splitSamples(options.samples, size);
			const parts: (McSample[] | null)[] = slices.map(() => null);
			const done = slices.map(() => 0);
			const workers: PoolWorker[] = [];
			const me: Running = { workers, reject };
			running = me;
			signal?.addEventListener('abort', () => running === me && stop(new PoolAbortError()), {
				once: true
			});
			const finish = () => {
				if (running !== me || parts.some((p) => p === null)) return;
				running = null;
				workers.forEach((w) => w.terminate());
				const samples = parts.flat() as McSample[];
				resolve({ summary: summarise(setup, samples, options.seed), samples });
			};
			if (slices.length === 0) return finish();
			slices.forEach(([start, end], i) => {
				const id = nextId++;
				const w = factory();
				workers.push(w);
				w.onmessage = (event) => {
					const m = event.data;
					if (running !== me || m.id !== id) return;
					if (m.type === 'progress') {
						done[i] = Math.round((m.progress.fraction ?? 0) * (end - start));
						onProgress?.(done.reduce((a, b) => a + b, 0) / options.samples);
					} else if (m.type === 'result') {
						parts[i] = m.result as McSample[];
						finish();
					} else stop(new Error(m.message));
				};
				w.onerror = (event) => {
					event.preventDefault?.();
					if (running === me)
						stop(
							new Error(
								`An engine worker failed: ${event.message || 'it could not be loaded or crashed'}.`
							)
						);
				};
				w.postMessage({
					type: 'run',
					id,
					request: { kind: 'monteCarloSlice', args: { setup, seed: options.seed, start, end } }
				});
			});
		});
	}

	return {
		run,
		/** Cancels the running job, if any. */
		cancel: () => stop(new PoolAbortError()),
		get busy() {
			return running !== null;
		}
	};
}
