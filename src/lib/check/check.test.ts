/**
 * The checker on short reports written to show one behaviour each: the mistakes reports make (a
 * mile conversion with swapped digits, an apogee no reporter gave, a launch time half an hour off, a
 * wrong weekday or zone), the right figures that must not be flagged, comparisons with earlier launches,
 * launches the dataset does not hold, and bad input.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCheckDeps } from './defaults.ts';

/** Enough samples for stable P5/P95 at a fraction of the pages' cost (see defaults.ts). */
const TEST_SAMPLES = 250;
import { checkReport, MAX_TEXT_CHARS, type CheckDeps, type CheckResult } from './index.ts';

let deps: CheckDeps;
beforeAll(() => {
	deps = defaultCheckDeps({ samples: TEST_SAMPLES });
});

const check = (text: string) => checkReport(text, deps);
function claimOf(r: CheckResult, text: string) {
	const c = r.claims.find((x) => x.text === text);
	if (!c) throw new Error(`no claim "${text}" in ${JSON.stringify(r.claims.map((x) => x.text))}`);
	return c;
}

describe('checkReport: the mistakes reports make', () => {
	it.each([
		[
			'a mile conversion with swapped digits',
			'On 29 November 2017 North Korea launched the Hwasong-15, which flew 950 km and reached an altitude of 4,475 km (2,871 miles).',
			'2,871 miles',
			'incorrect',
			/4,475 km is 2,780.64 mi, not 2,871/
		],
		[
			'an apogee no reporter gave',
			'The Hwasong-17 launched on 24 March 2022 flew 1,090 km and reached an altitude of 6,500 km.',
			'6,500 km',
			'incorrect',
			/No reporter gave 6,500 km .*KCNA “[^”]*6,248.5 km”/
		],
		[
			'a launch time half an hour off',
			'North Korea fired a Hwasong-12 at 7:52 a.m. on 4 October 2022; it flew about 4,600 km.',
			'7:52 a.m.',
			'incorrect',
			/Off by 30 min/
		],
		[
			'the right time in the wrong zone',
			'North Korea launched the missile at 7:52 a.m. GMT on 30 January 2022. It flew about 800 km to an altitude of 2,000 km.',
			'7:52 a.m. GMT',
			'incorrect',
			/Wrong time zone/
		],
		[
			'a Monday that was a Sunday in Korea',
			'North Korea launched a Hwasong-12 on Monday, 30 January 2022, which flew 800 km.',
			'Monday, 30 January 2022',
			'incorrect',
			/was a Sunday, not a Monday/
		]
	])('catches %s', (_what, text, claimText, verdict, reason) => {
		const c = claimOf(check(text), claimText);
		expect(c.verdict).toBe(verdict);
		expect(c.reason).toMatch(reason);
	});

	it('does not flag right figures and right conversions', () => {
		const r = check(
			'North Korea fired a Hwasong-17 on 18 November 2022 at 10:14 a.m. It reached an altitude of 6,040.9 km (3,753.6 miles), flew 999.2 km and stayed in the air for 4,135 seconds, or about 69 minutes.'
		);
		expect(r.tests).toEqual(['2022-11-18-hwasong-17']);
		expect(r.claims.filter((c) => c.verdict !== 'correct')).toEqual([]);
		expect(claimOf(r, 'about 69 minutes').reason).toMatch(/4,135 s is 68.92 min/);
	});

	it('reads Pyongyang time for 2017 ("11:11 p.m. local time" is 23:41 KST)', () => {
		const c = claimOf(
			check(
				'The Hwasong-14 was launched at 11:11 p.m. local time on 28 July 2017 and flew 998 km.'
			),
			'11:11 p.m. local time'
		);
		expect(c).toMatchObject({
			kind: 'launchTime',
			verdict: 'correct',
			value: '2017-07-28T23:41:00+09:00'
		});
		expect(c.reason).toMatch(/Pyongyang time/);
	});

	it('names who reported what: a figure attributed to the wrong party is incorrect', () => {
		const r = check(
			'On 18 November 2022 North Korea launched a Hwasong-17. KCNA said the missile reached an altitude of 6,100 km.'
		);
		const c = claimOf(r, '6,100 km');
		expect(c.attributedTo).toBe('KCNA');
		expect(c.verdict).toBe('incorrect');
		expect(c.reason).toMatch(/attributes .* to KCNA/);
	});

	it('checks distances against the geodesic and times to a target against the engine', () => {
		const r = check(
			'North Korea launched a Hwasong-12 on 30 January 2022. Guam is about 3,400 km from Pyongyang, and a missile could reach Guam in about 14 minutes. Guam is 2,000 km from Pyongyang.'
		);
		expect(claimOf(r, 'about 3,400 km')).toMatchObject({ kind: 'distance', verdict: 'correct' });
		expect(claimOf(r, '2,000 km')).toMatchObject({ kind: 'distance', verdict: 'incorrect' });
		const t = claimOf(r, 'about 14 minutes');
		expect(t).toMatchObject({ kind: 'timeToTarget', verdict: 'correct' });
		expect(t.reason).toMatch(/depressed, .* minimum-energy/);
	});

	it('sets standard-range estimates against the engine, worded as estimates', () => {
		const r = check(
			'North Korea launched a Hwasong-12 on 30 January 2022. Analysts say the Hwasong-12 could reach 20,000 km.'
		);
		const c = claimOf(r, '20,000 km');
		expect(c).toMatchObject({ kind: 'rangeEstimate', verdict: 'incorrect' });
		expect(c.reason).toMatch(/engine, itself an estimate/);
		const icbm = check(
			'On 18 November 2022 North Korea fired a Hwasong-17, which could fly more than 15,000 km.'
		);
		expect(claimOf(icbm, 'more than 15,000 km')).toMatchObject({ verdict: 'correct' });
		expect(claimOf(icbm, 'more than 15,000 km').reason).toMatch(/not a measured fact/);
	});
});

