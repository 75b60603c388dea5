import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundsOf, equalAspectFrame, heightForAspect, padBounds } from './frame.ts';

const margins = { top: 10, right: 20, bottom: 30, left: 40 };

describe('equalAspectFrame', () => {
	it('gives one kilometre the same length in pixels on both axes', () => {
		const f = equalAspectFrame({ x0Km: 0, x1Km: 1000, y0Km: 0, y1Km: 4500 }, 800, 500, margins);
		expect(f.x(100) - f.x(0)).toBeCloseTo(f.y(0) - f.y(100), 9);
		expect(f.x(1) - f.x(0)).toBeCloseTo(f.pxPerKm, 9);
	});

	it('is limited by the height for a tall box and centres it horizontally', () => {
		// Plot area 740 x 460 px; a 1,000 x 4,500 km box fits at 460 / 4500 px per km.
		const f = equalAspectFrame({ x0Km: 0, x1Km: 1000, y0Km: 0, y1Km: 4500 }, 800, 500, margins);
		expect(f.pxPerKm).toBeCloseTo(460 / 4500, 12);
		expect(f.y(0)).toBeCloseTo(470, 9);
		expect(f.y(4500)).toBeCloseTo(10, 9);
		// Centre of the box at the centre of the plot: (40 + 780) / 2 = 410.
		expect(f.x(500)).toBeCloseTo(410, 9);
	});

	it('is limited by the width for a wide box and centres it vertically', () => {
		const f = equalAspectFrame({ x0Km: -100, x1Km: 9900, y0Km: 0, y1Km: 1000 }, 800, 500, margins);
		expect(f.pxPerKm).toBeCloseTo(740 / 10000, 12);
		expect(f.x(-100)).toBeCloseTo(40, 9);
		expect(f.x(9900)).toBeCloseTo(780, 9);
		expect(f.y(500)).toBeCloseTo(240, 9);
	});

	it('always contains the box inside the plot area (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e4, max: 1e4, noNaN: true }),
				fc.double({ min: 1, max: 2e4, noNaN: true }),
				fc.double({ min: -1e4, max: 1e4, noNaN: true }),
				fc.double({ min: 1, max: 2e4, noNaN: true }),
				fc.integer({ min: 200, max: 2000 }),
				fc.integer({ min: 200, max: 2000 }),
				(x0, w, y0, h, width, height) => {
					const f = equalAspectFrame(
						{ x0Km: x0, x1Km: x0 + w, y0Km: y0, y1Km: y0 + h },
						width,
						height,
						margins
					);
					const eps = 1e-6;
					expect(f.x(x0)).toBeGreaterThanOrEqual(f.plot.x0 - eps);
					expect(f.x(x0 + w)).toBeLessThanOrEqual(f.plot.x1 + eps);
					expect(f.y(y0 + h)).toBeGreaterThanOrEqual(f.plot.y0 - eps);
					expect(f.y(y0)).toBeLessThanOrEqual(f.plot.y1 + eps);
					expect(f.x(x0 + 1) - f.x(x0)).toBeCloseTo(f.y(y0) - f.y(y0 + 1), 6);
				}
			)
		);
	});
});

describe('heightForAspect', () => {
	it('gives the height at which the box fills the width exactly, within the clamp', () => {
		// 740 px plot width for 10,000 km -> 0.074 px/km; 2,000 km tall -> 148 px + 40 px margins.
		const b = { x0Km: 0, x1Km: 10000, y0Km: 0, y1Km: 2000 };
		expect(heightForAspect(b, 800, margins, 100, 1000)).toBe(188);
		expect(heightForAspect(b, 800, margins, 260, 1000)).toBe(260);
		expect(heightForAspect({ ...b, y1Km: 1e5 }, 800, margins, 260, 600)).toBe(600);
	});
});

describe('boundsOf and padBounds', () => {
	it('finds the extremes, skipping non-finite points, and refuses an empty list', () => {
		expect(
			boundsOf([
				{ xKm: 1, yKm: 5 },
				{ xKm: -2, yKm: 3 },
				{ xKm: NaN, yKm: 99 }
			])
		).toEqual({ x0Km: -2, x1Km: 1, y0Km: 3, y1Km: 5 });
		expect(() => boundsOf([])).toThrow(/no finite points/);
	});

	it('pads by a fraction of the larger side on every edge', () => {
		expect(padBounds({ x0Km: 0, x1Km: 100, y0Km: 0, y1Km: 50 }, 0.1)).toEqual({
			x0Km: -10,
			x1Km: 110,
			y0Km: -10,
			y1Km: 60
		});
	});
});
