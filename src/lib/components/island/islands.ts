// Islands: parts of a prerendered page that hydrate after the page, each in a task of its own (issue 7: no
// task over 50 ms). SvelteKit hydrates a whole page in one task; on a slow machine a page holding a map and a
// chart took 50-75 ms of CPU in that one task. An island's prerendered HTML (renderIsland.ts, at build time)
// goes into the page with `{@html}`, which hydration keeps without visiting; Island.svelte then hydrates the
// component on those nodes a task later. This module is the queue of islands waiting to hydrate, and the
// signal that all have.

export interface TaskScheduler {
	setTimeout: (callback: () => void, ms: number) => unknown;
}

const browserTasks: TaskScheduler = { setTimeout: (cb, ms) => setTimeout(cb, ms) };

export interface IslandQueue {
	/**
	 * Queues `start` to run in a task of its own, after every island queued before it. Returns `cancel`:
	 * the island left the page before its turn (its turn is then skipped).
	 */
	enqueue(start: () => void): () => void;
	/** Runs `callback` once no island is queued or hydrating (at once if none is). */
	whenIdle(callback: () => void): void;
}

export function islandQueue(scheduler: TaskScheduler = browserTasks): IslandQueue {
	const queue: { start: () => void; cancelled: boolean }[] = [];
	let waiters: (() => void)[] = [];
	let scheduled = false;

	const settle = () => {
		if (queue.length > 0 || scheduled) return;
		const due = waiters;
		waiters = [];
		for (const w of due) w();
	};
	const runNext = () => {
		scheduled = false;
		const next = queue.shift();
		if (next && !next.cancelled) {
			try {
				next.start();
			} catch (error) {
				console.error(error);
			}
		}
		if (queue.length > 0) {
			scheduled = true;
			scheduler.setTimeout(runNext, 0);
		} else settle();
	};
	return {
		enqueue(start) {
			const item = { start, cancelled: false };
			queue.push(item);
			if (!scheduled) {
				scheduled = true;
				scheduler.setTimeout(runNext, 0);
			}
			return () => {
				item.cancelled = true;
			};
		},
		whenIdle(callback) {
			waiters.push(callback);
			settle();
		}
	};
}

/**
 * Marks the element whose children are an island's prerendered nodes (renderIsland.ts writes it; Island.svelte
 * hydrates its children).
 */
export const ISLAND_ROOT = 'data-island-root';

/** The page's queue (one per browser tab). */
export const islands = islandQueue();
