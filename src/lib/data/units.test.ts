import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checkConversion,
	groupedNumber,
	groupedNumberUpTo,
	kgToLb,
	kmToMi,
	kmToNmi,
	kNToTf,
	lbToKg,
	miToKm,
	minSecToS,
	minToS,
	nmiToKm,
	sToMin,
	tfToKN
} from './units.ts';

describe('unit conversions (exact definitions)', () => {
	it.each([
		// [km, mi] from the definition 1 mi = 1,609.344 m
		[1.609344, 1],
		[1609.344, 1000],
		[800, 497.0969], // article-facts.md: 800 km ÷ 1.609344 = 497.10 mi
		[2000, 1242.7423], // 1,242.74 mi
		[4500, 2796.1702] // ≈ AP's "2,800 miles"
	])('%d km = %d mi', (km, mi) => {
		expect(kmToMi(km)).toBeCloseTo(mi, 3);
		expect(miToKm(mi)).toBeCloseTo(km, 3);
	});

	it('nautical miles: 1 nmi = 1.852 km exactly', () => {
		expect(nmiToKm(1)).toBe(1.852);
		expect(kmToNmi(1852)).toBeCloseTo(1000, 9);
	});

	it('tonne-force to kN with standard gravity 9.80665', () => {
		expect(tfToKN(1)).toBe(9.80665);
		expect(tfToKN(80)).toBeCloseTo(784.532, 6); // vehicles.md: 80 tf ≈ 785 kN
		expect(kNToTf(1569.064)).toBeCloseTo(160, 6);
	});

	it('pounds to kg with 0.45359237', () => {
		expect(lbToKg(1)).toBe(0.45359237);
		expect(lbToKg(160_000)).toBeCloseTo(72_574.78, 2); // Schilling's ≈160,000 lb ≈ 72.6 t
		expect(kgToLb(0.45359237)).toBeCloseTo(1, 12);
	});

	it('seconds and minutes', () => {
		expect(minToS(39)).toBe(2340);
		expect(minSecToS(47, 12)).toBe(2832);
		expect(sToMin(4052)).toBeCloseTo(67.5333, 4);
	});
});

describe('checkConversion', () => {
	it('800 km stated as 497 mi is correct (497.10 mi)', () => {
		const c = checkConversion({ valueKm: 800, statedMi: 497 });
		expect(c.verdict).toBe('correct');
		expect(c.exactMi).toBeCloseTo(497.1, 2);
		expect(c.message).toContain('497.10 mi');
	});

	it('2,000 km stated as 1,242 mi is truncated; it should round to 1,243', () => {
		const c = checkConversion({ valueKm: 2000, statedMi: 1242 });
		expect(c.verdict).toBe('truncated');
		expect(c.exactMi).toBeCloseTo(1242.74, 2);
		expect(c.expectedMi).toBe(1243);
		expect(c.message).toContain('1,242.74 mi');
		expect(c.message).toContain('1,243');
	});

	it('2,000 km stated as 1,243 mi is correct', () => {
		expect(checkConversion({ valueKm: 2000, statedMi: 1243 }).verdict).toBe('correct');
	});

	it('4,500 km stated as 2,800 mi is rounded (to the nearest 100)', () => {
		const c = checkConversion({ valueKm: 4500, statedMi: 2800 });
		expect(c.verdict).toBe('rounded');
		expect(c.message).toContain('nearest 100');
	});

	it('a decimal statement is checked at its own precision', () => {
		expect(checkConversion({ valueKm: 800, statedMi: 497.1 }).verdict).toBe('correct');
		expect(checkConversion({ valueKm: 2000, statedMi: 1242.7 }).verdict).toBe('correct');
		// 497.0969... cut to two decimals is 497.09; rounded it is 497.10
		expect(checkConversion({ valueKm: 800, statedMi: 497.09 }).verdict).toBe('truncated');
	});

	it('a wrong figure is wrong, with the right value in the message', () => {
		const c = checkConversion({ valueKm: 800, statedMi: 500 * 1.609344 });
		expect(c.verdict).toBe('wrong');
		const d = checkConversion({ valueKm: 800, statedMi: 1287 }); // km and mi swapped the other way
		expect(d.verdict).toBe('wrong');
		expect(d.message).toContain('should be 497 mi');
	});

	it('rejects non-finite input with a clear message', () => {
		expect(() => checkConversion({ valueKm: Number.NaN, statedMi: 1 })).toThrow(/finite/);
	});
});

describe('groupedNumber (en-US grouping without Intl)', () => {
	it('matches Intl.NumberFormat("en-US") with fixed decimals on 10,000 random numbers', () => {
		const intl = [0, 1, 2].map(
			(d) => new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
		);
		fc.assert(
			fc.property(
				fc.double({ min: -1e12, max: 1e12, noNaN: true }),
				fc.integer({ min: 0, max: 2 }),
				(x, d) => {
					// Intl writes "-0" for negatives that round to zero; both read the same to a reader.
					expect(groupedNumber(x, d)).toBe(intl[d].format(x).replace(/^-(0(\.0+)?)$/, '$1'));
				}
			),
			{ numRuns: 10_000 }
		);
	});

	it('formats the figures the app shows, and trims trailing zeros on request', () => {
		expect(groupedNumber(4124.4)).toBe('4,124');
		expect(groupedNumber(-1713)).toBe('-1,713');
		expect(groupedNumber(1242.7417, 2)).toBe('1,242.74');
		expect(groupedNumber(999.5)).toBe('1,000');
		expect(groupedNumberUpTo(12.5, 1)).toBe('12.5');
		expect(groupedNumberUpTo(12.04, 1)).toBe('12');
		expect(groupedNumberUpTo(1240, 1)).toBe('1,240');
		expect(groupedNumber(Number.NaN)).toBe('NaN');
	});
});
