/**
 * From text to classified mentions: every sentence's numbers, times, dates and names, each number given
 * what it measures (apogee, range, flight time, an estimate, a distance, a time to a target), each clock
 * time whether it is a launch or an impact, each date whether it dates the launch, a statement or
 * something else; and where a sentence turns to an earlier launch.
 */
import {
	COMPARISON_CUE,
	ESTIMATE_CONTEXT,
	FLIGHT_WORDS,
	IMPACT_WORDS,
	LAUNCH_WORDS,
	OTHER_EVENT_WORDS,
	REACH_WORDS,
	REPORT_WORDS,
	nearestLeftCue,
	governingWord,
	rightCue
} from './cues.ts';
import { extractClocks, extractDates } from './extractDates.ts';
import { extractMissiles, extractPlaces, extractReporters } from './extractNames.ts';
import { extractQuantities } from './extractQuantities.ts';
import type { Lexicon } from './lexicon.ts';
import type {
	ClockMention,
	DateMention,
	MissileMention,
	PlaceMention,
	QuantityKind,
	QuantityMention,
	ReporterMention
} from './mentions.ts';
import { splitSentences, type Sentence } from './text.ts';

export interface SentenceInfo extends Sentence {
	index: number;
	quantities: QuantityMention[];
	clocks: ClockMention[];
	dates: DateMention[];
	missiles: MissileMention[];
	places: PlaceMention[];
	reporters: ReporterMention[];
	/** Text offset where the sentence turns to another launch ("than", "previous"), or null. */
	comparisonAt: number | null;
	/** Where that turn ends: the next "; " or " but " (the end of the sentence otherwise). */
	comparisonEnd: number;
}

/** Every sentence of the text with its mentions, classified. */
export function analyse(text: string, lexicon: Lexicon): SentenceInfo[] {
	return splitSentences(text).map((s, index) => {
		const info: SentenceInfo = {
			...s,
			index,
			quantities: extractQuantities(s.text, s.start, index),
			clocks: [],
			dates: [],
			missiles: extractMissiles(s.text, s.start, index, lexicon),
			places: [],
			reporters: extractReporters(s.text, s.start, index),
			comparisonAt: null,
			comparisonEnd: s.end
		};
		const taken = [...info.quantities, ...info.missiles];
		info.clocks = extractClocks(s.text, s.start, index).filter(
			(c) => !taken.some((t) => t.start < c.end && c.start < t.end)
		);
		info.dates = extractDates(s.text, s.start, index, index === 0).filter(
			(d) => ![...taken, ...info.clocks].some((t) => t.start < d.end && d.start < t.end)
		);
		info.places = extractPlaces(s.text, s.start, index, lexicon).filter(
			(p) => !info.missiles.some((t) => t.start < p.end && p.start < t.end)
		);
		const cmp = COMPARISON_CUE.exec(s.text);
		info.comparisonAt = cmp ? s.start + cmp.index : null;
		if (cmp) {
			const stop = /;\s|,?\s+but\s/.exec(s.text.slice(cmp.index));
			if (stop) info.comparisonEnd = s.start + cmp.index + stop.index;
		}
		classifyQuantities(info);
		for (const c of info.clocks) c.kind = clockKind(info, c);
		for (const d of info.dates) d.about = dateAbout(info, d);
		return info;
	});
}

const local = (s: SentenceInfo, at: number) => at - s.start;

function classifyQuantities(s: SentenceInfo) {
	s.quantities.forEach((q, i) => {
		if (q.conversionOf !== undefined) {
			q.kind = s.quantities[q.conversionOf].kind;
			return;
		}
		q.kind = q.dimension === 'duration' ? durationKind(s, q) : lengthKind(s, q, i);
	});
}

/** The end of the figure and its conversion, if one follows: "800 km (497 miles)". */
function figureEnd(s: SentenceInfo, i: number): number {
	const next = s.quantities[i + 1];
	const end = next?.conversionOf === i ? next.end : s.quantities[i].end;
	return local(s, end) + (s.text[local(s, end)] === ')' ? 1 : 0);
}

