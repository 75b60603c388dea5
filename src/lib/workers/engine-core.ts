/**
 * The engine's job table, shared by the Web Worker (engine.worker.ts) and its typed client (engine.ts).
 * Pure: no DOM, no Svelte. Each job maps a request's `args` to a structured-cloneable result and may report
 * progress. Long jobs (calibration, reach sweeps) run here, off the main thread.
 *
 * To add a job: one entry in `EngineJobs` (args and result types) and one in `handlers`.
 */
import {
	estimate,
	internalsOf,
	keplerFromRangeApogee,
	minimumEnergyRange,
	monteCarloSetup,
	runSamples,
	type EstimateInput,
	type McSample,
	type McSetup,
	type PhysicsError,
	type RangeApogeeInput,
	type ReachPoint
} from '../physics/index.ts';
import type { MinimumEnergyInput } from '../physics/kepler.ts';
import {
	estimateTest,
	profileForTest,
	reachContour,
	type ContourOptions
} from '../scene/engine.ts';
import { errorMessage } from '../errors.ts';

/** Progress of a running job: `fraction` in [0, 1], or null when the job cannot tell (indeterminate). */
export interface EngineProgress {
	fraction: number | null;
	/** What is being done, for the progress indicator, e.g. "Reach sweep: azimuth 120 of 360". */
	label: string;
}

export type ProgressCallback = (progress: EngineProgress) => void;

/** Every job the engine runs: its arguments and its result. */
export interface EngineJobs {
	/** The dataset estimate of one test (calibration, range maximum, reach contour; no Monte Carlo). */
	estimateTest: { args: { testId: string }; result: ReturnType<typeof estimateTest> };
	/** An estimate from figures the reader typed (same engine), with real progress. */
	estimate: { args: EstimateInput; result: ReturnType<typeof estimate> };
	/** Lofted and standard time series of one test (runs its estimate first when not cached). */
	profileForTest: {
		args: { testId: string; sampleDtS?: number };
		result: ReturnType<typeof profileForTest>;
	};
	/** Rotating-Earth reach contour of a test's calibrated vehicle, from its site or another. */
	reachContour: {
		args: { testId: string; options?: ContourOptions };
		result: { ok: true; orbital: boolean; points: ReachPoint[] } | PhysicsError;
	};
	/**
	 * The nominal estimate of figures the reader gave and the plain-data setup of its Monte Carlo, which
	 * `monteCarloSlice` jobs (one per worker of the pool) then run.
	 */
	monteCarloSetup: {
		args: EstimateInput;
		result: { ok: true; setup: McSetup } | PhysicsError;
	};
	/** Samples [start, end) of a Monte Carlo run, with progress per sample. */
	monteCarloSlice: {
		args: { setup: McSetup; seed: number; start: number; end: number };
		result: McSample[];
	};
	kepler: { args: RangeApogeeInput; result: ReturnType<typeof keplerFromRangeApogee> };
	minimumEnergy: { args: MinimumEnergyInput; result: ReturnType<typeof minimumEnergyRange> };
	/** Kepler arcs for one apogee over a list of ranges (e.g. for a reach/trade-off curve). */
	keplerSweep: {
		args: { apogeeKm: number; rangesKm: number[]; burnoutAltitudeKm?: number };
		result: ReturnType<typeof keplerFromRangeApogee>[];
	};
}

export type EngineJobKind = keyof EngineJobs;

export type EngineRequest = {
	[K in EngineJobKind]: { kind: K; args: EngineJobs[K]['args'] };
}[EngineJobKind];

export type EngineResult<R extends EngineRequest> = EngineJobs[R['kind']]['result'];

type Handlers = {
	[K in EngineJobKind]: (
		args: EngineJobs[K]['args'],
		onProgress: ProgressCallback
	) => EngineJobs[K]['result'];
};

