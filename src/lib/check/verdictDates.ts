/**
 * Verdicts on when: a launch or impact time in any zone (a right time in a wrong zone is caught), a
 * weekday or calendar date of the launch (Korean date, or another zone's when the sentence names it), a
 * month or year a launch is said to have happened in, and "the most powerful since late 2017".
 */
import { summarizeFigures } from '../data/figures.ts';
import { describeLaunchTime, longDate } from '../data/time.ts';
import type { Test } from '../data/types.ts';
import type { SentenceInfo } from './analyse.ts';
import { testsInPeriod } from './launches.ts';
import { WEEKDAYS, type ClockMention, type DateMention } from './mentions.ts';
import type { CheckData } from './types.ts';
import {
	ZONE_LABEL,
	candidateZones,
	datesOf,
	kstClock,
	kstIso,
	readClock,
	weekdayIn
} from './zones.ts';
import { duration, km, sourcesOf, testWords, unverified, type Verdict } from './words.ts';

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

export function launchWords(t: Test): string {
	const d = describeLaunchTime(t.launch);
	return `${d.kst.time} KST on ${d.kst.weekday} ${longDate(d.kst.date)} (${d.utc.time} UTC on ${d.utc.weekday} ${longDate(d.utc.date)})`;
}

/** A launch or impact time: the verdict and the time as an ISO date-time in KST. */
export function clockVerdict(
	c: ClockMention,
	test: Test | null
): Verdict & { valueKst: string | null } {
	if (!test)
		return {
			...unverified('The launch is not in the dataset: no time to check against.'),
			valueKst: null
		};
	const launchMs = new Date(test.launch.kst).getTime();
	const expected =
		c.kind === 'impactTime'
			? test.figures.flightTimeS
					.filter((f) => f.qualifier !== 'less-than')
					.map((f) => ({ ms: launchMs + f.value * 1000, f }))
			: [{ ms: launchMs, f: null }];
	if (!expected.length)
		return {
			...unverified(`The dataset has no flight time for ${testWords(test)}, so no impact time.`),
			valueKst: null
		};
	const tol = (c.minutesGiven ? (c.kind === 'impactTime' ? 4 : 3) : 30) * 60_000;
	const readings = candidateZones(c, test.launch.kst).map((z) => readClock(c, z, test.launch.kst));
	const nearest = (ms: number) => Math.min(...expected.map((e) => Math.abs(e.ms - ms)));
	const best = readings.reduce((a, b) => (nearest(b.ms) < nearest(a.ms) ? b : a));
	const what = c.kind === 'impactTime' ? 'impact' : 'launch';
	const sources = sourcesOf(
		test.launch.sources,
		...(c.kind === 'impactTime' ? test.figures.flightTimeS.map((f) => f.sources) : [])
	);
	const truth =
		c.kind === 'impactTime'
			? `launch at ${launchWords(test)} plus the reported flight time (${expected.map((e) => duration(e.f!.value)).join(' or ')}) puts the impact at ${expected.map((e) => kstClock(e.ms)).join(' or ')} KST`
			: `the launch was at ${launchWords(test)}`;
	const valueKst = kstIso(best.ms);
	if (nearest(best.ms) <= tol) {
		if (c.zoneWeekday !== undefined && weekdayIn(best.ms, best.zone) !== c.zoneWeekday)
			return {
				verdict: 'incorrect',
				reason: `Right time, wrong day: in ${ZONE_LABEL[best.zone]} it was ${cap(WEEKDAYS[weekdayIn(best.ms, best.zone)])}; ${truth}.`,
				sources,
				valueKst
			};
		const zoneNote =
			best.zone === 'Pyongyang' ? ' (Pyongyang kept UTC+8:30 from August 2015 to May 2018)' : '';
		return {
			verdict: 'correct',
			reason: `${cap(truth)}; the report’s ${what} time agrees in ${ZONE_LABEL[best.zone]}${zoneNote}.`,
			sources,
			valueKst
		};
	}
	if (c.zone && !['KST', 'Korean', 'local', 'JST'].includes(c.zone)) {
		const korean = readClock(c, 'Korean', test.launch.kst);
		if (nearest(korean.ms) <= tol)
			return {
				verdict: 'incorrect',
				reason: `Wrong time zone: the time is right in Korea, not in ${ZONE_LABEL[c.zone]}; ${truth}.`,
				sources,
				valueKst: kstIso(korean.ms)
			};
	}
	return {
		verdict: 'incorrect',
		reason: `Off by ${Math.round(nearest(best.ms) / 60_000)} min: ${truth}.`,
		sources,
		valueKst
	};
}

const ZONE_IN_SENTENCE: [RegExp, 'utc' | 'et' | 'kst'][] = [
	[/\b(?:GMT|UTC)\b/, 'utc'],
	[/\b(?:ET|EST|EDT|U\.?S\.? time|Washington time|in Washington|Eastern time)\b/, 'et'],
	[/\b(?:KST|Korean? time|Seoul time|local time)\b/, 'kst']
];

