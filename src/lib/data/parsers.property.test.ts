/**
 * Property tests over the parsers other layers wrote: URL state (map, profiles, catalogue) and the CNS CSV
 * cells and importer. 10,000 random inputs per parser. Whatever the input: no exception; the result is
 * valid (known ids, finite numbers in range) and every problem comes with a clear message (or the safe
 * default is used); nothing is silently dropped; valid states survive a format -> parse round trip.
 */
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CNS_COLUMNS,
	importCns,
	missingKind,
	parseCoordinate,
	parseDate,
	parseKm,
	parseText,
	parseTime
} from './cns/index.ts';
import {
	formatCatalogueParams,
	OUTCOMES,
	parseCatalogueParams,
	type CatalogueOptions
} from '../state/catalogue.ts';
import {
	formatMapState,
	MAX_CUSTOM_RANGE_KM,
	MAX_USER_TARGETS,
	parseMapState,
	type MapState,
	type MapStateContext
} from '../state/mapState.ts';
import {
	formatProfilesQuery,
	MAX_PROFILE_TESTS,
	parseProfilesQuery,
	PROFILE_MODES
} from '../state/profilesUrl.ts';

const RUNS = { numRuns: 10_000 };

const testIds = [
	'2017-05-14-hwasong-12',
	'2017-07-04-hwasong-14',
	'2017-11-29-hwasong-15',
	'2022-01-30-hwasong-12',
	'2022-03-24-hwasong-17',
	'2023-07-12-hwasong-18',
	'2024-10-31-hwasong-19'
];
const missileIds = [
	'hwasong-12',
	'hwasong-14',
	'hwasong-15',
	'hwasong-17',
	'hwasong-18',
	'hwasong-19'
];
const siteIds = ['mupyong-ni', 'north-kusong', 'panghyon', 'sunan', 'pyongsong', 'samsok'];