export const handlers: Handlers = {
	// estimateTest, profileForTest and reachContour take no progress callback: they report an
	// indeterminate progress (fraction null) while they run.
	estimateTest: (args, onProgress) => {
		onProgress({ fraction: null, label: `Estimating ${args.testId}` });
		return estimateTest(args.testId, { samples: 0 });
	},
	monteCarloSetup: (args, onProgress) => {
		onProgress({ fraction: null, label: 'Calibrating the nominal rocket' });
		const est = estimate({ ...args, samples: 0 });
		if (!est.ok) return est;
		const inner = internalsOf(est);
		if (!inner || !est.powered)
			return {
				ok: false,
				code: 'infeasible',
				message: est.poweredNote ?? 'No powered estimate: nothing to sample.'
			};
		return { ok: true, setup: monteCarloSetup(args, inner) };
	},
	monteCarloSlice: (args, onProgress) => {
		const n = Math.max(0, args.end - args.start);
		return runSamples(args.setup, args.seed, args.start, args.end, (done) =>
			onProgress({
				fraction: n ? done / n : 1,
				label: `Monte Carlo: sample ${args.start + done} of ${args.end}`
			})
		);
	},
	estimate: (args, onProgress) =>
		estimate(args, (p) => onProgress({ fraction: p.fraction, label: p.stage })),
	profileForTest: (args, onProgress) => {
		onProgress({ fraction: null, label: `Flight profiles of ${args.testId}` });
		return profileForTest(args.testId, args.sampleDtS);
	},
	reachContour: (args, onProgress) => {
		onProgress({ fraction: null, label: `Reach contour of ${args.testId}` });
		return reachContour(args.testId, args.options);
	},
	kepler: (args) => keplerFromRangeApogee(args),
	minimumEnergy: (args) => minimumEnergyRange(args),
	keplerSweep: (args, onProgress) => {
		const out: ReturnType<typeof keplerFromRangeApogee>[] = [];
		const n = args.rangesKm.length;
		args.rangesKm.forEach((rangeKm, i) => {
			out.push(
				keplerFromRangeApogee({
					rangeKm,
					apogeeKm: args.apogeeKm,
					burnoutAltitudeKm: args.burnoutAltitudeKm
				})
			);
			onProgress({ fraction: (i + 1) / n, label: `Kepler sweep: range ${i + 1} of ${n}` });
		});
		return out;
	}
};

/** Messages from the page to the worker. */
export type ToWorker = { type: 'run'; id: number; request: EngineRequest };

/** Messages from the worker to the page. */
export type FromWorker =
	| { type: 'progress'; id: number; progress: EngineProgress }
	| { type: 'result'; id: number; result: unknown }
	| { type: 'error'; id: number; message: string };

/**
 * Runs one request; never throws: an unknown kind or a throwing job becomes an `error` message that says
 * what went wrong. Progress messages are throttled to at most one per `minIntervalMs` (plus the last).
 */
export function runRequest(
	message: ToWorker,
	post: (m: FromWorker) => void,
	now: () => number = () => Date.now(),
	minIntervalMs = 50
): void {
	const { id, request } = message;
	const handler = (handlers as Record<string, unknown>)[request?.kind] as
		((args: unknown, onProgress: ProgressCallback) => unknown) | undefined;
	if (typeof handler !== 'function') {
		post({
			type: 'error',
			id,
			message: `Unknown engine job "${String(request?.kind)}": use one of ${Object.keys(handlers).join(', ')}.`
		});
		return;
	}
	let last = -Infinity;
	const onProgress: ProgressCallback = (progress) => {
		const t = now();
		if (t - last >= minIntervalMs || progress.fraction === 1) {
			last = t;
			const fraction =
				progress.fraction === null || !Number.isFinite(progress.fraction)
					? null
					: Math.min(1, Math.max(0, progress.fraction));
			post({ type: 'progress', id, progress: { fraction, label: String(progress.label ?? '') } });
		}
	};
	try {
		const result = handler(request.args, onProgress);
		post({ type: 'result', id, result });
	} catch (e) {
		post({
			type: 'error',
			id,
			message: `Engine job "${request.kind}" failed: ${errorMessage(e)}`
		});
	}
}
