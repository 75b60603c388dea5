import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodge } from './labels.ts';

describe('dodge', () => {
	it('leaves labels that are already far enough apart where they want to be', () => {
		expect(dodge([10, 50, 30], 12)).toEqual([10, 50, 30]);
	});

	it('spreads two labels wanting the same spot symmetrically about it', () => {
		expect(dodge([100, 100], 12)).toEqual([94, 106]);
	});

	it('keeps a run of crowded labels centred on the mean of what they wanted', () => {
		const out = dodge([0, 1, 2], 10);
		expect(out).toEqual([-9, 1, 11]);
	});

	it('pushes labels back inside [min, max] when there is room', () => {
		const out = dodge([0, 0, 0], 10, 5, 100);
		expect(out).toEqual([5, 15, 25]);
	});

	it('keeps order and spacing for any input (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -500, max: 500, noNaN: true }), { maxLength: 20 }),
				fc.double({ min: 1, max: 30, noNaN: true }),
				(wants, gap) => {
					const out = dodge(wants, gap);
					expect(out).toHaveLength(wants.length);
					const pairs = wants.map((w, i) => ({ w, o: out[i] })).sort((a, b) => a.w - b.w);
					for (let i = 1; i < pairs.length; i++) {
						expect(pairs[i].o - pairs[i - 1].o).toBeGreaterThanOrEqual(gap - 1e-6);
					}
					// The mean position never moves: dodging only spreads.
					if (wants.length > 0) {
						const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
						expect(mean(out)).toBeCloseTo(mean(wants), 6);
					}
				}
			)
		);
	});
});
