/**
 * Dataset validation: pure, file-system free. Give it the parsed JSON of each file keyed by its path
 * relative to the project root ("data/tests.json", "data/article/article.json", ...) and it returns
 * every problem as `{ file, record, field, expected, got }`.
 *
 * Used by dataset.ts (on import: CLI, tests, prerender), by scripts/vite-plugin-validate-data.ts (fails
 * `vite build`) and by unit tests.
 *
 * Extending: write a `DataValidator` and add it to `validators` below (one import, one entry). A validator
 * receives ALL files, picks the ones it owns by key, and must report a missing file as an issue rather than
 * throw. `issuesFromSchema` (issues.ts) turns a valibot result into issues with the same record/field conventions.
 */
import type * as v from 'valibot';
import {
	describeValue,
	formatIssues,
	issuesFromSchema,
	type DataValidator,
	type ValidationIssue
} from './issues.ts';
import { missilesFileSchema, placesFileSchema, testsFileSchema } from './schemas.ts';
import { articleValidator } from './article.ts';
import { sourcePolicyValidator } from './sourcePolicy.ts';

export const TESTS_FILE = 'data/tests.json';
export const MISSILES_FILE = 'data/missiles.json';
export const PLACES_FILE = 'data/places.json';

function missingFile(file: string): ValidationIssue {
	return {
		file,
		record: '(file)',
		field: '(whole file)',
		expected: 'the file to exist and hold valid JSON',
		got: 'nothing'
	};
}

function fileValidator(
	name: string,
	file: string,
	listKey: string,
	schema: v.GenericSchema
): DataValidator {
	return {
		name,
		validate(files) {
			if (!(file in files)) return [missingFile(file)];
			return issuesFromSchema(file, listKey, schema, files[file]);
		}
	};
}

function listOf(data: unknown, key: string): Record<string, unknown>[] {
	if (!data || typeof data !== 'object') return [];
	const list = (data as Record<string, unknown>)[key];
	return Array.isArray(list)
		? list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
		: [];
}

const recordName = (item: Record<string, unknown>, index: number) =>
	typeof item.id === 'string' && item.id !== '' ? item.id : `#${index}`;

/** Ids unique within each file. */
export const uniqueIdsValidator: DataValidator = {
	name: 'unique ids',
	validate(files) {
		const issues: ValidationIssue[] = [];
		for (const [file, key] of [
			[TESTS_FILE, 'tests'],
			[MISSILES_FILE, 'missiles'],
			[PLACES_FILE, 'places']
		] as const) {
			const seen = new Set<string>();
			listOf(files[file], key).forEach((item, i) => {
				if (typeof item.id !== 'string') return;
				if (seen.has(item.id))
					issues.push({
						file,
						record: `#${i}`,
						field: 'id',
						expected: 'an id not used by another record in this file',
						got: describeValue(item.id)
					});
				seen.add(item.id);
			});
		}
		return issues;
	}
};

/** A test's missileId must name a missile, its siteId a launch site. */
export const crossReferenceValidator: DataValidator = {
	name: 'cross references',
	validate(files) {
		const missiles = listOf(files[MISSILES_FILE], 'missiles');
		const places = listOf(files[PLACES_FILE], 'places');
		const missileIds = missiles.map((m) => m.id).filter((x): x is string => typeof x === 'string');
		const siteIds = places
			.filter((p) => p.kind === 'launch-site')
			.map((p) => p.id)
			.filter((x): x is string => typeof x === 'string');
		const issues: ValidationIssue[] = [];
		listOf(files[TESTS_FILE], 'tests').forEach((t, i) => {
			if (typeof t.missileId === 'string' && !missileIds.includes(t.missileId))
				issues.push({
					file: TESTS_FILE,
					record: recordName(t, i),
					field: 'missileId',
					expected: `a missile id from ${MISSILES_FILE} (${missileIds.join(', ') || 'none loaded'})`,
					got: describeValue(t.missileId)
				});
			if (typeof t.siteId === 'string' && !siteIds.includes(t.siteId))
				issues.push({
					file: TESTS_FILE,
					record: recordName(t, i),
					field: 'siteId',
					expected: `a launch-site id from ${PLACES_FILE} (${siteIds.join(', ') || 'none loaded'})`,
					got: describeValue(t.siteId)
				});
		});
		return issues;
	}
};

/** The validators for tests, missiles and places (what dataset.ts checks on import). */
export const coreValidators: DataValidator[] = [
	fileValidator('tests', TESTS_FILE, 'tests', testsFileSchema),
	fileValidator('missiles', MISSILES_FILE, 'missiles', missilesFileSchema),
	fileValidator('places', PLACES_FILE, 'places', placesFileSchema),
	uniqueIdsValidator,
	crossReferenceValidator
];

/**
 * Everything the build checks. Other data owners add their validator here (e.g. the article's for
 * data/article/*.json): one import, one entry.
 */
export const validators: DataValidator[] = [
	...coreValidators,
	articleValidator,
	sourcePolicyValidator
];

/** Runs the validators over the files; returns all issues (empty = valid). */
export function validateDataset(
	files: Readonly<Record<string, unknown>>,
	list: readonly DataValidator[] = validators
): ValidationIssue[] {
	return list.flatMap((validator) => validator.validate(files));
}

export {
	describeValue,
	formatIssue,
	formatIssues,
	issuesFromSchema,
	type DataValidator,
	type ValidationIssue
} from './issues.ts';

/** Thrown by dataset.ts (and the build plugin) when data files are invalid. */
export class DataValidationError extends Error {
	constructor(readonly issues: ValidationIssue[]) {
		super(
			`Invalid data (${issues.length} problem${issues.length === 1 ? '' : 's'}); fix the data file(s):\n` +
				formatIssues(issues).join('\n')
		);
		this.name = 'DataValidationError';
	}
}
