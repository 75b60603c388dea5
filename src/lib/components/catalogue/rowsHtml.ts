/**
 * The catalogue table's rows as one escaped HTML string, inserted with `{@html}` (Catalogue.svelte): the
 * rows are the bulk of the page and have nothing to hydrate (their links are plain links, which SvelteKit's
 * router follows). Hydrating them as Svelte markup took most of the page's one hydration task (issue 7).
 * Pure: rows in, markup out; every text and attribute value is escaped.
 */
import type { FigureSummary } from '../../data/figures.ts';
import type { CnsRecord } from '../../data/cns/types.ts';
import { el, text } from '../../viz/markup.ts';
import { formatKm, formatKst, formatMinutes, formatUtc, type CatalogueRow } from './rows.ts';

/** The reporters' spread: "7,000–7,687.5 km"; null when they agree. */
export function spreadKm(f: FigureSummary): string | null {
	if (f.low === f.high) return null;
	return `${formatKm(f.low).replace(' km', '')}–${formatKm(f.high)}`;
}

/** "65 min to 71 min"; null when the reporters agree. */
export function spreadTime(f: FigureSummary): string | null {
	if (f.low === f.high) return null;
	return `${formatMinutes(f.low)} to ${formatMinutes(f.high)}`;
}

/** Who reported the figure, each reporter once: "Japan MoD, KCNA". */
export function reporters(f: FigureSummary): string {
	return [...new Set(f.reports.map((r) => r.reporter))].join(', ');
}

/** "row 12, apogee 2,000 km, distance 800 km". */
export function cnsText(r: CnsRecord): string {
	const parts = [`row ${r.row}`];
	if (r.apogeeKm !== null) parts.push(`apogee ${formatKm(r.apogeeKm)}`);
	if (r.distanceKm !== null) parts.push(`distance ${formatKm(r.distanceKm)}`);
	return parts.join(', ');
}

const muted = (s: string, nowrap = false) =>
	el('span', { class: nowrap ? 'muted nowrap' : 'muted' }, text(s));

function figureCell(
	f: FigureSummary | null,
	central: (v: number) => string,
	spread: (f: FigureSummary) => string | null,
	spreadNowrap: boolean
): string {
	if (!f) return el('td', { class: 'num' }, muted('not reported'));
	const s = spread(f);
	return el(
		'td',
		{ class: 'num' },
		`${text(central(f.central))} ${s ? muted(s, spreadNowrap) : ''} ${muted(reporters(f))}`
	);
}

export interface RowsHtmlOptions {
	/** The test page's address for an id (SvelteKit's resolve, with the base path). */
	href: (id: string) => string;
	/** A loaded CNS file's records by test id; null when none is loaded (no CNS column). */
	cnsByTest: Record<string, CnsRecord[]> | null;
}

/** One `<tr>` per row, in order, as Catalogue.svelte's table shows them. */
export function catalogueRowsHtml(rows: readonly CatalogueRow[], options: RowsHtmlOptions): string {
	let out = '';
	for (const r of rows) {
		let cells =
			el(
				'th',
				{ scope: 'row' },
				`${el('a', { href: options.href(r.id) }, text(formatUtc(r.launchUtc)))} ${muted(formatKst(r.launchKst))}`
			) +
			el('td', {}, text(r.missileName)) +
			el('td', {}, text(r.missileClass)) +
			el('td', {}, text(r.trajectory)) +
			el('td', {}, text(r.outcome)) +
			figureCell(r.apogeeKm, formatKm, spreadKm, true) +
			figureCell(r.rangeKm, formatKm, spreadKm, true) +
			figureCell(r.flightTimeS, formatMinutes, spreadTime, false) +
			el('td', {}, text(r.siteName));
		if (options.cnsByTest) {
			const records = options.cnsByTest[r.id] ?? [];
			cells += el(
				'td',
				{ 'data-testid': 'catalogue-cns' },
				records.length
					? records.map((rec) => el('span', { class: 'cns-ref' }, text(cnsText(rec)))).join('')
					: muted('no matching row')
			);
		}
		out += el('tr', { 'data-testid': 'catalogue-row', 'data-id': r.id }, cells);
	}
	return out;
}
