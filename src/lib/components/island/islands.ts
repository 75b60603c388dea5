// Islands: parts of a prerendered page that hydrate after the page, each in a task of its own (issue 7: no
// task over 50 ms). SvelteKit hydrates a whole page in one task; on a slow machine a page holding a map and a
// chart took 50-75 ms of CPU in that one task. At prerender Island.svelte renders its component to HTML
// (renderIsland.ts) and inserts it with `{@html}`, which the page's hydration keeps without visiting; in the
// browser it then hydrates the component on those nodes a task later. This module is the queue of islands
// waiting to hydrate, the signal that all have, and whether the page's first hydration is over (after it,
// an island is a client-side render: it mounts at once).

import type { Component } from 'svelte';

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

/** Renders an island's component to HTML on the server (renderIsland.ts, registered by hooks.server.ts). */
export type IslandRenderer = (
	component: Component<Record<string, unknown>>,
	props: Record<string, unknown>,
	id: string
) => string;

let serverRenderer: IslandRenderer | null = null;

export function setIslandRenderer(render: IslandRenderer): void {
	serverRenderer = render;
}

/** The island's server-rendered HTML; throws when no renderer was registered (a setup error, not data). */
export function renderIslandOnServer(
	component: Component<Record<string, unknown>>,
	props: Record<string, unknown>,
	id: string
): string {
	if (!serverRenderer)
		throw new Error(
			`Island "${id}": no server renderer registered. src/hooks.server.ts must call setIslandRenderer(renderIsland).`
		);
	return serverRenderer(component, props, id);
}

let firstHydrationDone = false;
let islandHydrating = false;

/** Called once the prerendered page has hydrated (the root layout's onMount). */
export function markFirstHydrationDone(): void {
	firstHydrationDone = true;
}

/** True while SvelteKit hydrates the prerendered page (islands then find their prerendered nodes). */
export function inFirstHydration(): boolean {
	return !firstHydrationDone;
}

/** Runs `hydrateIsland` (Svelte's hydrate() of one island) with hydratingPrerendered() true. */
export function asIslandHydration<T>(hydrateIsland: () => T): T {
	islandHydrating = true;
	try {
		return hydrateIsland();
	} finally {
		islandHydrating = false;
	}
}

/**
 * True while a component is being created on prerendered nodes: during the page's first hydration, or an
 * island's. Components that keep prerendered markup (`{@html}` with KEEP_PRERENDERED) ask this once, when
 * created; any later creation (a client-side navigation, a block that appears) has no such nodes.
 */
export function hydratingPrerendered(): boolean {
	return inFirstHydration() || islandHydrating;
}
