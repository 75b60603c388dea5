/**
 * Time-sliced work on the main thread (issue 7: no task over 50 ms). A job is written as a generator that
 * `yield`s wherever it may pause (after a ring's geometry, after a chunk of basemap polygons...); the runner
 * steps it until `budgetMs` has passed, then continues in a new task (a zero timeout), so the browser can
 * paint and handle input between slices. Steps are never cut short: each one should be a bounded piece of
 * work, well under the budget on a slow phone. A slice always runs at least one step, so the job finishes
 * even on a machine where one step exceeds the budget.
 */

export interface SliceScheduler {
	now: () => number;
	setTimeout: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
	clearTimeout: (handle: ReturnType<typeof setTimeout>) => void;
}

const browserScheduler = (): SliceScheduler => ({
	now: () => performance.now(),
	setTimeout: (cb, ms) => setTimeout(cb, ms),
	clearTimeout: (h) => clearTimeout(h)
});

/** Main-thread time one slice may take before yielding, ms (a frame at 60 Hz is 16.7 ms). */
export const DEFAULT_SLICE_BUDGET_MS = 8;

export interface SlicedRun {
	/** Stops the job before its next step (the current step, if any, has already finished). */
	cancel: () => void;
	/** Resolves true once the job has finished, false when it was cancelled; rejects if a step throws. */
	done: Promise<boolean>;
}

export interface SliceOptions {
	budgetMs?: number;
	scheduler?: SliceScheduler;
}

/**
 * Runs `job` in slices of about `budgetMs` of main-thread time each, the first in a new task (never
 * synchronously inside the caller's task, e.g. a Svelte effect flush).
 */
export function runInSlices(job: Iterator<unknown>, options: SliceOptions = {}): SlicedRun {
	const budgetMs = options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS;
	const scheduler = options.scheduler ?? browserScheduler();
	let timer: ReturnType<typeof setTimeout> | null = null;
	let finished = false;
	let running = false;
	let settle: (completed: boolean) => void = () => {};
	let fail: (error: unknown) => void = () => {};
	const done = new Promise<boolean>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	const slice = () => {
		timer = null;
		const start = scheduler.now();
		running = true;
		try {
			do {
				if (job.next().done) {
					finished = true;
					settle(true);
				}
			} while (!finished && scheduler.now() - start < budgetMs);
		} catch (error) {
			finished = true;
			fail(error);
		} finally {
			running = false;
		}
		if (!finished) timer = scheduler.setTimeout(slice, 0);
	};
	timer = scheduler.setTimeout(slice, 0);
	return {
		done,
		cancel: () => {
			if (finished) return;
			finished = true;
			if (timer !== null) scheduler.clearTimeout(timer);
			timer = null;
			// Let the generator run its finally blocks (not possible from inside one of its own steps).
			if (!running) job.return?.(undefined);
			settle(false);
		}
	};
}
