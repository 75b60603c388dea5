/**
 * The fact resolver: one function, `resolveFact(id)`, turns any fact id into what a reader (the article
 * page, the CLI `fact` command, a test) needs to see: label, value with its unit, every reporter's
 * figure, sources, the unit check and any conflict between sources.
 *
 * Ids are either claim ids from data/article/claims.json (`launch-day-monday`) or dataset paths:
 * `test.<id>[.<field>]`, `missile.<id>[.<field>]`, `place.<id>` (fields: article.ts TEST_FIELDS and
 * MISSILE_FIELDS). A claim resolves to its verdict and explanation plus the dataset facts it rests on.
 *
 * Pure: reads the validated dataset (dataset.ts) and the article files (validated here on import, so a
 * broken article file stops every consumer with `file › record › field: expected …, got …`).
 */
import articleJson from '../../../data/article/article.json';
import claimsJson from '../../../data/article/claims.json';
import missilesJson from '../../../data/missiles.json';
import placesJson from '../../../data/places.json';
import testsJson from '../../../data/tests.json';
import { distanceKm } from '../geo/geodesic.ts';
import {
	ARTICLE_FILE,
	CLAIMS_FILE,
	MISSILE_FIELDS,
	TEST_FIELDS,
	VERDICT_LABELS,
	articleValidator,
	isDatasetPath,
	parseFactPath,
	type Article,
	type Claim,
	type FactPath,
	type Verdict
} from './article.ts';
import { getMissile, getPlace, getTest, missiles, places, tests } from './dataset.ts';
import { summarizeReports, type FigureSummary } from './figures.ts';
import { checkConversion, groupedNumberUpTo, type ConversionCheck } from './units.ts';
import { describeLaunchTime, longDate, type LocalTime } from './time.ts';
import type {
	Missile,
	Place,
	Qualifier,
	ReportedFigure,
	Reporter,
	SourceRef,
	Test,
	VehicleParam
} from './types.ts';
import { DataValidationError } from './validate.ts';

// ---- The article files, validated on import (the dataset is validated by dataset.ts). ----
{
	const issues = articleValidator.validate({
		[ARTICLE_FILE]: articleJson as unknown,
		[CLAIMS_FILE]: claimsJson as unknown,
		'data/tests.json': testsJson as unknown,
		'data/missiles.json': missilesJson as unknown,
		'data/places.json': placesJson as unknown
	});
	if (issues.length > 0) throw new DataValidationError(issues);
}

/** The annotated article (data/article/article.json), validated. */
export const article: Article = articleJson as unknown as Article;
/** The fact-check claims (data/article/claims.json), validated, in file order. */
export const claims: readonly Claim[] = (claimsJson as unknown as { claims: Claim[] }).claims;
const claimById = new Map(claims.map((c) => [c.id, c]));

/** The claim with this id, or undefined. */
export function getClaim(id: string): Claim | undefined {
	return claimById.get(id);
}

/** Who each reporter code stands for, in plain words. */
export const REPORTER_NAMES: Record<Reporter, string> = {
	KCNA: 'KCNA (North Korean state media)',
	JMOD: 'Japan Ministry of Defense',
	JCS: 'South Korea Joint Chiefs of Staff',
	US: 'US government',
	analyst: 'Independent analyst'
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
	exact: '',
	about: 'about ',
	'more-than': 'more than ',
	'less-than': 'less than '
};

/** One reporter's figure for a quantity, with its unit and sources. */
export interface FactReport {
	reporter: Reporter;
	/** Plain-words name of the reporter, e.g. "Japan Ministry of Defense". */
	reporterName: string;
	value: number;
	unit: string;
	qualifier: Qualifier;
	/** The words as reported, e.g. "about 2,000 km". */
	asReported: string;
	sources: SourceRef[];
}

/** A number with its unit, and the spread between reporters where there is one. */
export interface FactQuantity {
	value: number;
	unit: string;
	low?: number;
	high?: number;
}

export type FactKind = 'claim' | 'test' | 'missile' | 'place';

