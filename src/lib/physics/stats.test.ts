import { describe, expect, it } from 'vitest';
import { effectiveSampleSize, rankCorrelation, ranks, weightedQuantile } from './stats.ts';

describe('weightedQuantile', () => {
	it('with equal weights interpolates between the sorted values (Hyndman-Fan definition 5)', () => {
		const v = [5, 1, 4, 2, 3];
		const w = [1, 1, 1, 1, 1];
		expect(weightedQuantile(v, w, 0.5)).toBe(3);
		// Definition 5: p_k = (k - 1/2)/n, so q = 0.2 lies between 1 (p 0.1) and 2 (p 0.3).
		expect(weightedQuantile(v, w, 0.2)).toBeCloseTo(1.5, 12);
		expect(weightedQuantile(v, w, 0.05)).toBe(1);
	});

	it('weights count as repeated samples', () => {
		// [1, 10] weighted 3:1 is [1, 1, 1, 10]: its 30th percentile is 1; weighted 1:3, its 70th is 10.
		expect(weightedQuantile([1, 10], [3, 1], 0.3)).toBe(1);
		expect(weightedQuantile([1, 10], [1, 3], 0.7)).toBe(10);
	});

	it('an Infinity (orbital) sample sorts last; a quantile among them is Infinity; no weight is NaN', () => {
		expect(weightedQuantile([1, Infinity, Infinity], [1, 1, 1], 0.9)).toBe(Infinity);
		expect(weightedQuantile([1, 2, Infinity], [1, 1, 1], 0.1)).toBe(1);
		expect(weightedQuantile([1, 2], [0, 0], 0.5)).toBeNaN();
	});
});

describe('effectiveSampleSize', () => {
	it('is n for equal weights and 1 for a single carrying weight', () => {
		expect(effectiveSampleSize([2, 2, 2, 2])).toBeCloseTo(4, 12);
		expect(effectiveSampleSize([1, 0, 0, 0])).toBeCloseTo(1, 12);
	});
});

describe('rankCorrelation', () => {
	it('is 1 for a monotone relation, -1 for a reversed one, mid-ranks for ties', () => {
		const x = [1, 2, 3, 4, 5];
		const w = [1, 1, 1, 1, 1];
		expect(
			rankCorrelation(
				x,
				x.map((v) => v ** 3),
				w
			)
		).toBeCloseTo(1, 12);
		expect(
			rankCorrelation(
				x,
				x.map((v) => -Math.exp(v)),
				w
			)
		).toBeCloseTo(-1, 12);
		expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
	});

	it("matches Spearman's textbook example (rho = 1 - 6 sum d^2 / (n (n^2 - 1)))", () => {
		// Ten pairs without ties: sum of squared rank differences 194 gives rho = 1 - 6*194/990 = -0.1758.
		const iq = [106, 86, 100, 101, 99, 103, 97, 113, 112, 110];
		const tv = [7, 0, 27, 50, 28, 29, 20, 12, 6, 17];
		expect(rankCorrelation(iq, tv, new Array(10).fill(1))).toBeCloseTo(1 - (6 * 194) / 990, 3);
	});
});