/** A clear message: a sentence of reasonable length, no leaked "undefined"/"NaN"/"[object". */
function expectClearMessage(m: unknown) {
	expect(typeof m).toBe('string');
	// What the reader typed may be quoted back verbatim ("NaN" included): judge only our own words.
	const s = (m as string).replace(/"[^"]*"|“[^”]*”|"[^"]*$|“[^”]*$/g, '""');
	expect(s.trim().length).toBeGreaterThan(10);
	expect(s.length).toBeLessThan(600);
	expect(s).not.toMatch(/\bundefined\b|\bNaN\b|\[object /);
}

/** Any string, biased towards the characters URLs and spreadsheets are made of. */
const anyString = fc.oneof(
	fc.string({ maxLength: 60 }),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.stringMatching(/^[-+.,;:=&?%#\d\s a-zA-Z°'"/()~]{0,40}$/)
);

/** A query string made of known and unknown keys with random (possibly percent-encoded) values. */
function queryArb(keys: string[], values: fc.Arbitrary<string>[]) {
	const value = fc.oneof(anyString, ...values);
	const pair = fc.tuple(fc.oneof(fc.constantFrom(...keys), anyString), value, fc.boolean());
	return fc.oneof(
		anyString,
		fc
			.array(pair, { maxLength: 8 })
			.map((pairs) =>
				pairs
					.map(
						([k, v, encode]) =>
							`${encode ? encodeURIComponent(k) : k}=${encode ? encodeURIComponent(v) : v}`
					)
					.join('&')
			),
		fc
			.array(pair, { maxLength: 8 })
			.map((pairs) => '?' + new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString())
	);
}

describe('map URL state (src/lib/state/mapState)', () => {
	const ctx: MapStateContext = {
		testIds,
		missileTests: Object.fromEntries(missileIds.map((m, i) => [m, testIds[i % testIds.length]!])),
		siteIds,
		defaultTestId: '2022-01-30-hwasong-12'
	};
	const coords = fc
		.tuple(fc.double({ min: -100, max: 100 }), fc.double({ min: -200, max: 400 }))
		.map(([a, b]) => `${a},${b}`);

	it('any query: no throw, a valid state, and a clear message for each problem', () => {
		fc.assert(
			fc.property(
				queryArb(
					['test', 'missile', 'site', 'model', 'rot', 'range', 'pts'],
					[
						fc.constantFrom(...testIds, ...missileIds, ...siteIds, 'kepler', 'powered', '1', '0'),
						coords,
						fc.double().map(String)
					]
				),
				(query) => {
					const { state, messages } = parseMapState(query, ctx);
					expect(testIds).toContain(state.testId);
					expect(['kepler', 'powered']).toContain(state.model);
					expect(typeof state.rotation).toBe('boolean');
					if (state.customRangeKm !== null) {
						expect(Number.isFinite(state.customRangeKm)).toBe(true);
						expect(state.customRangeKm).toBeGreaterThan(0);
						expect(state.customRangeKm).toBeLessThanOrEqual(MAX_CUSTOM_RANGE_KM);
					}
					if (state.site?.kind === 'preset') expect(siteIds).toContain(state.site.id);
					if (state.site?.kind === 'point') {
						expect(Math.abs(state.site.lat)).toBeLessThanOrEqual(90);
						expect(Number.isFinite(state.site.lon)).toBe(true);
					}
					expect(state.targets.length).toBeLessThanOrEqual(MAX_USER_TARGETS);
					for (const t of state.targets) {
						expect(Math.abs(t.lat)).toBeLessThanOrEqual(90);
						expect(Number.isFinite(t.lon)).toBe(true);
						expect(t.name.length).toBeGreaterThan(0);
						// eslint-disable-next-line no-control-regex
						expect(t.name).not.toMatch(/[<>\u0000-\u001f]/);
					}
					messages.forEach(expectClearMessage);
				}
			),
			RUNS
		);
	});

	it('an unknown test id is never silently accepted or silently ignored', () => {
		fc.assert(
			fc.property(
				anyString.filter((s) => !testIds.includes(s)),
				(bad) => {
					const { state, messages } = parseMapState(`test=${encodeURIComponent(bad)}`, ctx);
					expect(state.testId).toBe(ctx.defaultTestId);
					expect(messages.length).toBeGreaterThan(0);
				}
			),
			RUNS
		);
	});

	it('every valid state survives format -> parse with no message', () => {
		const target = fc.record({
			lat: fc.double({ min: -90, max: 90, noNaN: true }).map((x) => Number(x.toFixed(4))),
			lon: fc.double({ min: -180, max: 180, noNaN: true }).map((x) => Number(x.toFixed(4))),
			name: fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,20}[A-Za-z]$/)
		});
		const state: fc.Arbitrary<MapState> = fc.record({
			testId: fc.constantFrom(...testIds),
			missileId: fc.constant(null),
			site: fc.oneof(
				fc.constant(null),
				fc.constantFrom(...siteIds).map((id) => ({ kind: 'preset' as const, id })),
				fc
					.tuple(
						fc.double({ min: -90, max: 90, noNaN: true }),
						fc.double({ min: -180, max: 180, noNaN: true })
					)
					.map(([lat, lon]) => ({
						kind: 'point' as const,
						lat: Number(lat.toFixed(4)),
						lon: Number(lon.toFixed(4))
					}))
			),
			model: fc.constantFrom('kepler' as const, 'powered' as const),
			rotation: fc.boolean(),
			customRangeKm: fc.oneof(
				fc.constant(null),
				fc.integer({ min: 1, max: MAX_CUSTOM_RANGE_KM * 10 }).map((x) => x / 10)
			),
			targets: fc.array(target, { maxLength: MAX_USER_TARGETS })
		});
		fc.assert(
			fc.property(state, (s) => {
				const text = formatMapState(s, ctx);
				const back = parseMapState(text, ctx);
				expect(back.messages).toEqual([]);
				const norm = (m: MapState) =>
					JSON.parse(JSON.stringify(m, (_k, v) => (Object.is(v, -0) ? 0 : v))) as unknown;
				expect(norm(back.state)).toEqual(norm(s));
			}),
			RUNS
		);
	});
});

describe('profiles URL state (src/lib/state/profilesUrl)', () => {
	it('any query: no throw, known ids only (1 to MAX), a known mode, clear messages', () => {
		fc.assert(
			fc.property(
				queryArb(
					['tests', 'mode'],
					[
						fc
							.array(fc.constantFrom(...testIds, 'nope', ''), { maxLength: 14 })
							.map((a) => a.join(',')),
						fc.constantFrom(...PROFILE_MODES, 'CURVED', 'x')
					]
				),
				(query) => {
					const { state, messages } = parseProfilesQuery(query, testIds);
					expect(state.testIds.length).toBeGreaterThan(0);
					expect(state.testIds.length).toBeLessThanOrEqual(MAX_PROFILE_TESTS);
					for (const id of state.testIds) expect(testIds).toContain(id);
					expect(new Set(state.testIds).size).toBe(state.testIds.length);
					expect(PROFILE_MODES).toContain(state.mode);
					messages.forEach(expectClearMessage);
				}
			),
			RUNS
		);
	});

	it('valid selections survive format -> parse with no message', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...testIds), { minLength: 1, maxLength: testIds.length }),
				fc.constantFrom(...PROFILE_MODES),
				(ids, mode) => {
					const text = formatProfilesQuery({ testIds: ids, mode });
					const back = parseProfilesQuery(text, testIds);
					expect(back.messages).toEqual([]);
					expect(back.state).toEqual({ testIds: ids, mode });
				}
			),
			RUNS
		);
	});
});

