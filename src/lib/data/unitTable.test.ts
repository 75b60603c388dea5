import { describe, expect, it } from 'vitest';
import { durationToS, lengthToKm } from './unitTable.ts';

describe('unitTable', () => {
	it('converts lengths to km by the exact definitions (mile 1,609.344 m, foot 0.3048 m)', () => {
		expect(lengthToKm(1, 'mi')).toBe(1.609344);
		expect(lengthToKm(5280, 'ft')).toBeCloseTo(1.609344, 12);
		expect(lengthToKm(2500, 'm')).toBe(2.5);
		expect(lengthToKm(800, 'km')).toBe(800);
	});

	it('converts durations to seconds', () => {
		expect(durationToS(69, 'min')).toBe(4140);
		expect(durationToS(1.5, 'h')).toBe(5400);
		expect(durationToS(4135, 's')).toBe(4135);
	});
});
