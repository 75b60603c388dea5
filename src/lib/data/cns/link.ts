/**
 * Joins CNS rows to the curated dataset: CNS missile names to our missile ids, and rows to test ids
 * by date and missile.
 */
import type { CnsFlag, CnsRecord } from './types.ts';
import { aliasEntries, type AnyAlias } from '../import/aliases.ts';

/** Names CNS and others use for our missiles (US designations and spellings). Keys are normalised. */
export const BUILT_IN: Record<string, string> = {
	hwasong12: 'hwasong-12',
	hs12: 'hwasong-12',
	kn17: 'hwasong-12',
	hwasong14: 'hwasong-14',
	hs14: 'hwasong-14',
	kn20: 'hwasong-14',
	hwasong15: 'hwasong-15',
	hs15: 'hwasong-15',
	kn22: 'hwasong-15',
	hwasong17: 'hwasong-17',
	hs17: 'hwasong-17',
	kn28: 'hwasong-17',
	hwasong18: 'hwasong-18',
	hs18: 'hwasong-18',
	hwasong19: 'hwasong-19',
	hs19: 'hwasong-19'
};

export interface MissileNames {
	id: string;
	name: string;
	/** Plain strings or `{ name, status, sources }` objects: both are read (see import/aliases.ts). */
	aliases: readonly AnyAlias[];
}

/** "Hwasong-12", "HWASONG 12", "Hwaseong-12" -> "hwasong12". */
export function normaliseMissileName(name: string): string {
	return name
		.toLowerCase()
		.replace(/hwaseong/g, 'hwasong')
		.replace(/[^a-z0-9]+/g, '');
}

/**
 * Our missile id for a CNS missile name, or null. Uses the built-in table plus the dataset's names and
 * aliases when given. A name with a suffix ("Hwasong-12 (KN-17)") matches on either part.
 */
export function missileIdForName(
	name: string | null,
	missiles: readonly MissileNames[] = []
): string | null {
	if (!name) return null;
	const table = nameTable(missiles);
	const parts = [name, ...name.split(/[()/,;]| or | aka /i)].map(normaliseMissileName);
	for (const p of parts) if (p && table[p]) return table[p];
	return null;
}

/** Built once per missile list: a file of 100,000 rows asks for it on every row. */
const tables = new WeakMap<readonly MissileNames[], Record<string, string>>();

function nameTable(missiles: readonly MissileNames[]): Record<string, string> {
	let table = tables.get(missiles);
	if (!table) {
		table = { ...BUILT_IN };
		for (const m of missiles) {
			for (const alias of [m.id, m.name, ...aliasEntries(m).map((a) => a.name)])
				table[normaliseMissileName(alias)] = m.id;
		}
		tables.set(missiles, table);
	}
	return table;
}

export interface LinkableTest {
	id: string;
	missileId: string;
	launch: { kst: string; utc: string };
}

/**
 * Sets `testId` on every record whose date and missile match a curated test. The CNS "Date" column is
 * documented as UTC but some rows give the Korean date: a row matches on either, and a match on the
 * Korean date only adds an info flag.
 */
export function linkRecords(records: CnsRecord[], tests: readonly LinkableTest[]): void {
	for (const record of records) {
		if (!record.date || !record.missileId) continue;
		const candidates = tests.filter((t) => t.missileId === record.missileId);
		const matches = candidates.filter(
			(t) => t.launch.utc.slice(0, 10) === record.date || t.launch.kst.slice(0, 10) === record.date
		);
		if (matches.length === 0) continue;
		const test = matches[0];
		record.testId = test.id;
		const flags: CnsFlag[] = [];
		const utcDate = test.launch.utc.slice(0, 10);
		if (utcDate !== record.date) {
			flags.push({
				field: 'link',
				code: 'date-is-local',
				severity: 'info',
				message: `Matched test ${test.id}: the Date column gives the Korean date ${record.date}; the launch was on ${utcDate} UTC.`
			});
		}
		if (matches.length > 1) {
			flags.push({
				field: 'link',
				code: 'ambiguous-link',
				severity: 'warning',
				message: `Several curated tests match this date and missile (${matches.map((t) => t.id).join(', ')}); linked to the first.`
			});
		}
		record.flags.push(...flags);
	}
}
