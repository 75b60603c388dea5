/**
 * The source policy (data/sources-policy.json): which domains may be cited, at which tiers, and which never.
 * The build validator walks every data file, finds each source (an object with `url` and `publisher`) and
 * reports one whose domain is denied, not listed, or listed without the source's tier, as
 * `file › record › field`. Pure: no file system.
 *
 * A domain entry covers its subdomains (yna.co.kr covers en.yna.co.kr); the most specific entry wins, and a
 * deny entry (optionally limited to a path prefix) wins over any domain entry.
 */
import * as v from 'valibot';
import { describeValue, type DataValidator, type ValidationIssue } from './issues.ts';
import { sourceTierSchema } from './schemas.ts';
import type { SourceTier } from './types.ts';

export const POLICY_FILE = 'data/sources-policy.json';

const HOST_PATTERN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const host = v.pipe(
	v.string('a domain (text)'),
	v.regex(HOST_PATTERN, 'a lower-case domain such as yna.co.kr (no scheme, no path)')
);
const text = (what: string) => v.pipe(v.string(`${what} (text)`), v.trim(), v.nonEmpty(what));

export const sourcePolicySchema = v.strictObject({
	$comment: v.optional(v.string()),
	domains: v.record(
		host,
		v.strictObject({
			publisher: text('the publisher behind the domain'),
			tiers: v.pipe(
				v.array(sourceTierSchema, 'a list of tiers'),
				v.minLength(1, 'at least one tier the domain may carry')
			),
			/** Data files the domain may be cited in, e.g. only places.json for an encyclopedia. */
			onlyIn: v.optional(v.array(text('a data file path such as data/places.json'))),
			note: v.optional(text('note'))
		})
	),
	deny: v.array(
		v.strictObject({
			domain: host,
			/** Deny only URLs whose path starts with this, e.g. "/author/" for index pages. */
			path: v.optional(v.pipe(v.string(), v.startsWith('/', 'a path starting with /'))),
			reason: text('the reason the domain is denied')
		})
	)
});
export type SourcePolicy = v.InferOutput<typeof sourcePolicySchema>;

/** The lower-case host of an http(s) URL, without "www."; null if the URL does not parse. */
export function hostOf(url: string): string | null {
	try {
		const u = new URL(url);
		if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
		return u.hostname.toLowerCase().replace(/^www\d*\./, '');
	} catch {
		return null;
	}
}

const covers = (domain: string, h: string) => h === domain || h.endsWith(`.${domain}`);

/** The most specific key of `domains` that covers the host, or null. */
export function policyDomainOf(url: string, policy: SourcePolicy): string | null {
	const h = hostOf(url);
	if (h === null) return null;
	const keys = Object.keys(policy.domains).filter((d) => covers(d, h));
	return keys.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The deny entry that matches the URL, if any. */
export function denyEntryOf(
	url: string,
	policy: SourcePolicy
): SourcePolicy['deny'][number] | null {
	const h = hostOf(url);
	if (h === null) return null;
	const path = new URL(url).pathname;
	return (
		policy.deny.find(
			(d) => covers(d.domain, h) && (d.path === undefined || path.startsWith(d.path))
		) ?? null
	);
}

/** A source as found in a data file, with where it sits. */
export interface FoundSource {
	file: string;
	record: string;
	/** Path of the source object inside the record, e.g. "figures.apogeeKm[0].sources[1]". */
	field: string;
	source: Record<string, unknown>;
}

const LIST_KEYS = ['tests', 'missiles', 'places', 'claims'];

function walk(
	node: unknown,
	path: string,
	visit: (path: string, obj: Record<string, unknown>) => void
) {
	if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${path}[${i}]`, visit));
	else if (node && typeof node === 'object') {
		const obj = node as Record<string, unknown>;
		if (typeof obj.url === 'string' && typeof obj.publisher === 'string') return visit(path, obj);
		for (const [k, x] of Object.entries(obj)) walk(x, path === '' ? k : `${path}.${k}`, visit);
	}
}

/** Every source object in one parsed data file; records are list items by id (else "(file)"). */
export function findSources(file: string, data: unknown): FoundSource[] {
	const out: FoundSource[] = [];
	if (!data || typeof data !== 'object') return out;
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		if (LIST_KEYS.includes(key) && Array.isArray(value)) {
			value.forEach((item, i) => {
				const id = (item as { id?: unknown } | null)?.id;
				const record = typeof id === 'string' && id !== '' ? id : `#${i}`;
				walk(item, '', (field, source) => out.push({ file, record, field, source }));
			});
		} else walk(value, key, (field, source) => out.push({ file, record: '(file)', field, source }));
	}
	return out;
}

/** The problems with one source under the policy (none if it is fine). */
export function judgeSource(found: FoundSource, policy: SourcePolicy): ValidationIssue[] {
	const { file, record, field, source } = found;
	const url = source.url as string;
	const tier = source.tier as SourceTier | undefined;
	const at = (f: string) => (field === '' ? f : `${field}.${f}`);
	const denied = denyEntryOf(url, policy);
	if (denied)
		return [
			{
				file,
				record,
				field: at('url'),
				expected: `a citable page, not ${denied.domain}${denied.path ?? ''} (denied in ${POLICY_FILE}: ${denied.reason}); cite the original statement or a wire that carries it`,
				got: describeValue(url)
			}
		];
	const domain = policyDomainOf(url, policy);
	if (domain === null)
		return [
			{
				file,
				record,
				field: at('url'),
				expected: `a domain listed in ${POLICY_FILE} (add it with its publisher and allowed tiers if it is worth citing)`,
				got: describeValue(url)
			}
		];
	const entry = policy.domains[domain];
	const issues: ValidationIssue[] = [];
	if (tier !== undefined && !entry.tiers.includes(tier))
		issues.push({
			file,
			record,
			field: at('tier'),
			expected: `a tier ${domain} may carry (${entry.tiers.join(', ')})`,
			got: describeValue(tier)
		});
	if (entry.onlyIn && !entry.onlyIn.includes(file))
		issues.push({
			file,
			record,
			field: at('url'),
			expected: `a source other than ${domain}, which ${POLICY_FILE} allows only in ${entry.onlyIn.join(', ')}`,
			got: describeValue(url)
		});
	return issues;
}

/** Checks every source in every data file against data/sources-policy.json. */
export const sourcePolicyValidator: DataValidator = {
	name: 'source policy',
	validate(files) {
		const raw = files[POLICY_FILE];
		if (raw === undefined)
			return [
				{
					file: POLICY_FILE,
					record: '(file)',
					field: '(whole file)',
					expected: 'the file to exist and hold valid JSON',
					got: 'nothing'
				}
			];
		const parsed = v.safeParse(sourcePolicySchema, raw);
		if (!parsed.success)
			return parsed.issues.map((issue) => ({
				file: POLICY_FILE,
				record: '(file)',
				field: v.getDotPath(issue) ?? '(whole file)',
				expected: issue.message,
				got: describeValue(issue.input)
			}));
		return Object.entries(files)
			.filter(([file]) => file !== POLICY_FILE)
			.flatMap(([file, data]) => findSources(file, data))
			.flatMap((found) => judgeSource(found, parsed.output));
	}
};
