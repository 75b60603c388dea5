/**
 * The catalogue's URL state (/tests?missile=hwasong-12&year=2017&sort=apogee&dir=desc): pure parse and
 * format. Parsing accepts any string: unknown or malformed values are ignored, each with a message
 * saying what was wrong and what is shown instead.
 */
import type { Outcome } from '../data/types.ts';

/** A column key (the catalogue's columns define them; the address names one). */
export type SortKey = string;
export type SortDir = 'asc' | 'desc';

export const OUTCOMES: readonly Outcome[] = ['success', 'partial', 'failure', 'unknown'];

export interface CatalogueState {
	missile: string | null;
	missileClass: string | null;
	trajectory: string | null;
	year: number | null;
	outcome: Outcome | null;
	sort: SortKey;
	dir: SortDir;
}

/**
 * The values the URL may name: taken from the rows (a new missile, class, trajectory kind or year needs
 * no code change) and the table's columns (the sort keys).
 */
export interface CatalogueOptions {
	missiles: readonly string[];
	classes: readonly string[];
	trajectories: readonly string[];
	years: readonly number[];
	sortKeys: readonly string[];
}

export const DEFAULT_STATE: CatalogueState = {
	missile: null,
	missileClass: null,
	trajectory: null,
	year: null,
	outcome: null,
	sort: 'date',
	dir: 'asc'
};

/** URL parameter names. */
const P = {
	missile: 'missile',
	missileClass: 'class',
	trajectory: 'trajectory',
	year: 'year',
	outcome: 'outcome',
	sort: 'sort',
	dir: 'dir'
} as const;

function clip(s: string): string {
	const t = s.length > 40 ? s.slice(0, 39) + '…' : s;
	return JSON.stringify(t);
}

function pick<T extends string>(
	raw: string | null,
	allowed: readonly T[],
	what: string,
	messages: string[],
	fallback: string
): T | null {
	if (raw === null || raw === '' || raw === 'all') return null;
	const value = raw.trim().toLowerCase();
	const hit = allowed.find((a) => a.toLowerCase() === value);
	if (hit !== undefined) return hit;
	messages.push(
		`Unknown ${what} ${clip(raw)} in the address; showing ${fallback}. Known: ${allowed.join(', ')}.`
	);
	return null;
}

/** Reads the state from a query string or URLSearchParams. Never throws. */
export function parseCatalogueParams(
	input: URLSearchParams | string,
	options: CatalogueOptions
): { state: CatalogueState; messages: string[] } {
	let params: URLSearchParams;
	try {
		params = typeof input === 'string' ? new URLSearchParams(input) : input;
	} catch {
		params = new URLSearchParams();
	}
	const messages: string[] = [];
	const state: CatalogueState = { ...DEFAULT_STATE };
	state.missile = pick(
		params.get(P.missile),
		options.missiles,
		'missile',
		messages,
		'all missiles'
	);
	state.missileClass = pick(
		params.get(P.missileClass),
		options.classes,
		'class',
		messages,
		'all classes'
	);
	state.trajectory = pick(
		params.get(P.trajectory),
		options.trajectories,
		'trajectory',
		messages,
		'every kind'
	);
	state.outcome = pick(params.get(P.outcome), OUTCOMES, 'outcome', messages, 'all outcomes');
	const yearRaw = params.get(P.year);
	if (yearRaw !== null && yearRaw !== '' && yearRaw !== 'all') {
		const year = /^\s*\d{4}\s*$/.test(yearRaw) ? Number(yearRaw) : NaN;
		if (options.years.includes(year)) state.year = year;
		else
			messages.push(
				Number.isNaN(year)
					? `The year ${clip(yearRaw)} in the address is not a four-digit year; showing all years.`
					: `No test in ${year}; showing all years. Years with tests: ${options.years.join(', ')}.`
			);
	}
	const sort = pick(
		params.get(P.sort),
		options.sortKeys,
		'sort column',
		messages,
		'launch date order'
	);
	if (sort) state.sort = sort;
	const dir = params.get(P.dir);
	if (dir !== null && dir !== '') {
		if (dir === 'asc' || dir === 'desc') state.dir = dir;
		else messages.push(`The sort direction ${clip(dir)} is not "asc" or "desc"; using "asc".`);
	}
	return { state, messages };
}

/** The query string for a state ("" for the default), with parameters in a fixed order. */
export function formatCatalogueParams(state: CatalogueState): string {
	const params = new URLSearchParams();
	if (state.missile) params.set(P.missile, state.missile);
	if (state.missileClass) params.set(P.missileClass, state.missileClass);
	if (state.trajectory) params.set(P.trajectory, state.trajectory);
	if (state.year !== null) params.set(P.year, String(state.year));
	if (state.outcome) params.set(P.outcome, state.outcome);
	if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
		params.set(P.sort, state.sort);
		params.set(P.dir, state.dir);
	}
	const s = params.toString();
	return s ? `?${s}` : '';
}
