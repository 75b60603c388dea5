/**
 * Which launch a report describes, and which launch each of its claims is about. The report is matched
 * by what it says, never by position: the launch date (in Korea, or in another zone), the missile named,
 * the figures, the launch time and weekday. A launch the dataset does not hold is reported as unknown,
 * not forced onto the nearest test; a sentence that turns to an earlier launch ("than the 2,800 km of
 * July 4", "the previous record was 71 minutes") is resolved on its own references.
 */
import { longDate } from '../data/time.ts';
import type { Test } from '../data/types.ts';
import type { SentenceInfo } from './analyse.ts';
import { contradicts, matchingReports } from './figureMatch.ts';
import type { DateMention, QuantityMention } from './mentions.ts';
import type { CheckData, CheckNotice } from './types.ts';
import { candidateZones, datesOf, readClock } from './zones.ts';

type Evidence = { score: number; reasons: Set<string>; kinds: Set<string>; dated: boolean };

export const FIGURE_QUANTITY = {
	apogee: 'apogeeKm',
	range: 'rangeKm',
	flightTime: 'flightTimeS'
} as const;

const kstDate = (t: Test) => t.launch.kst.slice(0, 10);
const mmdd = (d: DateMention) =>
	`${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Tests launched on a stated day: in Korea, or (`shifted`) on that day in UTC or Washington. */
export function testsOnDate(
	tests: readonly Test[],
	d: DateMention,
	year: number | undefined
): { korea: Test[]; shifted: Test[] } {
	if (!d.day) return { korea: [], shifted: [] };
	// "on the 18th" gives the day only.
	const sameDay = (iso: string) =>
		d.month ? iso.slice(5) === mmdd(d) : Number(iso.slice(8)) === d.day;
	const want = (iso: string) => sameDay(iso) && (!year || Number(iso.slice(0, 4)) === year);
	const korea = tests.filter((t) => want(kstDate(t)));
	const shifted = tests.filter((t) => {
		const { utc, et } = datesOf(t.launch.kst);
		return !korea.includes(t) && (want(utc) || want(et));
	});
	return { korea, shifted };
}

/** Tests in a stated period: a month ("January this year", "August 2017") or a year ("in 2017"). */
export function testsInPeriod(tests: readonly Test[], d: DateMention, year: number | undefined) {
	if (!year) return [];
	return tests.filter((t) => {
		const [y, m] = kstDate(t).split('-').map(Number);
		if (y !== year) return false;
		if (d.form === 'month') return m === d.month;
		if (d.part === 'late') return m >= 9;
		if (d.part === 'early') return m <= 4;
		return true;
	});
}

export const inComparison = (s: SentenceInfo, at: number) =>
	s.comparisonAt !== null && at >= s.comparisonAt && at < s.comparisonEnd;

export interface Resolution {
	primary: Test | null;
	/** Plain words: why the primary (or no test) was chosen. */
	evidence: string;
	notices: CheckNotice[];
	/** The year a yearless date in the report most likely has. */
	yearOf(d: DateMention): number | undefined;
	/** The test a mention at `at` in sentence `s` is about, or null. */
	testFor(s: SentenceInfo, at: number): Test | null;
}

export function resolveLaunches(sentences: SentenceInfo[], data: CheckData): Resolution {
	const evidence = new Map<string, Evidence>(
		data.tests.map((t) => [t.id, { score: 0, reasons: new Set(), kinds: new Set(), dated: false }])
	);
	const add = (t: Test, score: number, reason: string, kind?: string) => {
		const e = evidence.get(t.id)!;
		if (kind && e.kinds.has(kind)) return;
		if (kind) e.kinds.add(kind);
		e.score += score;
		if (score > 0 && reason) e.reasons.add(reason);
	};
	const unknownDates: string[] = [];
	let unknownMissile: string | null = null;
	const lede = new Set<string>();
	for (const s of sentences) {
		const inLede = s.index < 2;
		const mark = (t: Test) => inLede && lede.add(t.id);
		for (const d of s.dates) {
			if (d.about !== 'launch' || inComparison(s, d.start)) continue;
			if (d.form === 'full') {
				const { korea, shifted } = testsOnDate(data.tests, d, d.year);
				const weight = d.month ? 6 : 3;
				for (const t of korea) {
					add(t, weight, `dated ${longDate(kstDate(t))}`, 'date');
					evidence.get(t.id)!.dated = true;
					mark(t);
				}
				for (const t of shifted) {
					add(t, 3, `dated ${mmdd(d)} in another time zone`, 'date');
					mark(t);
				}
				if (!korea.length && !shifted.length && d.year && d.month)
					unknownDates.push(`${d.year}-${mmdd(d)}`);
			} else if (d.form === 'weekday')
				for (const t of data.tests) {
					if (new Date(`${kstDate(t)}T12:00:00Z`).getUTCDay() === d.weekday)
						add(t, 1, 'the weekday', 'weekday');
					// A weekday the launch fell on neither in Korea nor at UTC is about another launch.
					else if (d.weekday !== undefined && !launchWeekdays(t).includes(d.weekday))
						add(t, -2, '', `contra:weekday:${d.start}`);
				}
		}
		for (const m of s.missiles) {
			if (inComparison(s, m.start)) continue;
			if (m.missileId === null && /\b(?:launch|fire|test)/i.test(s.text)) unknownMissile ??= m.name;
			for (const t of data.tests.filter((x) => x.missileId === m.missileId)) {
				add(t, 2, `names the ${m.name}`, `missile:${m.missileId}`);
				mark(t);
			}
		}
		for (const q of s.quantities) figureEvidence(s, q, data.tests, add, mark);
		for (const c of s.clocks) {
			if (c.kind !== 'launchTime' || inComparison(s, c.start)) continue;
			for (const t of data.tests) {
				const launchMs = new Date(t.launch.kst).getTime();
				const near = candidateZones(c, t.launch.kst).some(
					(z) =>
						Math.abs(readClock(c, z, t.launch.kst).ms - launchMs) <=
						(c.minutesGiven ? 3 : 30) * 60_000
				);
				if (near) add(t, 2, 'the launch time', 'clock');
			}
		}
	}
	for (const id of lede) evidence.get(id)!.score += 2;
	return decide(sentences, data, evidence, unknownDates, unknownMissile);
}

/** The weekdays of a launch's instant in Korea and at UTC. */
function launchWeekdays(t: Test): number[] {
	const ms = new Date(t.launch.kst).getTime();
	return [9, 0].map((h) => new Date(ms + h * 3_600_000).getUTCDay());
}

function figureEvidence(
	s: SentenceInfo,
	q: QuantityMention,
	tests: readonly Test[],
	add: (t: Test, score: number, reason: string, kind?: string) => void,
	mark: (t: Test) => void
) {
	if (q.conversionOf !== undefined || inComparison(s, q.start)) return;
	const field = FIGURE_QUANTITY[q.kind as keyof typeof FIGURE_QUANTITY];
	if (!field) return;
	const unit = field === 'flightTimeS' ? 's' : 'km';
	for (const t of tests) {
		const reports = t.figures[field];
		const { matches, bounds } = matchingReports(q, reports, unit);
		const same = (r: { value: number }) => Math.abs(r.value - q.si) <= 0.005 * r.value;
		// A reporter's bound quoted as a plain figure ("6,000 km" for "more than 6,000 km") agrees with the
		// launch, a little less firmly than a matching estimate.
		const boundQuoted = !matches.length && bounds.some(same);
		if (matches.length || boundQuoted) {
			const what = q.kind === 'flightTime' ? 'flight time' : q.kind;
			add(t, boundQuoted ? 2 : 3, `its ${what} matches`, `fig:${q.kind}`);
			// The very number a reporter gave tells two similar launches apart ("2,000 km" vs 2,111.5 km).
			if (matches.some(same)) add(t, 1, '', `same:${q.kind}`);
			mark(t);
		} else if (contradicts(q, reports)) add(t, -2, '', `contra:${q.kind}:${q.start}`);
	}
}

function decide(
	sentences: SentenceInfo[],
	data: CheckData,
	evidence: Map<string, Evidence>,
	unknownDates: string[],
	unknownMissile: string | null
): Resolution {
	const ranked = data.tests
		.map((t) => ({ t, e: evidence.get(t.id)! }))
		.sort((a, b) => b.e.score - a.e.score);
	const [best, second] = ranked;
	const figures = best ? [...best.e.kinds].filter((k) => k.startsWith('fig:')).length : 0;
	const named = best ? [...best.e.kinds].some((k) => k.startsWith('missile:')) : false;
	const enough = best && (best.e.kinds.has('date') || figures >= 2 || (named && figures >= 1));
	const tied = best && second && second.e.score === best.e.score;
	const notices: CheckNotice[] = [];
	let primary: Test | null = null;
	let why: string;
	if (enough && !tied && !(unknownDates.length && !best.e.dated) && !(unknownMissile && !named)) {
		primary = best.t;
		why = [...best.e.reasons].join('; ');
	} else if (enough && tied) {
		why = `Several launches fit equally well (${ranked
			.filter((r) => r.e.score === best.e.score)
			.map((r) => r.t.id)
			.join(', ')}); name the date to choose one.`;
		notices.push({ level: 'warning', code: 'ambiguous-launch', message: why });
	} else {
		why = unknownDates.length
			? `The report dates the launch ${longDate(unknownDates[0])}; the dataset has no launch on that day.`
			: unknownMissile
				? `The report is about a ${unknownMissile}, which is not in the dataset.`
				: 'No launch in the dataset matches the report’s date, missile and figures.';
		notices.push({
			level: 'warning',
			code: 'unknown-launch',
			message: `${why} Its figures are not checked against another launch; conversions and arithmetic still are.`
		});
	}
	const yearOf = (d: DateMention) =>
		d.year ??
		(primary
			? Number(kstDate(primary).slice(0, 4)) - (d.relativeYear === 'last' ? 1 : 0)
			: undefined);
	return {
		primary,
		evidence: why,
		notices,
		yearOf,
		testFor: (s, at) => testForMention(s, at, primary, data, yearOf)
	};
}

/** The clause (between semicolons) of a sentence that holds position `at`. */
function clauseOf(s: SentenceInfo, at: number): [number, number] {
	const i = at - s.start;
	const open = s.text.lastIndexOf(';', i);
	const close = s.text.indexOf(';', i);
	return [s.start + open + 1, close < 0 ? s.end : s.start + close];
}

/** Tests a sentence's own references point to, in the clause of `at` and on its side of a comparison. */
function referencedTests(
	s: SentenceInfo,
	at: number,
	data: CheckData,
	yearOf: (d: DateMention) => number | undefined
): Test[][] {
	const side = inComparison(s, at);
	const [from, to] = clauseOf(s, at);
	const onSide = (x: number) => side === inComparison(s, x) && x >= from && x < to;
	const sets: Test[][] = [];
	for (const d of s.dates) {
		if (!onSide(d.start) || d.dateline || d.since || d.about === 'report') continue;
		if (d.form === 'full' && d.about === 'launch') {
			const { korea, shifted } = testsOnDate(data.tests, d, yearOf(d));
			sets.push(korea.length ? korea : shifted);
		} else if ((d.form === 'month' || d.form === 'year') && d.about === 'launch')
			sets.push(testsInPeriod(data.tests, d, yearOf(d)));
	}
	const missiles = s.missiles.filter((m) => onSide(m.start));
	if (missiles.length)
		sets.push(data.tests.filter((t) => missiles.some((m) => m.missileId === t.missileId)));
	return sets;
}

function testForMention(
	s: SentenceInfo,
	at: number,
	primary: Test | null,
	data: CheckData,
	yearOf: (d: DateMention) => number | undefined
): Test | null {
	const comparing = inComparison(s, at);
	const sets = referencedTests(s, at, data, yearOf);
	if (!sets.length) return comparing ? null : primary;
	const candidates = sets.reduce((a, b) => a.filter((t) => b.includes(t)));
	if (!comparing && primary && candidates.includes(primary)) return primary;
	if (candidates.length === 1) return candidates[0];
	const byFigures = bestByFigures(s, comparing, candidates);
	if (byFigures) return byFigures;
	// A missile named without a date in a plain sentence: the report says it of its own launch.
	const onlyMissiles = s.dates.every(
		(d) => d.about !== 'launch' || d.form === 'weekday' || d.since
	);
	return !comparing && onlyMissiles ? primary : null;
}

/** The candidate whose reported figures the sentence's numbers match best (the very number counts more). */
function bestByFigures(s: SentenceInfo, comparing: boolean, candidates: Test[]): Test | null {
	const qs = s.quantities.filter((q) => inComparison(s, q.start) === comparing && q.kind);
	let best: Test | null = null;
	let bestCount = 0;
	let tie = false;
	for (const t of candidates) {
		let count = 0;
		for (const q of qs) {
			const field = FIGURE_QUANTITY[q.kind as keyof typeof FIGURE_QUANTITY];
			if (!field) continue;
			const { matches } = matchingReports(
				q,
				t.figures[field],
				field === 'flightTimeS' ? 's' : 'km'
			);
			if (matches.length) count += 1;
			if (matches.some((r) => Math.abs(r.value - q.si) <= 0.005 * r.value)) count += 0.5;
		}
		if (count > bestCount) [best, bestCount, tie] = [t, count, false];
		else if (count === bestCount && count > 0) tie = true;
	}
	return tie ? null : best;
}
