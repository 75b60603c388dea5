import { describe, expect, it } from 'vitest';
import { runInSlices, type SliceScheduler } from './slices.ts';

/** A scheduler with a fake clock: timers run only when the test says so; each step advances the clock. */
function manualScheduler() {
	const timers = new Map<number, () => void>();
	let id = 0;
	let clock = 0;
	const scheduler: SliceScheduler = {
		now: () => clock,
		setTimeout: (cb) => (timers.set(++id, cb), id as unknown as ReturnType<typeof setTimeout>),
		clearTimeout: (h) => void timers.delete(h as unknown as number)
	};
	return {
		scheduler,
		/** Runs the timers due now (one task each). */
		task: () => {
			const due = [...timers.values()];
			timers.clear();
			for (const cb of due) cb();
		},
		advance: (ms: number) => (clock += ms),
		pending: () => timers.size
	};
}

/** A job of `n` steps that each take `stepMs` on the fake clock and log their index. */
function* steps(n: number, stepMs: number, m: ReturnType<typeof manualScheduler>, log: number[]) {
	for (let i = 0; i < n; i++) {
		m.advance(stepMs);
		log.push(i);
		yield;
	}
}

describe('runInSlices', () => {
	it('starts in a new task, never inside the caller', () => {
		const m = manualScheduler();
		const log: number[] = [];
		runInSlices(steps(3, 1, m, log), { scheduler: m.scheduler });
		expect(log).toEqual([]);
		expect(m.pending()).toBe(1);
	});

	it('runs steps until the budget is spent, then continues in the next task', async () => {
		const m = manualScheduler();
		const log: number[] = [];
		const run = runInSlices(steps(10, 3, m, log), { budgetMs: 8, scheduler: m.scheduler });
		m.task();
		expect(log).toEqual([0, 1, 2]); // 3 + 3 < 8, 9 >= 8: yield after the third step
		m.task();
		expect(log).toEqual([0, 1, 2, 3, 4, 5]);
		m.task();
		m.task();
		expect(log).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		// The job's end is only seen on the next step.
		m.task();
		expect(m.pending()).toBe(0);
		await expect(run.done).resolves.toBe(true);
	});

	it('runs at least one step per task even when a step exceeds the budget', async () => {
		const m = manualScheduler();
		const log: number[] = [];
		const run = runInSlices(steps(3, 50, m, log), { budgetMs: 8, scheduler: m.scheduler });
		for (let t = 1; t <= 3; t++) {
			m.task();
			expect(log.length).toBe(t);
		}
		m.task();
		await expect(run.done).resolves.toBe(true);
	});

	it('cancelling stops before the next step, runs the job’s finally and resolves false', async () => {
		const m = manualScheduler();
		const log: string[] = [];
		function* job() {
			try {
				for (let i = 0; ; i++) {
					m.advance(10);
					log.push(`step ${i}`);
					yield;
				}
			} finally {
				log.push('cleanup');
			}
		}
		const run = runInSlices(job(), { budgetMs: 8, scheduler: m.scheduler });
		m.task();
		run.cancel();
		m.task();
		expect(log).toEqual(['step 0', 'cleanup']);
		expect(m.pending()).toBe(0);
		await expect(run.done).resolves.toBe(false);
	});

	it('a step may cancel its own run (no further steps, no error)', async () => {
		const m = manualScheduler();
		const log: number[] = [];
		let run: ReturnType<typeof runInSlices> | null = null;
		function* job() {
			log.push(0);
			run?.cancel();
			yield;
			log.push(1);
			yield;
		}
		run = runInSlices(job(), { budgetMs: 8, scheduler: m.scheduler });
		m.task();
		m.task();
		expect(log).toEqual([0]);
		await expect(run.done).resolves.toBe(false);
	});

	it('rejects when a step throws, and stops', async () => {
		const m = manualScheduler();
		function* job() {
			yield;
			throw new Error('bad ring');
		}
		const run = runInSlices(job(), { scheduler: m.scheduler });
		m.task();
		expect(m.pending()).toBe(0);
		await expect(run.done).rejects.toThrow('bad ring');
	});
});
