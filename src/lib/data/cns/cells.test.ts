import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCoordinate, parseDate, parseEnum, parseKm, parseText, parseTime } from './cells.ts';

const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('parseKm', () => {
	it.each([
		['150 km', 150, ['unit-in-number']],
		['150km', 150, ['unit-in-number']],
		['2111.5 km', 2111.5, ['unit-in-number']],
		['1,380 km', 1380, ['thousands-separator', 'unit-in-number']],
		['95', 95, ['no-unit']],
		['330 lm', 330, ['unit-typo']],
		['330 kn', 330, ['unit-typo']],
		['0 km', 0, ['unit-in-number', 'zero']],
		['about 2,000 km', 2000, ['qualifier', 'thousands-separator', 'unit-in-number']],
		['5000 m', 5, ['unit-converted']],
		['100 mi', 160.934, ['unit-converted']],
		['100 nmi', 185.2, ['unit-converted']],
		['581 km (361 mi)', 581, ['extra-text', 'unit-in-number']],
		['2111,5 km', 2111.5, ['decimal-comma', 'unit-in-number']]
	])('reads %j as %d km', (raw, km, expected) => {
		const r = parseKm(raw, 'Apogee');
		expect(r.value.km).toBe(km);
		expect(codes(r)).toEqual(expected);
	});

	it.each([
		['', 'blank'],
		['   ', 'blank'],
		['Unknown', 'unknown'],
		['unknown.', 'unknown'],
		['N/A', 'not-applicable'],
		['n/a', 'not-applicable'],
		['high', 'unparseable'],
		['-40 km', 'negative'],
		['200 furlongs', 'unknown-unit'],
		['200 km and 300 km or 5', 'multiple-values']
	])('reads %j as no value with flag %s', (raw, code) => {
		const r = parseKm(raw);
		expect(r.value.km).toBeNull();
		expect(codes(r)).toContain(code);
	});

	it.each([
		['between 110 and 670 km', 110, 670],
		['110-670 km', 110, 670],
		['110 – 670 km', 110, 670],
		['110 to 670 km', 110, 670],
		['670 to 110 km', 110, 670]
	])('keeps the ends of the range %j and chooses no single value', (raw, low, high) => {
		const r = parseKm(raw);
		expect(r.value).toMatchObject({ km: null, lowKm: low, highKm: high });
		expect(codes(r)).toContain('range-in-words');
	});

	it('records qualifiers', () => {
		expect(parseKm('over 1000 km').value.qualifier).toBe('more-than');
		expect(parseKm('up to 300 km').value.qualifier).toBe('less-than');
		expect(parseKm('~300 km').value.qualifier).toBe('about');
		expect(parseKm('300 km').value.qualifier).toBe('exact');
	});

	it('reads any whole number written as "n km", "n,nnn km" or "n" back as n', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 50_000 }),
				fc.constantFrom('plain', 'km', 'kmTight', 'grouped'),
				(n, style) => {
					const text =
						style === 'plain'
							? String(n)
							: style === 'km'
								? `${n} km`
								: style === 'kmTight'
									? `${n}km`
									: `${n.toLocaleString('en-US')} km`;
					expect(parseKm(text).value.km).toBe(n);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('parseDate', () => {
	it.each([
		['9-Apr-84', '1984-04-09'],
		['14-May-17', '2017-05-14'],
		['05-Jan-17', '2017-01-05'],
		['14-Sep-2017', '2017-09-14'],
		['4/9/1984', '1984-04-09'],
		['11/2/2019', '2019-11-02'],
		['2017-05-14', '2017-05-14'],
		['May 14, 2017', '2017-05-14'],
		['29-Feb-16', '2016-02-29']
	])('reads %j as %s', (raw, iso) => {
		const r = parseDate(raw);
		expect(r.value.date).toBe(iso);
		expect(r.value.precision).toBe('day');
	});

	it('pivots two-digit years like POSIX %y: 69-99 -> 19xx, 00-68 -> 20xx, with a flag', () => {
		expect(parseDate('1-Jan-69').value.date).toBe('1969-01-01');
		expect(parseDate('31-Dec-68').value.date).toBe('2068-12-31');
		expect(codes(parseDate('1-Jan-00'))).toContain('two-digit-year');
		expect(codes(parseDate('1-Jan-2000'))).not.toContain('two-digit-year');
	});

	it('reads month-only dates with month precision and a null date', () => {
		const r = parseDate('Sep-84');
		expect(r.value).toEqual({ date: null, month: '1984-09', year: 1984, precision: 'month' });
		expect(codes(r)).toContain('month-only');
		expect(parseDate('September 1984').value.month).toBe('1984-09');
		expect(parseDate('1984').value).toMatchObject({ year: 1984, precision: 'year', date: null });
	});

	it('flags formats that differ from the column norm, impossible dates and day/month order', () => {
		expect(codes(parseDate('6/14/2019', 'Entered', 'd-mon-yy'))).toContain('date-format');
		expect(codes(parseDate('14/6/2019'))).toContain('day-month-order');
		expect(parseDate('14/6/2019').value.date).toBe('2019-06-14');
		expect(parseDate('31-Feb-19').value.date).toBeNull();
		expect(codes(parseDate('31-Feb-19'))).toContain('invalid-date');
		expect(codes(parseDate('29-Feb-17'))).toContain('invalid-date');
		expect(codes(parseDate('whenever'))).toContain('unparseable');
	});

	it('reads Excel serial day numbers (1900 system): 43466 is 2019-01-01', () => {
		// 2019-01-01 is 43466 days after 1899-12-30 (Excel's effective epoch).
		const r = parseDate('43466');
		expect(r.value.date).toBe('2019-01-01');
		expect(codes(r)).toContain('excel-serial-date');
	});

	it('reads any calendar day written d-Mon-yy or m/d/yyyy back as the same day', () => {
		const names = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1969-01-01T00:00:00Z'), max: new Date('2068-12-31T00:00:00Z') }),
				(d) => {
					if (Number.isNaN(d.getTime())) return;
					const iso = d.toISOString().slice(0, 10);
					const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
					const yy = String(y % 100).padStart(2, '0');
					expect(parseDate(`${day}-${names[m - 1]}-${yy}`).value.date).toBe(iso);
					expect(parseDate(`${m}/${day}/${y}`).value.date).toBe(iso);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('parseTime', () => {
	it.each([
		['08:28:00 PM', '20:28'],
		['12:40:00 AM', '00:40'],
		['12:05:00 PM', '12:05'],
		['8:05 pm', '20:05'],
		['9 AM', '09:00'],
		['20:28', '20:28'],
		['20:28:15', '20:28:15'],
		['20:28 UTC', '20:28'],
		['0.5', '12:00']
	])('reads %j as %s', (raw, hhmm) => {
		expect(parseTime(raw).value).toBe(hhmm);
	});

	it.each([
		['13:45:00 PM', 'invalid-time'],
		['25:00', 'invalid-time'],
		['noon', 'unparseable'],
		['05:28 KST', 'time-zone'],
		['', 'blank']
	])('reads %j as no value with flag %s', (raw, code) => {
		const r = parseTime(raw);
		expect(r.value).toBeNull();
		expect(codes(r)).toContain(code);
	});

	it('reads any 12-hour time back as the same 24-hour time', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
				const h12 = h % 12 === 0 ? 12 : h % 12;
				const text = `${String(h12).padStart(2, '0')}:${String(m).padStart(2, '0')}:00 ${h < 12 ? 'AM' : 'PM'}`;
				expect(parseTime(text).value).toBe(
					`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
				);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('parseCoordinate', () => {
	it.each([
		['39.40167', 'lat', 39.40167],
		['127.5369', 'lon', 127.5369],
		['39.4 N', 'lat', 39.4],
		['127.5°E', 'lon', 127.5],
		['33.9 S', 'lat', -33.9],
		[`39°24'00"N`, 'lat', 39.4]
	] as const)('reads %j (%s) as %d', (raw, axis, deg) => {
		expect(parseCoordinate(raw, axis).value).toBeCloseTo(deg, 6);
	});

	it.each([
		['95.2', 'lat', 'out-of-range'],
		['200.5', 'lon', 'out-of-range'],
		['127.1 N', 'lon', 'wrong-hemisphere'],
		['north-ish', 'lat', 'unparseable'],
		['Unknown', 'lat', 'unknown']
	] as const)('reads %j (%s) as no value with flag %s', (raw, axis, code) => {
		const r = parseCoordinate(raw, axis);
		expect(r.value).toBeNull();
		expect(codes(r)).toContain(code);
	});
});

describe('parseEnum and parseText', () => {
	const table = { success: 'success', failure: 'failure' } as const;
	it('matches case-insensitively and flags unknown words', () => {
		expect(parseEnum(' SUCCESS ', 'Outcome', table).value).toBe('success');
		expect(codes(parseEnum('Exploded', 'Outcome', table))).toEqual(['unrecognised-value']);
		expect(parseText('  Hodo   Peninsula ', 'Facility').value).toBe('Hodo Peninsula');
		expect(parseText('N/A', 'Facility').value).toBeNull();
	});
});

/** Garbage strings: anything, including lone surrogates, control characters and CSV metacharacters. */
const anyString = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: fc.constantFrom(...'0123456789 ,.-/:kmKMAPap°NSEW"\'()~<>?'), maxLength: 20 })
);

describe('cell parsers never throw and never return a value they cannot justify (10,000 runs each)', () => {
	const RUNS = 10_000;

	it('parseKm: the result is null or a finite non-negative km; null comes with a flag', () => {
		fc.assert(
			fc.property(anyString, (s) => {
				const r = parseKm(s);
				for (const v of [r.value.km, r.value.lowKm, r.value.highKm]) {
					expect(v === null || (Number.isFinite(v) && v >= 0)).toBe(true);
				}
				if (r.value.km === null) expect(r.issues.length).toBeGreaterThan(0);
			}),
			{ numRuns: RUNS }
		);
	});

	it('parseDate: an ISO date that is a real day, or null with a flag', () => {
		fc.assert(
			fc.property(anyString, (s) => {
				const r = parseDate(s, 'Date', 'd-mon-yy');
				if (r.value.date !== null) {
					expect(r.value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					expect(new Date(r.value.date + 'T00:00:00Z').toISOString().slice(0, 10)).toBe(
						r.value.date
					);
				} else {
					expect(r.issues.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('parseTime: HH:MM(:SS) within the day, or null with a flag', () => {
		fc.assert(
			fc.property(anyString, (s) => {
				const r = parseTime(s);
				if (r.value !== null) expect(r.value).toMatch(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/);
				else expect(r.issues.length).toBeGreaterThan(0);
			}),
			{ numRuns: RUNS }
		);
	});

	it('parseCoordinate: within ±90/±180 degrees, or null with a flag', () => {
		fc.assert(
			fc.property(anyString, fc.constantFrom('lat' as const, 'lon' as const), (s, axis) => {
				const r = parseCoordinate(s, axis);
				if (r.value !== null)
					expect(Math.abs(r.value)).toBeLessThanOrEqual(axis === 'lat' ? 90 : 180);
				else expect(r.issues.length).toBeGreaterThan(0);
			}),
			{ numRuns: RUNS }
		);
	});

	it('parseEnum: one of the table values, or null with a flag', () => {
		const table = { success: 'success', failure: 'failure' } as const;
		fc.assert(
			fc.property(anyString, (s) => {
				const r = parseEnum(s, 'Outcome', table);
				if (r.value !== null) expect(['success', 'failure']).toContain(r.value);
				else expect(r.issues.length).toBeGreaterThan(0);
			}),
			{ numRuns: RUNS }
		);
	});
});
