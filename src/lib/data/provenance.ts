/**
 * Provenance: which page supports which value. Pure and dataset-agnostic: every function takes the
 * records it reads (tests, missiles, places, the article's claims), so the pages that show sources, the
 * exports and the CLI call the same code on the same inputs.
 *
 * A "value" is anything in data/ that carries its own `sources`: a reported figure, a test's launch time,
 * impact or reported name, a vehicle parameter, a missile record, a missile alias, a place, an article
 * claim and the article itself. A value marked `unsourced` (or a claim with no source and a notFound note)
 * has no source by design; a vehicle parameter with neither a value nor a source is "unpublished", not a
 * value, and is left out.
 */
import { SOURCE_TIERS } from './schemas.ts';
import type {
	Missile,
	Place,
	Reporter,
	SourceRef,
	SourceTier,
	Test,
	VehicleParam
} from './types.ts';

/** The records provenance reads. Claims and the article are optional (the CLI may not load them). */
export interface ProvenanceDataset {
	tests: readonly Test[];
	missiles: readonly Missile[];
	places: readonly Place[];
	claims?: readonly { id: string; sources: readonly SourceRef[]; notFound?: string }[];
	article?: { testId: string; source: SourceRef };
}

/** Where a value lives: record kind and id, the field, and who reported it (figures, names) or the alias. */
export interface ValueRef {
	kind: 'test' | 'missile' | 'place' | 'claim' | 'article';
	/** The record id: test id, missile id, place id, claim id, or the article's test id. */
	id: string;
	/** E.g. 'apogeeKm', 'launch', 'impact', 'namesAsReported', 'lengthM', 'stages[0].thrustKN', 'aliases', 'coordinates', 'sources'. */
	field: string;
	reporter?: Reporter;
	alias?: string;
}

/** One value with the sources it rests on. */
export interface SourcedValue {
	ref: ValueRef;
	sources: readonly SourceRef[];
	/** True when no citable page supports the value; `note` says why. */
	unsourced: boolean;
	note?: string;
}

/** One distinct page (by URL) and every value it supports. */
export interface SourceEntry {
	url: string;
	/** The publisher as first cited (file order). */
	publisher: string;
	/** The best tier this page is cited with; `tiers` lists every tier it is cited with, best first. */
	tier: SourceTier;
	tiers: SourceTier[];
	/** The latest date on which the page was checked. */
	checked: string;
	supports: { ref: ValueRef; tier: SourceTier; via?: string }[];
}

const rank = (t: SourceTier) => SOURCE_TIERS.indexOf(t);

/** The best-tier source of a value (official > wire > outlet > analysis; the first listed wins a tie), or null when it has none. */
export function primarySource(value: {
	sources: readonly SourceRef[];
	unsourced?: boolean;
}): SourceRef | null {
	if (value.unsourced) return null;
	let best: SourceRef | null = null;
	for (const s of value.sources) if (best === null || rank(s.tier) < rank(best.tier)) best = s;
	return best;
}

/** A short label for a value, e.g. "test 2022-01-30-hwasong-12 › apogeeKm › JCS". */
export function valueLabel(ref: ValueRef): string {
	const who = ref.reporter ?? ref.alias;
	return [`${ref.kind} ${ref.id}`, ref.field, ...(who ? [who] : [])].join(' › ');
}

const sourced = (
	ref: ValueRef,
	v: { sources: readonly SourceRef[]; unsourced?: boolean; note?: string }
): SourcedValue => ({
	ref,
	sources: v.sources,
	unsourced: v.unsourced === true,
	...(v.note !== undefined ? { note: v.note } : {})
});

function testValues(t: Test): SourcedValue[] {
	const at = (field: string, extra: Partial<ValueRef> = {}): ValueRef => ({
		kind: 'test',
		id: t.id,
		field,
		...extra
	});
	const out: SourcedValue[] = (t.namesAsReported ?? []).map((n) =>
		sourced(at('namesAsReported', { reporter: n.reporter }), n)
	);
	out.push(sourced(at('launch'), t.launch), sourced(at('impact'), t.impact));
	for (const field of ['apogeeKm', 'rangeKm', 'flightTimeS'] as const)
		for (const f of t.figures[field]) out.push(sourced(at(field, { reporter: f.reporter }), f));
	return out;
}

