import { describe, expect, it } from 'vitest';
import { normalizeAzimuthDeg, normalizeLonDeg } from './geodesic.ts';

describe('normalizeAzimuthDeg', () => {
	it('maps any angle into [0, 360)', () => {
		expect(normalizeAzimuthDeg(0)).toBe(0);
		expect(normalizeAzimuthDeg(-0)).toBe(0);
		expect(normalizeAzimuthDeg(360)).toBe(0);
		expect(normalizeAzimuthDeg(-90)).toBe(270);
		expect(normalizeAzimuthDeg(725)).toBe(5);
	});

	it('gives 0, not 360, for a tiny negative angle (found by the range-handle property test)', () => {
		expect(normalizeAzimuthDeg(-1e-15)).toBe(0);
		expect(normalizeAzimuthDeg(-360 - 1e-14)).toBeLessThan(360);
	});
});

describe('normalizeLonDeg', () => {
	it('maps any longitude into [-180, 180)', () => {
		expect(normalizeLonDeg(190)).toBe(-170);
		expect(normalizeLonDeg(-190)).toBe(170);
		expect(normalizeLonDeg(180)).toBe(-180);
	});
});
