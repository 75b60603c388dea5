import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanceKm, inverse } from './geodesic.ts';
import {
	DEFAULT_HANDLE_AZIMUTH_DEG,
	MIN_HANDLE_RANGE_KM,
	handlePosition,
	rangeFromHandle,
	stepRange
} from './rangeHandle.ts';
import { MAX_RING_RADIUS_KM } from './ring.ts';

// The 30 January 2022 launch site (CNS/NTI Mupyong-ni facility point).
const site = { lat: 40.611, lon: 126.426 };

describe('handlePosition / rangeFromHandle', () => {
	it('puts the handle on the ring (geographiclib inverse to 1 m) and reads the same ring back', () => {
		const p = handlePosition(site, 4500, DEFAULT_HANDLE_AZIMUTH_DEG);
		expect(distanceKm(site, p)).toBeCloseTo(4500, 3);
		expect(inverse(site, p).azimuthDeg).toBeCloseTo(90, 6);
		expect(rangeFromHandle(site, p)).toEqual({ rangeKm: 4500, azimuthDeg: expect.closeTo(90, 6) });
	});

	it('reads an unrolled display longitude past 180 the same as its wrapped twin', () => {
		// 9,000 km due east crosses the antimeridian; the map shows it at a longitude above 180.
		const p = handlePosition(site, 9000, 90);
		expect(p.lon).toBeGreaterThan(180);
		const wrapped = { lat: p.lat, lon: p.lon - 360 };
		expect(rangeFromHandle(site, p).rangeKm).toBe(9000);
		expect(rangeFromHandle(site, wrapped).rangeKm).toBe(9000);
	});

	it('rounds to 10 km and keeps the range within its limits, for any drop point on Earth', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -90, max: 90, noNaN: true }),
				fc.double({ min: -540, max: 540, noNaN: true }),
				(lat, lon) => {
					const { rangeKm, azimuthDeg } = rangeFromHandle(site, { lat, lon });
					expect(rangeKm % 10).toBe(0);
					expect(rangeKm).toBeGreaterThanOrEqual(MIN_HANDLE_RANGE_KM);
					expect(rangeKm).toBeLessThanOrEqual(MAX_RING_RADIUS_KM);
					const exact = distanceKm(site, { lat, lon });
					if (exact >= MIN_HANDLE_RANGE_KM && exact <= MAX_RING_RADIUS_KM)
						expect(Math.abs(rangeKm - exact)).toBeLessThanOrEqual(5 + 1e-9);
					expect(azimuthDeg).toBeGreaterThanOrEqual(0);
					expect(azimuthDeg).toBeLessThan(360);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('stepRange (the handle as a keyboard slider)', () => {
	it('steps 50 km on arrows and 500 km on Page Up/Down, within the limits', () => {
		expect(stepRange(4500, 'ArrowRight')).toBe(4550);
		expect(stepRange(4500, 'ArrowUp')).toBe(4550);
		expect(stepRange(4500, 'ArrowLeft')).toBe(4450);
		expect(stepRange(4500, 'ArrowDown')).toBe(4450);
		expect(stepRange(4500, 'PageUp')).toBe(5000);
		expect(stepRange(4500, 'PageDown')).toBe(4000);
		expect(stepRange(4500, 'Home')).toBe(MIN_HANDLE_RANGE_KM);
		expect(stepRange(4500, 'End')).toBe(MAX_RING_RADIUS_KM);
		expect(stepRange(60, 'PageDown')).toBe(MIN_HANDLE_RANGE_KM);
		expect(stepRange(19_400, 'PageUp')).toBe(MAX_RING_RADIUS_KM);
	});

	it('ignores other keys', () => {
		expect(stepRange(4500, 'Enter')).toBeNull();
		expect(stepRange(4500, 'a')).toBeNull();
	});
});
