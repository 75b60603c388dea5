import { describe, expect, it, vi } from 'vitest';
import {
	asIslandHydration,
	hydratingPrerendered,
	inFirstHydration,
	islandQueue,
	markFirstHydrationDone,
	renderIslandOnServer,
	setIslandRenderer,
	type TaskScheduler
} from './islands.ts';

/** Timers that run only when the test says so, one task at a time. */
function manualTasks() {
	const tasks: (() => void)[] = [];
	const scheduler: TaskScheduler = { setTimeout: (cb) => tasks.push(cb) };
	return {
		scheduler,
		/** Runs the oldest queued task; false when none was queued. */
		task: () => {
			const t = tasks.shift();
			t?.();
			return t !== undefined;
		},
		pending: () => tasks.length
	};
}

describe('islandQueue', () => {
	it('starts each island in a task of its own, in order, never in the caller’s task', () => {
		const m = manualTasks();
		const q = islandQueue(m.scheduler);
		const log: string[] = [];
		q.enqueue(() => log.push('map'));
		q.enqueue(() => log.push('chart'));
		expect(log).toEqual([]);
		expect(m.pending()).toBe(1); // one task at a time
		m.task();
		expect(log).toEqual(['map']);
		m.task();
		expect(log).toEqual(['map', 'chart']);
		expect(m.task()).toBe(false);
	});

	it('calls idle waiters once every queued island has started, or at once when none is queued', () => {
		const m = manualTasks();
		const q = islandQueue(m.scheduler);
		const idle = vi.fn();
		q.whenIdle(idle);
		expect(idle).toHaveBeenCalledTimes(1); // nothing queued

		const later = vi.fn();
		q.enqueue(() => {});
		q.enqueue(() => {});
		q.whenIdle(later);
		m.task();
		expect(later).not.toHaveBeenCalled();
		m.task();
		expect(later).toHaveBeenCalledTimes(1);
		expect(idle).toHaveBeenCalledTimes(1);
	});

	it('skips an island cancelled before its turn (it left the page) and still goes idle', () => {
		const m = manualTasks();
		const q = islandQueue(m.scheduler);
		const log: string[] = [];
		const cancel = q.enqueue(() => log.push('gone'));
		q.enqueue(() => log.push('kept'));
		const idle = vi.fn();
		q.whenIdle(idle);
		cancel();
		while (m.task());
		expect(log).toEqual(['kept']);
		expect(idle).toHaveBeenCalledTimes(1);
	});

	it('reports an island that throws and goes on with the next', () => {
		const m = manualTasks();
		const q = islandQueue(m.scheduler);
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const log: string[] = [];
		q.enqueue(() => {
			throw new Error('broken island');
		});
		q.enqueue(() => log.push('next'));
		const idle = vi.fn();
		q.whenIdle(idle);
		while (m.task());
		expect(error).toHaveBeenCalledWith(expect.objectContaining({ message: 'broken island' }));
		expect(log).toEqual(['next']);
		expect(idle).toHaveBeenCalledTimes(1);
		error.mockRestore();
	});

	it('an island queued after the queue went idle gets a task of its own again', () => {
		const m = manualTasks();
		const q = islandQueue(m.scheduler);
		const log: string[] = [];
		q.enqueue(() => log.push('a'));
		m.task();
		q.enqueue(() => log.push('b'));
		expect(log).toEqual(['a']);
		m.task();
		expect(log).toEqual(['a', 'b']);
	});
});

describe('server rendering and the first hydration', () => {
	it('renders through the registered renderer, and says how to fix a missing registration', () => {
		const component = (() => {}) as never;
		expect(() => renderIslandOnServer(component, {}, 'range-map')).toThrow(
			'Island "range-map": no server renderer registered. src/hooks.server.ts must call setIslandRenderer(renderIsland).'
		);
		const calls: unknown[] = [];
		setIslandRenderer((c, props, id) => {
			calls.push([c, props, id]);
			return `<div data-island-root="${id}"></div>`;
		});
		expect(renderIslandOnServer(component, { a: 1 }, 'x')).toBe('<div data-island-root="x"></div>');
		expect(calls).toEqual([[component, { a: 1 }, 'x']]);
	});

	it('prerendered nodes are being hydrated during the first hydration, then only inside an island’s', () => {
		expect(inFirstHydration()).toBe(true);
		expect(hydratingPrerendered()).toBe(true);
		markFirstHydrationDone();
		expect(inFirstHydration()).toBe(false);
		expect(hydratingPrerendered()).toBe(false);
		expect(asIslandHydration(() => hydratingPrerendered())).toBe(true);
		expect(hydratingPrerendered()).toBe(false);
		// An island that fails to hydrate does not leave the flag set.
		expect(() =>
			asIslandHydration(() => {
				throw new Error('mismatch');
			})
		).toThrow('mismatch');
		expect(hydratingPrerendered()).toBe(false);
	});
});
