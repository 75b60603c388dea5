import { describe, expect, it } from 'vitest';
import {
	getMissile,
	getPlace,
	getTest,
	missiles,
	places,
	requireMissile,
	requirePlace,
	requireTest,
	testIds,
	tests,
	testsOfMissile
} from './dataset.ts';
import { tfToKN } from './units.ts';
import type { SourceRef, VehicleParam } from './types.ts';

// The ids fixed in the team brief and issue 2.
const TEST_IDS = [
	'2017-05-14-hwasong-12',
	'2017-07-04-hwasong-14',
	'2017-07-28-hwasong-14',
	'2017-08-29-hwasong-12',
	'2017-09-15-hwasong-12',
	'2017-11-29-hwasong-15',
	'2022-01-30-hwasong-12',
	'2022-03-24-hwasong-17',
	'2022-10-04-hwasong-12',
	'2022-11-18-hwasong-17',
	'2023-02-18-hwasong-15',
	'2023-03-16-hwasong-17',
	'2023-07-12-hwasong-18',
	'2023-12-18-hwasong-18',
	'2024-10-31-hwasong-19'
];
// The IRBM- and ICBM-class launches added to the reference 15 (docs/data.md says which and why).
const ADDED_TEST_IDS = [
	'2016-04-15-musudan',
	'2016-04-28-musudan-a',
	'2016-04-28-musudan-b',
	'2016-05-31-musudan',
	'2016-06-22-musudan-a',
	'2016-06-22-musudan-b',
	'2016-10-15-musudan',
	'2016-10-20-musudan',
	'2017-04-05-hwasong-12',
	'2017-04-16-hwasong-12',
	'2017-04-29-hwasong-12',
	'2022-02-27-hwasong-17',
	'2022-03-05-hwasong-17',
	'2022-03-16-hwasong-17',
	'2022-05-25-hwasong-17',
	'2022-11-03-hwasong-17',
	'2023-04-13-hwasong-18',
	'2024-01-14-hwasong-16b',
	'2024-04-02-hwasong-16b',
	'2024-06-26-hwasong-16b',
	'2025-01-06-hwasong-16b'
];
const MISSILE_IDS = [
	'hwasong-12',
	'hwasong-14',
	'hwasong-15',
	'hwasong-17',
	'hwasong-18',
	'hwasong-19',
	'musudan',
	'hwasong-16b'
];
const PLACE_IDS = [
	'mupyong-ni',
	'north-kusong',
	'panghyon',
	'sunan',
	'pyongsong',
	'samsok',
	'pyongyang',
	'andersen-afb',
	'tokyo',
	'kadena',
	'attu',
	'adak',
	'anchorage',
	'honolulu',
	'seattle',
	'washington-dc',
	'minamitorishima',
	'wonsan-kalma',
	'sinpo',
	'pukchang',
	'panghyon-airbase',
	'pyongyang-area'
];

describe('ids', () => {
	it('has the 15 tests of tests.md, in order, and the added launches', () => {
		expect(testIds.filter((id) => TEST_IDS.includes(id))).toEqual(TEST_IDS);
		expect([...testIds].sort()).toEqual([...TEST_IDS, ...ADDED_TEST_IDS].sort());
	});
	it('has the eight missiles and all the agreed places', () => {
		expect(missiles.map((m) => m.id)).toEqual(MISSILE_IDS);
		expect(places.map((p) => p.id).sort()).toEqual([...PLACE_IDS].sort());
	});
	it('get* return undefined and require* throw a message listing the known ids', () => {
		expect(getTest('1999-01-01-nodong')).toBeUndefined();
		expect(getMissile('nodong')).toBeUndefined();
		expect(getPlace('nowhere')).toBeUndefined();
		expect(() => requireTest('2022-01-31-hwasong-12')).toThrow(
			/Unknown test id "2022-01-31-hwasong-12".*2022-01-30-hwasong-12/
		);
		expect(() => requireMissile('kn-17')).toThrow(/hwasong-12/);
		expect(() => requirePlace('guam')).toThrow(/andersen-afb/);
		expect(requirePlace('tokyo').name).toBe('Tokyo');
	});
	it('testsOfMissile: three failed attempts and five Hwasong-12 flights', () => {
		expect(
			testsOfMissile('hwasong-12')
				.map((t) => t.id.slice(0, 10))
				.sort()
		).toEqual([
			'2017-04-05',
			'2017-04-16',
			'2017-04-29',
			'2017-05-14',
			'2017-08-29',
			'2017-09-15',
			'2022-01-30',
			'2022-10-04'
		]);
	});
});

