import { describe, expect, it } from 'vitest';
import { annotations } from '../../data/article.ts';
import {
	UnknownFactError,
	article,
	claims,
	formatLocalTime,
	listFactIds,
	resolveClaimWith,
	resolveFact,
	tryResolveFact
} from './index.ts';
import { kstTime } from '../../data/time.ts';

const TEST = 'test.2022-01-30-hwasong-12';

describe('resolveFact: every id the article uses', () => {
	it('resolves every data-fact id in article.json and every dataset path in claims.json', () => {
		const ids = new Set([
			...annotations(article).map((a) => a.run.fact),
			...claims.flatMap((c) => c.facts)
		]);
		expect(ids.size).toBeGreaterThan(50);
		for (const id of ids) expect(tryResolveFact(id)).toMatchObject({ ok: true });
	});

	it('gives every resolved claim a verdict, an explanation and sources (or a notFound note)', () => {
		for (const c of claims) {
			const f = resolveFact(c.id);
			expect(f.kind).toBe('claim');
			expect(f.claim?.explanation.length).toBeGreaterThan(20);
			expect(f.sources.length > 0 || f.claim?.notFound).toBeTruthy();
			for (const sub of f.facts ?? []) expect(sub.sources.length).toBeGreaterThan(0);
		}
	});
});

describe('resolveFact: bad ids are reported, not guessed', () => {
	it.each([
		['launch-on-tuesday', /neither a claim id .* nor a dataset path/],
		['test.2022-01-31-hwasong-12.rangeKm', /no test "2022-01-31-hwasong-12"/],
		[`${TEST}.speedKms`, /not a test field/],
		['missile.hwasong-99', /no missile "hwasong-99".*hwasong-12/],
		['place.atlantis', /no place "atlantis"/],
		['city.tokyo', /not a dataset path/]
	])('%s', (id, reason) => {
		expect(() => resolveFact(id)).toThrow(UnknownFactError);
		const r = tryResolveFact(id);
		expect(r.ok).toBe(false);
		const message = r.ok ? '' : r.message;
		expect(message).toMatch(reason);
		expect(message).toContain('npm run -s cli -- fact --list');
		expect(message.split('\n')).toHaveLength(1);
	});
});

