import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tests } from '../dataset.ts';
import { CNS_COLUMNS, importCns } from './import.ts';
import type { CnsField, CnsRecord } from './types.ts';

const fixture = readFileSync(new URL('./fixtures/cns-quirks.csv', import.meta.url), 'utf8');
const HEADER = CNS_COLUMNS.map((c) => c.label);

const flagCodes = (r: CnsRecord, field?: string) =>
	r.flags.filter((f) => field === undefined || f.field === field).map((f) => f.code);

/** A well-formed row in the documented column order (values invented for tests). */
const GOOD_ROW = [
	'1',
	'3-Mar-18',
	'04-Jan-19',
	'11:05:00 PM',
	'Test Alpha',
	'SRBM',
	'',
	'Example Field',
	'Example County',
	'',
	'39.5',
	'127.25',
	'Sea of Japan',
	'120 km',
	'480 km',
	'Confirmed',
	'Success',
	'',
	'https://example.org'
];

describe('importCns on the quirks fixture (our own file, one row per quirk)', () => {
	const result = importCns(fixture, { tests });
	const byRow = (n: number) => result.records.find((r) => r.row === n)!;

	it('returns one record per data row: 14 rows (the blank line is not a row)', () => {
		// Counted by hand in fixtures/cns-quirks.csv: rows 1-12, 14 (index 13 is missing) and an all-empty row.
		expect(result.records.map((r) => r.row)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14
		]);
		expect(result.problems.map((p) => p.code)).toEqual(['bom', 'blank-lines', 'ragged-rows']);
		expect(result.problems.find((p) => p.code === 'ragged-rows')?.rows).toEqual([9, 10]);
	});

	it('keeps the raw text of every cell, keyed by the header', () => {
		expect(byRow(3).raw['Apogee']).toBe('between 110 and 670 km');
		expect(byRow(6).raw['Additional Information']).toContain('\n');
		expect(byRow(10).raw['(column 20)']).toBe('stray cell');
		expect(Object.keys(byRow(1).raw)).toEqual(HEADER);
	});

	it('reads units, 12-hour times and two-digit years (row 1)', () => {
		expect(byRow(1)).toMatchObject({
			date: '1988-03-03',
			launchTimeUtc: '23:05',
			apogeeKm: 120,
			distanceKm: 480,
			outcome: 'success',
			confirmation: 'confirmed'
		});
		expect(flagCodes(byRow(1), 'apogee')).toEqual(['unit-in-number']);
		expect(flagCodes(byRow(1), 'date')).toEqual(['two-digit-year']);
	});

	it('reads month-only dates, "Unknown" and "N/A" (row 2)', () => {
		expect(byRow(2)).toMatchObject({
			date: null,
			month: '1989-10',
			datePrecision: 'month',
			apogeeKm: null,
			distanceKm: null,
			outcome: 'unknown'
		});
		expect(flagCodes(byRow(2), 'date')).toContain('month-only');
		expect(flagCodes(byRow(2), 'apogee')).toEqual(['unknown']);
		expect(flagCodes(byRow(2), 'distance')).toEqual(['not-applicable']);
	});

	it('keeps ranges in words as low/high, reads m/d/yyyy and "1,250 km" (row 3)', () => {
		expect(byRow(3)).toMatchObject({
			apogeeKm: null,
			apogeeLowKm: 110,
			apogeeHighKm: 670,
			distanceKm: 1250,
			enteredDate: '2019-06-14'
		});
		expect(flagCodes(byRow(3), 'apogee')).toContain('range-in-words');
		expect(flagCodes(byRow(3), 'entered')).toContain('date-format');
	});

	it('reads the typo "330 lm" as km with a warning, 12:10 AM as 00:10 (row 4)', () => {
		expect(byRow(4)).toMatchObject({ distanceKm: 330, apogeeKm: 95, launchTimeUtc: '00:10' });
		expect(byRow(4).flags.find((f) => f.code === 'unit-typo')?.severity).toBe('warning');
	});

	it('rejects out-of-range coordinates, impossible times and unknown outcomes (row 5)', () => {
		expect(byRow(5)).toMatchObject({
			facilityLat: null,
			facilityLon: null,
			launchTimeUtc: null,
			outcome: null
		});
		expect(flagCodes(byRow(5))).toEqual(
			expect.arrayContaining(['out-of-range', 'invalid-time', 'unrecognised-value'])
		);
	});

	it('flags notes that contradict the numbers (row 6: 900 km vs "travelled about 1,600 km")', () => {
		expect(byRow(6).distanceKm).toBe(900);
		expect(flagCodes(byRow(6), 'distance')).toContain('notes-contradict');
		// "reached an altitude of 510 km" is within 10 % of 500 km: no flag.
		expect(flagCodes(byRow(6), 'apogee')).not.toContain('notes-contradict');
	});

	it('maps "Hwasong-12 (KN-17)" to hwasong-12 and links the row to the curated test (row 7)', () => {
		expect(byRow(7)).toMatchObject({
			missileId: 'hwasong-12',
			testId: '2022-01-30-hwasong-12',
			apogeeKm: 2000,
			apogeeQualifier: 'about',
			distanceKm: 800
		});
		// 30 Jan 2022 is the Korean date; the launch was 22:52 UTC on 29 Jan.
		expect(flagCodes(byRow(7), 'link')).toEqual(['date-is-local']);
	});

	it('turns garbage into nulls with errors, keeping the row (row 8)', () => {
		const r = byRow(8);
		expect(r).toMatchObject({
			date: null,
			apogeeKm: null,
			distanceKm: null,
			missileName: 'Test Delta'
		});
		for (const field of ['date', 'entered', 'launchTime', 'lat', 'lon', 'apogee', 'distance'])
			expect(r.flags.filter((f) => f.field === field && f.severity === 'error')).not.toHaveLength(
				0
			);
	});

	it('reads short and long rows: missing cells flagged, extra cells kept (rows 9, 10)', () => {
		expect(byRow(9).missileName).toBe('Test Charlie');
		expect(flagCodes(byRow(9), 'apogee')).toEqual(['missing-cell']);
		expect(flagCodes(byRow(10), 'row')).toContain('extra-cells');
		expect(byRow(10).distanceKm).toBeCloseTo(2000 * 1.609344, 6);
		expect(byRow(10).outcome).toBe('partial');
	});

	it('flags lost characters, reads DMS and swaps swapped coordinates back (rows 11, 12)', () => {
		expect(flagCodes(byRow(11), 'facilityLocation')).toContain('encoding');
		expect(byRow(11).facilityLat).toBeCloseTo(39 + 24 / 60 + 6 / 3600, 6);
		expect(byRow(11).facilityLon).toBe(127.5);
		expect(byRow(12)).toMatchObject({ facilityLat: 39.4, facilityLon: 127.5 });
		expect(flagCodes(byRow(12), 'lat')).toContain('lat-lon-swapped');
	});

	it('reads Excel serial dates, flags the index gap and the all-empty row (rows 13, 14)', () => {
		expect(byRow(13)).toMatchObject({
			sourceIndex: 14,
			date: '2019-01-01',
			launchTimeUtc: '12:00',
			apogeeKm: 2111.5,
			distanceLowKm: 250,
			distanceHighKm: 400,
			enteredDate: null
		});
		expect(flagCodes(byRow(13), 'index')).toContain('index-gap');
		expect(flagCodes(byRow(14), 'row')).toContain('empty-row');
	});

	it('counts physical lines, so a multi-line cell does not throw off later rows', () => {
		// Row 6 spans lines 7-8, so row 7 starts on line 9.
		expect(byRow(6).line).toBe(7);
		expect(byRow(7).line).toBe(9);
	});
});