describe('tests: values from tests.md', () => {
	const figure = (id: string, q: 'apogeeKm' | 'rangeKm' | 'flightTimeS', reporter: string) =>
		requireTest(id).figures[q].find((f) => f.reporter === reporter);

	it('30 Jan 2022: 07:52 KST = 22:52 UTC the day before; Mupyong-ni; lofted; no KCNA figures', () => {
		const t = requireTest('2022-01-30-hwasong-12');
		expect(t.launch.kst).toBe('2022-01-30T07:52:00+09:00');
		expect(t.launch.utc).toBe('2022-01-29T22:52:00Z');
		expect(t.siteId).toBe('mupyong-ni');
		expect(t.trajectory).toBe('lofted');
		for (const q of ['apogeeKm', 'rangeKm', 'flightTimeS'] as const)
			expect(t.figures[q].some((f) => f.reporter === 'KCNA')).toBe(false);
		expect(figure(t.id, 'apogeeKm', 'JMOD')).toMatchObject({ value: 2000, qualifier: 'about' });
		expect(figure(t.id, 'rangeKm', 'JCS')).toMatchObject({ value: 800, qualifier: 'about' });
		expect(figure(t.id, 'flightTimeS', 'JMOD')?.value).toBe(1800);
	});

	it('2017 launch times are KST and convert to UTC by minus 9 h', () => {
		expect(requireTest('2017-05-14-hwasong-12').launch.utc).toBe('2017-05-13T20:28:00Z');
		expect(requireTest('2017-07-28-hwasong-14').launch.utc).toBe('2017-07-28T14:41:00Z');
		expect(requireTest('2017-11-29-hwasong-15').launch.utc).toBe('2017-11-28T18:17:00Z');
		expect(requireTest('2017-11-29-hwasong-15').launch.note).toMatch(/UTC\+8:30.*02:47/);
	});

	it('KCNA precise figures are exact, others qualified', () => {
		expect(figure('2017-07-28-hwasong-14', 'flightTimeS', 'KCNA')).toMatchObject({
			value: 47 * 60 + 12,
			qualifier: 'exact',
			asReported: '47 minutes and 12 seconds'
		});
		expect(figure('2017-07-04-hwasong-14', 'flightTimeS', 'KCNA')?.value).toBe(39 * 60);
		expect(figure('2017-07-04-hwasong-14', 'flightTimeS', 'US')?.value).toBe(37 * 60);
		expect(figure('2022-03-24-hwasong-17', 'apogeeKm', 'KCNA')?.value).toBe(6248.5);
		expect(figure('2022-03-24-hwasong-17', 'apogeeKm', 'JCS')).toMatchObject({
			value: 6200,
			qualifier: 'more-than'
		});
		expect(figure('2024-10-31-hwasong-19', 'flightTimeS', 'KCNA')?.value).toBe(5156);
	});

	it('29 Aug 2017 broke up (partial) on a standard trajectory; 4 Oct 2022 keeps KCNA naming', () => {
		const aug = requireTest('2017-08-29-hwasong-12');
		expect(aug.outcome).toBe('partial');
		expect(aug.trajectory).toBe('standard');
		expect(aug.notes?.join(' ')).toMatch(/broke in three/);
		const oct = requireTest('2022-10-04-hwasong-12');
		expect(oct.namesAsReported?.find((n) => n.reporter === 'KCNA')?.name).toMatch(/new-type/);
	});

	it('lofted tests have apogee > range; standard ones the reverse', () => {
		// Only where both were published; glide, failed and unknown flights follow no such rule.
		const judged = tests.filter(
			(t) =>
				(t.trajectory === 'lofted' || t.trajectory === 'standard') &&
				t.figures.apogeeKm.length > 0 &&
				t.figures.rangeKm.length > 0
		);
		expect(judged.length).toBeGreaterThanOrEqual(20);
		for (const t of judged) {
			const kcnaOrFirst = (q: 'apogeeKm' | 'rangeKm') =>
				(t.figures[q].find((f) => f.reporter === 'KCNA') ?? t.figures[q][0]).value;
			if (t.trajectory === 'lofted')
				expect(kcnaOrFirst('apogeeKm'), t.id).toBeGreaterThan(kcnaOrFirst('rangeKm'));
			else expect(kcnaOrFirst('apogeeKm'), t.id).toBeLessThan(kcnaOrFirst('rangeKm'));
		}
	});
});

