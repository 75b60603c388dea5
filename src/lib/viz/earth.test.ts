import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	EARTH_MEAN_RADIUS_KM as R,
	constantAltitudeLine,
	curvedEarthPoint,
	flatEarthPoint
} from './earth.ts';

describe('curvedEarthPoint', () => {
	it('puts the launch point (s = 0, h = 0) on the arc at the top of the Earth', () => {
		const p = curvedEarthPoint(0, 0);
		expect(p.xKm).toBeCloseTo(0, 9);
		expect(p.yKm).toBeCloseTo(6371.0088, 9);
	});

	it('puts a point a quarter of the way round (s = pi R / 2) level with the centre, R + h out', () => {
		const h = 500;
		const p = curvedEarthPoint((Math.PI * R) / 2, h);
		expect(p.xKm).toBeCloseTo(R + h, 6);
		expect(p.yKm).toBeCloseTo(0, 6);
	});

	it('puts the antipode (s = pi R) straight below the centre', () => {
		const p = curvedEarthPoint(Math.PI * R, 0);
		expect(p.xKm).toBeCloseTo(0, 6);
		expect(p.yKm).toBeCloseTo(-R, 6);
	});

	it('turns one degree of arc (2 pi R / 360 = 111.195 km) into a one-degree polar angle', () => {
		const p = curvedEarthPoint((2 * Math.PI * R) / 360, 0);
		expect((Math.atan2(p.xKm, p.yKm) * 180) / Math.PI).toBeCloseTo(1, 9);
		expect((2 * Math.PI * R) / 360).toBeCloseTo(111.195, 3);
	});

	it('keeps every point R + h from the centre and at polar angle s / R (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -20000, max: 20000, noNaN: true }),
				fc.double({ min: 0, max: 10000, noNaN: true }),
				(s, h) => {
					const p = curvedEarthPoint(s, h);
					expect(Math.hypot(p.xKm, p.yKm)).toBeCloseTo(R + h, 6);
					// Chord from the launch point on the same shell: 2 (R + h) sin(theta / 2).
					const chord = Math.hypot(p.xKm - 0, p.yKm - (R + h));
					expect(chord).toBeCloseTo(2 * (R + h) * Math.abs(Math.sin(s / R / 2)), 6);
				}
			)
		);
	});

	it('drops below the launch horizon with distance: the sagitta R (1 - cos(s/R)) at 1,000 km is about 78.4 km', () => {
		const p = curvedEarthPoint(1000, 0);
		// Independent: sagitta ~ s^2 / (2R) for s << R.
		expect(R - p.yKm).toBeCloseTo(1000 ** 2 / (2 * R), 0);
		expect(R - p.yKm).toBeGreaterThan(78);
		expect(R - p.yKm).toBeLessThan(79);
	});
});

describe('flatEarthPoint', () => {
	it('uses downrange as x and altitude as y', () => {
		expect(flatEarthPoint(800, 2000)).toEqual({ xKm: 800, yKm: 2000 });
	});
});

describe('constantAltitudeLine', () => {
	it('samples a curved shell with every point at R + h, at most maxStep apart along the surface', () => {
		const pts = constantAltitudeLine('curved', 100, 0, 1000, 50);
		expect(pts.length).toBe(21);
		for (const p of pts) expect(Math.hypot(p.xKm, p.yKm)).toBeCloseTo(R + 100, 6);
		expect(pts[0]).toEqual(curvedEarthPoint(0, 100));
		expect(pts[20].xKm).toBeCloseTo(curvedEarthPoint(1000, 100).xKm, 9);
	});

	it('draws a flat line as its two ends', () => {
		expect(constantAltitudeLine('flat', 420, -10, 900)).toEqual([
			{ xKm: -10, yKm: 420 },
			{ xKm: 900, yKm: 420 }
		]);
	});
});
