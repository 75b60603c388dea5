import { describe, expect, it, vi } from 'vitest';
import { inFrames, type FrameScheduler } from './frames.ts';

/** A scheduler whose frames and timers run only when the test says so. */
function manualScheduler() {
	const frames = new Map<number, () => void>();
	const timers = new Map<number, () => void>();
	let id = 0;
	const scheduler: FrameScheduler = {
		requestAnimationFrame: (cb) => (frames.set(++id, cb), id),
		cancelAnimationFrame: (h) => void frames.delete(h),
		setTimeout: (cb) => (timers.set(++id, cb), id as unknown as ReturnType<typeof setTimeout>),
		clearTimeout: (h) => void timers.delete(h as unknown as number)
	};
	const drain = (queue: Map<number, () => void>) => {
		const due = [...queue.values()];
		queue.clear();
		for (const cb of due) cb();
	};
	return {
		scheduler,
		frame: () => drain(frames),
		task: () => drain(timers),
		pending: () => frames.size + timers.size
	};
}

describe('inFrames', () => {
	it('runs the first step in a new task, each later one after a frame, never two in one task', () => {
		const m = manualScheduler();
		const log: string[] = [];
		inFrames([() => log.push('a'), () => log.push('b'), () => log.push('c')], m.scheduler);
		expect(log).toEqual([]); // not inside the caller's task
		m.frame(); // no frame is awaited before the first step
		expect(log).toEqual([]);
		m.task();
		expect(log).toEqual(['a']);
		m.task(); // the next step waits for a frame
		expect(log).toEqual(['a']);
		m.frame();
		m.task();
		expect(log).toEqual(['a', 'b']);
		m.frame();
		m.task();
		expect(log).toEqual(['a', 'b', 'c']);
		expect(m.pending()).toBe(0);
	});

	it('cancelling stops the steps not yet run, at any point', () => {
		for (const cancelAfter of [0, 1, 2]) {
			const m = manualScheduler();
			const log: number[] = [];
			const cancel = inFrames(
				[0, 1, 2].map((i) => () => log.push(i)),
				m.scheduler
			);
			for (let i = 0; i < cancelAfter; i++) {
				m.task();
				m.frame();
			}
			cancel();
			for (let i = 0; i < 3; i++) {
				m.task();
				m.frame();
			}
			expect(log).toEqual([0, 1, 2].slice(0, cancelAfter));
			expect(m.pending()).toBe(0);
		}
	});

	it('a step that throws is reported and the later steps still run', () => {
		const m = manualScheduler();
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const log: string[] = [];
		inFrames(
			[
				() => {
					throw new Error('boom');
				},
				() => log.push('after')
			],
			m.scheduler
		);
		for (let i = 0; i < 2; i++) {
			m.task();
			m.frame();
		}
		expect(error).toHaveBeenCalledWith(new Error('boom'));
		expect(log).toEqual(['after']);
		error.mockRestore();
	});

	it('no steps: nothing is scheduled', () => {
		const m = manualScheduler();
		inFrames([], m.scheduler);
		expect(m.pending()).toBe(0);
	});
});