/** A date mention: of the launch (checked), of a statement or another event (unverified). */
export function dateVerdict(
	d: DateMention,
	s: SentenceInfo,
	test: Test | null,
	primary: Test | null,
	data: CheckData,
	year: number | undefined
): Verdict {
	if (d.dateline)
		return unverified('The report’s own date (a dateline), not a claim about the launch.');
	if (d.since) return sinceVerdict(d, s, test ?? primary, data, year);
	if (d.about === 'report')
		return unverified(
			'This dates a statement or a report, not the launch: the dataset has nothing to check it against.'
		);
	if (d.about === 'other' || (d.form === 'relative' && !/weekend/.test(d.phrase ?? '')))
		return unverified(
			'This dates something other than a launch, or is relative to a date the report does not give.'
		);
	if (!test) return unverified('The launch this date is about is not in the dataset.');
	const sources = test.launch.sources;
	const launch = describeLaunchTime(test.launch);
	const zones = ZONE_IN_SENTENCE.filter(([re]) => re.test(s.text)).map(([, z]) => z);
	const days = datesOf(test.launch.kst);
	const truth = `${cap(testWords(test))} was at ${launchWords(test)}.`;
	const ok = (why: string): Verdict => ({ verdict: 'correct', reason: `${why} ${truth}`, sources });
	const wrong = (why: string): Verdict => ({
		verdict: 'incorrect',
		reason: `${why} ${truth}`,
		sources
	});
	if (d.form === 'relative')
		return ['Saturday', 'Sunday'].includes(launch.kst.weekday)
			? ok('A weekend in Korea.')
			: wrong('Not a weekend in Korea.');
	if (d.form === 'weekday') {
		const said = cap(WEEKDAYS[d.weekday!]);
		if (said === launch.kst.weekday) return ok(`${said} in Korea.`);
		if (zones.includes('utc') && said === launch.utc.weekday)
			return ok(`${said} in UTC, as the sentence says.`);
		return wrong(
			`${said} is not the launch day in Korea${launch.dateDiffers ? ` (it was ${launch.utc.weekday} in UTC, which the sentence does not name)` : ''}.`
		);
	}
	if (d.form === 'full') {
		const iso = `${year}-${String(d.month ?? Number(days.kst.slice(5, 7))).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
		if (d.weekday !== undefined && year && cap(WEEKDAYS[d.weekday]) !== weekdayName(iso))
			return wrong(
				`${longDate(iso)} was a ${weekdayName(iso)}, not a ${cap(WEEKDAYS[d.weekday])}.`
			);
		if (iso.slice(5) === days.kst.slice(5) || (!d.month && iso.slice(8) === days.kst.slice(8)))
			return ok('The date in Korea.');
		if (
			(zones.includes('utc') && iso.slice(5) === days.utc.slice(5)) ||
			(zones.includes('et') && iso.slice(5) === days.et.slice(5))
		)
			return ok('The date in the zone the sentence names.');
		return wrong(
			`Not the launch date in Korea${iso.slice(5) === days.utc.slice(5) || iso.slice(5) === days.et.slice(5) ? ' (it is the date in UTC or Washington, which the sentence does not name)' : ''}.`
		);
	}
	const missiles = s.missiles.map((m) => m.missileId).filter((x): x is string => x !== null);
	const inPeriod = testsInPeriod(data.tests, d, year).filter(
		(t) => !missiles.length || missiles.includes(t.missileId)
	);
	return inPeriod.length
		? {
				verdict: 'correct',
				reason: `The dataset has ${inPeriod.map(testWords).join(', ')} in that period.`,
				sources: sourcesOf(...inPeriod.map((t) => t.launch.sources))
			}
		: unverified(
				'The dataset (long-range launches only) has no launch in that period to check this against.'
			);
}

const weekdayName = (iso: string) =>
	['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
		new Date(`${iso}T12:00:00Z`).getUTCDay()
	];

const SUPERLATIVE = /\b(?:most|longest|highest|biggest|largest|strongest|farthest|furthest)\b/i;

/**
 * "The most powerful test since late 2017": the last earlier launch that went as high (or, for a
 * standard flight or "longest-range", as far) must fall in that period.
 */
function sinceVerdict(
	d: DateMention,
	s: SentenceInfo,
	test: Test | null,
	data: CheckData,
	year: number | undefined
): Verdict {
	const before = s.text.slice(0, d.start - s.start);
	if (!test || !SUPERLATIVE.test(before))
		return unverified(
			'A “since” that the dataset cannot check (it holds long-range launches only).'
		);
	const byRange = test.trajectory === 'standard' || /longest|farthest|furthest/i.test(before);
	const field = byRange ? 'rangeKm' : 'apogeeKm';
	const own = summarizeFigures(test)[field]?.central;
	if (own === undefined)
		return unverified(`The dataset has no ${byRange ? 'range' : 'apogee'} for ${testWords(test)}.`);
	const earlier = data.tests
		.filter(
			(t) => t.launch.kst < test.launch.kst && (summarizeFigures(t)[field]?.central ?? 0) >= own
		)
		.sort((a, b) => b.launch.kst.localeCompare(a.launch.kst))[0];
	if (!earlier)
		return unverified(`No earlier launch in the dataset went ${byRange ? 'as far' : 'as high'}.`);
	const inPeriod = testsInPeriod([earlier], d, year).length > 0;
	const what = `${byRange ? 'range' : 'apogee'} of ${km(summarizeFigures(earlier)[field]!.central)}`;
	return {
		verdict: inPeriod ? 'correct' : 'incorrect',
		reason: `The last earlier launch to match ${testWords(test)} was ${testWords(earlier)} (${what}); ${inPeriod ? 'it falls in that period' : 'it does not fall in that period'}.`,
		sources: sourcesOf(earlier.launch.sources, ...earlier.figures[field].map((f) => f.sources))
	};
}
