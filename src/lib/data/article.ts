/**
 * The annotated article: typed blocks (data/article/article.json) and the fact-check claims their
 * annotations point to (data/article/claims.json).
 *
 * An article is a list of blocks (headline, paragraph, quote); each block is a list of inline runs,
 * either plain text or an annotation whose `fact` names a claim id (or a dataset path such as
 * `test.2022-01-30-hwasong-12.rangeKm`, resolved by facts.ts). Joining the runs of each block and the
 * blocks with a blank line gives back the article text exactly (checked against data/article/article.txt).
 *
 * Pure: no Svelte, no DOM. Schema messages say what was EXPECTED, like schemas.ts, so the build-time
 * validator can print `file › record › field: expected …, got …`.
 */
import * as v from 'valibot';
import { sourceRefSchema } from './schemas.ts';
import type { SourceRef } from './types.ts';
// issues.ts imports no data module, so using it here makes no cycle with validate.ts (which imports this file).
import {
	describeValue as describe,
	issuesFromSchema,
	type DataValidator,
	type ValidationIssue
} from './issues.ts';

export const ARTICLE_FILE = 'data/article/article.json';
export const CLAIMS_FILE = 'data/article/claims.json';
/** The checked-in copy of the seed text minus the web-page boilerplate (tests compare against it). */
export const ARTICLE_TEXT_FILE = 'data/article/article.txt';
// The dataset files, keyed as in validate.ts (repeated here: a runtime import of validate.ts would be a cycle).
const TESTS_FILE = 'data/tests.json';
const MISSILES_FILE = 'data/missiles.json';
const PLACES_FILE = 'data/places.json';

/** Claim ids: lower-case slugs (no dots, so they never collide with dataset paths like `test.x.y`). */
export const CLAIM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const VERDICTS = [
	'correct',
	'mostly-correct',
	'partly-correct',
	'partly-verified',
	'incorrect',
	'cannot-be-verified'
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Plain-words label for each verdict, as shown to readers. */
export const VERDICT_LABELS: Record<Verdict, string> = {
	correct: 'Correct',
	'mostly-correct': 'Mostly correct',
	'partly-correct': 'Partly correct',
	'partly-verified': 'Partly verified',
	incorrect: 'Incorrect',
	'cannot-be-verified': 'Cannot be verified'
};

const nonEmpty = (what: string) =>
	v.pipe(v.string(`${what} (text)`), v.nonEmpty(`non-empty ${what}`));

const factRef = v.pipe(
	v.string('a fact id (text)'),
	v.regex(
		/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|(?:test|missile|place)\.[a-z0-9-]+(?:\.[A-Za-z0-9]+)?)$/,
		'a claim id like launch-day-monday or a dataset path like test.2022-01-30-hwasong-12.rangeKm'
	)
);

export const textRunSchema = v.strictObject({
	type: v.literal('text', 'type "text"'),
	text: nonEmpty('text')
});

export const annotationRunSchema = v.strictObject({
	type: v.literal('annotation', 'type "annotation"'),
	text: nonEmpty('annotated text'),
	/** What the annotation's `data-fact` names: a claim id or a dataset path. */
	fact: factRef
});

export const runSchema = v.variant(
	'type',
	[textRunSchema, annotationRunSchema],
	'a run with type "text" or "annotation"'
);

const runsSchema = v.pipe(v.array(runSchema, 'a list of runs'), v.minLength(1, 'at least one run'));

export const headlineBlockSchema = v.strictObject({
	type: v.literal('headline'),
	runs: runsSchema
});
export const paragraphBlockSchema = v.strictObject({
	type: v.literal('paragraph'),
	runs: runsSchema
});
/** A paragraph made of quoted speech; `speaker` says who is quoted. */
export const quoteBlockSchema = v.strictObject({
	type: v.literal('quote'),
	speaker: nonEmpty('speaker'),
	runs: runsSchema
});

export const blockSchema = v.variant(
	'type',
	[headlineBlockSchema, paragraphBlockSchema, quoteBlockSchema],
	'a block with type "headline", "paragraph" or "quote"'
);

