/**
 * Typed client for the engine Web Worker. `runEngine(request, onProgress, { signal })` resolves with the
 * job's result, rejects with an EngineError (job failure) or an AbortError (cancelled).
 *
 * One worker, one job at a time; queued jobs wait their turn. Cancelling the running job terminates the
 * worker (a synchronous computation cannot be interrupted any other way) and the next job starts a fresh
 * one. Call only in the browser (e.g. from an effect or an event handler), never during SSR.
 */
import type {
	EngineRequest,
	EngineResult,
	FromWorker,
	ProgressCallback,
	ToWorker
} from './engine-core.ts';

export type {
	EngineProgress,
	EngineRequest,
	EngineResult,
	ProgressCallback
} from './engine-core.ts';

/** The part of the Worker interface the client uses (lets tests pass a fake). */
export interface WorkerLike {
	postMessage(message: ToWorker): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

export class EngineError extends Error {
	override name = 'EngineError';
}

interface Job {
	id: number;
	request: EngineRequest;
	onProgress?: ProgressCallback;
	resolve: (value: unknown) => void;
	reject: (reason: unknown) => void;
	cleanup: () => void;
}

function abortError(): Error {
	return typeof DOMException === 'function'
		? new DOMException('The engine job was cancelled.', 'AbortError')
		: Object.assign(new Error('The engine job was cancelled.'), { name: 'AbortError' });
}

export function defaultWorkerFactory(): WorkerLike {
	if (typeof Worker === 'undefined')
		throw new EngineError(
			'Web Workers are not available here (server-side rendering or an old browser): call runEngine only in the browser.'
		);
	return new Worker(new URL('./engine.worker.ts', import.meta.url), {
		type: 'module',
		name: 'lofted-engine'
	}) as unknown as WorkerLike;
}

/**
 * What went wrong, from a worker's `error` event. A script that could not be fetched or was blocked (a
 * lost connection, a content security policy) gives a plain Event with no message before the worker has
 * said anything; an exception inside a running worker gives an ErrorEvent with its message.
 */
export function workerFailure(event: Pick<ErrorEvent, 'message'> | Event, heard: boolean): string {
	const message = 'message' in event ? event.message : '';
	if (!message && !heard)
		return 'The engine worker could not be loaded: its script was blocked or could not be fetched (you may be offline). Reload the page to try again.';
	return `The engine worker crashed: ${message || 'it gave no reason'}. Reload the page; if it persists, report it.`;
}

/** A job queue in front of one worker; `createEngine` is exported for tests, pages use `runEngine`. */
export function createEngine(factory: () => WorkerLike = defaultWorkerFactory) {
	let worker: WorkerLike | null = null;
	let running: Job | null = null;
	const queue: Job[] = [];
	let nextId = 1;

	const ensureWorker = (): WorkerLike => {
		if (worker) return worker;
		const w = factory();
		w.onmessage = (event) => {
			heard = true;
			const m = event.data;
			if (!running || m.id !== running.id) return; // a message from a cancelled job
			if (m.type === 'progress') {
				running.onProgress?.(m.progress);
				return;
			}
			const job = running;
			running = null;
			job.cleanup();
			if (m.type === 'result') job.resolve(m.result);
			else job.reject(new EngineError(m.message));
			pump();
		};
		let heard = false;
		w.onerror = (event) => {
			event.preventDefault?.();
			const job = running;
			running = null;
			w.terminate();
			worker = null;
			if (job) {
				job.cleanup();
				job.reject(new EngineError(workerFailure(event, heard)));
			}
			pump();
		};
		worker = w;
		return w;
	};

	const pump = () => {
		if (running) return;
		const job = queue.shift();
		if (!job) return;
		running = job;
		try {
			ensureWorker().postMessage({ type: 'run', id: job.id, request: job.request });
		} catch (e) {
			running = null;
			job.cleanup();
			job.reject(e instanceof Error ? e : new EngineError(String(e)));
			pump();
		}
	};

	const cancel = (job: Job) => {
		const index = queue.indexOf(job);
		if (index >= 0) queue.splice(index, 1);
		else if (running === job) {
			running = null;
			worker?.terminate();
			worker = null;
		} else return;
		job.cleanup();
		job.reject(abortError());
		pump();
	};

	function run<R extends EngineRequest>(
		request: R,
		onProgress?: ProgressCallback,
		options: { signal?: AbortSignal } = {}
	): Promise<EngineResult<R>> {
		return new Promise<EngineResult<R>>((resolve, reject) => {
			const { signal } = options;
			if (signal?.aborted) {
				reject(abortError());
				return;
			}
			const job: Job = {
				id: nextId++,
				request,
				onProgress,
				resolve: resolve as (v: unknown) => void,
				reject,
				cleanup: () => signal?.removeEventListener('abort', onAbort)
			};
			const onAbort = () => cancel(job);
			signal?.addEventListener('abort', onAbort, { once: true });
			queue.push(job);
			pump();
		});
	}

	return {
		run,
		/** Number of jobs waiting or running. */
		get pending() {
			return queue.length + (running ? 1 : 0);
		},
		/** Cancels everything and stops the worker. */
		dispose() {
			for (const job of [...queue, ...(running ? [running] : [])]) cancel(job);
			worker?.terminate();
			worker = null;
		}
	};
}

let shared: ReturnType<typeof createEngine> | null = null;

/**
 * Runs an engine job in the shared worker. Example:
 * ```ts
 * const controller = new AbortController();
 * const arcs = await runEngine({ kind: 'keplerSweep', args: { apogeeKm: 2000, rangesKm } },
 *   (p) => (progress = p), { signal: controller.signal });
 * ```
 */
export function runEngine<R extends EngineRequest>(
	request: R,
	onProgress?: ProgressCallback,
	options?: { signal?: AbortSignal }
): Promise<EngineResult<R>> {
	shared ??= createEngine();
	return shared.run(request, onProgress, options);
}