export interface ResolvedFact {
	id: string;
	kind: FactKind;
	/** What the fact is about, e.g. "Range, 30 Jan 2022 Hwasong-12 test". */
	label: string;
	/** The value in words, always with its unit, e.g. "about 800 km (497.1 mi)". */
	value: string;
	/** The number behind `value`, where there is one. */
	quantity: FactQuantity | null;
	/** Every reporter's figure (for a claim: those of the dataset facts it rests on). */
	reports: FactReport[];
	/** Sources for the value (for a claim: the claim's own sources). */
	sources: SourceRef[];
	/** The article's unit conversion, checked (claims with a converted number only). */
	unitCheck: ResolvedUnitCheck | null;
	/** Where sources (or the article and the dataset) disagree, in plain words. */
	conflicts: string[];
	/** Context: notes from the dataset (site notes, unpublished-value notes…). */
	notes: string[];
	/** Claims only. */
	claim?: {
		quote: string;
		verdict: Verdict;
		verdictLabel: string;
		qualifier: string | null;
		explanation: string;
		/** Why no source could be given (the claims the fact sheet could not verify). */
		notFound: string | null;
		factSheetClaim: number;
	};
	/** Claims only: the dataset facts the claim rests on, resolved. */
	facts?: ResolvedFact[];
}

/** units.ts `checkConversion` result (verdict and one-sentence message) plus the article's wording. */
export interface ResolvedUnitCheck extends ConversionCheck {
	/** The converted figure as the article prints it, e.g. "1,242 miles". */
	articleText: string;
}

/** Thrown for an id that names no fact; the message says how to find valid ids. */
export class UnknownFactError extends Error {
	constructor(id: string, reason: string) {
		super(
			`Unknown fact id "${id}": ${reason} List every fact id with \`npm run -s cli -- fact --list\`.`
		);
		this.name = 'UnknownFactError';
	}
}

// ---- Formatting (numbers with units; conversion and time logic live in units.ts and time.ts). ----

/** "2,000", "6,248.5": grouped, at most one decimal. */
export function formatNumber(n: number): string {
	return groupedNumberUpTo(n, 1);
}

function formatValue(n: number, unit: string): string {
	if (unit === 's') return formatDuration(n);
	return `${formatNumber(n)} ${unit}`;
}

/** "about 30 min", "67 min 32 s", "4,052 s (67 min 32 s)". */
function formatDuration(s: number): string {
	const whole = Math.round(s);
	const min = Math.floor(whole / 60);
	const sec = whole % 60;
	if (min === 0) return `${sec} s`;
	return sec === 0 ? `${min} min` : `${min} min ${sec} s`;
}


/** "Sunday 30 January 2022, 07:52 KST (UTC+9)" from a time.ts LocalTime. */
export function formatLocalTime(t: LocalTime, zoneLabel: string): string {
	const h = Math.trunc(Math.abs(t.offsetMinutes) / 60);
	const min = Math.abs(t.offsetMinutes) % 60;
	const offset =
		t.offsetMinutes === 0
			? ''
			: ` (UTC${t.offsetMinutes < 0 ? '−' : '+'}${h}${min ? `:${String(min).padStart(2, '0')}` : ''})`;
	return `${t.weekday} ${longDate(t.date)}, ${t.time} ${zoneLabel}${offset}`;
}

/** The launch instant in KST and in UTC, in words. */
export function launchTimeWords(launch: Test['launch']): { kst: string; utc: string } {
	const time = describeLaunchTime(launch);
	return { kst: formatLocalTime(time.kst, 'KST'), utc: formatLocalTime(time.utc, 'UTC') };
}

function testLabel(t: Test): string {
	const missile = getMissile(t.missileId);
	const date = new Date(t.launch.kst.slice(0, 10) + 'T00:00:00Z').toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	});
	return `${date} ${missile?.name ?? t.missileId} test`;
}

function dedupeSources(list: SourceRef[]): SourceRef[] {
	const seen = new Set<string>();
	return list.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}

function toReports(figures: ReportedFigure[], unit: string): FactReport[] {
	return figures.map((f) => ({
		reporter: f.reporter,
		reporterName: REPORTER_NAMES[f.reporter],
		value: f.value,
		unit,
		qualifier: f.qualifier,
		asReported: f.asReported,
		sources: f.sources
	}));
}

// ---- Dataset facts. ----