export const articleSchema = v.pipe(
	v.strictObject({
		title: nonEmpty('title'),
		/** The dataset test the article is about. */
		testId: nonEmpty('test id'),
		/** The page the article text was taken from: a source like any other (tier, checked date). */
		source: sourceRefSchema,
		blocks: v.pipe(v.array(blockSchema, 'a list of blocks'), v.minLength(1, 'at least one block'))
	}),
	v.forward(
		v.check(
			(a) => a.blocks[0]?.type === 'headline',
			'the first block to be the headline (type "headline")'
		),
		['blocks']
	)
);

/** A km -> mile conversion printed in the article, checked by units.ts `checkConversion`. */
export const unitCheckSpecSchema = v.strictObject({
	/** The dataset fact whose value the article converts. */
	fact: factRef,
	/** The kilometres as the article prints them. */
	valueKm: v.pipe(v.number('a number (km)'), v.finite('a finite number (km)')),
	/** The miles as the article prints them. */
	statedMi: v.pipe(v.number('a number (mi)'), v.finite('a finite number (mi)')),
	/** The converted figure as printed, e.g. "497 miles". */
	articleText: nonEmpty('the converted figure as printed')
});

export const claimSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string('a claim id'), v.regex(CLAIM_ID_PATTERN, 'a slug like launch-day-monday')),
		/** Claim number in the fact sheet (../shared/reference/article-facts.md). */
		factSheetClaim: v.pipe(
			v.number('a claim number'),
			v.integer('a whole number'),
			v.minValue(1, 'a claim number >= 1')
		),
		/** The words of the article this claim checks (an exact substring of the article). */
		quote: nonEmpty('quote'),
		verdict: v.picklist(VERDICTS, `one of ${VERDICTS.join(', ')}`),
		qualifier: v.optional(nonEmpty('qualifier')),
		explanation: nonEmpty('explanation'),
		/** Dataset paths (test.<id>.<field>, missile.<id>.<field>, place.<id>) this claim rests on. */
		facts: v.array(factRef, 'a list of dataset fact paths (may be empty)'),
		unitCheck: v.optional(unitCheckSpecSchema),
		conflicts: v.array(nonEmpty('conflict'), 'a list of conflicts (may be empty)'),
		sources: v.array(sourceRefSchema, 'a list of sources'),
		/** What was searched for and not found (the claims the fact sheet could not fully verify). */
		notFound: v.optional(nonEmpty('note saying what was searched for and not found'))
	}),
	v.forward(
		v.check(
			(c) => c.sources.length >= 1 || c.notFound !== undefined,
			'at least one source, or a notFound note saying no source was located'
		),
		['sources']
	),
	v.forward(
		v.check(
			(c) => c.sources.length > 0 || c.verdict === 'cannot-be-verified',
			'verdict "cannot-be-verified" for a claim with no source'
		),
		['verdict']
	)
);

export const claimsFileSchema = v.strictObject({
	articleFactSheet: v.optional(v.string()),
	claims: v.pipe(v.array(claimSchema, 'a list of claims'), v.minLength(1, 'at least one claim'))
});

export type TextRun = v.InferOutput<typeof textRunSchema>;
export type AnnotationRun = v.InferOutput<typeof annotationRunSchema>;
export type Run = TextRun | AnnotationRun;
export type HeadlineBlock = v.InferOutput<typeof headlineBlockSchema>;
export type ParagraphBlock = v.InferOutput<typeof paragraphBlockSchema>;
export type QuoteBlock = v.InferOutput<typeof quoteBlockSchema>;
export type Block = HeadlineBlock | ParagraphBlock | QuoteBlock;
export type Article = v.InferOutput<typeof articleSchema>;
export type UnitCheckSpec = v.InferOutput<typeof unitCheckSpecSchema>;
export type Claim = v.InferOutput<typeof claimSchema> & { sources: SourceRef[] };
export type ClaimsFile = v.InferOutput<typeof claimsFileSchema>;

/** The plain text of one block: its runs joined. */
export function blockText(block: Block): string {
	return block.runs.map((r) => r.text).join('');
}

/** The article's plain text: blocks separated by a blank line (the layout of the seed text). */
export function articleText(article: Article): string {
	return article.blocks.map(blockText).join('\n\n');
}

/** Every annotation run, in reading order, with its block index. */
export function annotations(article: Article): { block: number; run: AnnotationRun }[] {
	const out: { block: number; run: AnnotationRun }[] = [];
	article.blocks.forEach((b, block) => {
		for (const run of b.runs) if (run.type === 'annotation') out.push({ block, run });
	});
	return out;
}

