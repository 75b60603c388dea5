/**
 * The catalogue's rows: one per curated test, shaped from the dataset with the figure summaries, plus
 * filtering, sorting and the CSV/JSON exports. Pure (no Svelte), so the page, its tests and the exports
 * share one implementation.
 */
import { csvFormat } from 'd3-dsv';
import type { FigureSummary, TestFigureSummaries } from '../../data/figures.ts';
import type {
	Missile,
	Outcome,
	Place,
	ReportedFigure,
	Test,
	TrajectoryKind
} from '../../data/types.ts';
import type { CatalogueOptions, CatalogueState, SortDir, SortKey } from '../../state/catalogue.ts';
import { groupedNumberUpTo } from '../../data/units.ts';

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
}

export interface RowDeps {
	getMissile(id: string): Missile | undefined;
	getPlace(id: string): Place | undefined;
	summarizeFigures(test: Test): TestFigureSummaries;
}

export function catalogueRow(test: Test, deps: RowDeps): CatalogueRow {
	const missile = deps.getMissile(test.missileId);
	const site = deps.getPlace(test.siteId);
	const figures = deps.summarizeFigures(test);
	return {
		id: test.id,
		launchUtc: test.launch.utc,
		launchKst: test.launch.kst,
		year: Number(test.launch.kst.slice(0, 4)),
		missileId: test.missileId,
		missileName: missile?.name ?? test.missileId,
		missileClass: missile?.class ?? 'unknown',
		trajectory: test.trajectory,
		outcome: test.outcome,
		siteId: test.siteId,
		siteName: site?.name ?? test.siteId,
		apogeeKm: figures.apogeeKm,
		rangeKm: figures.rangeKm,
		flightTimeS: figures.flightTimeS
	};
}

/** The values the filters offer, from the rows themselves. */
export function catalogueOptions(rows: CatalogueRow[]): CatalogueOptions {
	const uniq = <T>(xs: T[]) => [...new Set(xs)];
	return {
		missiles: uniq(rows.map((r) => r.missileId)).sort(),
		classes: uniq(rows.map((r) => r.missileClass)).sort(),
		years: uniq(rows.map((r) => r.year)).sort((a, b) => a - b)
	};
}

export function filterRows(rows: CatalogueRow[], state: CatalogueState): CatalogueRow[] {
	return rows.filter(
		(r) =>
			(state.missile === null || r.missileId === state.missile) &&
			(state.missileClass === null || r.missileClass === state.missileClass) &&
			(state.trajectory === null || r.trajectory === state.trajectory) &&
			(state.year === null || r.year === state.year) &&
			(state.outcome === null || r.outcome === state.outcome)
	);
}

function sortValue(row: CatalogueRow, key: SortKey): string | number | null {
	switch (key) {
		case 'date':
			return row.launchUtc;
		case 'missile':
			return row.missileName;
		case 'class':
			return row.missileClass;
		case 'trajectory':
			return row.trajectory;
		case 'outcome':
			return row.outcome;
		case 'apogee':
			return row.apogeeKm?.central ?? null;
		case 'range':
			return row.rangeKm?.central ?? null;
		case 'flightTime':
			return row.flightTimeS?.central ?? null;
		case 'site':
			return row.siteName;
	}
}

/**
 * One collator for every comparison, made on the first sort: `a.localeCompare(b, 'en')` builds an ICU
 * collator per call, which made sorting 15 rows cost about 90 ms of main thread on a slow machine.
 */
let collator: Intl.Collator | null = null;

/** ISO 8601 UTC timestamps of one format sort as plain strings (no collator needed). */
function compareIso(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function compareText(key: SortKey, a: string, b: string): number {
	if (key === 'date') return compareIso(a, b);
	collator ??= new Intl.Collator('en');
	return collator.compare(a, b);
}

/** Sorted copy; missing values last in either direction; ties keep launch order. */
export function sortRows(rows: CatalogueRow[], key: SortKey, dir: SortDir): CatalogueRow[] {
	const sign = dir === 'asc' ? 1 : -1;
	return rows
		.map((row, i) => ({ row, i, v: sortValue(row, key) }))
		.sort((a, b) => {
			if (a.v === null && b.v === null) return a.i - b.i;
			if (a.v === null) return 1;
			if (b.v === null) return -1;
			const c =
				typeof a.v === 'number' && typeof b.v === 'number'
					? a.v - b.v
					: compareText(key, String(a.v), String(b.v));
			return c !== 0 ? sign * c : compareIso(a.row.launchUtc, b.row.launchUtc);
		})
		.map((x) => x.row);
}

/** "2,111.5 km": at most one decimal, as reported figures are. */
export function formatKm(km: number): string {
	return `${groupedNumberUpTo(km, 1)} km`;
}

/** "65 min 42 s" ("47 min" when the seconds are zero). */
export function formatMinutes(s: number): string {
	const total = Math.round(s);
	const m = Math.floor(total / 60);
	const rest = total % 60;
	return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** "2022-01-29 22:52 UTC" from an ISO string. */
export function formatUtc(iso: string): string {
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "2022-01-30 07:52 KST" from an ISO string with +09:00. */
export function formatKst(iso: string): string {
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)} KST`;
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
export function exportRecords(rows: CatalogueRow[], pageBase = '') {
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
			page: `${pageBase}/tests/${r.id}`
		};
	});
}

/** CSV (d3-dsv) of the given rows. Cells that a spreadsheet would run as a formula are prefixed with '. */
export function rowsToCsv(rows: CatalogueRow[], pageBase = ''): string {
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
export function rowsToJson(rows: CatalogueRow[], pageBase = ''): string {
	const flat = exportRecords(rows, pageBase);
	return JSON.stringify(
		{
			note: 'Central values follow the rule in docs/data.md (KCNA exact figure, else median); low/high is the spread between reporters. Every reported figure is listed with its sources.',
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
