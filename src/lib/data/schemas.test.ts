import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	apogeeFigureSchema,
	flightTimeFigureSchema,
	missileAliasSchema,
	placeSchema,
	rangeFigureSchema,
	sourceRefSchema,
	TEST_ID_PATTERN,
	vehicleParamSchema
} from './schemas.ts';

const SRC = {
	url: 'https://en.yna.co.kr/view/AEN20220131000252325',
	publisher: 'Yonhap',
	tier: 'official',
	checked: '2026-12-02'
};
const ok = (schema: v.GenericSchema, input: unknown) => v.safeParse(schema, input).success;
const messages = (schema: v.GenericSchema, input: unknown) => {
	const r = v.safeParse(schema, input, { abortEarly: false });
	return r.success ? [] : r.issues.map((i) => i.message);
};

describe('sourceRefSchema', () => {
	it('accepts http and https URLs with a publisher', () => {
		expect(ok(sourceRefSchema, SRC)).toBe(true);
		expect(ok(sourceRefSchema, { ...SRC, url: 'http://world.kbs.co.kr/x?a=1' })).toBe(true);
	});
	it.each([
		['a bare host', { ...SRC, url: 'en.yna.co.kr/view/x' }],
		['another scheme', { ...SRC, url: 'ftp://example.org/x' }],
		['an empty URL', { ...SRC, url: '' }],
		['a URL with spaces', { ...SRC, url: 'https://example.org/a b' }],
		['no publisher', { url: SRC.url }],
		['a blank publisher', { ...SRC, publisher: '   ' }],
		['an unknown field', { ...SRC, publsher: 'x' }],
		['an unknown tier', { ...SRC, tier: 'blog' }],
		['a checked date in words', { ...SRC, checked: '2 Dec 2026' }],
		['a checked date that does not exist', { ...SRC, checked: '2026-02-30' }]
	])('rejects %s', (_name, input) => {
		expect(ok(sourceRefSchema, input)).toBe(false);
	});
	it('requires tier and checked on every source', () => {
		const { tier: _t, checked: _c, ...bare } = SRC;
		expect(ok(sourceRefSchema, bare)).toBe(false);
		expect(ok(sourceRefSchema, { ...SRC, checked: undefined })).toBe(false);
	});
});

describe('unsourced values', () => {
	const figure = { reporter: 'JCS', value: 700, qualifier: 'about', asReported: 'about 700 km' };
	it('a figure no page supports is accepted only with unsourced: true and a note', () => {
		expect(
			ok(rangeFigureSchema, { ...figure, sources: [], unsourced: true, note: 'Only in mirrors.' })
		).toBe(true);
		expect(messages(rangeFigureSchema, { ...figure, sources: [], unsourced: true })).toEqual([
			'a note saying why no citable page supports the value (it is marked unsourced)'
		]);
		expect(ok(rangeFigureSchema, { ...figure, sources: [], unsourced: false, note: 'x' })).toBe(
			false
		);
	});
	it('a vehicle value no page supports is accepted only with a note', () => {
		const m = vehicleParamSchema('m');
		expect(ok(m, { value: 19.5, sources: [], unsourced: true, note: 'Only in mirrors.' })).toBe(
			true
		);
		expect(messages(m, { value: 19.5, sources: [], unsourced: true })[0]).toMatch(
			/a note saying why/
		);
	});
});

describe('missileAliasSchema', () => {
	it('a confirmed alias needs a source', () => {
		expect(ok(missileAliasSchema, { name: 'KN-17', status: 'confirmed', sources: [SRC] })).toBe(
			true
		);
		expect(
			messages(missileAliasSchema, { name: 'KN-17', status: 'confirmed', sources: [], note: 'x' })
		).toEqual([
			'at least one source for a confirmed alias (a page showing an official or wire source using it), or status "unconfirmed"'
		]);
	});
	it('an unconfirmed alias without a source says why', () => {
		expect(
			ok(missileAliasSchema, { name: 'KN-28', status: 'unconfirmed', sources: [], note: 'x' })
		).toBe(true);
		expect(
			messages(missileAliasSchema, { name: 'KN-28', status: 'unconfirmed', sources: [] })
		).toEqual(['a note saying why the alias has no source']);
	});
});

