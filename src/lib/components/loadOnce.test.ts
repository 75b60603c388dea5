import { describe, expect, it } from 'vitest';
import { loadOnce } from './loadOnce.ts';

describe('loadOnce', () => {
	it('runs the load once and gives every caller the same result', async () => {
		let runs = 0;
		const load = loadOnce(async () => ++runs);
		expect(await Promise.all([load(), load()])).toEqual([1, 1]);
		expect(await load()).toBe(1);
		expect(runs).toBe(1);
	});

	it('tries again after a failure, and keeps the first success', async () => {
		let runs = 0;
		const load = loadOnce(async () => {
			runs++;
			if (runs === 1) throw new Error('offline');
			return 'data';
		});
		await expect(load()).rejects.toThrow('offline');
		expect(await load()).toBe('data');
		expect(await load()).toBe('data');
		expect(runs).toBe(2);
	});
});
