/**
 * Property tests for the numeric-input parser: 10,000+ random inputs per property. Whatever the string,
 * parseNumberInput never throws, and returns either a finite value inside [min, max] or a non-empty
 * message that names the field; numbers people write (plain, grouped, with the unit) parse back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberInput, type NumberInputSpec } from './input';

const runs = { numRuns: 10_000 };

const spec: NumberInputSpec = { label: 'Apogee', unit: 'km', min: -7000, max: 7000 };

/** Strings people and fuzzers type: any unicode, numeric-looking strings, and separators mixed in. */
const anyInput = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.stringMatching(/^[-+\u2212]?[\d.,e_' \u00a0]{0,20}( ?(km|m|°|kilometres))?$/),
	fc.double().map(String),
	fc.constantFrom('', ' ', 'NaN', 'Infinity', '-', '.', 'e', '1e', '1e400', '-0', '0x1f', '\u0000')
);

const specs = fc
	.record({
		// A label is the app's own field name: never one of the words the message check below forbids.
		label: fc
			.string({ minLength: 1, maxLength: 12 })
			.filter((l) => !/undefined|NaN|\[object/.test(l)),
		unit: fc.constantFrom('km', 's', '°', '', 'km/s', 'kg'),
		a: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
		b: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
		integer: fc.boolean()
	})
	.map(({ label, unit, a, b, integer }) => ({
		label,
		unit,
		min: Math.min(a, b),
		max: Math.max(a, b),
		integer
	}));

describe('parseNumberInput on random input', () => {
	it('never throws; ok means a finite in-range value, otherwise a message naming the field', () => {
		fc.assert(
			fc.property(anyInput, specs, (raw, s) => {
				const r = parseNumberInput(raw, s);
				if (r.ok) {
					expect(Number.isFinite(r.value)).toBe(true);
					expect(r.value).toBeGreaterThanOrEqual(s.min);
					expect(r.value).toBeLessThanOrEqual(s.max);
					if (s.integer) expect(Number.isInteger(r.value)).toBe(true);
				} else {
					expect(r.message.startsWith(s.label)).toBe(true);
					expect(r.message).not.toMatch(/undefined|NaN(?!")|\[object/);
					expect(r.message.length).toBeLessThan(400);
				}
			}),
			runs
		);
	});

	it('any in-range double written with String() parses back to itself', () => {
		fc.assert(
			fc.property(fc.double({ min: spec.min, max: spec.max, noNaN: true }), (v) => {
				const r = parseNumberInput(String(v), spec);
				expect(r).toEqual({ ok: true, value: Object.is(v, -0) ? 0 : v });
			}),
			runs
		);
	});

	it('grouped thousands ("en-US" formatting) with or without the unit parse back exactly', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -7000, max: 7000 }),
				fc.integer({ min: 0, max: 99 }),
				fc.constantFrom('', ' km', 'km', ' KM'),
				(whole, cents, suffix) => {
					const v = whole + Math.sign(whole || 1) * (cents / 100);
					if (v < spec.min || v > spec.max) return;
					const text = v.toLocaleString('en-US', { maximumFractionDigits: 2 }) + suffix;
					const r = parseNumberInput(text, spec);
					expect(r.ok).toBe(true);
					if (r.ok) expect(r.value).toBeCloseTo(v, 10);
				}
			),
			runs
		);
	});

	it('values outside the range are always refused with the range in the message', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.double({ min: 7000.000001, max: 1e300, noNaN: true }),
					fc.double({ min: -1e300, max: -7000.000001, noNaN: true })
				),
				(v) => {
					const r = parseNumberInput(String(v), spec);
					expect(r.ok).toBe(false);
					if (!r.ok) expect(r.message).toContain('between -7,000 and 7,000 km');
				}
			),
			runs
		);
	});
});
