/**
 * The fact resolver: `resolveFact(id)` turns any fact id into what a reader (the article page, the claims
 * list, the CLI `fact` command, a test) needs to see: label, value with its unit, every reporter's
 * figure, sources, the unit check and any conflict between sources. One file per fact kind: claims
 * (claim.ts), tests (test.ts), missiles (missile.ts), places (place.ts).
 *
 * Ids are claim ids from data/article/claims.json (`launch-day-monday`) or dataset paths:
 * `test.<id>[.<field>]`, `missile.<id>[.<field>]`, `place.<id>` (fields: data/article.ts TEST_FIELDS and
 * MISSILE_FIELDS). The article files are validated against the dataset by `validateArticleFiles`, which
 * every resolver runs once before its first answer (not on import).
 */
import articleJson from '../../../../data/article/article.json';
import claimsJson from '../../../../data/article/claims.json';
import missilesJson from '../../../../data/missiles.json';
import placesJson from '../../../../data/places.json';
import testsJson from '../../../../data/tests.json';
import {
	ARTICLE_FILE,
	CLAIMS_FILE,
	MISSILE_FIELDS,
	TEST_FIELDS,
	articleValidator,
	isDatasetPath,
	type Article,
	type Claim
} from '../../data/article.ts';
import { missiles, places, tests } from '../../data/dataset.ts';
import { DataValidationError } from '../../data/validate.ts';
import { resolveClaim } from './claim.ts';
import { resolveDatasetPath } from './path.ts';
import { UnknownFactError, type ResolvedFact } from './types.ts';

export * from './types.ts';
export { REPORTER_NAMES, formatLocalTime, formatNumber, launchTimeWords } from './words.ts';
export { trajectoryWords } from './test.ts';

/** The annotated article (data/article/article.json); checked by `validateArticleFiles`. */
export const article: Article = articleJson as unknown as Article;
/** The fact-check claims (data/article/claims.json), in file order; checked by `validateArticleFiles`. */
export const claims: readonly Claim[] = (claimsJson as unknown as { claims: Claim[] }).claims;
const claimById = new Map(claims.map((c) => [c.id, c]));

let validated = false;

/**
 * Checks the article files against their schemas and the dataset (every fact id resolves, every claim's
 * facts exist); throws a DataValidationError listing each problem as `file › record › field: ...`. Runs
 * once; the resolvers below call it before their first answer.
 */
export function validateArticleFiles(): void {
	if (validated) return;
	const issues = articleValidator.validate({
		[ARTICLE_FILE]: articleJson as unknown,
		[CLAIMS_FILE]: claimsJson as unknown,
		'data/tests.json': testsJson as unknown,
		'data/missiles.json': missilesJson as unknown,
		'data/places.json': placesJson as unknown
	});
	if (issues.length > 0) throw new DataValidationError(issues);
	validated = true;
}

/** The claim with this id, or undefined. */
export function getClaim(id: string): Claim | undefined {
	return claimById.get(id);
}

/**
 * Resolves a claim id or a dataset path; throws UnknownFactError (message says how to list ids) for an
 * id that names nothing.
 */
export function resolveFact(id: string): ResolvedFact {
	validateArticleFiles();
	const key = id.trim();
	if (isDatasetPath(key)) return resolveDatasetPath(key);
	const claim = claimById.get(key);
	if (!claim) {
		throw new UnknownFactError(
			key,
			'it is neither a claim id (e.g. launch-day-monday) nor a dataset path (e.g. test.2022-01-30-hwasong-12.rangeKm).'
		);
	}
	return resolveClaim(claim);
}

/** Resolves a claim object that need not be in claims.json (tests use it to probe the checks). */
export function resolveClaimWith(claim: Claim): ResolvedFact {
	validateArticleFiles();
	return resolveClaim(claim);
}

/** Like resolveFact, but returns the reason instead of throwing. */
export function tryResolveFact(
	id: string
): { ok: true; value: ResolvedFact } | { ok: false; message: string } {
	try {
		return { ok: true, value: resolveFact(id) };
	} catch (error) {
		if (error instanceof UnknownFactError) return { ok: false, message: error.message };
		throw error;
	}
}

/** Every fact id: the claims, then every test, missile and place path with each of its fields. */
export function listFactIds(): string[] {
	return [
		...claims.map((c) => c.id),
		...tests.flatMap((t) => [`test.${t.id}`, ...TEST_FIELDS.map((f) => `test.${t.id}.${f}`)]),
		...missiles.flatMap((m) => [
			`missile.${m.id}`,
			...MISSILE_FIELDS.map((f) => `missile.${m.id}.${f}`)
		]),
		...places.map((p) => `place.${p.id}`)
	];
}
