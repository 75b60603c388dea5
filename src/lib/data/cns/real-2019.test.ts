/**
 * The importer on a real CNS release (October 2019, 135 rows), read from ../shared at test time: the
 * file is third-party data and is not part of this project. Skipped, with a message, where it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tests } from '../dataset.ts';
import { importCns } from './import.ts';
import type { CnsRecord } from './types.ts';

const FILE = fileURLToPath(
	new URL(
		'../../../../../shared/data/cns/north_korea_missile_test_database_2019-10.csv',
		import.meta.url
	)
);
const present = existsSync(FILE);
if (!present) {
	console.warn(
		`Skipping the real CNS 2019 release tests: ${FILE} is absent (it lives outside the project, in ../shared/data/cns).`
	);
}

/**
 * Counts CSV records independently of d3-dsv: a newline ends a record only outside double quotes
 * (RFC 4180; an escaped quote "" toggles twice). Blank lines are not records.
 */
function countRecords(text: string): number {
	let inQuotes = false;
	let records = 0;
	let lineHasContent = false;
	for (const ch of text) {
		if (ch === '"') inQuotes = !inQuotes;
		if (ch === '\n' && !inQuotes) {
			if (lineHasContent) records += 1;
			lineHasContent = false;
		} else if (ch !== '\r') lineHasContent = true;
	}
	if (lineHasContent) records += 1;
	return records;
}

describe.skipIf(!present)('importCns on the real CNS release of October 2019', () => {
	const text = present ? readFileSync(FILE, 'utf8') : '';
	const result = importCns(text, { tests });
	const rows = (pred: (r: CnsRecord) => boolean) => result.records.filter(pred);
	const codes = (r: CnsRecord, field: string) =>
		r.flags.filter((f) => f.field === field).map((f) => f.code);

	it('returns one record per data row: 135 rows in, 135 records out', () => {
		const dataRows = countRecords(text) - 1; // minus the header
		expect(dataRows).toBe(135); // the README's count
		expect(result.records).toHaveLength(dataRows);
		expect(result.records.map((r) => r.row)).toEqual(
			Array.from({ length: dataRows }, (_, i) => i + 1)
		);
		// The file's own index column runs 1-136 with one number (21) missing.
		expect(result.records.at(-1)?.sourceIndex).toBe(136);
		expect(result.problems).toEqual([]);
	});

	it('reads the 14 May 2017 Hwasong-12 row: apogee 2111.5 km, distance 787 km', () => {
		const [r] = rows((r) => r.date === '2017-05-14' && r.missileName === 'Hwasong-12');
		expect(r).toMatchObject({
			apogeeKm: 2111.5,
			distanceKm: 787,
			launchTimeUtc: '20:28',
			missileId: 'hwasong-12',
			outcome: 'success',
			testId: '2017-05-14-hwasong-12'
		});
		expect(r.raw['Apogee']).toBe('2111.5 km');
		expect(codes(r, 'apogee')).toEqual(['unit-in-number']);
		// 08:28 PM UTC on 13 May is 05:28 on 14 May in Korea: this row gives the Korean date.
		expect(codes(r, 'link')).toEqual(['date-is-local']);
	});

	it('reads the 1984-1992 month-only dates (Sep-84, May-86, May-90, Jun-90, Jul-91, Jun-92)', () => {
		const monthOnly = rows((r) => r.datePrecision === 'month');
		expect(monthOnly.map((r) => r.month)).toEqual([
			'1984-09',
			'1984-09',
			'1984-09',
			'1986-05',
			'1990-05',
			'1990-06',
			'1991-07',
			'1992-06'
		]);
		for (const r of monthOnly) {
			expect(r.date).toBeNull();
			expect(codes(r, 'date')).toContain('month-only');
		}
	});

	it('reads units inside numbers and the thousands separator of the Taepodong-1 row', () => {
		const [tpd] = rows((r) => r.missileName === 'Taepodong-1');
		expect(tpd.raw['Distance Travelled']).toBe('1,380 km');
		expect(tpd.distanceKm).toBe(1380);
		expect(codes(tpd, 'distance')).toEqual(
			expect.arrayContaining(['thousands-separator', 'unit-in-number'])
		);
		// Its note says parts of it "travelled about 4000 km": a contradiction the importer reports.
		expect(codes(tpd, 'distance')).toContain('notes-contradict');
		const withUnits = rows((r) => /\d\s*km$/.test(r.raw['Apogee'] ?? ''));
		expect(withUnits.length).toBeGreaterThan(50);
		for (const r of withUnits) expect(codes(r, 'apogee')).toContain('unit-in-number');
	});

	it('reads "Unknown", "N/A" and blanks as null with their own flags', () => {
		for (const r of result.records) {
			const raw = (r.raw['Apogee'] ?? '').trim();
			// The first flag says why the value is null (a note may add 'notes-give-value' after it).
			if (raw === 'Unknown') expect(codes(r, 'apogee')[0]).toBe('unknown');
			if (raw === 'N/A') expect(codes(r, 'apogee')[0]).toBe('not-applicable');
			if (raw === '') expect(codes(r, 'apogee')[0]).toBe('blank');
			if (['Unknown', 'N/A', ''].includes(raw)) expect(r.apogeeKm).toBeNull();
		}
		expect(rows((r) => r.raw['Apogee'] === 'Unknown')).toHaveLength(54);
		// The 13 Apr 2012 Unha-3 row has no apogee, but its note says "an altitude of about 120 kilometers".
		const [unha] = rows((r) => r.date === '2012-04-13');
		expect(codes(unha, 'apogee')).toEqual(['unknown', 'notes-give-value']);
	});

	it('reads every 12-hour launch time into 24-hour UTC', () => {
		const timed = rows((r) => (r.raw['Launch Time (UTC)'] ?? '').trim() !== '');
		expect(timed).toHaveLength(55);
		for (const r of timed) {
			const [, h, m, ap] = /^(\d\d):(\d\d):00 (AM|PM)$/.exec(r.raw['Launch Time (UTC)'])!;
			const hour = (Number(h) % 12) + (ap === 'PM' ? 12 : 0);
			expect(r.launchTimeUtc).toBe(`${String(hour).padStart(2, '0')}:${m}`);
		}
	});

	it('flags the lost character in "Chiha-ri\ufffd" and the gap in the index column', () => {
		const [chiha] = rows((r) => (r.facilityLocation ?? '').startsWith('Chiha-ri'));
		expect(codes(chiha, 'facilityLocation')).toContain('encoding');
		const [gap] = rows((r) => r.sourceIndex === 22);
		expect(codes(gap, 'index')).toEqual(['index-gap']);
	});

	it('links the 2017 Hwasong-12/14/15 rows, the April failures among them, to the curated tests by date and missile', () => {
		expect(
			rows((r) => r.testId !== null)
				.map((r) => r.testId)
				.sort()
		).toEqual([
			'2017-04-05-hwasong-12',
			'2017-04-16-hwasong-12',
			'2017-04-29-hwasong-12',
			'2017-05-14-hwasong-12',
			'2017-07-04-hwasong-14',
			'2017-07-28-hwasong-14',
			'2017-08-29-hwasong-12',
			'2017-09-15-hwasong-12',
			'2017-11-29-hwasong-15'
		]);
	});
});