describe('catalogue URL state (src/lib/state/catalogue)', () => {
	// The catalogue's columns and the rows' trajectory kinds supply these on the page.
	const SORT_KEYS = ['date', 'missile', 'apogee', 'range', 'flightTime', 'standardRange', 'site'];
	const TRAJECTORIES = ['lofted', 'standard', 'depressed', 'unknown'];
	const options: CatalogueOptions = {
		missiles: missileIds,
		classes: ['IRBM', 'ICBM'],
		trajectories: TRAJECTORIES,
		years: [2017, 2022, 2023, 2024],
		sortKeys: SORT_KEYS
	};

	it('any query: no throw, only allowed values, clear messages', () => {
		fc.assert(
			fc.property(
				queryArb(
					['missile', 'class', 'trajectory', 'year', 'outcome', 'sort', 'dir'],
					[
						fc.constantFrom(
							...missileIds,
							'IRBM',
							...TRAJECTORIES,
							...OUTCOMES,
							...SORT_KEYS,
							'asc',
							'desc'
						),
						fc.integer({ min: 1900, max: 2100 }).map(String)
					]
				),
				(query) => {
					const { state, messages } = parseCatalogueParams(query, options);
					if (state.missile !== null) expect(options.missiles).toContain(state.missile);
					if (state.missileClass !== null) expect(options.classes).toContain(state.missileClass);
					if (state.trajectory !== null) expect(TRAJECTORIES).toContain(state.trajectory);
					if (state.outcome !== null) expect(OUTCOMES).toContain(state.outcome);
					if (state.year !== null) expect(options.years).toContain(state.year);
					expect(SORT_KEYS).toContain(state.sort);
					expect(['asc', 'desc']).toContain(state.dir);
					messages.forEach(expectClearMessage);
				}
			),
			RUNS
		);
	});

	it('valid states survive format -> parse with no message', () => {
		fc.assert(
			fc.property(
				fc.record({
					missile: fc.option(fc.constantFrom(...options.missiles), { nil: null }),
					missileClass: fc.option(fc.constantFrom(...options.classes), { nil: null }),
					trajectory: fc.option(fc.constantFrom(...TRAJECTORIES), { nil: null }),
					year: fc.option(fc.constantFrom(...options.years), { nil: null }),
					outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
					sort: fc.constantFrom(...SORT_KEYS),
					dir: fc.constantFrom('asc' as const, 'desc' as const)
				}),
				(s) => {
					const back = parseCatalogueParams(formatCatalogueParams(s), options);
					expect(back.messages).toEqual([]);
					expect(back.state).toEqual(s);
				}
			),
			RUNS
		);
	});
});