describe('sources', () => {
	function* allSources(): Generator<[string, SourceRef]> {
		for (const t of tests) {
			for (const s of [...t.launch.sources, ...t.impact.sources]) yield [t.id, s];
			for (const q of ['apogeeKm', 'rangeKm', 'flightTimeS'] as const)
				for (const f of t.figures[q]) for (const s of f.sources) yield [t.id, s];
		}
		for (const m of missiles) for (const s of m.sources) yield [m.id, s];
		for (const p of places) for (const s of p.sources) yield [p.id, s];
	}
	it('every source is an absolute http(s) URL with a publisher', () => {
		let n = 0;
		for (const [id, s] of allSources()) {
			expect(() => new URL(s.url), `${id}: ${s.url}`).not.toThrow();
			expect(new URL(s.url).protocol, id).toMatch(/^https?:$/);
			expect(s.publisher.trim(), id).not.toBe('');
			n++;
		}
		expect(n).toBeGreaterThan(100);
	});
	it('every figure has at least one source, or is marked unsourced with a note saying why', () => {
		for (const t of tests)
			for (const q of ['apogeeKm', 'rangeKm', 'flightTimeS'] as const)
				for (const f of t.figures[q])
					if (f.unsourced) expect(f.note?.length, `${t.id} ${q} ${f.reporter}`).toBeGreaterThan(20);
					else expect(f.sources.length, `${t.id} ${q} ${f.reporter}`).toBeGreaterThan(0);
	});
});

