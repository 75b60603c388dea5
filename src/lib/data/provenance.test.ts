import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article/article.json';
import claimsJson from '../../../data/article/claims.json';
import { missiles, places, tests } from './dataset.ts';
import {
	primarySource,
	sourcedValues,
	sourcesIndex,
	tierCounts,
	unsourcedValues,
	valueLabel,
	type ProvenanceDataset
} from './provenance.ts';
import type { Missile, Place, SourceRef, SourceTier, Test } from './types.ts';

const src = (url: string, tier: SourceTier, checked = '2026-12-02', via?: string): SourceRef => ({
	url,
	publisher: new URL(url).hostname,
	tier,
	checked,
	...(via ? { via } : {})
});

describe('primarySource', () => {
	const official = src('https://a.example/jcs', 'official');
	const wire = src('https://b.example/wire', 'wire');
	const outlet = src('https://c.example/outlet', 'outlet');
	const analysis = src('https://d.example/analysis', 'analysis');

	it.each([
		[[analysis, outlet, wire, official], official],
		[[outlet, analysis], outlet],
		[[analysis, wire], wire],
		[[analysis], analysis]
	])('picks the best tier whatever the order (%#)', (sources, best) => {
		expect(primarySource({ sources })).toBe(best);
	});

	it('keeps the first listed of two sources of the same tier', () => {
		const second = src('https://e.example/wire2', 'wire');
		expect(primarySource({ sources: [outlet, wire, second] })).toBe(wire);
		expect(primarySource({ sources: [second, wire] })).toBe(second);
	});

	it('gives null for an unsourced value, even one citing a page for a spread, and for no sources', () => {
		expect(primarySource({ sources: [official], unsourced: true })).toBeNull();
		expect(primarySource({ sources: [] })).toBeNull();
	});
});

// A hand-built dataset whose index is known in advance.
const A = 'https://a.example/statement';
const B = 'https://b.example/wire';
const test: Test = {
	id: '2000-01-01-x',
	missileId: 'x',
	launch: {
		kst: '2000-01-01T09:00:00+09:00',
		utc: '2000-01-01T00:00:00Z',
		sources: [src(A, 'official')]
	},
	siteId: 'p',
	trajectory: 'lofted',
	outcome: 'success',
	impact: { description: 'sea', sources: [src(B, 'wire')] },
	figures: {
		apogeeKm: [
			{
				reporter: 'JCS',
				value: 100,
				qualifier: 'about',
				asReported: 'about 100 km',
				sources: [src(B, 'wire', '2026-12-03', 'JCS')]
			}
		],
		rangeKm: [
			{
				reporter: 'JMOD',
				value: 50,
				qualifier: 'about',
				asReported: 'about 50 km',
				sources: [],
				unsourced: true,
				note: 'Only in a mirror.'
			}
		],
		flightTimeS: []
	}
};
const none = { value: null, sources: [] };
const missile: Missile = {
	id: 'x',
	name: 'X',
	aliases: [
		{ name: 'X-1', status: 'confirmed', sources: [src(B, 'official', '2026-12-01', 'KCNA')] }
	],
	class: 'SRBM',
	stageCount: 1,
	propellant: 'solid',
	lengthM: { value: 10, sources: [src(A, 'official')] },
	diameterM: none,
	launchMassKg: none,
	payloadKg: none,
	stages: [
		{
			thrustKN: { value: 100, sources: [], unsourced: true, note: 'Mirror only.' },
			burnTimeS: none,
			ispS: none,
			grossMassKg: none,
			propellantMassKg: none
		}
	],
	sources: [src(A, 'official')]
};
const place: Place = {
	id: 'p',
	name: 'P',
	kind: 'launch-site',
	lat: 1,
	lon: 2,
	sources: [src(B, 'wire')]
};
const tiny: ProvenanceDataset = { tests: [test], missiles: [missile], places: [place] };