describe('importCns on file-level problems', () => {
	const csv = (rows: string[][]) => csvFormatRows(rows);

	it('reports an empty file and returns no records', () => {
		for (const text of ['', '   \n\n']) {
			const r = importCns(text);
			expect(r.records).toEqual([]);
			expect(r.problems.map((p) => p.code)).toEqual(['empty-file']);
		}
	});

	it('reports a header with no data rows', () => {
		expect(importCns(csv([HEADER])).problems.map((p) => p.code)).toEqual(['no-data-rows']);
	});

	it('matches reordered columns by header name', () => {
		const order = [...HEADER.keys()].reverse();
		const r = importCns(csv([order.map((i) => HEADER[i]), order.map((i) => GOOD_ROW[i])]));
		expect(r.records[0]).toMatchObject({ apogeeKm: 120, distanceKm: 480, date: '2018-03-03' });
		expect(r.problems.map((p) => p.code)).toEqual(['column-order']);
	});

	it('reports missing, extra and duplicate columns and still reads the rest', () => {
		const keep = HEADER.map((_, i) => i).filter((i) => HEADER[i] !== 'Apogee');
		const header = [...keep.map((i) => HEADER[i]), 'Analyst', 'Date'];
		const row = [...keep.map((i) => GOOD_ROW[i]), 'me', '1-Jan-99'];
		const r = importCns(csv([header, row]));
		expect(r.records).toHaveLength(1);
		expect(r.records[0]).toMatchObject({ apogeeKm: null, distanceKm: 480, date: '2018-03-03' });
		expect(r.records[0].raw['Analyst']).toBe('me');
		expect(r.problems.map((p) => p.code).sort()).toEqual(
			['duplicate-column', 'extra-column', 'missing-column'].sort()
		);
	});

	it('reads a headerless file in the documented order, with a warning', () => {
		const r = importCns(csv([GOOD_ROW, GOOD_ROW]));
		expect(r.records).toHaveLength(2);
		expect(r.records[1].distanceKm).toBe(480);
		expect(r.problems.map((p) => p.code)).toEqual(['no-header']);
	});

	it('keeps every row of a file whose header it does not know, with an error', () => {
		const r = importCns('a,b\n1,2\n3,4\n');
		expect(r.records).toHaveLength(2);
		expect(r.records[1].raw).toEqual({ a: '3', b: '4' });
		expect(r.problems.map((p) => p.code)).toContain('unrecognised-header');
	});

	it('reads tab-separated and CRLF files', () => {
		const tsv = [HEADER, GOOD_ROW].map((r) => r.join('\t')).join('\r\n');
		const r = importCns(tsv);
		expect(r.records[0].distanceKm).toBe(480);
		expect(r.problems.map((p) => p.code)).toEqual(['delimiter']);
	});

	it('warns about an unclosed quote', () => {
		const r = importCns(csv([HEADER, GOOD_ROW]) + '\n2,"9-Apr-84,oops\n3,1-May-90');
		expect(r.problems.map((p) => p.code)).toContain('unbalanced-quotes');
		expect(r.records.length).toBeGreaterThanOrEqual(2);
	});
});

