/**
 * Pure helpers for a test's page: which reporters' figures conflict, and the Kepler floor (closed-form
 * free flight from the reported range and apogee) with a band over the reported spread.
 */
import { figurePrecision, type FigureSummary } from '../data/figures.ts';
import type { ReportedFigure } from '../data/types.ts';
import { keplerFromRangeApogee } from '../physics/kepler.ts';
import type { Consistency, KeplerSummary, PoweredEstimate } from '../physics/index.ts';

export interface Interval {
	low: number;
	high: number;
}

/** The values a report allows: its number ± its precision; bounds are open on one side. */
export function reportInterval(r: ReportedFigure, quantity: 'km' | 's'): Interval {
	const p = figurePrecision(r, quantity);
	switch (r.qualifier) {
		case 'more-than':
			return { low: r.value, high: Infinity };
		case 'less-than':
			return { low: 0, high: r.value };
		default:
			return { low: r.value * (1 - p), high: r.value * (1 + p) };
	}
}

export interface Conflict {
	a: number;
	b: number;
	/** |a - b| / max(a, b) for the two values. */
	relDiff: number;
}

/**
 * Pairs of reports (by index) whose allowed values do not overlap: they cannot both be right at the
 * precision they were given ("about 2,000 km" is ±10 %, "2,111.5 km" ±0.5 %).
 */
export function conflicts(reports: readonly ReportedFigure[], quantity: 'km' | 's'): Conflict[] {
	const out: Conflict[] = [];
	const iv = reports.map((r) => reportInterval(r, quantity));
	for (let i = 0; i < reports.length; i++) {
		for (let j = i + 1; j < reports.length; j++) {
			if (iv[i].high < iv[j].low || iv[j].high < iv[i].low) {
				const x = reports[i].value;
				const y = reports[j].value;
				out.push({ a: i, b: j, relDiff: Math.abs(x - y) / Math.max(x, y) });
			}
		}
	}
	return out;
}

export interface Band {
	central: number;
	low: number;
	high: number;
}

export interface KeplerFloor {
	rangeKm: Band;
	apogeeKm: Band;
	burnoutSpeedKms: Band;
	burnoutAngleDeg: Band;
	freeFlightTimeS: Band;
	/** Reported total flight time (central), s, when reported. */
	reportedFlightTimeS: number | null;
	/**
	 * 'consistent' when the reported flight time is at least the band's shortest free flight from the
	 * surface (the powered phase takes at least as long as the ballistic climb it replaces);
	 * 'too-short' when it is shorter; 'no-time' when no flight time was reported.
	 */
	check: 'consistent' | 'too-short' | 'no-time';
}

/** The summary's spread widened by its stated precision. */
export function summaryBand(f: FigureSummary): Band {
	return {
		central: f.central,
		low: Math.min(f.low, f.central * (1 - f.relPrecision)),
		high: Math.max(f.high, f.central * (1 + f.relPrecision))
	};
}

/**
 * Kepler floor over the reported figures: the central arc from the central range and apogee (burnout at
 * the surface, no drag, non-rotating spherical Earth), and a band from a 5 x 5 grid over the range and
 * apogee bands. Null when range or apogee is missing or no elliptic arc joins them (reason given).
 */
export function keplerFloor(
	range: FigureSummary | null,
	apogee: FigureSummary | null,
	flightTime: FigureSummary | null
): { ok: true; floor: KeplerFloor } | { ok: false; reason: string } {
	if (!range || !apogee)
		return {
			ok: false,
			reason: `No ${!range ? 'range' : 'apogee'} was reported, so no arc can be drawn from the figures.`
		};
	const rb = summaryBand(range);
	const ab = summaryBand(apogee);
	const central = keplerFromRangeApogee({ rangeKm: rb.central, apogeeKm: ab.central });
	if (!central.ok) return { ok: false, reason: central.message };
	const keys = ['burnoutSpeedKms', 'burnoutAngleDeg', 'freeFlightTimeS'] as const;
	const bands = Object.fromEntries(
		keys.map((k) => [k, { central: central[k], low: central[k], high: central[k] }])
	) as Record<(typeof keys)[number], Band>;
	const N = 5;
	for (let i = 0; i < N; i++) {
		for (let j = 0; j < N; j++) {
			const rangeKm = rb.low + ((rb.high - rb.low) * i) / (N - 1);
			const apogeeKm = ab.low + ((ab.high - ab.low) * j) / (N - 1);
			const arc = keplerFromRangeApogee({ rangeKm, apogeeKm });
			if (!arc.ok) continue;
			for (const k of keys) {
				bands[k].low = Math.min(bands[k].low, arc[k]);
				bands[k].high = Math.max(bands[k].high, arc[k]);
			}
		}
	}
	const reported = flightTime?.central ?? null;
	const check =
		reported === null
			? 'no-time'
			: reported >= bands.freeFlightTimeS.low * (1 - (flightTime?.relPrecision ?? 0))
				? 'consistent'
				: 'too-short';
	return {
		ok: true,
		floor: { rangeKm: rb, apogeeKm: ab, ...bands, reportedFlightTimeS: reported, check }
	};
}

/** The engine's estimate as a test page receives it (built at prerender from `estimateTest`). */
export type EngineEstimateData =
	| {
			ok: true;
			kepler: KeplerSummary;
			consistency: Consistency;
			poweredNote: string | null;
			powered: PoweredEstimate | null;
	  }
	| { ok: false; message: string };
