/**
 * The catalogue's rows (one per dataset test, built at build time by scene/catalogue.ts) and what the
 * page does with them: filter, sort, export. Pure and dataset-free, so the browser filters and sorts
 * without the dataset.
 */
import { csvFormat } from 'd3-dsv';
import type { FigureSummary } from '../data/figures.ts';
import type { Outcome, ReportedFigure, TrajectoryKind } from '../data/types.ts';
import type { CatalogueOptions, CatalogueState, SortDir } from '../state/catalogue.ts';
import type { StandardRange } from './format.ts';

export interface CatalogueRow {
	id: string;
	/** ISO 8601 UTC, e.g. 2022-01-29T22:52:00Z. */
	launchUtc: string;
	/** ISO 8601 with +09:00. */
	launchKst: string;
	year: number;
	missileId: string;
	missileName: string;
	missileClass: string;
	trajectory: TrajectoryKind;
	outcome: Outcome;
	siteId: string;
	siteName: string;
	apogeeKm: FigureSummary | null;
	rangeKm: FigureSummary | null;
	flightTimeS: FigureSummary | null;
	/** The engine's standard-trajectory range (central value and band, orbital, or none and why). */
	standardRange: StandardRange;
}

/** A value a column sorts by: text, a number, or null (missing: always last). */
export type SortValue = string | number | null;

/** The values the filters offer, from the rows themselves (new missiles, years or classes need no code). */
export function catalogueOptions(
	rows: readonly CatalogueRow[],
	sortKeys: readonly string[]
): CatalogueOptions {
	const uniq = <T>(xs: T[]) => [...new Set(xs)];
	return {
		missiles: uniq(rows.map((r) => r.missileId)).sort(),
		classes: uniq(rows.map((r) => r.missileClass)).sort(),
		trajectories: uniq(rows.map((r) => r.trajectory)).sort(),
		years: uniq(rows.map((r) => r.year)).sort((a, b) => a - b),
		sortKeys
	};
}

export function filterRows(rows: readonly CatalogueRow[], state: CatalogueState): CatalogueRow[] {
	return rows.filter(
		(r) =>
			(state.missile === null || r.missileId === state.missile) &&
			(state.missileClass === null || r.missileClass === state.missileClass) &&
			(state.trajectory === null || r.trajectory === state.trajectory) &&
			(state.year === null || r.year === state.year) &&
			(state.outcome === null || r.outcome === state.outcome)
	);
}

let collator: Intl.Collator | null = null;

function compare(a: string | number, b: string | number): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	collator ??= new Intl.Collator('en');
	return collator.compare(String(a), String(b));
}

/** Sorted copy by `sortValue`; missing values last in either direction; ties keep launch order. */
export function sortRows(
	rows: readonly CatalogueRow[],
	sortValue: (row: CatalogueRow) => SortValue,
	dir: SortDir
): CatalogueRow[] {
	const sign = dir === 'asc' ? 1 : -1;
	const launch = (r: CatalogueRow) => r.launchUtc;
	return rows
		.map((row) => ({ row, v: sortValue(row) }))
		.sort((a, b) => {
			if (a.v === null || b.v === null)
				return a.v === b.v ? compare(launch(a.row), launch(b.row)) : a.v === null ? 1 : -1;
			const c = compare(a.v, b.v);
			return c !== 0 ? sign * c : a.row.launchUtc < b.row.launchUtc ? -1 : 1;
		})
		.map((x) => x.row);
}

/** The central value of a standard range for sorting: orbital sorts above any distance. */
export function standardRangeSortKm(r: StandardRange): number | null {
	return r.kind === 'range' ? r.centralKm : r.kind === 'orbital' ? Number.POSITIVE_INFINITY : null;
}

function reportsText(reports: ReportedFigure[]): string {
	return reports
		.map(
			(r) =>
				`${r.reporter}: ${r.asReported} (${r.sources.map((s) => `${s.publisher} ${s.url}`).join('; ')})`
		)
		.join(' | ');
}

/** One flat record per test, with units in the column names and every reporter's figure and source. */
export function exportRecords(rows: readonly CatalogueRow[], pageBase = '') {
	const summary = (f: FigureSummary | null) => ({
		central: f?.central ?? null,
		low: f?.low ?? null,
		high: f?.high ?? null,
		reports: f ? reportsText(f.reports) : ''
	});
	return rows.map((r) => {
		const a = summary(r.apogeeKm);
		const g = summary(r.rangeKm);
		const t = summary(r.flightTimeS);
		const sr = r.standardRange;
		return {
			test_id: r.id,
			launch_utc: r.launchUtc,
			launch_kst: r.launchKst,
			missile_id: r.missileId,
			missile: r.missileName,
			class: r.missileClass,
			trajectory: r.trajectory,
			outcome: r.outcome,
			launch_site: r.siteName,
			apogee_km: a.central,
			apogee_low_km: a.low,
			apogee_high_km: a.high,
			apogee_reports: a.reports,
			range_km: g.central,
			range_low_km: g.low,
			range_high_km: g.high,
			range_reports: g.reports,
			flight_time_s: t.central,
			flight_time_low_s: t.low,
			flight_time_high_s: t.high,
			flight_time_reports: t.reports,
			standard_range_km: sr.kind === 'range' ? Math.round(sr.centralKm) : null,
			standard_range_low_km: sr.kind === 'range' && sr.bandKm ? Math.round(sr.bandKm[0]) : null,
			standard_range_high_km:
				sr.kind === 'range' && sr.bandKm && sr.bandKm[1] !== null ? Math.round(sr.bandKm[1]) : null,
			standard_range_orbital: sr.kind === 'orbital',
			page: `${pageBase}/tests/${r.id}`
		};
	});
}

/** CSV (d3-dsv) of the given rows. Cells that a spreadsheet would run as a formula are prefixed with '. */
export function rowsToCsv(rows: readonly CatalogueRow[], pageBase = ''): string {
	const records = exportRecords(rows, pageBase).map((rec) =>
		Object.fromEntries(
			Object.entries(rec).map(([k, v]) => [
				k,
				typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v === null ? '' : String(v)
			])
		)
	);
	return csvFormat(records);
}

/** JSON of the given rows: the flat record plus the full reported figures with their sources. */
export function rowsToJson(rows: readonly CatalogueRow[], pageBase = ''): string {
	const flat = exportRecords(rows, pageBase);
	return JSON.stringify(
		{
			note: "Central values follow the rule in docs/data.md (KCNA exact figure, else median); low/high is the spread between reporters. Every reported figure is listed with its sources. The standard range is the engine's estimate (docs/model.md).",
			tests: rows.map((r, i) => ({
				...flat[i],
				reported: {
					apogeeKm: r.apogeeKm?.reports ?? [],
					rangeKm: r.rangeKm?.reports ?? [],
					flightTimeS: r.flightTimeS?.reports ?? []
				}
			}))
		},
		null,
		2
	);
}