describe('checkReport: which launch', () => {
	it('resolves a comparison with an earlier launch claim by claim', () => {
		const r = check(
			'On 12 July 2023 North Korea launched a Hwasong-18 that flew for 74 minutes. The previous record was 71 minutes, set by the Hwasong-17.'
		);
		expect(r.tests).toEqual(['2023-07-12-hwasong-18', '2022-03-24-hwasong-17']);
		expect(claimOf(r, '71 minutes')).toMatchObject({
			testId: '2022-03-24-hwasong-17',
			verdict: 'correct'
		});
	});

	it('calls a launch the dataset does not hold unknown instead of matching its figures elsewhere', () => {
		const r = check(
			'North Korea fired a short-range KN-23 missile on 19 March 2023. It flew about 800 km and reached a height of about 50 km.'
		);
		expect(r.tests).toEqual([]);
		expect(r.notices.map((n) => n.code)).toContain('unknown-launch');
		expect(claimOf(r, 'about 800 km')).toMatchObject({ verdict: 'unverified', testId: null });
	});

	it('matches by what the report says, not by the order of the dataset', () => {
		const text = 'The missile flew 4,600 km and reached an altitude of about 1,000 km.';
		const reversed = { ...deps, data: { ...deps.data, tests: [...deps.data.tests].reverse() } };
		expect(checkReport(text, reversed).tests).toEqual(check(text).tests);
		expect(check(text).tests).toEqual(['2022-10-04-hwasong-12']);
	});
});

describe('checkReport: bad input', () => {
	it('says there is nothing to check in an empty text', () => {
		for (const text of ['', '   \n\t ']) {
			const r = check(text);
			expect(r.claims).toEqual([]);
			expect(r.notices).toMatchObject([{ level: 'error', code: 'empty' }]);
		}
	});

	it('refuses a 5 MB paste with its size and the limit, without reading it', () => {
		const r = check('North Korea fired a missile that flew 800 km. '.repeat(110_000));
		expect(r.claims).toEqual([]);
		expect(r.notices[0]).toMatchObject({ level: 'error', code: 'too-long' });
		expect(r.notices[0].message).toMatch(/5,060,000 characters .* up to 200,000/);
	});

	it('reads a text just under the limit in one pass', () => {
		const unit = 'On 4 October 2022 North Korea fired a missile at 7:22 a.m. that flew 4,600 km. ';
		const r = check(unit.repeat(Math.floor(MAX_TEXT_CHARS / unit.length)));
		expect(r.claims.length).toBeGreaterThan(5000);
	});

	it('warns when a text has no numbers, dates or names to check', () => {
		const r = check('Officials condemned the drills and called for talks.');
		expect(r.claims).toEqual([]);
		expect(r.notices.map((n) => n.code)).toEqual(['no-claims']);
	});

	it('warns when the text is not English', () => {
		const korean = check(
			'북한은 30일 오전 탄도미사일을 발사했다고 합동참모본부가 밝혔다. 미사일은 고도 약 2000km로 약 800km를 비행했다.'
		);
		expect(korean.notices.map((n) => n.code)).toContain('not-english');
		expect(korean.notices.find((n) => n.code === 'not-english')!.message).toMatch(/Korean script/);
		const french = check(
			'La Corée du Nord a tiré dimanche un missile balistique qui a parcouru environ 800 km, selon Séoul et Tokyo.'
		);
		expect(french.notices.map((n) => n.code)).toContain('not-english');
	});

	it('never throws, and every claim points at its own words, whatever the text', () => {
		const pieces = fc.constantFrom(
			'800 km',
			' (497 miles)',
			' on Sunday',
			' at 7:52 a.m. GMT',
			' 1,',
			'<p>',
			' Hwasong-12',
			' Guam',
			'. ',
			' than ',
			';',
			' 2017',
			' a.m.',
			'ö',
			'\n'
		);
		fc.assert(
			fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
				const text = parts.join('');
				const r = check(text);
				for (const c of r.claims) expect(r.text.slice(c.start, c.end)).toBe(c.text);
			}),
			{ numRuns: 150 }
		);
	});
});