describe('reported figure schemas', () => {
	const figure = {
		reporter: 'JMOD',
		value: 2000,
		qualifier: 'about',
		asReported: 'about 2,000 km',
		sources: [SRC]
	};
	it('accept a sourced positive figure', () => {
		expect(ok(apogeeFigureSchema, figure)).toBe(true);
		expect(ok(rangeFigureSchema, { ...figure, value: 800 })).toBe(true);
		expect(ok(flightTimeFigureSchema, { ...figure, value: 1800, asReported: 'about 30 min' })).toBe(
			true
		);
	});
	it.each([
		[-2000, 'a number > 0 (km)'],
		[0, 'a number > 0 (km)'],
		[Number.NaN, 'a number (km)'],
		[Number.POSITIVE_INFINITY, 'a finite number (km)'],
		[25_000, 'a number <= 20000 (km); larger is not physically plausible here']
	])('apogee %d is rejected: expected %s', (value, expected) => {
		expect(messages(apogeeFigureSchema, { ...figure, value })).toContain(expected);
	});
	it('a range beyond half the Earth\u2019s circumference is rejected', () => {
		expect(ok(rangeFigureSchema, { ...figure, value: 20_100 })).toBe(false);
	});
	it('a flight time over three hours is rejected', () => {
		expect(ok(flightTimeFigureSchema, { ...figure, value: 3 * 3600 + 1 })).toBe(false);
	});
	it('a figure without sources is rejected', () => {
		expect(messages(apogeeFigureSchema, { ...figure, sources: [] })).toEqual([
			'at least one source (a fact without a source is a validation error), or `unsourced: true` with a note saying why'
		]);
	});
	it('an unknown reporter or qualifier is rejected', () => {
		expect(ok(apogeeFigureSchema, { ...figure, reporter: 'NHK' })).toBe(false);
		expect(ok(apogeeFigureSchema, { ...figure, qualifier: 'roughly' })).toBe(false);
	});
});

describe('vehicleParamSchema', () => {
	const kg = vehicleParamSchema('kg');
	it('accepts a sourced value, a sourced spread, and null with a note', () => {
		expect(ok(kg, { value: 28000, sources: [SRC] })).toBe(true);
		expect(ok(kg, { value: 100000, low: 80000, high: 110000, sources: [SRC] })).toBe(true);
		expect(ok(kg, { value: null, sources: [], note: 'Unpublished.' })).toBe(true);
	});
	it('rejects a value without a source, null without a note, and a spread that excludes the value', () => {
		expect(messages(kg, { value: 28000, sources: [] })[0]).toMatch(/at least one source/);
		expect(messages(kg, { value: null, sources: [] })[0]).toMatch(
			/note saying the value is unpublished/
		);
		expect(messages(kg, { value: 100000, low: 80000, high: 90000, sources: [SRC] })).toContain(
			'high >= value'
		);
		expect(messages(kg, { value: null, low: 1, sources: [], note: 'x' })[0]).toMatch(/spread/);
		expect(ok(kg, { value: -1, sources: [SRC] })).toBe(false);
	});
});

describe('placeSchema', () => {
	const place = {
		id: 'tokyo',
		name: 'Tokyo',
		kind: 'target',
		lat: 35.676,
		lon: 139.65,
		sources: [SRC]
	};
	it('accepts a sourced place and the extreme coordinates', () => {
		expect(ok(placeSchema, place)).toBe(true);
		expect(ok(placeSchema, { ...place, lat: -90, lon: 180 })).toBe(true);
	});
	it.each([
		['lat 90.1', { lat: 90.1 }],
		['lon -180.1', { lon: -180.1 }],
		['a string latitude', { lat: '35.676' }],
		['no sources', { sources: [] }],
		['an unknown kind', { kind: 'port' }],
		['an id with capitals', { id: 'Tokyo' }]
	])('rejects %s', (_name, change) => {
		expect(ok(placeSchema, { ...place, ...change })).toBe(false);
	});
	it('accepts a place with no citable coordinates only when marked unsourced with a note', () => {
		expect(
			ok(placeSchema, { ...place, sources: [], unsourced: true, note: 'From notes only.' })
		).toBe(true);
		expect(messages(placeSchema, { ...place, sources: [], unsourced: true })).toEqual([
			'a note saying why no citable page supports the value (it is marked unsourced)'
		]);
	});
});

describe('TEST_ID_PATTERN', () => {
	it.each(['2022-01-30-hwasong-12', '2024-10-31-hwasong-19'])('accepts %s', (id) => {
		expect(TEST_ID_PATTERN.test(id)).toBe(true);
	});
	it.each([
		'2022-1-30-hwasong-12',
		'20220130-hwasong-12',
		'2022-01-30',
		'2022-01-30-Hwasong-12',
		'2022-01-30-hwasong-12-'
	])('rejects %s', (id) => {
		expect(TEST_ID_PATTERN.test(id)).toBe(false);
	});
});