/** Fields whose cells have a format: any cell content outside it must be flagged. */
const STRUCTURED: { column: string; field: CnsField }[] = [
	{ column: 'Date', field: 'date' },
	{ column: 'Date Entered/Updated', field: 'entered' },
	{ column: 'Launch Time (UTC)', field: 'launchTime' },
	{ column: 'Facility Latitude', field: 'lat' },
	{ column: 'Facility Longitude', field: 'lon' },
	{ column: 'Apogee', field: 'apogee' },
	{ column: 'Distance Travelled', field: 'distance' },
	{ column: 'Confirmation Status', field: 'confirmation' },
	{ column: 'Test Outcome', field: 'outcome' }
];

describe('importCns with random garbage in any cell (fast-check)', () => {
	const anyCell = fc.string({ unit: 'binary', maxLength: 30 });
	const junk = fc
		.tuple(
			fc.string({ maxLength: 10 }),
			fc.constantFrom('§', '¤', '#?', '@@', '¿¿', '\u0007', 'ｘ'),
			fc.string({ maxLength: 10 })
		)
		.map(([a, j, b]) => a + j + b);

	it('any text in any cell: one record, raw kept, numbers finite or null, no internal error', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: HEADER.length - 1 }), anyCell, (col, value) => {
				const row = [...GOOD_ROW];
				row[col] = value;
				const r = importCns(csvFormatRows([HEADER, row]));
				expect(r.records).toHaveLength(1);
				const rec = r.records[0];
				expect(rec.raw[HEADER[col]]).toBe(value);
				for (const v of [rec.apogeeKm, rec.distanceKm, rec.facilityLat, rec.facilityLon])
					expect(v === null || Number.isFinite(v)).toBe(true);
				expect(rec.flags.map((f) => f.code)).not.toContain('internal-error');
			}),
			{ numRuns: 3000 }
		);
	});

	it('junk in a formatted cell always yields a flag on that field', () => {
		fc.assert(
			fc.property(fc.constantFrom(...STRUCTURED), junk, ({ column, field }, value) => {
				const row = [...GOOD_ROW];
				row[HEADER.indexOf(column)] = value;
				const r = importCns(csvFormatRows([HEADER, row]));
				expect(r.records).toHaveLength(1);
				expect(r.records[0].flags.filter((f) => f.field === field)).not.toHaveLength(0);
			}),
			{ numRuns: 3000 }
		);
	});

	it('any sequence of random rows: as many records as non-blank rows', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(anyCell, { minLength: 1, maxLength: 22 }), { maxLength: 8 }),
				(rows) => {
					const text = csvFormatRows([HEADER, ...rows]);
					// Independent count: a row that csvFormatRows wrote as one empty cell is a blank line.
					const nonBlank = rows.filter((r) => !(r.length === 1 && r[0] === '')).length;
					const r = importCns(text);
					expect(r.records).toHaveLength(nonBlank);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
