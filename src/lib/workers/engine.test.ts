import { describe, expect, it } from 'vitest';
import { runRequest, type FromWorker, type ToWorker } from './engine-core';
import { createEngine, EngineError, workerFailure, type WorkerLike } from './engine';

/** A fake Worker that runs the real job table asynchronously (as a Worker would), counting terminations. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	terminated = false;
	static created = 0;
	constructor() {
		FakeWorker.created++;
	}
	postMessage(message: ToWorker) {
		setTimeout(() => {
			if (this.terminated) return;
			runRequest(
				message,
				(m) => {
					const deliver = () => {
						if (!this.terminated) this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
					};
					setTimeout(deliver, 0);
				},
				() => 0,
				0
			);
		}, 5);
	}
	terminate() {
		this.terminated = true;
	}
}

describe('runRequest (the worker side)', () => {
	it('returns the Kepler arc of the textbook minimum-energy case: apogee = range/4 at 45 deg for short ranges', () => {
		const posted: FromWorker[] = [];
		// Flat-Earth limit: a 100 km range at 25 km apogee is the 45 deg minimum-energy lob.
		runRequest(
			{ type: 'run', id: 1, request: { kind: 'kepler', args: { rangeKm: 100, apogeeKm: 25 } } },
			(m) => posted.push(m)
		);
		expect(posted).toHaveLength(1);
		const m = posted[0]!;
		expect(m.type).toBe('result');
		if (m.type !== 'result') return;
		const arc = m.result as { ok: boolean; burnoutAngleDeg: number };
		expect(arc.ok).toBe(true);
		expect(arc.burnoutAngleDeg).toBeCloseTo(45, 0);
	});

	it('reports progress, clamped to [0, 1], ending at 1', () => {
		const posted: FromWorker[] = [];
		runRequest(
			{
				type: 'run',
				id: 7,
				request: { kind: 'keplerSweep', args: { apogeeKm: 1000, rangesKm: [100, 500, 1000, 2000] } }
			},
			(m) => posted.push(m),
			() => 0,
			0
		);
		const fractions = posted.flatMap((m) => (m.type === 'progress' ? [m.progress.fraction] : []));
		expect(fractions).toEqual([0.25, 0.5, 0.75, 1]);
		expect(posted.at(-1)?.type).toBe('result');
		expect(posted.every((m) => m.id === 7)).toBe(true);
	});

	it('an unknown job becomes an error message listing the known jobs, not a throw', () => {
		const posted: FromWorker[] = [];
		runRequest({ type: 'run', id: 2, request: { kind: 'nope' } as never }, (m) => posted.push(m));
		expect(posted).toEqual([
			{
				type: 'error',
				id: 2,
				message: expect.stringMatching(
					/^Unknown engine job "nope": use one of .*estimateTest.*reachContour.*kepler/
				)
			}
		]);
	});

	it('a dataset estimate arrives as a clonable result after rising progress (what postMessage needs)', () => {
		const posted: FromWorker[] = [];
		runRequest(
			{
				type: 'run',
				id: 9,
				request: { kind: 'estimateTest', args: { testId: '2022-01-30-hwasong-12' } }
			},
			(m) => posted.push(m),
			() => 0,
			0
		);
		const last = posted.at(-1);
		expect(last?.type).toBe('result');
		// Structured clone throws on functions, class instances with private state, etc.
		const cloned = structuredClone(last) as { result: { ok: boolean } };
		expect(cloned.result.ok).toBe(true);
		expect(posted[0]).toMatchObject({ type: 'progress', progress: { fraction: null } });
	});

	it('an unknown test id comes back as a typed error result listing known ids', () => {
		const posted: FromWorker[] = [];
		runRequest(
			{ type: 'run', id: 10, request: { kind: 'reachContour', args: { testId: 'nope' } } },
			(m) => posted.push(m)
		);
		const last = posted.at(-1);
		expect(
			last?.type === 'result' && (last.result as { ok: boolean; message: string })
		).toMatchObject({
			ok: false,
			message: expect.stringMatching(/Unknown test id "nope".*2022-01-30-hwasong-12/)
		});
	});

	it('a job that throws becomes an error message', () => {
		const posted: FromWorker[] = [];
		runRequest(
			{
				type: 'run',
				id: 3,
				request: { kind: 'keplerSweep', args: { apogeeKm: 1000, rangesKm: null as never } }
			},
			(m) => posted.push(m)
		);
		expect(posted[0]?.type).toBe('error');
		expect(posted[0]?.type === 'error' && posted[0].message).toMatch(/keplerSweep" failed/);
	});
});

describe('createEngine (the page side)', () => {
	it('resolves with the result and forwards progress', async () => {
		const engine = createEngine(() => new FakeWorker());
		const seen: (number | null)[] = [];
		const arcs = await engine.run(
			{ kind: 'keplerSweep', args: { apogeeKm: 1000, rangesKm: [500, 1000] } },
			(p) => seen.push(p.fraction)
		);
		expect(arcs).toHaveLength(2);
		expect(arcs.every((a) => a.ok)).toBe(true);
		expect(seen).toEqual([0.5, 1]);
		expect(engine.pending).toBe(0);
	});

	it('runs queued jobs one after another, in order', async () => {
		const engine = createEngine(() => new FakeWorker());
		const order: string[] = [];
		await Promise.all([
			engine
				.run({ kind: 'kepler', args: { rangeKm: 1000, apogeeKm: 6000 } })
				.then(() => order.push('a')),
			engine
				.run({ kind: 'minimumEnergy', args: { burnoutSpeedKms: 3 } })
				.then(() => order.push('b'))
		]);
		expect(order).toEqual(['a', 'b']);
	});

	it('cancelling the running job rejects with AbortError, kills the worker, and the next job still runs', async () => {
		const before = FakeWorker.created;
		let made: FakeWorker | null = null;
		const engine = createEngine(() => (made = new FakeWorker()));
		const controller = new AbortController();
		const first = engine.run(
			{ kind: 'kepler', args: { rangeKm: 1000, apogeeKm: 6000 } },
			undefined,
			{ signal: controller.signal }
		);
		const second = engine.run({ kind: 'kepler', args: { rangeKm: 1000, apogeeKm: 1000 } });
		controller.abort();
		await expect(first).rejects.toMatchObject({ name: 'AbortError' });
		expect((made as FakeWorker | null)?.terminated ?? false).toBe(false); // replaced by a fresh worker
		const result = await second;
		expect(result.ok).toBe(true);
		expect(FakeWorker.created - before).toBe(2);
	});

	it('cancelling a queued job removes it without touching the running one', async () => {
		const engine = createEngine(() => new FakeWorker());
		const controller = new AbortController();
		const first = engine.run({ kind: 'kepler', args: { rangeKm: 1000, apogeeKm: 6000 } });
		const queued = engine.run(
			{ kind: 'kepler', args: { rangeKm: 1000, apogeeKm: 500 } },
			undefined,
			{ signal: controller.signal }
		);
		controller.abort();
		await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
		expect((await first).ok).toBe(true);
	});

	it('an already-aborted signal rejects at once', async () => {
		const engine = createEngine(() => new FakeWorker());
		await expect(
			engine.run({ kind: 'minimumEnergy', args: { burnoutSpeedKms: 3 } }, undefined, {
				signal: AbortSignal.abort()
			})
		).rejects.toMatchObject({ name: 'AbortError' });
	});

	it('a job error rejects with an EngineError carrying the message', async () => {
		const engine = createEngine(() => new FakeWorker());
		const failing = engine.run({ kind: 'nope' } as never);
		await expect(failing).rejects.toBeInstanceOf(EngineError);
		await expect(failing).rejects.toThrow(/Unknown engine job "nope"/);
	});

	it('without Worker support (SSR, Node) the default factory rejects with a how-to-fix message', async () => {
		const engine = createEngine();
		await expect(
			engine.run({ kind: 'minimumEnergy', args: { burnoutSpeedKms: 3 } })
		).rejects.toThrow(/call runEngine only in the browser/);
	});

	it('a worker whose script never loaded says so, not that it crashed', async () => {
		// What a browser does when the worker's script is blocked or missing: an `error` event with no
		// message, before the worker has said anything.
		class BlockedWorker extends FakeWorker {
			postMessage() {
				setTimeout(() => this.onerror?.(new Event('error') as ErrorEvent), 0);
			}
		}
		const engine = createEngine(() => new BlockedWorker());
		await expect(
			engine.run({ kind: 'minimumEnergy', args: { burnoutSpeedKms: 3 } })
		).rejects.toThrow(/could not be loaded: its script was blocked or could not be fetched/);
		expect(workerFailure({ message: 'Uncaught RangeError: x' }, true)).toMatch(
			/crashed: Uncaught RangeError: x/
		);
	});
});