describe('CNS CSV cells (src/lib/data/cns/cells)', () => {
	const kmLike = fc.oneof(
		anyString,
		fc
			.tuple(
				fc.constantFrom('', 'about ', 'over ', 'up to ', '~', 'between '),
				fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((x) => x.toLocaleString('en-US')),
				fc.constantFrom(
					'',
					' km',
					'km',
					' mi',
					' m',
					' nmi',
					' lm',
					' kilometers',
					' and 670 km',
					'-670 km'
				)
			)
			.map(([a, b, c]) => a + b + c)
	);

	/** A value that is null must be explained: a missing-value issue or an error, never silence. */
	function expectNullExplained(
		raw: string,
		valueIsNull: boolean,
		issues: { severity: string; message: string }[]
	) {
		issues.forEach((i) => expectClearMessage(i.message));
		if (valueIsNull && raw.trim() !== '') {
			expect(issues.length, `null for ${JSON.stringify(raw)} without an issue`).toBeGreaterThan(0);
		}
	}

	it('parseKm: no throw; finite non-negative km, low <= high; nulls explained', () => {
		fc.assert(
			fc.property(kmLike, (raw) => {
				const { value, issues } = parseKm(raw, 'Apogee');
				for (const v of [value.km, value.lowKm, value.highKm]) {
					if (v !== null) {
						expect(Number.isFinite(v)).toBe(true);
						expect(v).toBeGreaterThanOrEqual(0);
					}
				}
				if (value.lowKm !== null && value.highKm !== null)
					expect(value.lowKm).toBeLessThanOrEqual(value.highKm);
				expectNullExplained(raw, value.km === null && value.lowKm === null, issues);
			}),
			RUNS
		);
	});

	it('parseDate: no throw; real calendar dates only; nulls explained', () => {
		const dateLike = fc.oneof(
			anyString,
			fc
				.tuple(
					fc.integer({ min: 0, max: 40 }),
					fc.integer({ min: 0, max: 14 }),
					fc.integer({ min: 0, max: 2100 })
				)
				.map(
					([d, m, y]) =>
						fc.sample(fc.constantFrom(`${m}/${d}/${y}`, `${y}-${m}-${d}`, `${d}-Apr-${y}`), 1)[0]!
				),
			fc.integer({ min: 0, max: 99999 }).map(String)
		);
		fc.assert(
			fc.property(dateLike, (raw) => {
				const { value, issues } = parseDate(raw);
				if (value.date !== null) {
					expect(value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					const d = new Date(`${value.date}T00:00:00Z`);
					expect(d.toISOString().slice(0, 10)).toBe(value.date); // e.g. no 2017-02-30
				}
				if (value.month !== null) expect(value.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
				if (value.year !== null) expect(Number.isInteger(value.year)).toBe(true);
				expectNullExplained(raw, value.year === null, issues);
			}),
			RUNS
		);
	});

	it('parseTime: no throw; HH:MM[:SS] on a 24-hour clock; nulls explained', () => {
		const timeLike = fc.oneof(
			anyString,
			fc
				.tuple(
					fc.integer({ min: 0, max: 30 }),
					fc.integer({ min: 0, max: 70 }),
					fc.constantFrom('', ' AM', ' PM', ':00', ':59 pm', ' UTC')
				)
				.map(([h, m, s]) => `${h}:${String(m).padStart(2, '0')}${s}`),
			fc.double({ min: -1, max: 2, noNaN: true }).map((x) => x.toFixed(4))
		);
		fc.assert(
			fc.property(timeLike, (raw) => {
				const { value, issues } = parseTime(raw);
				if (value !== null) expect(value).toMatch(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/);
				expectNullExplained(raw, value === null, issues);
			}),
			RUNS
		);
	});

	it('parseCoordinate: no throw; in [-90, 90] / [-180, 180]; nulls explained', () => {
		const coordLike = fc.oneof(
			anyString,
			fc
				.tuple(
					fc.double({ min: -400, max: 400, noNaN: true }),
					fc.constantFrom('', ' N', ' S', '°E', ' W', '°24\'06"N')
				)
				.map(([x, s]) => `${x}${s}`)
		);
		fc.assert(
			fc.property(coordLike, fc.constantFrom('lat' as const, 'lon' as const), (raw, axis) => {
				const { value, issues } = parseCoordinate(raw, axis);
				if (value !== null) {
					expect(Number.isFinite(value)).toBe(true);
					expect(Math.abs(value)).toBeLessThanOrEqual(axis === 'lat' ? 90 : 180);
				}
				expectNullExplained(raw, value === null, issues);
			}),
			RUNS
		);
	});

	it('parseText and missingKind: no throw; a value unless the cell is blank, unknown or N/A', () => {
		fc.assert(
			fc.property(anyString, (raw) => {
				const { value, issues } = parseText(raw, 'Notes');
				const missing = missingKind(raw);
				if (missing === null) expect(value).not.toBeNull();
				else expect(issues.length).toBeGreaterThan(0);
				expectNullExplained(raw, value === null, issues);
			}),
			RUNS
		);
	});
});

describe('CNS CSV import (src/lib/data/cns/import)', () => {
	const header = CNS_COLUMNS.map((c) => c.label);
	// An import costs ~5 ms + 0.3 ms a row, so this property runs 1,000 files of 5-15 random rows: at least
	// 10,000 random rows (about 190,000 random cells) per run of the suite.
	it(
		'one record per data row, never fewer, never more, whatever the cells hold',
		{ timeout: 180_000 },
		() => {
			fc.assert(
				fc.property(
					fc.array(fc.array(anyString, { minLength: header.length, maxLength: header.length }), {
						minLength: 5,
						maxLength: 15
					}),
					(rows) => {
						// Rows whose cells are all blank are blank lines, which a CSV reader may skip: keep one cell.
						const data = rows.map((r) =>
							r.every((c) => c.trim() === '') ? ['1', ...r.slice(1)] : r
						);
						const text = csvFormatRows([header, ...data]);
						const result = importCns(text);
						expect(result.records.length).toBe(data.length);
						for (const p of result.problems) expectClearMessage(p.message);
						for (const r of result.records) {
							for (const f of r.flags) expectClearMessage(f.message);
							for (const v of [r.apogeeKm, r.distanceKm, r.facilityLat, r.facilityLon])
								if (v !== null) expect(Number.isFinite(v)).toBe(true);
						}
					}
				),
				{ numRuns: 1_000 }
			);
		}
	);
});
