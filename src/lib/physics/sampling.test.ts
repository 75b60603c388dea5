import { describe, expect, it } from 'vitest';
import { haltonPoint, mulberry32, scrambledHalton } from './sampling.ts';

describe('scrambledHalton', () => {
	it('is deterministic for a seed and differs between seeds', () => {
		const a = scrambledHalton(5, 1);
		const b = scrambledHalton(5, 1);
		const c = scrambledHalton(5, 2);
		expect(haltonPoint(a, 17)).toEqual(haltonPoint(b, 17));
		expect(haltonPoint(a, 17)).not.toEqual(haltonPoint(c, 17));
	});

	it.each([
		[0, 2, 10],
		[1, 3, 6],
		[4, 11, 2]
	])(
		'dimension %i (base %i): the first base^%i points put exactly one point in each interval of that width (a net)',
		(d, b, k) => {
			const h = scrambledHalton(5, 7);
			const n = b ** k;
			const cells = new Array<number>(n).fill(0);
			for (let i = 0; i < n; i++) cells[Math.floor(haltonPoint(h, i)[d] * n)]++;
			expect(cells.every((c) => c === 1)).toBe(true);
		}
	);

	it('gives points inside (0, 1) with a mean of 1/2', () => {
		const h = scrambledHalton(14, 3);
		const pts = Array.from({ length: 2000 }, (_, i) => haltonPoint(h, i));
		for (let d = 0; d < 14; d++) {
			const col = pts.map((p) => p[d]);
			expect(Math.min(...col)).toBeGreaterThan(0);
			expect(Math.max(...col)).toBeLessThan(1);
			expect(col.reduce((a, x) => a + x, 0) / col.length).toBeCloseTo(0.5, 2);
		}
	});

	it('refuses an unsupported number of dimensions', () => {
		expect(() => scrambledHalton(0, 1)).toThrow(/dimensions/);
		expect(() => scrambledHalton(99, 1)).toThrow(/dimensions/);
	});
});

describe('mulberry32', () => {
	it('is uniform in [0, 1) and repeatable', () => {
		const r = mulberry32(42);
		const xs = Array.from({ length: 10000 }, () => r());
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		expect(xs.reduce((a, x) => a + x, 0) / xs.length).toBeCloseTo(0.5, 1);
		expect(mulberry32(42)()).toBe(xs[0]);
	});
});
