/**
 * Verdicts on numbers: a flight's apogee, range and flight time against what each reporter gave (and
 * against whom the report says gave it); a conversion against its figure.
 */
import type { Reporter, Test } from '../data/types.ts';
import { groupedNumberUpTo } from '../data/units.ts';
import { matchingReports } from './figureMatch.ts';
import { FIGURE_QUANTITY } from './launches.ts';
import type { QuantityMention } from './mentions.ts';
import {
	REPORTER_WORDS,
	quantityWords,
	reportsWords,
	sourcesOf,
	testWords,
	unverified,
	type Verdict
} from './words.ts';

const NAMES = { apogee: 'apogee', range: 'range', flightTime: 'flight time' } as const;

/** An apogee, range or flight time of a dataset test, against every reporter's figure. */
export function figureVerdict(
	q: QuantityMention,
	kind: keyof typeof FIGURE_QUANTITY,
	test: Test | null,
	attributed: Reporter[]
): Verdict {
	if (!test) return unverified(noTest(kind));
	const field = FIGURE_QUANTITY[kind];
	const unit = field === 'flightTimeS' ? 's' : 'km';
	const reports = test.figures[field];
	if (!reports.length)
		return unverified(`The dataset has no reported ${NAMES[kind]} for ${testWords(test)}.`);
	const stated = `${quantityWords(unit, q.si)}${q.unit === 'km' || q.unit === 's' ? '' : ' converted'}`;
	const { matches, bounds } = matchingReports(q, reports, unit);
	const named = reports.filter((r) => attributed.includes(r.reporter));
	if (named.length) {
		const namedHits = [...matches, ...bounds].filter((r) => attributed.includes(r.reporter));
		if (namedHits.length) return correct(namedHits, stated, kind, test);
		if (matches.length)
			return {
				verdict: 'incorrect',
				reason: `The report attributes ${stated} to ${attributed.map((r) => REPORTER_WORDS[r]).join(' and ')}, who gave ${reportsWords(named)}; the figure is ${reportsWords(matches)}.`,
				sources: sourcesOf(...named.map((r) => r.sources), ...matches.map((r) => r.sources))
			};
	}
	if (matches.length) return correct(matches, stated, kind, test);
	if (bounds.length) return correct(bounds, stated, kind, test);
	return {
		verdict: 'incorrect',
		reason: `No reporter gave ${stated} for the ${NAMES[kind]} of ${testWords(test)}: ${reportsWords(reports)}.`,
		sources: sourcesOf(...reports.map((r) => r.sources))
	};
}

function correct(
	hits: Test['figures']['apogeeKm'],
	stated: string,
	kind: keyof typeof FIGURE_QUANTITY,
	test: Test
): Verdict {
	return {
		verdict: 'correct',
		reason: `${stated} matches ${reportsWords(hits)} for the ${NAMES[kind]} of ${testWords(test)}, within the precision of the wording.`,
		sources: sourcesOf(...hits.map((r) => r.sources))
	};
}

function noTest(kind: string): string {
	return `The launch this ${kind === 'flightTime' ? 'flight time' : kind} is about is not in the dataset (or the report does not say which launch it is), so there is nothing to check it against.`;
}

export type ConversionResult = 'correct' | 'truncated' | 'wrong';

const UNIT_WORDS: Record<string, string> = {
	km: 'km',
	mi: 'mi',
	m: 'm',
	ft: 'ft',
	s: 's',
	min: 'min',
	h: 'h'
};

/**
 * A figure converted in the text ("800 km (497 miles)", "4,135 seconds, or about 69 minutes"): the
 * converted number against the first one converted exactly and rounded to the digits it shows.
 */
export function checkStatedConversion(
	from: QuantityMention,
	to: QuantityMention
): { result: ConversionResult; message: string } {
	const factor = to.si / to.value;
	const exactLow = from.si / factor;
	const exactHigh = (from.siHigh ?? from.si) / factor;
	const step = (to.halfStepSi * 2) / factor;
	const eps = step * 1e-6;
	const round = (x: number) => Math.round(x / step + 1e-9) * step;
	const trunc = (x: number) => Math.floor(x / step + 1e-9) * step;
	const fmt = (x: number) => groupedNumberUpTo(x, 2);
	const head = `${fmt(from.value)}${from.valueHigh ? `–${fmt(from.valueHigh)}` : ''} ${UNIT_WORDS[from.unit]} is ${fmt(exactLow)}${from.valueHigh ? `–${fmt(exactHigh)}` : ''} ${UNIT_WORDS[to.unit]}`;
	const v = to.value;
	if (v >= round(exactLow) - eps && v <= round(exactHigh) + eps)
		return { result: 'correct', message: `${head}: ${fmt(v)} is right to the digits it shows.` };
	if (Math.abs(v - trunc(exactLow)) < eps)
		return {
			result: 'truncated',
			message: `${head}: ${fmt(v)} is cut off rather than rounded (${fmt(round(exactLow))}), a negligible difference.`
		};
	return { result: 'wrong', message: `${head}, not ${fmt(v)}: the conversion is wrong.` };
}