// ---------------------------------------------------------------------------------------------------
// Dataset paths: `test.<id>.<field>`, `missile.<id>.<field>`, `place.<id>` (facts.ts resolves them).

/** Fields a `test.<id>.<field>` path may name (no field: the whole test). */
export const TEST_FIELDS = [
	'launch',
	'site',
	'missile',
	'trajectory',
	'outcome',
	'impact',
	'apogeeKm',
	'rangeKm',
	'flightTimeS'
] as const;
/** Fields a `missile.<id>.<field>` path may name (no field: the whole missile). */
export const MISSILE_FIELDS = [
	'class',
	'aliases',
	'stageCount',
	'propellant',
	'lengthM',
	'diameterM',
	'launchMassKg',
	'payloadKg'
] as const;
export type TestField = (typeof TEST_FIELDS)[number];
export type MissileField = (typeof MISSILE_FIELDS)[number];

export type FactPath =
	| { kind: 'test'; id: string; field: TestField | null }
	| { kind: 'missile'; id: string; field: MissileField | null }
	| { kind: 'place'; id: string; field: null };

/** Parses a dataset path, or explains in one line why it is not one. Ids are not looked up here. */
export function parseFactPath(
	path: string
): { ok: true; value: FactPath } | { ok: false; message: string } {
	const [kind, id, field, ...extra] = path.split('.');
	const usage =
		'a dataset path is test.<test id>[.<field>], missile.<missile id>[.<field>] or place.<place id>';
	if (extra.length || !id)
		return { ok: false, message: `"${path}" is not a dataset path: ${usage}.` };
	if (kind === 'test') {
		if (field === undefined) return { ok: true, value: { kind, id, field: null } };
		if ((TEST_FIELDS as readonly string[]).includes(field))
			return { ok: true, value: { kind, id, field: field as TestField } };
		return {
			ok: false,
			message: `"${field}" is not a test field; use one of ${TEST_FIELDS.join(', ')}.`
		};
	}
	if (kind === 'missile') {
		if (field === undefined) return { ok: true, value: { kind, id, field: null } };
		if ((MISSILE_FIELDS as readonly string[]).includes(field))
			return { ok: true, value: { kind, id, field: field as MissileField } };
		return {
			ok: false,
			message: `"${field}" is not a missile field; use one of ${MISSILE_FIELDS.join(', ')}.`
		};
	}
	if (kind === 'place') {
		if (field === undefined) return { ok: true, value: { kind, id, field: null } };
		return { ok: false, message: `place paths take no field: use place.${id}.` };
	}
	return { ok: false, message: `"${path}" is not a dataset path: ${usage}.` };
}

/** True when `id` is written as a dataset path (it has a dot); claim ids never do. */
export function isDatasetPath(id: string): boolean {
	return id.includes('.');
}

// ---------------------------------------------------------------------------------------------------
// Validation: the same `file › record › field: expected …, got …` issues as validate.ts.

/** Schema issues of article.json content (empty when valid). */
export function articleSchemaIssues(data: unknown, file = ARTICLE_FILE): ValidationIssue[] {
	return issuesFromSchema(file, 'blocks', articleSchema, data);
}

/** Schema issues of claims.json content (empty when valid). */
export function claimsSchemaIssues(data: unknown, file = CLAIMS_FILE): ValidationIssue[] {
	return issuesFromSchema(file, 'claims', claimsFileSchema, data);
}

/** The ids in a dataset file's list, for checking paths without importing dataset.ts. */
function idsIn(data: unknown, key: string): Set<string> {
	const list = (data as Record<string, unknown> | null)?.[key];
	return new Set(
		Array.isArray(list)
			? list
					.map((x) => (x as { id?: unknown })?.id)
					.filter((x): x is string => typeof x === 'string')
			: []
	);
}

/** A path checker over the raw dataset files: syntax, then that the id exists. */
export function datasetPathChecker(files: Readonly<Record<string, unknown>>) {
	const ids = {
		test: idsIn(files[TESTS_FILE], 'tests'),
		missile: idsIn(files[MISSILES_FILE], 'missiles'),
		place: idsIn(files[PLACES_FILE], 'places')
	};
	return (path: string): string | null => {
		const parsed = parseFactPath(path);
		if (!parsed.ok) return parsed.message;
		const { kind, id } = parsed.value;
		return ids[kind].has(id) ? null : `there is no ${kind} "${id}" in the dataset`;
	};
}

