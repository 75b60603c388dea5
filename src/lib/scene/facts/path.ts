/** Dataset paths (`test.<id>[.<field>]`, `missile.<id>[.<field>]`, `place.<id>`) resolved to facts. */
import { parseFactPath } from '../../data/article.ts';
import { getMissile, getPlace, getTest, missiles, places } from '../../data/dataset.ts';
import { missileFact } from './missile.ts';
import { placeFact } from './place.ts';
import { testFact } from './test.ts';
import { UnknownFactError, assertNever, type ResolvedFact } from './types.ts';

export function resolveDatasetPath(id: string): ResolvedFact {
	const parsed = parseFactPath(id);
	if (!parsed.ok) throw new UnknownFactError(id, parsed.message);
	const path = parsed.value;
	switch (path.kind) {
		case 'test': {
			const t = getTest(path.id);
			if (!t)
				throw new UnknownFactError(
					id,
					`there is no test "${path.id}" (test ids look like 2022-01-30-hwasong-12).`
				);
			return testFact(id, t, path.field);
		}
		case 'missile': {
			const m = getMissile(path.id);
			if (!m)
				throw new UnknownFactError(
					id,
					`there is no missile "${path.id}" (known: ${missiles.map((x) => x.id).join(', ')}).`
				);
			return missileFact(id, m, path.field);
		}
		case 'place': {
			const p = getPlace(path.id);
			if (!p)
				throw new UnknownFactError(
					id,
					`there is no place "${path.id}" (known: ${places.map((x) => x.id).join(', ')}).`
				);
			return placeFact(id, p);
		}
		default:
			return assertNever(path, 'fact path kind');
	}
}
