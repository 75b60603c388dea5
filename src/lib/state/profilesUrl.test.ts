import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	DEFAULT_PROFILE_TEST_IDS,
	MAX_PROFILE_TESTS,
	formatProfilesQuery,
	parseProfilesQuery
} from './profilesUrl.ts';

const known = [
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

describe('parseProfilesQuery', () => {
	it('gives the default comparison in the curved view for an empty query, with no message', () => {
		const { state, messages } = parseProfilesQuery('', known);
		expect(state).toEqual({ testIds: [...DEFAULT_PROFILE_TEST_IDS], mode: 'curved' });
		expect(messages).toEqual([]);
	});

	it('reads tests in the order given and the flat mode', () => {
		const { state, messages } = parseProfilesQuery(
			'?tests=2017-09-15-hwasong-12,2022-01-30-hwasong-12&mode=flat',
			known
		);
		expect(state).toEqual({
			testIds: ['2017-09-15-hwasong-12', '2022-01-30-hwasong-12'],
			mode: 'flat'
		});
		expect(messages).toEqual([]);
	});

	it('drops unknown and repeated ids, saying which ids were ignored', () => {
		const { state, messages } = parseProfilesQuery(
			'tests=2022-01-30-hwasong-12,nope,2022-01-30-hwasong-12, 2017-05-14-HWASONG-12',
			known
		);
		expect(state.testIds).toEqual(['2022-01-30-hwasong-12', '2017-05-14-hwasong-12']);
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(/unknown test id “nope”/);
	});

	it('falls back to the defaults when no id is known, and says so', () => {
		const { state, messages } = parseProfilesQuery('?tests=<script>alert(1)</script>', known);
		expect(state.testIds).toEqual([...DEFAULT_PROFILE_TEST_IDS]);
		expect(messages.join(' ')).toMatch(/default comparison is shown/);
	});

	it('rejects an unknown mode with the two valid values and keeps the curved view', () => {
		const { state, messages } = parseProfilesQuery('?mode=3d', known);
		expect(state.mode).toBe('curved');
		expect(messages[0]).toMatch(/mode=curved .* mode=flat/);
	});

	it('caps the selection and reports unknown parameters', () => {
		const { state, messages } = parseProfilesQuery(`?tests=${known.join(',')}&zoom=3`, known);
		expect(state.testIds).toHaveLength(MAX_PROFILE_TESTS);
		expect(messages.some((m) => /first 10 of the 15/.test(m))).toBe(true);
		expect(messages.some((m) => /unknown URL parameter “zoom”/.test(m))).toBe(true);
	});

	it('never throws and always returns a valid state for any string (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
				const { state, messages } = parseProfilesQuery(s, known);
				expect(['curved', 'flat']).toContain(state.mode);
				expect(state.testIds.length).toBeGreaterThan(0);
				expect(state.testIds.length).toBeLessThanOrEqual(MAX_PROFILE_TESTS);
				for (const id of state.testIds) expect(known).toContain(id);
				for (const m of messages) expect(m.length).toBeLessThan(600);
			})
		);
	});
});

describe('formatProfilesQuery', () => {
	it('leaves the URL clean for the default comparison', () => {
		expect(formatProfilesQuery({ testIds: [...DEFAULT_PROFILE_TEST_IDS], mode: 'curved' })).toBe(
			''
		);
	});

	it('round-trips any valid selection through parse without messages (property)', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...known), { minLength: 1, maxLength: MAX_PROFILE_TESTS }),
				fc.constantFrom('curved' as const, 'flat' as const),
				(testIds, mode) => {
					const q = formatProfilesQuery({ testIds, mode });
					const back = parseProfilesQuery(q, known);
					expect(back.state).toEqual({ testIds, mode });
					expect(back.messages).toEqual([]);
				}
			)
		);
	});
});