describe('sourcedValues and sourcesIndex on a known dataset', () => {
	it('lists every value once, and leaves out unpublished vehicle parameters', () => {
		expect(sourcedValues(tiny).map((v) => valueLabel(v.ref))).toEqual([
			'test 2000-01-01-x › launch',
			'test 2000-01-01-x › impact',
			'test 2000-01-01-x › apogeeKm › JCS',
			'test 2000-01-01-x › rangeKm › JMOD',
			'missile x › sources',
			'missile x › aliases › X-1',
			'missile x › lengthM',
			'missile x › stages[0].thrustKN',
			'place p › coordinates'
		]);
	});

	it('merges citations of one URL: best tier, every tier, latest check, every value supported', () => {
		const [a, b] = sourcesIndex(tiny);
		expect(sourcesIndex(tiny)).toHaveLength(2);
		expect(a).toMatchObject({
			url: A,
			tier: 'official',
			tiers: ['official'],
			checked: '2026-12-02'
		});
		expect(a.supports.map((s) => valueLabel(s.ref))).toEqual([
			'test 2000-01-01-x › launch',
			'missile x › sources',
			'missile x › lengthM'
		]);
		expect(b).toMatchObject({
			url: B,
			tier: 'official',
			tiers: ['official', 'wire'],
			checked: '2026-12-03'
		});
		expect(b.supports.map((s) => [valueLabel(s.ref), s.tier, s.via])).toEqual([
			['test 2000-01-01-x › impact', 'wire', undefined],
			['test 2000-01-01-x › apogeeKm › JCS', 'wire', 'JCS'],
			['missile x › aliases › X-1', 'official', 'KCNA'],
			['place p › coordinates', 'wire', undefined]
		]);
	});

	it('counts pages and values per tier, and the unsourced values apart', () => {
		expect(tierCounts(tiny)).toEqual({
			tiers: [
				{ tier: 'official', sources: 2, values: 4, primaryValues: 4 },
				{ tier: 'wire', sources: 1, values: 3, primaryValues: 3 },
				{ tier: 'outlet', sources: 0, values: 0, primaryValues: 0 },
				{ tier: 'analysis', sources: 0, values: 0, primaryValues: 0 }
			],
			unsourced: 2
		});
		expect(unsourcedValues(tiny).map((v) => [valueLabel(v.ref), v.note])).toEqual([
			['test 2000-01-01-x › rangeKm › JMOD', 'Only in a mirror.'],
			['missile x › stages[0].thrustKN', 'Mirror only.']
		]);
	});
});

// The real dataset, checked against a plain walk of the JSON (a different traversal from the module's).
const article = articleJson as unknown as { testId: string; source: SourceRef };
const claims = (
	claimsJson as unknown as { claims: { id: string; sources: SourceRef[]; notFound?: string }[] }
).claims;
const real: ProvenanceDataset = { tests, missiles, places, claims, article };

function walkSources(x: unknown, out: SourceRef[]): SourceRef[] {
	if (Array.isArray(x)) x.forEach((y) => walkSources(y, out));
	else if (x && typeof x === 'object') {
		const o = x as Record<string, unknown>;
		if (typeof o.url === 'string' && typeof o.publisher === 'string')
			out.push(o as unknown as SourceRef);
		else Object.values(o).forEach((y) => walkSources(y, out));
	}
	return out;
}

describe('provenance of the real dataset', () => {
	const all = walkSources([tests, missiles, places, claims, article], []);
	const index = sourcesIndex(real);

	it('indexes every source reference in data/, each URL once', () => {
		expect(index.map((e) => e.url).sort()).toEqual([...new Set(all.map((s) => s.url))].sort());
		expect(index.reduce((n, e) => n + e.supports.length, 0)).toBe(all.length);
	});

	it('gives each page the best tier it is cited with', () => {
		const order = ['official', 'wire', 'outlet', 'analysis'];
		for (const e of index) {
			const tiers = all.filter((s) => s.url === e.url).map((s) => order.indexOf(s.tier));
			expect(`${e.url}: ${e.tier}`).toBe(`${e.url}: ${order[Math.min(...tiers)]}`);
		}
	});

	it('partitions the values: each is either unsourced or has exactly one primary tier', () => {
		const { tiers, unsourced } = tierCounts(real);
		expect(tiers.reduce((n, t) => n + t.primaryValues, 0) + unsourced).toBe(
			sourcedValues(real).length
		);
	});

	it('lists the values left unsourced, each with a note', () => {
		const left = unsourcedValues(real);
		for (const v of left)
			expect(`${valueLabel(v.ref)}: ${v.note ? 'note' : 'none'}`).toBe(
				`${valueLabel(v.ref)}: note`
			);
		expect(left.map((v) => valueLabel(v.ref))).toContain(
			'test 2017-07-28-hwasong-14 › flightTimeS › JCS'
		);
		expect(left.map((v) => valueLabel(v.ref))).toContain('claim quote-validate-systems › sources');
	});
});
