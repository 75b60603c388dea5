import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatDeg,
	formatDuration,
	formatDurationBand,
	formatKm,
	formatKmBand,
	formatKms,
	formatKst,
	formatLatLon,
	formatMarginKm,
	formatNumber,
	formatStandardRange,
	formatTick,
	formatUtc
} from './format.ts';

describe('formatKm', () => {
	it.each([
		[2111.5, 1, '2,111.5 km'],
		[2111.5, 0, '2,112 km'],
		[787, 1, '787 km'],
		[2000, 1, '2,000 km'],
		[4124.27, 0, '4,124 km'],
		[0.04, 1, '0 km'],
		[-0.04, 1, '0 km'],
		[-12.5, 1, '−12.5 km'],
		[Number.NaN, 1, 'n/a'],
		[Number.POSITIVE_INFINITY, 0, 'n/a']
	] as const)('%s km with %s decimal(s) reads %s', (km, decimals, text) => {
		expect(formatKm(km, decimals)).toBe(text);
	});

	it('gives a reported figure the same text wherever it is shown (one rule)', () => {
		// The 14 May 2017 apogee as KCNA reported it (tests.md: 2,111.5 km).
		expect(formatKm(2111.5)).toBe('2,111.5 km');
	});
});

describe('bands and margins', () => {
	it('writes a band with the unit once and an en dash', () => {
		expect(formatKmBand(1800, 2200)).toBe('1,800–2,200 km');
		expect(formatKmBand(3853.2, 4432.7)).toBe('3,853–4,433 km');
	});
	it('signs margins with + and a true minus', () => {
		expect(formatMarginKm(628.4)).toBe('+628 km');
		expect(formatMarginKm(-1713.2)).toBe('−1,713 km');
		expect(formatMarginKm(-0.2)).toBe('+0 km');
	});
});

describe('durations', () => {
	it.each([
		[4052, '67 min 32 s'],
		[2820, '47 min'],
		[42, '42 s'],
		[-65, '−1 min 5 s']
	] as const)('%s s reads %s', (s, text) => {
		expect(formatDuration(s)).toBe(text);
	});
	it('writes both ends of a span in one form', () => {
		expect(formatDurationBand(4380, 4500)).toBe('73–75 min');
		expect(formatDurationBand(4380, 4415)).toBe('73 min 0 s – 73 min 35 s');
	});
});

describe('other units', () => {
	it('speeds, degrees, ticks and plain numbers', () => {
		expect(formatKms(5.5)).toBe('5.50 km/s');
		expect(formatDeg(79.6)).toBe('80°');
		expect(formatTick(1000)).toBe('1,000');
		expect(formatTick(2.5)).toBe('2.5');
		expect(formatNumber(1242.74, 2)).toBe('1,242.74');
		expect(formatNumber(-0.001, 1)).toBe('0');
	});
});

describe('dates and places', () => {
	it('reads the calendar date of an ISO string as written', () => {
		expect(formatDate('2022-01-30T07:52:00+09:00')).toBe('30 January 2022');
		expect(formatDate('2017-05-14', 'short')).toBe('14 May 2017');
		expect(formatDate('not a date')).toBe('not a date');
	});
	it('writes UTC and KST stamps', () => {
		expect(formatUtc('2022-01-29T22:52:00Z')).toBe('2022-01-29 22:52 UTC');
		expect(formatKst('2022-01-30T07:52:00+09:00')).toBe('2022-01-30 07:52 KST');
	});
	it('writes hemispheres and wraps longitudes', () => {
		expect(formatLatLon({ lat: 40.611, lon: 126.426 })).toBe('40.61° N, 126.43° E');
		expect(formatLatLon({ lat: -13.5, lon: 200 })).toBe('13.50° S, 160.00° W');
	});
});

describe('formatStandardRange', () => {
	it('states a range with its band, an orbital result, or nothing', () => {
		expect(
			formatStandardRange({ kind: 'range', centralKm: 4165.2, bandKm: [4020.4, 4235.1] })
		).toEqual({ value: '4,165 km', band: '4,020–4,235 km' });
		expect(formatStandardRange({ kind: 'range', centralKm: 9000, bandKm: [8000, null] })).toEqual({
			value: '9,000 km',
			band: '8,000 km – orbital'
		});
		expect(formatStandardRange({ kind: 'orbital' })).toEqual({
			value: 'orbital',
			band: 'reaches any point on Earth'
		});
		expect(formatStandardRange({ kind: 'none', reason: 'no apogee' }).value).toBe('—');
	});
});