const QUANTITIES = {
	apogeeKm: { label: 'Apogee (maximum height)', unit: 'km', quantity: 'km' },
	rangeKm: { label: 'Range (ground distance)', unit: 'km', quantity: 'km' },
	flightTimeS: { label: 'Flight time', unit: 's', quantity: 's' }
} as const;

function figureFact(id: string, t: Test, field: keyof typeof QUANTITIES): ResolvedFact {
	const q = QUANTITIES[field];
	const figures = t.figures[field];
	const summary: FigureSummary | null = summarizeReports(figures, q.quantity);
	const reports = toReports(figures, q.unit);
	const base = {
		id,
		kind: 'test' as const,
		label: `${q.label}, ${testLabel(t)}`,
		reports,
		sources: dedupeSources(figures.flatMap((f) => f.sources)),
		unitCheck: null,
		notes: [] as string[]
	};
	if (!summary) {
		return {
			...base,
			value: 'No figure was reported.',
			quantity: null,
			conflicts: [],
			sources: t.launch.sources,
			notes: [`None of KCNA, Japan or South Korea published a ${q.label.toLowerCase()} figure.`]
		};
	}
	const qualifier =
		summary.boundOnly || figures.every((f) => f.qualifier === 'about')
			? QUALIFIER_WORDS[figures[0].qualifier]
			: '';
	const spread =
		summary.low !== summary.high
			? ` (reports range from ${formatValue(summary.low, q.unit)} to ${formatValue(summary.high, q.unit)})`
			: '';
	const conflicts: string[] = [];
	if (summary.low !== summary.high) {
		conflicts.push(
			`Reporters differ: ${reports.map((r) => `${r.reporterName} ${r.asReported}`).join('; ')}.`
		);
	}
	return {
		...base,
		value: `${qualifier}${formatValue(summary.central, q.unit)}${spread}`,
		quantity: {
			value: summary.central,
			unit: q.unit,
			...(summary.low !== summary.high ? { low: summary.low, high: summary.high } : {})
		},
		conflicts
	};
}

/** Distances from Pyongyang and from the 2022 launch area, WGS84 geodesic (geo/geodesic.ts). */
const DISTANCE_ORIGINS = ['pyongyang', 'mupyong-ni'] as const;

function placeFact(id: string, p: Place): ResolvedFact {
	const origins = DISTANCE_ORIGINS.filter((o) => o !== p.id)
		.map((o) => getPlace(o))
		.filter((o): o is Place => !!o);
	const distances = origins.map((o) => ({
		from: o,
		km: Math.round(distanceKm({ lat: p.lat, lon: p.lon }, { lat: o.lat, lon: o.lon }))
	}));
	const coords = `${Math.abs(p.lat).toFixed(3)}° ${p.lat >= 0 ? 'N' : 'S'}, ${Math.abs(p.lon).toFixed(3)}° ${p.lon >= 0 ? 'E' : 'W'}`;
	const dist = distances.length
		? `; ${distances.map((d) => `${formatNumber(d.km)} km from ${d.from.name}`).join(', ')} (WGS84 geodesic)`
		: '';
	return {
		id,
		kind: 'place',
		label: p.name,
		value: `${coords}${dist}`,
		quantity: null,
		reports: [],
		sources: p.sources,
		unitCheck: null,
		conflicts: [],
		notes: p.note ? [p.note] : []
	};
}

const MISSILE_UNITS = {
	lengthM: { label: 'Length', unit: 'm' },
	diameterM: { label: 'Diameter', unit: 'm' },
	launchMassKg: { label: 'Launch mass', unit: 'kg' },
	payloadKg: { label: 'Payload', unit: 'kg' }
} as const;

function vehicleValue(p: VehicleParam, unit: string): string {
	if (p.value === null) return 'not published';
	const spread =
		p.low !== undefined && p.high !== undefined && p.low !== p.high
			? ` (published estimates ${formatNumber(p.low)}–${formatNumber(p.high)} ${unit})`
			: '';
	return `${formatNumber(p.value)} ${unit}${spread}`;
}