function lengthKind(s: SentenceInfo, q: QuantityMention, i: number): QuantityKind | null {
	const prev = s.quantities
		.slice(0, i)
		.reverse()
		.find((p) => p.conversionOf === undefined);
	const clauseStart = Math.max(0, s.text.lastIndexOf(';', local(s, q.start)) + 1);
	const from = Math.max(clauseStart, prev ? local(s, prev.end) : 0);
	const left = s.text.slice(from, local(s, q.start));
	const right = s.text.slice(figureEnd(s, i), figureEnd(s, i) + 40);
	const near = nearestLeftCue(left) ?? nearestLeftCue(s.text.slice(clauseStart, local(s, q.start)));
	const estimate = (at: number) =>
		ESTIMATE_CONTEXT.test(s.text.slice(Math.max(clauseStart, at - 45), at)) ||
		/^\s*(?:if|when)\s+(?:it(?:'s|’s| is| were)\s+)?(?:fired|launched|flown)|standard trajectory|normal trajectory/i.test(
			right
		);
	const after = rightCue(right);
	if (after === 'apogee') return 'apogee';
	if (after === 'distance') return near?.cue === 'estimate' ? 'rangeEstimate' : 'distance';
	if (after === 'range' && near?.cue !== 'apogee')
		return estimate(local(s, q.start)) ? 'rangeEstimate' : 'range';
	// "Guam is about 3,400 km", "lies 3,430 km from North Korea".
	const placeBefore = s.places.some((p) => p.end <= q.start && local(s, p.end) >= clauseStart);
	if (
		placeBefore &&
		/\b(?:is|lies|located|situated|sits|are)\s+(?:about|around|some|roughly|approximately|nearly|only|just)?\s*$/i.test(
			left
		)
	)
		return 'distance';
	if (!near) return s.places.length ? 'distance' : null;
	if (near.cue === 'apogee' || near.cue === 'climb') return 'apogee';
	if (near.cue === 'estimate') return 'rangeEstimate';
	const at = from + near.index;
	return estimate(at) || estimate(local(s, q.start)) ? 'rangeEstimate' : 'range';
}

function durationKind(s: SentenceInfo, q: QuantityMention): QuantityKind | null {
	const before = s.text.slice(0, local(s, q.start));
	const after = s.text.slice(local(s, q.end), local(s, q.end) + 30);
	const toTarget =
		s.places.some((p) => p.target) &&
		REACH_WORDS.test(s.text) &&
		(/\b(?:in|within|under)\s+(?:about|around|just|some|roughly|approximately|less than)?\s*$/i.test(
			before
		) ||
			!FLIGHT_WORDS.test(s.text));
	if (toTarget) return 'timeToTarget';
	// "three hours later", "a 20-minute briefing": durations of something other than a flight.
	if (/^\s*(?:later|earlier|ago)\b|^-(?:long|minute|hour)\b/i.test(after)) return null;
	return 'flightTime';
}

function clockKind(s: SentenceInfo, c: ClockMention): ClockMention['kind'] {
	const near = governingWord(s.text, local(s, c.start), [
		{ name: 'launch', re: LAUNCH_WORDS },
		{ name: 'impact', re: IMPACT_WORDS }
	]);
	if (!near) return null;
	return near.name === 'impact' ? 'impactTime' : 'launchTime';
}

const POSSESSED = /^\s*(?:test|launch|firing|test-firing|test-launch|missile|ICBM|IRBM|flight)\b/i;

function dateAbout(s: SentenceInfo, d: DateMention): DateMention['about'] {
	if (d.dateline) return 'report';
	if (d.possessive && POSSESSED.test(s.text.slice(local(s, d.end), local(s, d.end) + 14)))
		return 'launch';
	const at = local(s, d.start);
	const near = governingWord(s.text, at, [
		{ name: 'launch', re: LAUNCH_WORDS },
		{ name: 'launch', re: IMPACT_WORDS },
		{ name: 'report', re: REPORT_WORDS },
		{ name: 'other', re: OTHER_EVENT_WORDS }
	]);
	if (!near) return 'other';
	if (near.name === 'launch') {
		// "was launched days before the election on Tuesday": the day belongs to the other event.
		const between = s.text.slice(Math.min(near.index, at), Math.max(near.index, at));
		if (/\b(?:before|after|ahead of|following|since)\b/i.test(between)) return 'other';
	}
	return near.name as DateMention['about'];
}
