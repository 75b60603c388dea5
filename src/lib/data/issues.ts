/**
 * Validation issues and the valibot-to-issue conversion, shared by every data validator.
 * No imports from other data modules, so any validator (validate.ts, article.ts, ...) can use it without a cycle.
 */
import * as v from 'valibot';

export interface ValidationIssue {
	/** Path of the file relative to the project root, e.g. "data/tests.json". */
	file: string;
	/** Record id (e.g. "2022-01-30-hwasong-12") or "#3" (index) when it has no id; "(file)" for the whole file. */
	record: string;
	/** Path inside the record, e.g. "figures.apogeeKm[0].value". */
	field: string;
	/** What was expected, e.g. "a number > 0 (km)". */
	expected: string;
	/** What was found, e.g. "-2000". */
	got: string;
}

export interface DataValidator {
	/** Short name shown in reports, e.g. "tests", "article". */
	name: string;
	validate(files: Readonly<Record<string, unknown>>): ValidationIssue[];
}

/** A short, readable rendering of a value for "got ...". */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'null';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'string') {
		const s = JSON.stringify(value);
		return s.length > 80 ? s.slice(0, 77) + '…"' : s;
	}
	if (Array.isArray(value)) {
		if (value.length === 0) return 'an empty list []';
		const s = JSON.stringify(value);
		return s.length > 80 ? `a list of ${value.length} item(s)` : s;
	}
	const s = JSON.stringify(value);
	return s && s.length <= 80 ? s : 'an object';
}

/** Fallback wording for valibot issues that have no custom message (type errors, unknown keys). */
function expectedFor(issue: v.BaseIssue<unknown>): string {
	const last = issue.path?.[issue.path.length - 1];
	if (issue.type === 'strict_object' && issue.expected === 'never')
		return `no field "${String(last?.key)}" here (unknown field: check its spelling)`;
	if ((issue.type === 'object' || issue.type === 'strict_object') && issue.received === 'undefined')
		return `a value for "${String(last?.key)}" (required field is missing)`;
	return issue.expected ?? 'a valid value';
}

const PARSE_CONFIG = { abortEarly: false, message: expectedFor } as const;

function formatPath(items: readonly v.IssuePathItem[]): string {
	let out = '';
	for (const item of items) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

/**
 * Turns a valibot result for a file shaped `{ <listKey>: [...records] }` into issues: the record is the
 * item's `id` (or `#index`), the field is the path inside it.
 */
export function issuesFromSchema(
	file: string,
	listKey: string,
	schema: v.GenericSchema,
	data: unknown
): ValidationIssue[] {
	const result = v.safeParse(schema, data, PARSE_CONFIG);
	if (result.success) return [];
	return result.issues.map((issue) => {
		const path: readonly v.IssuePathItem[] = issue.path ?? [];
		let record = '(file)';
		let rest: readonly v.IssuePathItem[] = path;
		if (path.length >= 2 && path[0].key === listKey && typeof path[1].key === 'number') {
			const item = path[1].value as { id?: unknown } | undefined;
			record =
				item && typeof item === 'object' && typeof item.id === 'string' && item.id !== ''
					? item.id
					: `#${path[1].key}`;
			rest = path.slice(2);
		}
		const field = formatPath(rest) || '(whole record)';
		// Forwarded checks carry the parent object as input; the path's last item holds the field's value.
		const got = path.length > 0 ? path[path.length - 1].value : issue.input;
		return { file, record, field, expected: issue.message, got: describeValue(got) };
	});
}

/** One line per issue: `data/tests.json › 2022-01-30-hwasong-12 › figures.apogeeKm[0].value: expected a number > 0 (km), got -2000`. */
export function formatIssue(issue: ValidationIssue): string {
	return `${issue.file} › ${issue.record} › ${issue.field}: expected ${issue.expected}, got ${issue.got}`;
}

export function formatIssues(issues: readonly ValidationIssue[]): string[] {
	return issues.map(formatIssue);
}
