import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { tests } from '../data/dataset.ts';
import { DEFAULT_STATE } from '../state/catalogue.ts';
import {
	catalogueOptions,
	filterRows,
	rowsToCsv,
	rowsToJson,
	sortRows,
	type CatalogueRow
} from '../viz/catalogue.ts';
import { catalogueRows } from './catalogue.ts';

const rows = catalogueRows();
const by =
	(key: 'date' | 'missile' | 'apogee' | 'standardRange') =>
	(r: CatalogueRow): string | number | null =>
		key === 'date'
			? r.launchUtc
			: key === 'missile'
				? r.missileName
				: key === 'apogee'
					? (r.apogeeKm?.central ?? null)
					: r.standardRange.kind === 'range'
						? r.standardRange.centralKm
						: null;

describe('catalogue rows', () => {
	it('has one row per curated test', () => {
		expect(rows.map((r) => r.id)).toEqual(tests.map((t) => t.id));
	});

	it('filters by missile, year, trajectory and class', () => {
		// Hwasong-12 launches in the dataset: the three April 2017 failures or unknowns (US identification),
		// 14 May, 29 Aug and 15 Sep 2017; 30 Jan and 4 Oct 2022.
		const hs12 = filterRows(rows, { ...DEFAULT_STATE, missile: 'hwasong-12' });
		expect(hs12.map((r) => r.id)).toEqual([
			'2017-04-05-hwasong-12',
			'2017-04-16-hwasong-12',
			'2017-04-29-hwasong-12',
			'2017-05-14-hwasong-12',
			'2017-08-29-hwasong-12',
			'2017-09-15-hwasong-12',
			'2022-01-30-hwasong-12',
			'2022-10-04-hwasong-12'
		]);
		// The two over-Japan flights on standard trajectories in 2017.
		expect(
			filterRows(rows, { ...DEFAULT_STATE, year: 2017, trajectory: 'standard' }).map((r) => r.id)
		).toEqual(['2017-08-29-hwasong-12', '2017-09-15-hwasong-12']);
		// IRBMs: eight Hwasong-12, eight Musudan and four Hwasong-16B launches.
		expect(filterRows(rows, { ...DEFAULT_STATE, missileClass: 'IRBM' }).length).toBe(20);
	});

	it('offers the filter values present in the data', () => {
		const o = catalogueOptions(rows, ['date']);
		expect(o.years).toEqual([2016, 2017, 2022, 2023, 2024, 2025]);
		expect(o.missiles).toContain('hwasong-19');
	});

	it('sorts by date chronologically and by text alphabetically, either way, ties in launch order', () => {
		for (const dir of ['asc', 'desc'] as const) {
			const byDate = sortRows(rows, by('date'), dir).map((r) => Date.parse(r.launchUtc));
			const expected = [...byDate].sort((a, b) => (dir === 'asc' ? a - b : b - a));
			expect(byDate).toEqual(expected);
			const byMissile = sortRows(rows, by('missile'), dir);
			for (let k = 1; k < byMissile.length; k++) {
				const c = byMissile[k - 1].missileName.localeCompare(byMissile[k].missileName, 'en');
				expect(dir === 'asc' ? c <= 0 : c >= 0).toBe(true);
				if (c === 0) expect(byMissile[k - 1].launchUtc < byMissile[k].launchUtc).toBe(true);
			}
		}
	});

	it('sorts by apogee both ways with missing values last', () => {
		for (const dir of ['asc', 'desc'] as const) {
			const sorted = sortRows(rows, by('apogee'), dir);
			const values = sorted.map((r) => r.apogeeKm?.central ?? null);
			const present = values.filter((v): v is number => v !== null);
			for (let i = 1; i < present.length; i++)
				expect(dir === 'asc' ? present[i] >= present[i - 1] : present[i] <= present[i - 1]).toBe(
					true
				);
			expect(values.slice(present.length).every((v) => v === null)).toBe(true);
		}
		// The lowest lofted apogee is the 25 May 2022 Hwasong-17 (JCS 540 km, Japan about 550 km).
		const lofted = sortRows(
			filterRows(rows, { ...DEFAULT_STATE, trajectory: 'lofted' }),
			by('apogee'),
			'asc'
		);
		expect(lofted[0].id).toBe('2022-05-25-hwasong-17');
	});

	it('exports CSV that reads back with the published KCNA figures', () => {
		const back = csvParse(rowsToCsv(rows));
		expect(back).toHaveLength(tests.length);
		const may = back.find((r) => r.test_id === '2017-05-14-hwasong-12')!;
		expect(Number(may.apogee_km)).toBe(2111.5);
		expect(Number(may.range_km)).toBe(787);
		expect(may.apogee_reports).toContain('KCNA');
		const json = JSON.parse(rowsToJson(rows));
		expect(json.tests).toHaveLength(tests.length);
		const mayJson = json.tests.find(
			(t: { test_id: string }) => t.test_id === '2017-05-14-hwasong-12'
		);
		expect(mayJson.reported.apogeeKm[0].sources.length).toBeGreaterThan(0);
	});

	it("gives each test the engine's standard range: the 30 Jan 2022 Hwasong-12 about 4,100-4,600 km", () => {
		// Published estimate of the Hwasong-12's range: about 4,500 km (CSIS; ../shared/reference/article-facts.md).
		const r = rows.find((x) => x.id === '2022-01-30-hwasong-12')!.standardRange;
		expect(r.kind).toBe('range');
		if (r.kind === 'range') {
			expect(r.centralKm).toBeGreaterThan(3800);
			expect(r.centralKm).toBeLessThan(5000);
		}
		const csv = csvParse(rowsToCsv(rows));
		expect(Number(csv.find((x) => x.test_id === '2022-01-30-hwasong-12')!.standard_range_km)).toBe(
			r.kind === 'range' ? Math.round(r.centralKm) : NaN
		);
		const sorted = sortRows(rows, by('standardRange'), 'desc').map((x) => by('standardRange')(x));
		const present = sorted.filter((v): v is number => v !== null);
		expect(present).toEqual([...present].sort((a, b) => (b as number) - (a as number)));
	});
});
