// Staged work on the main thread: one step per task, each after the browser has drawn the previous one.
// For steps that change the DOM a lot (laying out a chart, turning a paragraph's links into buttons): the
// frame between them keeps each step's style, layout and paint out of the next one's task (issue 7: no task
// over 50 ms). For pure computation in bounded pieces, map/slices.ts packs several into one time budget.

export interface FrameScheduler {
	requestAnimationFrame: (callback: () => void) => number;
	cancelAnimationFrame: (handle: number) => void;
	setTimeout: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
	clearTimeout: (handle: ReturnType<typeof setTimeout>) => void;
}

const browserScheduler = (): FrameScheduler => ({
	requestAnimationFrame: (cb) => requestAnimationFrame(cb),
	cancelAnimationFrame: (h) => cancelAnimationFrame(h),
	setTimeout: (cb, ms) => setTimeout(cb, ms),
	clearTimeout: (h) => clearTimeout(h)
});

/**
 * Runs `steps` in order: the first in a new task (a zero timeout: never inside the caller's task), each
 * later one in its own task after the next animation frame (requestAnimationFrame, then a zero timeout, so
 * the step runs after the frame is painted rather than inside it). Returns a function that cancels the
 * steps not yet run. An exception in a step is reported (console.error) and does not stop the later steps.
 */
export function inFrames(
	steps: ReadonlyArray<() => void>,
	scheduler: FrameScheduler = browserScheduler()
): () => void {
	let index = 0;
	let frame: number | null = null;
	let timer: ReturnType<typeof setTimeout> | null = null;
	let cancelled = false;
	const schedule = () => {
		frame = scheduler.requestAnimationFrame(() => {
			frame = null;
			timer = scheduler.setTimeout(run, 0);
		});
	};
	const run = () => {
		timer = null;
		if (cancelled) return;
		const step = steps[index++];
		try {
			step();
		} catch (error) {
			console.error(error);
		}
		if (index < steps.length) schedule();
	};
	if (steps.length > 0) timer = scheduler.setTimeout(run, 0);
	return () => {
		cancelled = true;
		if (frame !== null) scheduler.cancelAnimationFrame(frame);
		if (timer !== null) scheduler.clearTimeout(timer);
	};
}
