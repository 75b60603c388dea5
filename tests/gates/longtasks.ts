/**
 * Long-task probe: a PerformanceObserver('longtask') registered before any page script runs, so every
 * main-thread task over 50 ms from navigation on is recorded. Performance belongs in benchmarks: the
 * quality spec reports these (test annotations) rather than asserting on timings.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface LongTask {
	startMs: number;
	durationMs: number;
	name: string;
}

export async function installLongTaskProbe(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const store: { startMs: number; durationMs: number; name: string }[] = [];
		(window as unknown as { __loftedLongTasks: typeof store }).__loftedLongTasks = store;
		try {
			new PerformanceObserver((list) => {
				for (const e of list.getEntries())
					store.push({ startMs: e.startTime, durationMs: e.duration, name: e.name });
			}).observe({ type: 'longtask', buffered: true });
		} catch {
			// longtask unsupported: leave the store empty
		}
	});
}

export async function readLongTasks(page: Page): Promise<LongTask[]> {
	return page.evaluate(
		() => (window as unknown as { __loftedLongTasks?: LongTask[] }).__loftedLongTasks ?? []
	);
}