function missileFact(id: string, m: Missile, field: FactPath['field']): ResolvedFact {
	const base = {
		id,
		kind: 'missile' as const,
		reports: [],
		unitCheck: null,
		conflicts: [],
		quantity: null
	};
	const aliasNames = m.aliases.map((a) => a.name);
	const aliases = aliasNames.length ? ` (also ${aliasNames.join(', ')})` : '';
	switch (field) {
		case null:
			return {
				...base,
				label: m.name,
				value: `${m.name}${aliases}: ${m.class}, ${m.stageCount}-stage, ${m.propellant} propellant`,
				sources: m.sources,
				notes: m.notes ?? []
			};
		case 'class':
			return {
				...base,
				label: `Class, ${m.name}`,
				value: `${m.class} (${CLASS_WORDS[m.class]})`,
				sources: m.sources,
				notes: []
			};
		case 'aliases':
			return {
				...base,
				label: `Other names, ${m.name}`,
				value: aliasNames.length ? aliasNames.join(', ') : 'none recorded',
				sources: m.sources,
				notes: []
			};
		case 'stageCount':
			return {
				...base,
				label: `Stages, ${m.name}`,
				value: `${m.stageCount} stage${m.stageCount === 1 ? '' : 's'}`,
				sources: m.sources,
				notes: []
			};
		case 'propellant':
			return {
				...base,
				label: `Propellant, ${m.name}`,
				value: `${m.propellant} propellant`,
				sources: m.sources,
				notes: []
			};
		case 'lengthM':
		case 'diameterM':
		case 'launchMassKg':
		case 'payloadKg': {
			const spec = MISSILE_UNITS[field];
			const p = m[field];
			return {
				...base,
				label: `${spec.label}, ${m.name}`,
				value: vehicleValue(p, spec.unit),
				quantity:
					p.value === null
						? null
						: {
								value: p.value,
								unit: spec.unit,
								...(p.low !== undefined && p.high !== undefined ? { low: p.low, high: p.high } : {})
							},
				sources: p.sources.length ? p.sources : m.sources,
				notes: p.note ? [p.note] : []
			};
		}
		default:
			return assertNever(field as never, `missile field ${String(field)}`);
	}
}

const CLASS_WORDS: Record<Missile['class'], string> = {
	SRBM: 'short-range ballistic missile, under 1,000 km',
	MRBM: 'medium-range ballistic missile, 1,000–3,000 km',
	IRBM: 'intermediate-range ballistic missile, 3,000–5,500 km',
	ICBM: 'intercontinental ballistic missile, over 5,500 km'
};

function assertNever(_x: never, what: string): never {
	throw new Error(`Unhandled ${what}: the fact resolver needs a case for it.`);
}

function testFact(id: string, t: Test, field: FactPath['field']): ResolvedFact {
	const label = testLabel(t);
	const base = { id, kind: 'test' as const, reports: [], unitCheck: null, quantity: null };
	switch (field) {
		case null: {
			const s = {
				apogee: figureFact(id, t, 'apogeeKm'),
				range: figureFact(id, t, 'rangeKm')
			};
			const site = getPlace(t.siteId);
			return {
				...base,
				label: label[0].toUpperCase() + label.slice(1),
				value: `${launchTimeWords(t.launch).kst}, from ${site?.name ?? t.siteId}; apogee ${s.apogee.value}, range ${s.range.value}; ${t.trajectory} trajectory`,
				sources: t.launch.sources,
				conflicts: [],
				notes: t.notes ?? []
			};
		}
		case 'launch': {
			const time = launchTimeWords(t.launch);
			return {
				...base,
				label: `Launch time, ${label}`,
				value: `${time.kst} = ${time.utc}`,
				sources: t.launch.sources,
				conflicts: [],
				notes: t.launch.note ? [t.launch.note] : []
			};
		}
		case 'site': {
			const site = getPlace(t.siteId);
			const place = site ? placeFact(id, site) : null;
			return {
				...base,
				label: `Launch site, ${label}`,
				value: site ? `${site.name}: ${place?.value}` : t.siteId,
				sources: site?.sources ?? t.launch.sources,
				conflicts: [],
				notes: [t.siteNote, site?.note].filter((n): n is string => !!n)
			};
		}
		case 'missile': {
			const m = getMissile(t.missileId);
			const names = t.namesAsReported ?? [];
			return {
				...base,
				label: `Missile, ${label}`,
				value: m ? `${m.name}, ${m.class} (${CLASS_WORDS[m.class]})` : t.missileId,
				sources: dedupeSources([...(m?.sources ?? []), ...names.flatMap((n) => n.sources)]),
				conflicts: [],
				notes: names.map((n) => `${REPORTER_NAMES[n.reporter]} called it “${n.name}”.`)
			};
		}
		case 'trajectory':
			return {
				...base,
				label: `Trajectory, ${label}`,
				value:
					t.trajectory === 'lofted'
						? 'lofted (fired steeply upward, so it lands much closer than its full range)'
						: 'standard (near the range-maximising angle)',
				sources: dedupeSources([
					...t.figures.apogeeKm.flatMap((f) => f.sources),
					...t.figures.rangeKm.flatMap((f) => f.sources)
				]),
				conflicts: [],
				notes: ['Lofted or standard follows from the reported apogee and range.']
			};
		case 'outcome':
			return {
				...base,
				label: `Outcome, ${label}`,
				value: t.outcome,
				sources: t.launch.sources,
				conflicts: [],
				notes: []
			};
		case 'impact': {
			const where =
				t.impact.lat !== undefined && t.impact.lon !== undefined
					? ` (${t.impact.lat.toFixed(2)}° N, ${t.impact.lon.toFixed(2)}° E, as published)`
					: '';
			return {
				...base,
				label: `Impact area, ${label}`,
				value: `${t.impact.description}${where}`,
				sources: t.impact.sources,
				conflicts: [],
				notes: []
			};
		}
		case 'apogeeKm':
		case 'rangeKm':
		case 'flightTimeS':
			return figureFact(id, t, field);
		default:
			return assertNever(field as never, `test field ${String(field)}`);
	}
}