describe('resolveFact: values with units, reporters and sources', () => {
	it('range and apogee of the 30 Jan 2022 test: about 800 km and about 2,000 km (JCS and Japan)', () => {
		const range = resolveFact(`${TEST}.rangeKm`);
		expect(range.value).toBe('about 800 km');
		expect(range.quantity).toEqual({ value: 800, unit: 'km' });
		expect(range.reports.map((r) => [r.reporter, r.value, r.unit]).sort()).toEqual([
			['JCS', 800, 'km'],
			['JMOD', 800, 'km']
		]);
		expect(range.sources.length).toBeGreaterThan(0);
		const apogee = resolveFact(`${TEST}.apogeeKm`);
		expect(apogee.value).toBe('about 2,000 km');
		expect(apogee.reports.every((r) => r.value === 2000 && r.unit === 'km')).toBe(true);
		const flight = resolveFact(`${TEST}.flightTimeS`);
		expect(flight.value).toBe('about 30 min');
		expect(flight.quantity).toEqual({ value: 1800, unit: 's' });
	});

	it('flags a disagreement between reporters as a conflict (Hwasong-15, 29 Nov 2017)', () => {
		const f = resolveFact('test.2017-11-29-hwasong-15.apogeeKm');
		const values = new Set(f.reports.map((r) => r.value));
		expect(values.size).toBeGreaterThan(1);
		expect(f.conflicts.join(' ')).toMatch(/Reporters differ/);
		expect(f.value).toMatch(/reports range from [\d,]+ km to [\d,]+ km/);
	});

	it('launch time in KST and UTC: Sunday 07:52 KST is Saturday 22:52 UTC', () => {
		const f = resolveFact(`${TEST}.launch`);
		expect(f.value).toBe(
			'Sunday 30 January 2022, 07:52 KST (UTC+9) = Saturday 29 January 2022, 22:52 UTC'
		);
		expect(f.notes.join(' ')).toContain('Monday 31 Jan 2022');
	});

	it('formats a Pyongyang-time offset of UTC+8:30 (2015-2018) with minutes', () => {
		const t = { ...kstTime('2017-05-14T05:28:00+09:00'), offsetMinutes: 510 };
		expect(formatLocalTime(t, 'PYT')).toBe('Sunday 14 May 2017, 05:28 PYT (UTC+8:30)');
	});

	it('places: WGS84 distances agree with the places reference (Guam 3,392 km, Attu 3,898 km from Pyongyang)', () => {
		const guam = resolveFact('place.andersen-afb');
		const attu = resolveFact('place.attu');
		const km = (s: string, from: string) =>
			Number(new RegExp(`([\\d,]+) km from ${from}`).exec(s)?.[1].replace(/,/g, ''));
		expect(Math.abs(km(guam.value, 'Pyongyang') - 3392)).toBeLessThanOrEqual(3);
		expect(Math.abs(km(guam.value, 'Mupyong-ni') - 3496)).toBeLessThanOrEqual(3);
		expect(Math.abs(km(attu.value, 'Pyongyang') - 3898)).toBeLessThanOrEqual(3);
		expect(guam.sources.length).toBeGreaterThan(0);
	});

	it('missile values carry their unit, and an unpublished value says so', () => {
		expect(resolveFact('missile.hwasong-12.class').value).toMatch(/^IRBM \(intermediate-range/);
		expect(resolveFact('missile.hwasong-12.lengthM').value).toMatch(/^[\d.]+ m\b/);
		const unpublished = resolveFact('missile.hwasong-14.launchMassKg');
		expect(unpublished.value).toBe('not published');
		expect(unpublished.notes.length).toBeGreaterThan(0);
	});
});

describe('resolveFact: claims', () => {
	it('800 km (497 miles): the conversion is correct (800 / 1.609344 = 497.10)', () => {
		const f = resolveFact('range-800km');
		expect(f.unitCheck?.verdict).toBe('correct');
		expect(f.unitCheck?.exactMi).toBeCloseTo(497.097, 3);
		expect(f.unitCheck?.articleText).toBe('497 miles');
		expect(f.conflicts).toEqual([]);
	});

	it('2,000 km (1,242 miles): truncated, 1,242.74 rounds to 1,243', () => {
		const f = resolveFact('apogee-2000km');
		expect(f.unitCheck?.verdict).toBe('truncated');
		expect(f.unitCheck?.exactMi).toBeCloseTo(1242.742, 3);
		expect(f.unitCheck?.expectedMi).toBe(1243);
		expect(f.conflicts.join(' ')).toContain('1,243');
	});

	it('a unit check whose km disagree with the dataset is reported as a conflict', () => {
		const claim = claims.find((c) => c.id === 'range-800km')!;
		const altered = { ...claim, unitCheck: { ...claim.unitCheck!, valueKm: 900, statedMi: 559 } };
		const f = resolveClaimWith(altered);
		expect(f.unitCheck?.verdict).toBe('correct');
		expect(f.conflicts.join(' ')).toMatch(/900 km differs from the dataset’s about 800 km/);
	});

	it('"on Monday" is incorrect and rests on the launch time; "Sunday" is correct', () => {
		const monday = resolveFact('launch-day-monday');
		expect(monday.claim?.verdict).toBe('incorrect');
		expect(monday.facts?.map((f) => f.id)).toEqual([`${TEST}.launch`]);
		expect(monday.facts?.[0].value).toContain('Saturday 29 January 2022, 22:52 UTC');
		expect(monday.conflicts.join(' ')).toMatch(/contradicts itself/);
		expect(resolveFact('launch-day-sunday').claim?.verdict).toBe('correct');
	});

	it('the "safety" quote is flagged: KCNA said "security"', () => {
		const f = resolveFact('safety-quote');
		expect(f.claim?.verdict).toBe('partly-correct');
		expect(f.conflicts.join(' ')).toContain('security');
	});
});

describe('listFactIds', () => {
	const ids = listFactIds();
	it('lists every claim and every dataset path once, and each of them resolves', () => {
		expect(new Set(ids).size).toBe(ids.length);
		for (const c of claims) expect(ids).toContain(c.id);
		expect(ids).toContain(`${TEST}.rangeKm`);
		expect(ids).toContain('place.andersen-afb');
		expect(ids).toContain('missile.hwasong-12.class');
		for (const id of ids) expect(() => resolveFact(id)).not.toThrow();
	});
});
