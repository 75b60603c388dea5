import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	defaultMapState,
	formatMapState,
	parseMapState,
	type MapState,
	type MapStateContext
} from './mapState.ts';

const ctx: MapStateContext = {
	testIds: ['2022-01-30-hwasong-12', '2017-11-29-hwasong-15'],
	missileTests: { 'hwasong-12': '2022-01-30-hwasong-12', 'hwasong-15': '2017-11-29-hwasong-15' },
	siteIds: ['mupyong-ni', 'sunan'],
	defaultTestId: '2022-01-30-hwasong-12'
};

function expectValid(state: MapState) {
	expect(ctx.testIds).toContain(state.testId);
	expect(['kepler', 'powered']).toContain(state.model);
	expect(typeof state.rotation).toBe('boolean');
	if (state.customRangeKm !== null) {
		expect(Number.isFinite(state.customRangeKm)).toBe(true);
		expect(state.customRangeKm).toBeGreaterThan(0);
		expect(state.customRangeKm).toBeLessThanOrEqual(19500);
	}
	expect(state.targets.length).toBeLessThanOrEqual(20);
	for (const t of state.targets) {
		expect(Math.abs(t.lat)).toBeLessThanOrEqual(90);
		expect(t.lon).toBeGreaterThanOrEqual(-180);
		expect(t.lon).toBeLessThanOrEqual(180);
		expect(t.name.length).toBeGreaterThan(0);
		expect(t.name).not.toMatch(/[<>]/);
	}
	if (state.site?.kind === 'preset') expect(ctx.siteIds).toContain(state.site.id);
	if (state.site?.kind === 'point') {
		expect(Math.abs(state.site.lat)).toBeLessThanOrEqual(90);
		expect(Number.isFinite(state.site.lon)).toBe(true);
	}
}

describe('parseMapState', () => {
	it('gives the default view for an empty query', () => {
		expect(parseMapState('', ctx)).toEqual({ state: defaultMapState(ctx), messages: [] });
		expect(parseMapState('?', ctx).messages).toEqual([]);
	});

	it('reads a full shared view', () => {
		const { state, messages } = parseMapState(
			'?test=2017-11-29-hwasong-15&site=40.5,126.25&model=kepler&rot=1&range=5000&pts=21.3,-157.9,Pearl+Harbor;60,200',
			ctx
		);
		expect(messages).toEqual([]);
		expect(state).toEqual({
			testId: '2017-11-29-hwasong-15',
			missileId: null,
			site: { kind: 'point', lat: 40.5, lon: 126.25 },
			model: 'kepler',
			rotation: true,
			customRangeKm: 5000,
			targets: [
				{ lat: 21.3, lon: -157.9, name: 'Pearl Harbor' },
				{ lat: 60, lon: -160, name: 'Point 2' }
			]
		});
	});

	it.each([
		['test=nope', /Unknown test "nope": showing 2022-01-30-hwasong-12/],
		['missile=hwasong-99', /Unknown missile "hwasong-99".*Known missiles: hwasong-12, hwasong-15/],
		// Object.prototype keys are not missiles (found by the property test with a random seed).
		['missile=toString', /Unknown missile "toString"/],
		['missile=__proto__', /Unknown missile "__proto__"/],
		['site=atlantis', /Unknown launch site "atlantis".*preset/],
		['site=95,10', /latitude 95 is outside -90 to 90/],
		['model=magic', /use "kepler" or "powered"/],
		['rot=maybe', /use 1 \(rotating Earth\) or 0/],
		['range=-5', /above 0 and at most 19,500/],
		['range=Infinity', /above 0 and at most 19,500/],
		['range=1e999', /above 0 and at most 19,500/],
		['range=0x10', /above 0 and at most 19,500/],
		['pts=abc', /Ignored added point "abc"/],
		['zoom=3', /unknown parameter "zoom"/],
		['range=%E0%A4%A', /malformed URL parameter/]
	])('explains a bad parameter (%s) and falls back to the default', (query, message) => {
		const { state, messages } = parseMapState(query, ctx);
		expect(messages.join(' ')).toMatch(message);
		expectValid(state);
	});

	it('resolves a missile to its test and keeps the missile in the URL', () => {
		const { state } = parseMapState('missile=hwasong-15', ctx);
		expect(state.testId).toBe('2017-11-29-hwasong-15');
		expect(formatMapState(state, ctx)).toBe('missile=hwasong-15');
	});

	it('strips markup from added point names and caps them at 20', () => {
		const many = Array.from({ length: 25 }, (_, i) => `${i},${i},<b>x${i}</b>`).join(';');
		const { state, messages } = parseMapState(`pts=${encodeURIComponent(many)}`, ctx);
		expect(state.targets).toHaveLength(20);
		expect(state.targets[0].name).toBe('bx0/b');
		expect(messages.join(' ')).toMatch(/first 20/);
	});

	it('never throws on any string and always returns a valid state (fast-check)', () => {
		const key = fc.constantFrom('test', 'missile', 'site', 'model', 'rot', 'range', 'pts', 'x', '');
		const value = fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary' }),
			fc.constantFrom(
				'1',
				'0',
				'kepler',
				'powered',
				'mupyong-ni',
				'hwasong-12',
				'%',
				'%zz',
				'NaN',
				'-0',
				'1e308'
			),
			fc.tuple(fc.double(), fc.double(), fc.string()).map(([a, b, c]) => `${a},${b},${c}`)
		);
		const query = fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary' }),
			fc.array(fc.tuple(key, value)).map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('&'))
		);
		fc.assert(
			fc.property(query, (q) => {
				const { state, messages } = parseMapState(q, ctx);
				expectValid(state);
				for (const m of messages) expect(typeof m).toBe('string');
			}),
			{ numRuns: 2000, seed: 4183 }
		);
	});

	it('round-trips: parse(format(state)) gives the state back (fast-check)', () => {
		const state = fc.record({
			testId: fc.constantFrom(...ctx.testIds),
			missileId: fc.constant(null),
			site: fc.oneof(
				fc.constant(null),
				fc.constantFrom(...ctx.siteIds).map((id) => ({ kind: 'preset' as const, id })),
				fc
					.tuple(
						fc.integer({ min: -900000, max: 900000 }),
						fc.integer({ min: -1800000, max: 1800000 })
					)
					.map(([a, b]) => ({ kind: 'point' as const, lat: a / 1e4, lon: b / 1e4 }))
			),
			model: fc.constantFrom('kepler' as const, 'powered' as const),
			rotation: fc.boolean(),
			customRangeKm: fc.oneof(
				fc.constant(null),
				fc.integer({ min: 1, max: 195000 }).map((x) => x / 10)
			),
			targets: fc.array(
				fc.record({
					lat: fc.integer({ min: -900000, max: 900000 }).map((x) => x / 1e4),
					lon: fc.integer({ min: -1799999, max: 1800000 }).map((x) => x / 1e4),
					name: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[A-Za-z]$/)
				}),
				{ maxLength: 5 }
			)
		});
		fc.assert(
			fc.property(state, (s) => {
				const back = parseMapState(formatMapState(s, ctx), ctx);
				expect(back.messages).toEqual([]);
				expect(back.state).toEqual(s);
			}),
			{ numRuns: 300, seed: 4183 }
		);
	});
});