function resolveDatasetPath(id: string): ResolvedFact {
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

// ---- Claims. ----

function resolveUnitCheck(
	claim: Claim,
	facts: ResolvedFact[]
): { check: ResolvedUnitCheck | null; conflicts: string[] } {
	const spec = claim.unitCheck;
	if (!spec) return { check: null, conflicts: [] };
	const result = checkConversion({ valueKm: spec.valueKm, statedMi: spec.statedMi });
	const conflicts: string[] = [];
	const datasetFact = facts.find((f) => f.id === spec.fact) ?? resolveDatasetPath(spec.fact);
	if (datasetFact.quantity && datasetFact.quantity.value !== spec.valueKm) {
		conflicts.push(
			`The article’s ${formatNumber(spec.valueKm)} km differs from the dataset’s ${datasetFact.value}.`
		);
	}
	return { check: { ...result, articleText: spec.articleText }, conflicts };
}

function resolveClaim(claim: Claim): ResolvedFact {
	const facts = claim.facts.map(resolveDatasetPath);
	const unit = resolveUnitCheck(claim, facts);
	const reportsSeen = new Set<string>();
	const reports = facts
		.flatMap((f) => f.reports)
		.filter((r) => {
			const key = `${r.reporter}|${r.value}|${r.unit}|${r.asReported}`;
			return reportsSeen.has(key) ? false : (reportsSeen.add(key), true);
		});
	const verdictLabel = VERDICT_LABELS[claim.verdict];
	return {
		id: claim.id,
		kind: 'claim',
		label: `“${claim.quote}”`,
		value: claim.qualifier ? `${verdictLabel} (${claim.qualifier})` : verdictLabel,
		quantity: null,
		reports,
		sources: claim.sources,
		unitCheck: unit.check,
		conflicts: [...claim.conflicts, ...unit.conflicts, ...facts.flatMap((f) => f.conflicts)],
		notes: [],
		claim: {
			quote: claim.quote,
			verdict: claim.verdict,
			verdictLabel,
			qualifier: claim.qualifier ?? null,
			explanation: claim.explanation,
			notFound: claim.notFound ?? null,
			factSheetClaim: claim.factSheetClaim
		},
		facts
	};
}

/** Resolves a claim object that need not be in claims.json (tests use it to probe the checks). */
export function resolveClaimWith(claim: Claim): ResolvedFact {
	return resolveClaim(claim);
}

// ---- Public API. ----

/**
 * Resolves a claim id or a dataset path; throws UnknownFactError (message says how to list ids) for an
 * id that names nothing.
 */
export function resolveFact(id: string): ResolvedFact {
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
