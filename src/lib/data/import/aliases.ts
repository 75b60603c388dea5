/**
 * One accessor for a missile's aliases while their shape changes: `data/missiles.json` is moving from plain
 * strings ("KN-17") to objects (`{ name, status, sources }`). Both shapes read the same here; once every
 * branch has the objects, this can shrink to `m.aliases` itself.
 */

/** An alias as either shape gives it. */
export type AnyAlias = string | { name: string; status?: 'confirmed' | 'unconfirmed' };

export interface AliasEntry {
	name: string;
	/** Null where the dataset does not say (plain-string aliases). */
	status: 'confirmed' | 'unconfirmed' | null;
}

export function aliasEntries(missile: { aliases?: readonly AnyAlias[] }): AliasEntry[] {
	return (missile.aliases ?? []).map((a) =>
		typeof a === 'string' ? { name: a, status: null } : { name: a.name, status: a.status ?? null }
	);
}

export function aliasNames(missile: { aliases?: readonly AnyAlias[] }): string[] {
	return aliasEntries(missile).map((a) => a.name);
}
