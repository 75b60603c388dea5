/**
 * Two releases of the same database compared row by row: added, removed (withdrawn) and changed rows,
 * with the fields that changed. Rows have no lasting id in these files (CNS renumbers, nagix has none),
 * so a row is matched by its launch, in three passes over what is still unmatched: by day, missile and
 * launch time; by day and missile; by day alone (a missile renamed between releases). Within a pass, rows
 * with the same key are paired in file order.
 */
import { normaliseMissileName } from '../cns/link.ts';
import type { ImportFlag, ImportRecord, ImportResult } from './types.ts';

/** The fields compared, in the order changes are listed. */
export const COMPARED_FIELDS = [
	'date',
	'timeUtc',
	'month',
	'year',
	'missileName',
	'missileType',
	'facilityName',
	'facilityLat',
	'facilityLon',
	'landing',
	'apogeeKm',
	'apogeeLowKm',
	'apogeeHighKm',
	'distanceKm',
	'distanceLowKm',
	'distanceHighKm',
	'bearingDeg',
	'outcome',
	'confirmation',
	'notes',
	'sources'
] as const satisfies readonly (keyof ImportRecord)[];

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
	field: ComparedField;
	before: unknown;
	after: unknown;
}

export interface ReleaseDiff {
	/** Rows of the newer release with no counterpart in the older one. */
	added: ImportRecord[];
	/** Rows of the older release missing from the newer one, each with a 'withdrawn' flag. */
	removed: ImportRecord[];
	changed: { before: ImportRecord; after: ImportRecord; changes: FieldChange[] }[];
	unchanged: number;
}

function day(r: ImportRecord): string {
	return r.date ?? r.month ?? (r.year === null ? '?' : String(r.year));
}

/** Keys by `key(r)` plus the row's place among the rows with the same key. */
function keyed(
	records: readonly ImportRecord[],
	key: (r: ImportRecord) => string
): Map<string, ImportRecord> {
	const count = new Map<string, number>();
	const out = new Map<string, ImportRecord>();
	for (const r of records) {
		const k = key(r);
		const n = (count.get(k) ?? 0) + 1;
		count.set(k, n);
		out.set(`${k}#${n}`, r);
	}
	return out;
}

function changesBetween(a: ImportRecord, b: ImportRecord): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of COMPARED_FIELDS)
		if (a[field] !== b[field]) changes.push({ field, before: a[field], after: b[field] });
	return changes;
}

function withdrawn(r: ImportRecord): ImportRecord {
	const flag: ImportFlag = {
		field: 'row',
		code: 'withdrawn',
		severity: 'warning',
		message: `This row (row ${r.row} of the older release, ${day(r)}${r.missileName ? `, ${r.missileName}` : ''}) is not in the newer release: withdrawn, or merged into another row.`
	};
	return { ...r, flags: [...r.flags, flag] };
}

export function compareReleases(
	older: ImportResult | readonly ImportRecord[],
	newer: ImportResult | readonly ImportRecord[]
): ReleaseDiff {
	const a = 'records' in older ? older.records : older;
	const b = 'records' in newer ? newer.records : newer;
	const diff: ReleaseDiff = { added: [], removed: [], changed: [], unchanged: 0 };
	const pair = (x: ImportRecord, y: ImportRecord) => {
		const changes = changesBetween(x, y);
		if (changes.length === 0) diff.unchanged++;
		else diff.changed.push({ before: x, after: y, changes });
	};
	const missile = (r: ImportRecord) => normaliseMissileName(r.missileName ?? '');
	// Most specific first: the same launch time tells a salvo's missiles apart when one is withdrawn.
	const passes = [
		(r: ImportRecord) => `${day(r)}|${missile(r)}|${r.timeUtc ?? '?'}`,
		(r: ImportRecord) => `${day(r)}|${missile(r)}`,
		(r: ImportRecord) => day(r)
	];
	let leftOld: readonly ImportRecord[] = a;
	let leftNew: readonly ImportRecord[] = b;
	for (const key of passes) {
		const oldKeyed = keyed(leftOld, key);
		const newKeyed = keyed(leftNew, key);
		const unmatched: ImportRecord[] = [];
		for (const [k, x] of oldKeyed) {
			const y = newKeyed.get(k);
			if (y) {
				pair(x, y);
				newKeyed.delete(k);
			} else unmatched.push(x);
		}
		leftOld = unmatched;
		leftNew = [...newKeyed.values()].sort((x, y) => x.row - y.row);
	}
	diff.removed = leftOld.map(withdrawn);
	diff.added = [...leftNew];
	diff.changed.sort((x, y) => x.after.row - y.after.row);
	return diff;
}
