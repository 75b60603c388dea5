import { describe, expect, it } from 'vitest';
import { formatForMessage, parseNumberInput, type NumberInputSpec } from './input';

const apogee: NumberInputSpec = { label: 'Apogee', unit: 'km', min: 50, max: 6000 };
const azimuth: NumberInputSpec = { label: 'Azimuth', unit: '°', min: 0, max: 360 };
const steps: NumberInputSpec = { label: 'Steps', unit: '', min: 1, max: 500, integer: true };

describe('parseNumberInput accepts the ways people write numbers', () => {
	it.each([
		['2000', 2000],
		['  2000  ', 2000],
		['2000.5', 2000.5],
		['2,000', 2000],
		['2,000.25', 2000.25],
		['2 000', 2000],
		['2\u00a0000', 2000],
		['2\u202f000', 2000],
		['2_000', 2000],
		["2'000", 2000],
		['2000 km', 2000],
		['2000km', 2000],
		['2,000 KM', 2000],
		['+1500', 1500],
		['1.2e3', 1200],
		['5E2', 500],
		['.5e3', 500],
		['50', 50],
		['6000', 6000],
		['１２３４', 1234] // full-width digits, as some keyboards type them
	])('%j -> %d km', (raw, expected) => {
		expect(parseNumberInput(raw, apogee)).toEqual({ ok: true, value: expected });
	});

	it('accepts a Unicode minus and dashes pasted from documents', () => {
		const signed: NumberInputSpec = { label: 'Offset', unit: 'km', min: -100, max: 100 };
		expect(parseNumberInput('\u221242', signed)).toEqual({ ok: true, value: -42 });
		expect(parseNumberInput('\u201342', signed)).toEqual({ ok: true, value: -42 });
		expect(parseNumberInput('-0', signed)).toEqual({ ok: true, value: 0 });
	});

	it('accepts the degree sign right after the number', () => {
		expect(parseNumberInput('87.5°', azimuth)).toEqual({ ok: true, value: 87.5 });
		expect(parseNumberInput('360', azimuth)).toEqual({ ok: true, value: 360 });
	});

	it('accepts unit aliases', () => {
		const spec = { ...apogee, unitAliases: ['kilometres', 'kilometers'] };
		expect(parseNumberInput('1,000 kilometres', spec)).toEqual({ ok: true, value: 1000 });
	});
});

describe('parseNumberInput explains what is wrong and how to fix it', () => {
	const message = (raw: string, spec = apogee) => {
		const r = parseNumberInput(raw, spec);
		expect(r.ok).toBe(false);
		return r.ok ? '' : r.message;
	};

	it('empty input names the field and the allowed range', () => {
		expect(message('')).toBe('Apogee is empty: enter a number between 50 and 6,000 km.');
		expect(message('   ')).toBe('Apogee is empty: enter a number between 50 and 6,000 km.');
	});

	it('out of range says the range and quotes the value back with its unit', () => {
		expect(message('9000')).toBe(
			'Apogee must be between 50 and 6,000 km; you entered 9,000 km. Enter a value in that range.'
		);
		expect(message('49.9')).toMatch(/you entered 49\.9 km/);
		expect(message('400', azimuth)).toBe(
			'Azimuth must be between 0 and 360°; you entered 400°. Enter a value in that range.'
		);
	});

	it('a decimal comma is recognised and the fix suggested', () => {
		expect(message('12,5')).toMatch(/decimal comma; use a point for decimals/);
		expect(message('1,2345')).toMatch(/decimal comma/);
	});

	it('misplaced digit-group separators are rejected, not silently joined', () => {
		expect(message('1,23,456')).toMatch(/is not a number/);
		expect(message('20,00')).toMatch(/decimal comma/);
		expect(message('2,000 000')).toMatch(/mixes digit-group separators/);
	});

	it('another unit is named', () => {
		expect(message('2000 m')).toBe(
			'Apogee is in km, not "m": enter a number between 50 and 6,000 km (you may type the unit "km" or leave it out).'
		);
		expect(message('5 mi')).toMatch(/not "mi"/);
		expect(message('12 km', steps)).toMatch(/takes a plain number, not "km"/);
	});

	it('NaN and Infinity are not numbers here', () => {
		expect(message('NaN')).toMatch(/must be a finite number, not "NaN"/);
		expect(message('-Infinity')).toMatch(/must be a finite number/);
		expect(message('1e400')).toMatch(/too large/);
	});

	it('garbage is quoted back (shortened) with the format expected', () => {
		expect(message('abc')).toMatch(/is in km, not "abc"/);
		expect(message('1..2')).toMatch(/"1\.\.2" is not a number/);
		expect(message('1-2')).toMatch(/is not a number/);
		expect(message('0x10')).toMatch(/is not a number/);
		expect(message('12345678901234567890123456789 9')).toMatch(/"123456789012345678901234…"/);
	});

	it('whole numbers only when the field says so', () => {
		expect(parseNumberInput('12', steps)).toEqual({ ok: true, value: 12 });
		expect(message('12.5', steps)).toBe(
			'Steps must be a whole number; you entered 12.5: enter a number between 1 and 500 without decimals.'
		);
	});

	it('a field spec without a valid range is reported, not thrown', () => {
		expect(message('5', { label: 'Broken', unit: 'km', min: 10, max: 1 })).toMatch(
			/has no valid range/
		);
		expect(message('5', { label: 'Broken', unit: 'km', min: NaN, max: 1 })).toMatch(
			/has no valid range/
		);
	});

	it('a non-string (from untyped code) is reported, not thrown', () => {
		expect(message(undefined as unknown as string)).toBe(
			'Apogee is missing: enter a number between 50 and 6,000 km.'
		);
	});
});

describe('formatForMessage', () => {
	it.each([
		[6000, '6,000'],
		[0.5, '0.5'],
		[1234567.891, '1,234,570'],
		[-42, '-42'],
		[1e20, '1.00e+20'],
		[0, '0']
	])('%d -> %s', (v, s) => {
		expect(formatForMessage(v)).toBe(s);
	});
});