describe('missiles: values from vehicles.md', () => {
	const params = (id: string): [string, VehicleParam][] => {
		const m = requireMissile(id);
		return [
			['lengthM', m.lengthM],
			['diameterM', m.diameterM],
			['launchMassKg', m.launchMassKg],
			['payloadKg', m.payloadKg],
			...m.stages.flatMap((s, i) =>
				Object.entries(s).map(([k, p]) => [`stages[${i}].${k}`, p] as [string, VehicleParam])
			)
		];
	};

	it('aliases: KN-17, KN-20, KN-22; no unconfirmed KN designation for the Hwasong-17', () => {
		const names = (id: string) => requireMissile(id).aliases.map((a) => a.name);
		expect(names('hwasong-12')).toContain('KN-17');
		expect(names('hwasong-14')).toContain('KN-20');
		expect(names('hwasong-15')).toContain('KN-22');
		expect(names('hwasong-17').some((a) => a.startsWith('KN-'))).toBe(false);
	});

	it('stage counts and propellants', () => {
		expect(missiles.map((m) => [m.id, m.stageCount, m.propellant, m.stages.length])).toEqual([
			['hwasong-12', 1, 'liquid', 1],
			['hwasong-14', 2, 'liquid', 2],
			['hwasong-15', 2, 'liquid', 2],
			['hwasong-17', 2, 'liquid', 2],
			['hwasong-18', 3, 'solid', 3],
			['hwasong-19', 3, 'solid', 3],
			['musudan', 1, 'liquid', 1],
			['hwasong-16b', 2, 'solid', 2]
		]);
	});

	it('Hwasong-12: 16 m, 28 t, 80 tf main engine (784.5 kN) with the 100 t conflict as high', () => {
		const m = requireMissile('hwasong-12');
		expect(m.lengthM.value).toBe(16);
		expect(m.launchMassKg.value).toBe(28_000);
		expect(m.stages[0].thrustKN.value).toBeCloseTo(tfToKN(80), 3);
		expect(m.stages[0].thrustKN.high).toBeCloseTo(tfToKN(100), 3);
		expect(m.diameterM.value).toBeNull();
	});

	it('Hwasong-17 launch mass keeps the published 80,000-110,000 kg spread', () => {
		expect(requireMissile('hwasong-17').launchMassKg).toMatchObject({ low: 80_000, high: 110_000 });
	});

	it('no Isp or burn time is invented: all null with an "unpublished" note (vehicles.md §9.1)', () => {
		for (const m of missiles)
			for (const s of m.stages) {
				for (const p of [s.ispS, s.burnTimeS]) {
					expect(p.value, m.id).toBeNull();
					expect(p.note, m.id).toMatch(/unpublished/i);
				}
			}
	});

	it('every null value has a note; every number has a source or is marked unsourced with a note', () => {
		for (const m of missiles)
			for (const [field, p] of params(m.id)) {
				if (p.value === null || p.unsourced) expect(p.note, `${m.id} ${field}`).toBeTruthy();
				else expect(p.sources.length, `${m.id} ${field}`).toBeGreaterThan(0);
			}
	});
});

describe('places: great-circle distances quoted in places.md and article-facts.md', () => {
	// Haversine on a 6,371 km sphere, written out here independently of src/lib/geo.
	const R = 6371;
	const rad = (d: number) => (d * Math.PI) / 180;
	function km(a: string, b: string): number {
		const p = requirePlace(a);
		const q = requirePlace(b);
		const dLat = rad(q.lat - p.lat);
		const dLon = rad(q.lon - p.lon);
		const h =
			Math.sin(dLat / 2) ** 2 +
			Math.cos(rad(p.lat)) * Math.cos(rad(q.lat)) * Math.sin(dLon / 2) ** 2;
		return 2 * R * Math.asin(Math.sqrt(h));
	}
	it.each([
		// places.md (WGS84, a 6,371 km sphere agrees within 25 km)
		['pyongyang', 'andersen-afb', 3392, 25],
		['pyongyang', 'tokyo', 1284, 25],
		['pyongyang', 'kadena', 1419, 25],
		['pyongyang', 'attu', 3898, 25],
		['pyongyang', 'anchorage', 6011, 25],
		['pyongyang', 'honolulu', 7403, 25],
		['pyongyang', 'washington-dc', 11066, 30],
		['mupyong-ni', 'andersen-afb', 3496, 25],
		// article-facts.md (haversine, Pyongyang 39.03 N 125.75 E): checks the Wikipedia-sourced points
		['pyongyang', 'adak', 4581, 15],
		['pyongyang', 'minamitorishima', 3114, 15]
	])('%s to %s is about %d km', (a, b, expected, tolerance) => {
		expect(Math.abs(km(a, b) - expected)).toBeLessThan(tolerance);
	});
	it('Seattle lies between 8,000 and 9,000 km from Pyongyang', () => {
		expect(km('pyongyang', 'seattle')).toBeGreaterThan(8000);
		expect(km('pyongyang', 'seattle')).toBeLessThan(9000);
	});
	it('launch sites are in North Korea, targets are not', () => {
		for (const p of places) {
			const inNk = p.lat > 37.5 && p.lat < 43.1 && p.lon > 124 && p.lon < 131;
			expect(inNk, p.id).toBe(p.kind !== 'target');
		}
	});
});