const isValue = (p: VehicleParam) => p.value !== null || p.sources.length > 0 || p.unsourced;

function missileValues(m: Missile): SourcedValue[] {
	const at = (field: string, alias?: string): ValueRef => ({
		kind: 'missile',
		id: m.id,
		field,
		...(alias ? { alias } : {})
	});
	const out: SourcedValue[] = [sourced(at('sources'), m)];
	for (const a of m.aliases) out.push(sourced(at('aliases', a.name), a));
	const params: [string, VehicleParam][] = [
		['lengthM', m.lengthM],
		['diameterM', m.diameterM],
		['launchMassKg', m.launchMassKg],
		['payloadKg', m.payloadKg]
	];
	m.stages.forEach((s, i) => {
		for (const [k, p] of Object.entries(s)) params.push([`stages[${i}].${k}`, p as VehicleParam]);
	});
	for (const [field, p] of params) if (isValue(p)) out.push(sourced(at(field), p));
	return out;
}

/** Every value in the dataset with its sources, in file order (tests, missiles, places, claims, article). */
export function sourcedValues(data: ProvenanceDataset): SourcedValue[] {
	const out = [...data.tests.flatMap(testValues), ...data.missiles.flatMap(missileValues)];
	for (const p of data.places)
		out.push(sourced({ kind: 'place', id: p.id, field: 'coordinates' }, p));
	for (const c of data.claims ?? [])
		out.push({
			ref: { kind: 'claim', id: c.id, field: 'sources' },
			sources: c.sources,
			unsourced: c.sources.length === 0,
			...(c.notFound !== undefined ? { note: c.notFound } : {})
		});
	if (data.article)
		out.push({
			ref: { kind: 'article', id: data.article.testId, field: 'source' },
			sources: [data.article.source],
			unsourced: false
		});
	return out;
}

/** Each distinct source page (by URL), in order of first citation, with every value it supports. */
export function sourcesIndex(data: ProvenanceDataset): SourceEntry[] {
	const byUrl = new Map<string, SourceEntry>();
	for (const value of sourcedValues(data))
		for (const s of value.sources) {
			let entry = byUrl.get(s.url);
			if (!entry) {
				entry = {
					url: s.url,
					publisher: s.publisher,
					tier: s.tier,
					tiers: [],
					checked: s.checked,
					supports: []
				};
				byUrl.set(s.url, entry);
			}
			if (!entry.tiers.includes(s.tier))
				entry.tiers = [...entry.tiers, s.tier].sort((a, b) => rank(a) - rank(b));
			entry.tier = entry.tiers[0];
			if (s.checked > entry.checked) entry.checked = s.checked;
			entry.supports.push({ ref: value.ref, tier: s.tier, ...(s.via ? { via: s.via } : {}) });
		}
	return [...byUrl.values()];
}

/** Per tier: distinct pages cited with it, values resting on at least one such page, values whose best source has it. */
export interface TierCount {
	tier: SourceTier;
	sources: number;
	values: number;
	primaryValues: number;
}

/** The per-tier counts, best tier first, plus the number of values with no source. */
export function tierCounts(data: ProvenanceDataset): { tiers: TierCount[]; unsourced: number } {
	const values = sourcedValues(data);
	const tiers = SOURCE_TIERS.map((tier) => ({
		tier,
		sources: new Set<string>(),
		values: 0,
		primaryValues: 0
	}));
	let unsourced = 0;
	for (const v of values) {
		const primary = primarySource(v);
		if (primary === null) {
			unsourced++;
			continue;
		}
		tiers[rank(primary.tier)].primaryValues++;
		for (const t of new Set(v.sources.map((s) => s.tier))) tiers[rank(t)].values++;
		for (const s of v.sources) tiers[rank(s.tier)].sources.add(s.url);
	}
	return { tiers: tiers.map((t) => ({ ...t, sources: t.sources.size })), unsourced };
}

/** The values no citable page supports, each with the note saying why. */
export function unsourcedValues(data: ProvenanceDataset): SourcedValue[] {
	return sourcedValues(data).filter((v) => primarySource(v) === null);
}
