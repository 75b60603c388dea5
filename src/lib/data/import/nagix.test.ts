/**
 * The nagix JSON reader on our own fixture (fixtures/nagix-*.json), one entry per quirk of the format.
 * KST dates are checked against facts stated independently of the code: Korea is UTC+9, and kept summer
 * time (UTC+10) from 10 May to 11 Oct 1987; the Hwasong-12 test of 20:28 UTC on 13 May 2017 is dated
 * 14 May 2017 in Korea (the dataset's test 2017-05-14-hwasong-12).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missiles, tests } from '../dataset.ts';
import { importFile } from './import-file.ts';
import type { ImportRecord } from './types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const TESTS = fixture('nagix-test.en.json');
const companions = {
	missiles: fixture('nagix-missile.en.json'),
	facilities: fixture('nagix-facility.en.json')
};
const codes = (r: ImportRecord, field?: string) =>
	r.flags.filter((f) => field === undefined || f.field === field).map((f) => f.code);

describe('importFile on a nagix test file with its missile and facility files', async () => {
	const result = await importFile(TESTS, { companions, tests, missiles });
	const row = (n: number) => result.records[n - 1];

	it('detects the format and gives one record per entry, in file order, null entry included', () => {
		const entries = (
			JSON.parse(TESTS.toString('utf8')) as { timeBins: { data: unknown[] }[] }
		).timeBins.flatMap((b) => b.data);
		expect(result.format).toBe('nagix');
		expect(result.encoding).toBe('utf-8');
		expect(result.records).toHaveLength(entries.length);
		expect(result.records.map((r) => r.row)).toEqual(entries.map((_, i) => i + 1));
		expect(row(11).at).toBe('timeBins[3].data[4]');
		expect(codes(row(11))).toEqual(['not-an-object']);
	});

	it('turns the UTC date and time into the KST date and keeps both', () => {
		expect(row(3)).toMatchObject({ date: '2017-05-13', timeUtc: '20:28', dateKst: '2017-05-14' });
		expect(codes(row(3), 'dateKst')).toEqual(['utc-to-kst']);
		expect(row(3).flags.find((f) => f.code === 'utc-to-kst')?.message).toContain('next day');
		expect(row(8)).toMatchObject({ date: '2022-03-24', timeUtc: '05:34', dateKst: '2022-03-24' });
		// Korean summer time of 1987: 16:00 UTC is 02:00 the next day at UTC+10.
		expect(row(1)).toMatchObject({ date: '1987-06-10', dateKst: '1987-06-11' });
		expect(row(1).flags.find((f) => f.code === 'utc-to-kst')?.message).toContain(
			'02:00 KST (UTC+10'
		);
		// Without a time the KST date is one of two days: left empty, and said so.
		expect(row(10)).toMatchObject({ date: '2023-04-12', timeUtc: null, dateKst: null });
		expect(codes(row(10), 'dateKst')).toEqual(['kst-date-unknown']);
	});

	it('reads "unknown" and "na" beside numbers and numeric strings', () => {
		expect(row(2)).toMatchObject({ apogeeKm: 150, distanceKm: null, facilityName: null });
		expect(codes(row(2), 'distance')).toEqual(['not-applicable']);
		expect(codes(row(2), 'facility')).toEqual(['unknown']);
		expect(codes(row(1), 'apogee')).toEqual(['unknown']);
		expect(row(7)).toMatchObject({ apogeeKm: 2000, distanceKm: 800 });
		expect(codes(row(7), 'apogee')).toEqual([]);
		expect(row(7).raw.apogee).toBe('2000');
		expect(row(3).raw.apogee).toBe('2111.5');
	});

	it('reads the 90 deg bearing as the placeholder it is, and keeps other bearings', () => {
		for (const n of [1, 2, 5]) {
			expect(row(n).bearingDeg).toBeNull();
			expect(codes(row(n), 'bearing')).toEqual(['placeholder-bearing']);
			expect(row(n).raw.bearing).toBe('90');
		}
		expect(row(3).bearingDeg).toBe(75);
		expect(codes(row(10), 'bearing')).toEqual(['unknown']);
	});

	it('gives each missile of a salvo its position from "series"', () => {
		expect([4, 5, 6].map((n) => row(n).salvo)).toEqual([
			{ position: 1, size: 3 },
			{ position: 2, size: 3 },
			{ position: 3, size: 3 }
		]);
		for (const n of [4, 5, 6]) expect(codes(row(n), 'salvo')).toEqual(['salvo-position']);
		expect(row(3).salvo).toBeNull();
	});

	it('names missiles and sites from the companion files and flags keys they do not list', () => {
		expect(row(4)).toMatchObject({ missileName: 'Scud-B MaRV', missileType: 'SRBM' });
		expect(row(3)).toMatchObject({
			facilityName: 'Kusong',
			facilityLat: 40.0133,
			facilityLon: 125.223
		});
		expect(row(10).missileName).toBe('hwasong-18');
		expect(codes(row(10), 'missile')).toEqual(['unknown-missile-key']);
		expect(row(9)).toMatchObject({ facilityName: 'east-coast', facilityLat: null });
		expect(codes(row(9), 'facility')).toEqual(['unknown-facility-key']);
		expect(codes(row(9), 'missile')).toEqual(['unknown']);
		expect(row(9).missileName).toBeNull();
	});

	it('flags a formula in a text field, a misfiled year and fields the format does not have', () => {
		expect(codes(row(9), 'description')).toEqual(['formula']);
		expect(row(9).notes).toMatch(/^=HYPERLINK/);
		expect(codes(row(10), 'date')).toEqual(['year-bin']);
		expect(result.problems.map((p) => p.code)).toEqual(['extra-field']);
		expect(row(9).raw.source).toBe('an extra field the format does not have');
	});

	it('maps missile names to the dataset through the crosswalk and links the dataset tests', () => {
		expect(row(3)).toMatchObject({ missileId: 'hwasong-12', testId: '2017-05-14-hwasong-12' });
		expect(row(7)).toMatchObject({ missileId: 'hwasong-12', testId: '2022-01-30-hwasong-12' });
		expect(row(8)).toMatchObject({ missileId: 'hwasong-17', testId: '2022-03-24-hwasong-17' });
		const entry = (name: string) => result.crosswalk.find((c) => c.name === name);
		expect(entry('Hwasong-12')).toMatchObject({ missileId: 'hwasong-12', rows: 2 });
		expect(entry('Scud-B MaRV')).toMatchObject({ missileId: null, matchedBy: null, rows: 3 });
	});

	it('loses no row: every record keeps the raw text of every field of its entry', () => {
		const entries = (
			JSON.parse(TESTS.toString('utf8')) as { timeBins: { data: unknown[] }[] }
		).timeBins.flatMap((b) => b.data);
		entries.forEach((e, i) => {
			if (e === null) return;
			expect(Object.keys(result.records[i].raw)).toEqual(Object.keys(e as object));
		});
	});
});

describe('importFile on a nagix test file alone', () => {
	it('uses the keys as names and says once that the companion files are missing', async () => {
		const result = await importFile(TESTS, { tests, missiles });
		expect(result.problems.map((p) => p.code)).toEqual([
			'no-missile-file',
			'no-facility-file',
			'extra-field'
		]);
		expect(result.records[2]).toMatchObject({ missileName: 'hwasong-12', missileId: 'hwasong-12' });
		expect(result.records[2].facilityLat).toBeNull();
		expect(result.records[2].flags.map((f) => f.code)).not.toContain('unknown-missile-key');
	});

	it('reads the same file saved as Windows-1252 with one file-level note', async () => {
		const text = TESTS.toString('utf8').replace('Bearing 90 is', 'Bearing 90° is');
		const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
		const result = await importFile(bytes, { companions, tests, missiles });
		expect(result.encoding).toBe('windows-1252');
		expect(result.problems.filter((p) => p.code === 'windows-1252')).toHaveLength(1);
		expect(result.records[0].notes).toContain('Bearing 90° is');
	});

	it('refuses a companion file in the wrong shape and goes on without it', async () => {
		const result = await importFile(TESTS, {
			companions: { missiles: companions.facilities },
			tests,
			missiles
		});
		expect(result.problems[0]).toMatchObject({ code: 'bad-missiles-file', severity: 'error' });
		expect(result.records).toHaveLength(11);
	});
});