/**
 * Cross-checks that a schema cannot express: unique claim ids; every annotation names a known claim or
 * a dataset path that exists; every claim is annotated; every claim quote occurs in the article text;
 * every dataset path in a claim exists; adjacent text runs are merged.
 * `checkPath` returns null for a good dataset path, else the reason it is bad.
 */
export function crossCheckArticle(
	article: Article,
	claimsFile: ClaimsFile,
	checkPath: (path: string) => string | null
): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	const issue = (file: string, record: string, field: string, expected: string, got: string) =>
		issues.push({ file, record, field, expected, got });
	const ids = new Set<string>();
	claimsFile.claims.forEach((c, i) => {
		if (ids.has(c.id))
			issue(CLAIMS_FILE, `claims[${i}]`, 'id', 'an id not used by another claim', describe(c.id));
		ids.add(c.id);
	});
	const howToList = 'list them with `npm run -s cli -- fact --list`';
	const text = articleText(article);
	const annotated = new Set<string>();
	article.blocks.forEach((block, b) => {
		block.runs.forEach((run, r) => {
			if (r > 0 && run.type === 'text' && block.runs[r - 1].type === 'text')
				issue(
					ARTICLE_FILE,
					`#${b}`,
					`runs[${r}]`,
					'adjacent text runs merged into one',
					'two text runs in a row'
				);
			if (run.type !== 'annotation') return;
			annotated.add(run.fact);
			if (isDatasetPath(run.fact)) {
				const bad = checkPath(run.fact);
				if (bad)
					issue(
						ARTICLE_FILE,
						`#${b}`,
						`runs[${r}].fact`,
						`a dataset path that exists (${bad}; ${howToList})`,
						describe(run.fact)
					);
			} else if (!ids.has(run.fact))
				issue(
					ARTICLE_FILE,
					`#${b}`,
					`runs[${r}].fact`,
					`a claim id from ${CLAIMS_FILE} (${howToList})`,
					describe(run.fact)
				);
		});
	});
	for (const c of claimsFile.claims) {
		if (!annotated.has(c.id))
			issue(
				CLAIMS_FILE,
				c.id,
				'id',
				`an annotation in ${ARTICLE_FILE} pointing at this claim`,
				'none'
			);
		if (!text.includes(c.quote))
			issue(
				CLAIMS_FILE,
				c.id,
				'quote',
				'the exact words of the article (a substring of its text)',
				describe(c.quote)
			);
		c.facts.forEach((path, i) => {
			const bad = checkPath(path);
			if (bad)
				issue(
					CLAIMS_FILE,
					c.id,
					`facts[${i}]`,
					`a dataset path that exists (${bad})`,
					describe(path)
				);
		});
		if (c.unitCheck) {
			const bad = checkPath(c.unitCheck.fact);
			if (bad)
				issue(
					CLAIMS_FILE,
					c.id,
					'unitCheck.fact',
					`a dataset path that exists (${bad})`,
					describe(c.unitCheck.fact)
				);
		}
	}
	return issues;
}

/**
 * The article's entry in validate.ts's list: schemas of both files, then the cross-checks (dataset
 * paths are checked against the dataset files it is given).
 */
export const articleValidator: DataValidator = {
	name: 'article',
	validate(files) {
		const missing = [ARTICLE_FILE, CLAIMS_FILE]
			.filter((f) => !(f in files))
			.map((file) => ({
				file,
				record: '(file)',
				field: '(whole file)',
				expected: 'the file to exist and hold valid JSON',
				got: 'nothing'
			}));
		if (missing.length) return missing;
		const schemaProblems = [
			...articleSchemaIssues(files[ARTICLE_FILE]),
			...claimsSchemaIssues(files[CLAIMS_FILE])
		];
		if (schemaProblems.length) return schemaProblems;
		return crossCheckArticle(
			files[ARTICLE_FILE] as Article,
			files[CLAIMS_FILE] as ClaimsFile,
			datasetPathChecker(files)
		);
	}
};
