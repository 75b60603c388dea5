/**
 * The crosswalk from a file's missile names to the dataset's missiles: our id, our name, then each alias
 * (read through `aliasEntries`, so plain-string and object aliases both work), then the importer's built-in
 * US designations (KN-17 ...). A name with a suffix ("Hwasong-12 (KN-17)") matches on either part.
 */
import { BUILT_IN, normaliseMissileName, type MissileNames } from '../cns/link.ts';
import { aliasEntries } from './aliases.ts';
import type { CrosswalkEntry } from './types.ts';

export type CrosswalkMatch = Pick<CrosswalkEntry, 'missileId' | 'matchedBy' | 'aliasStatus'>;

const NO_MATCH: CrosswalkMatch = { missileId: null, matchedBy: null, aliasStatus: null };

/** A lookup function over the given missiles, built once. */
export function makeCrosswalk(
	missiles: readonly MissileNames[]
): (name: string | null) => CrosswalkMatch {
	const table = new Map<string, CrosswalkMatch>();
	const put = (name: string, match: CrosswalkMatch) => {
		const key = normaliseMissileName(name);
		// The first (most direct) match wins: an id or a name over an alias, a dataset name over a built-in.
		if (key && !table.has(key)) table.set(key, match);
	};
	for (const m of missiles) put(m.id, { missileId: m.id, matchedBy: 'id', aliasStatus: null });
	for (const m of missiles) put(m.name, { missileId: m.id, matchedBy: 'name', aliasStatus: null });
	for (const m of missiles)
		for (const a of aliasEntries(m))
			put(a.name, { missileId: m.id, matchedBy: 'alias', aliasStatus: a.status });
	for (const [key, id] of Object.entries(BUILT_IN))
		put(key, { missileId: id, matchedBy: 'built-in', aliasStatus: null });
	return (name) => {
		if (!name) return NO_MATCH;
		const parts = [name, ...name.split(/[()/,;]| or | aka /i)].map(normaliseMissileName);
		for (const p of parts) {
			const match = p ? table.get(p) : undefined;
			if (match) return match;
		}
		return NO_MATCH;
	};
}

/** The file's distinct missile names with their match and row counts, most rows first. */
export function crosswalkTable(
	rows: readonly { name: string | null; key: string | null }[],
	lookup: (name: string | null) => CrosswalkMatch
): CrosswalkEntry[] {
	const byName = new Map<string, CrosswalkEntry>();
	for (const { name, key } of rows) {
		if (!name) continue;
		const entry = byName.get(name);
		if (entry) entry.rows++;
		else byName.set(name, { name, key, ...lookup(name), rows: 1 });
	}
	return [...byName.values()].sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
}
