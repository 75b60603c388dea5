import { describe, expect, it } from 'vitest';
import { inverse } from './geodesic.ts';
import { rangeAtAzimuth, verdictFor, type ReachModel } from './reach.ts';

const MUPYONG = { lat: 40.611208, lon: 126.425743 };
const PYONGYANG = { lat: 39.0392, lon: 125.7625 };

describe('inverse (WGS84 distance and azimuth)', () => {
	// Independent figures: ../shared/reference/places.md (Vincenty on WGS84), rounded to the km / degree.
	it.each([
		['Andersen AFB', 13.584, 144.93, 3392, 141, 3496],
		['Tokyo', 35.676, 139.65, 1284, 103, 1280],
		['Kadena', 26.356, 127.768, 1419, 172, 1586],
		['Attu', 52.85, 173.18, 3898, 51, 3746],
		['Anchorage', 61.218, -149.9, 6011, 36, 5837],
		['Honolulu', 21.307, -157.858, 7403, 81, 7320],
		['Washington, DC', 38.907, -77.037, 11066, 18, 10883]
	])('%s: distance and azimuth from Pyongyang and Mupyong-ni', (_n, lat, lon, dPy, azPy, dMu) => {
		const fromPy = inverse(PYONGYANG, { lat, lon });
		expect(Math.abs(fromPy.distanceKm - dPy)).toBeLessThan(1);
		expect(Math.abs(fromPy.azimuthDeg - azPy)).toBeLessThan(0.6);
		expect(Math.abs(inverse(MUPYONG, { lat, lon }).distanceKm - dMu)).toBeLessThan(1);
	});

	it('measures a quarter meridian as 10,001.966 km (WGS84 textbook value)', () => {
		expect(inverse({ lat: 0, lon: 0 }, { lat: 90, lon: 0 }).distanceKm).toBeCloseTo(10001.966, 3);
	});
});

const banded: ReachModel = {
	id: 'powered',
	label: 'test',
	rangeKm: 4500,
	bandKm: [4000, 5000],
	rotating: null,
	basis: ''
};

describe('verdictFor', () => {
	it.each([
		[3999, 'in reach', 501],
		[4000, 'in reach', 500],
		[4500, 'depends on assumptions', 0],
		[5000, 'depends on assumptions', -500],
		[5001, 'out of reach', -501]
	])('at %d km against 4,500 (4,000-5,000) km: %s, margin %d km', (d, verdict, margin) => {
		const v = verdictFor(banded, d, 90, false);
		expect(v.verdict).toBe(verdict);
		expect(v.marginKm).toBe(margin);
	});

	it('without a band there is no "depends": in or out at the range', () => {
		const single = { ...banded, bandKm: null };
		expect(verdictFor(single, 4500, 0, false).verdict).toBe('in reach');
		expect(verdictFor(single, 4501, 0, false).verdict).toBe('out of reach');
	});

	it('on a rotating Earth shifts range and band toward the target azimuth', () => {
		const rotating = {
			...banded,
			rotating: [
				{ azimuthDeg: 0, rangeKm: 4500 },
				{ azimuthDeg: 90, rangeKm: 4700 },
				{ azimuthDeg: 180, rangeKm: 4500 },
				{ azimuthDeg: 270, rangeKm: 4300 }
			]
		};
		const east = verdictFor(rotating, 5100, 90, true);
		expect(east).toEqual({
			verdict: 'depends on assumptions',
			rangeKm: 4700,
			marginKm: -400,
			rotationApplied: true
		});
		expect(verdictFor(rotating, 5100, 90, false).verdict).toBe('out of reach');
		expect(verdictFor(rotating, 4000, 270, true).verdict).toBe('depends on assumptions');
	});
});

describe('rangeAtAzimuth', () => {
	const sweep = [
		{ azimuthDeg: 10, rangeKm: 100 },
		{ azimuthDeg: 190, rangeKm: 300 },
		{ azimuthDeg: 100, rangeKm: 200 }
	];
	it.each([
		[10, 100],
		[55, 150],
		[190, 300],
		[280, 200], // halfway from 190 (300) to 370 (100)
		[0, 100 + (300 - 100) * (10 / 180)], // wraps across 360
		[-350, 100]
	])('at %d deg: %d km', (az, expected) => {
		expect(rangeAtAzimuth(sweep, az)).toBeCloseTo(expected, 9);
	});
	it('refuses an empty sweep', () => {
		expect(() => rangeAtAzimuth([], 0)).toThrow(/empty/);
	});
});
