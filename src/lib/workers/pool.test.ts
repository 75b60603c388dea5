import { describe, expect, it } from 'vitest';
import {
	estimate,
	internalsOf,
	monteCarloSetup,
	runSamples,
	summarise,
	type EstimateInput
} from '../physics/index.ts';
import { runRequest, type FromWorker, type ToWorker } from './engine-core';
import { createMonteCarloPool, poolSize, splitSamples, type PoolWorker } from './pool';

const input: EstimateInput = { rangeKm: 800, apogeeKm: 2000, flightTimeS: 1800 };
const est = estimate(input);
if (!est.ok) throw new Error(est.message);
const setup = monteCarloSetup(input, internalsOf(est)!);

/** A fake Worker that runs the real job table asynchronously, as a Worker would. */
class FakeWorker implements PoolWorker {
	onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	terminated = false;
	static all: FakeWorker[] = [];
	constructor(private failWith?: string) {
		FakeWorker.all.push(this);
	}
	postMessage(message: ToWorker) {
		setTimeout(() => {
			if (this.terminated) return;
			if (this.failWith)
				return this.onerror?.({ message: this.failWith, preventDefault() {} } as ErrorEvent);
			runRequest(
				message,
				(m) =>
					setTimeout(
						() => !this.terminated && this.onmessage?.({ data: m } as MessageEvent<FromWorker>),
						0
					),
				() => 0,
				0
			);
		}, 1);
	}
	terminate() {
		this.terminated = true;
	}
}

describe('poolSize and splitSamples', () => {
	it('leaves a core for the page, between 1 and 4 workers', () => {
		expect([undefined, 1, 2, 4, 8, 64].map(poolSize)).toEqual([1, 1, 1, 3, 4, 4]);
	});

	it('splits n samples into contiguous slices that cover them once', () => {
		for (const [n, k] of [
			[10, 3],
			[2, 4],
			[1000, 4],
			[0, 2]
		]) {
			const s = splitSamples(n, k);
			expect(s.reduce((a, [x, y]) => a + y - x, 0)).toBe(n);
			s.forEach(([x], i) => i > 0 && expect(x).toBe(s[i - 1][1]));
		}
	});
});

describe('createMonteCarloPool', () => {
	it('merges the slices into exactly the single-threaded run, with progress up to 1', async () => {
		const pool = createMonteCarloPool(() => new FakeWorker(), 3);
		const progress: number[] = [];
		const r = await pool.run(setup, { samples: 12, seed: 4 }, (f) => progress.push(f));
		const single = runSamples(setup, 4, 0, 12);
		expect(JSON.stringify(r.samples)).toBe(JSON.stringify(single));
		expect(r.summary).toEqual(summarise(setup, single, 4));
		expect(progress.at(-1)).toBeCloseTo(1, 9);
		expect([...progress].sort((a, b) => a - b)).toEqual(progress);
	});

	it('a new run cancels the running one and terminates its workers', async () => {
		FakeWorker.all = [];
		const pool = createMonteCarloPool(() => new FakeWorker(), 2);
		const first = pool.run(setup, { samples: 8, seed: 1 });
		const firstWorkers = [...FakeWorker.all];
		const second = pool.run(setup, { samples: 4, seed: 2 });
		await expect(first).rejects.toMatchObject({ name: 'AbortError' });
		expect(firstWorkers.every((w) => w.terminated)).toBe(true);
		expect((await second).summary.samples).toBe(4);
	});

	it('an abort signal cancels; a worker that cannot load rejects with what failed', async () => {
		const pool = createMonteCarloPool(() => new FakeWorker(), 2);
		const c = new AbortController();
		const run = pool.run(setup, { samples: 8, seed: 1 }, undefined, { signal: c.signal });
		c.abort();
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		const broken = createMonteCarloPool(
			() => new FakeWorker('Failed to fetch the worker script'),
			2
		);
		await expect(broken.run(setup, { samples: 4, seed: 1 })).rejects.toThrow(
			/could not|Failed to fetch/
		);
		expect(broken.busy).toBe(false);
	});
});
