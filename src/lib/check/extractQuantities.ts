/**
 * Numbers with units in one sentence: lengths (km, miles, metres, feet) and durations ("53 minutes",
 * "4,135s", "1 hour and 25 minutes"), with their qualifier ("about", "more than", "up to"), spans
 * ("4,500 to 5,000 km", "970-1,000 km") and the figure a parenthesis or an "or" converts.
 */
import { durationToS, lengthToKm, type DurationUnit, type LengthUnit } from '../data/unitTable.ts';
import { DIGITS_SOURCE, WORDS_SOURCE, parseNumber, writtenStep } from './numbers.ts';
import { matchesIn, type QuantityMention } from './mentions.ts';
import type { ClaimUnit, StatedQualifier } from './types.ts';

const QUALIFIERS: [RegExp, StatedQualifier][] = [
	[
		/^(?:just over|over|more than|greater than|higher than|above|at least|in excess of|exceeding|beyond)$/,
		'more-than'
	],
	[
		/^(?:up to|as much as|as far as|as long as|as high as|less than|under|below|no more than|within|just under)$/,
		'less-than'
	],
	[
		/^(?:about|around|approximately|approx\.|roughly|some|nearly|almost|close to|an estimated|estimated|a possible|possibly|possible|an approximate|approximate)$/,
		'about'
	],
	[/^(?:exactly|precisely)$/, 'exact']
];
const QUALIFIER_SOURCE =
	'just over|over|more than|greater than|higher than|above|at least|in excess of|exceeding|beyond|up to|as much as|as far as|as long as|as high as|less than|under|below|no more than|within|just under|about|around|approximately|approx\\.|roughly|some|nearly|almost|close to|an estimated|estimated|a possible|possibly|possible|an approximate|approximate|exactly|precisely';

const LENGTH_UNITS =
	'nautical miles?|nmi|kilomet(?:er|re)s?|kms?|miles?|mi|met(?:er|re)s?|m|feet|foot|ft';
const DURATION_UNITS = 'hours?|hrs?|h|minutes?|mins?|min|seconds?|secs?|sec|s';
const N = `(?<![\\w.,])(?:${DIGITS_SOURCE})`;
const UNIT = `(?:${LENGTH_UNITS}|${DURATION_UNITS})`;
// qualifier, number, optional unit, optional "to"/"-" second number, unit.
const QUANTITY_RE = new RegExp(
	`(?:\\b(${QUALIFIER_SOURCE})\\s+)?(${N})(?:-|\\s*)(?:(${UNIT})\\b\\s*)?(?:(?:\\s*(?:-|–|to)\\s*)(${N}))?(?:\\s*|-)(${UNIT})(?![a-z])`,
	'gi'
);
const BETWEEN_RE = new RegExp(
	`(?:\\b(${QUALIFIER_SOURCE})\\s+)?\\bbetween\\s+(${N})\\s*(?:(${UNIT})\\s+)?and\\s+(${N})\\s*(${UNIT})(?![a-z])`,
	'gi'
);
// Numbers in words take a unit written out in full: "an hour", "five minutes", "a thousand miles".
const WORD_QUANTITY_RE = new RegExp(
	`(?:\\b(${QUALIFIER_SOURCE})\\s+)?\\b(${WORDS_SOURCE})\\s+(hours?|minutes?|seconds?|miles|kilomet(?:er|re)s)\\b`,
	'gi'
);
// A second part of a compound duration: "1 hour and 25 minutes", "47 minutes 12 seconds".
const COMPOUND_RE = new RegExp(
	`^(?:,?\\s*and\\s+|\\s+)(${N})\\s*(minutes?|mins?|seconds?|secs?|s)\\b`,
	'i'
);

function unitOf(word: string): { unit: ClaimUnit; dimension: 'length' | 'duration' } | null {
	const w = word.toLowerCase();
	if (/^(?:nautical|nmi)/.test(w)) return null;
	if (/^kilomet|^kms?$/.test(w)) return { unit: 'km', dimension: 'length' };
	if (/^mi(?:les?)?$/.test(w)) return { unit: 'mi', dimension: 'length' };
	if (/^met|^m$/.test(w)) return { unit: 'm', dimension: 'length' };
	if (/^f(?:ee|oo)t$|^ft$/.test(w)) return { unit: 'ft', dimension: 'length' };
	if (/^h(?:ours?|rs?)?$/.test(w)) return { unit: 'h', dimension: 'duration' };
	if (/^min/.test(w)) return { unit: 'min', dimension: 'duration' };
	if (/^s(?:ec(?:ond)?s?)?$/.test(w)) return { unit: 's', dimension: 'duration' };
	return null;
}

function qualifierOf(word: string | undefined): StatedQualifier {
	if (!word) return 'exact';
	const w = word.toLowerCase().replace(/\s+/g, ' ');
	return QUALIFIERS.find(([re]) => re.test(w))?.[1] ?? 'exact';
}

const toSi = (value: number, unit: ClaimUnit, dimension: 'length' | 'duration') =>
	dimension === 'length'
		? lengthToKm(value, unit as LengthUnit)
		: durationToS(value, unit as DurationUnit);

/** Quantities in one sentence (offsets in the whole text), conversions linked to their figure. */
export function extractQuantities(
	text: string,
	offset: number,
	sentence: number
): QuantityMention[] {
	const out: QuantityMention[] = [];
	for (const { m, start, end } of matchesIn(BETWEEN_RE, text, offset)) {
		const q = quantity(m[1], m[2], m[3], m[4], m[5], start, end, sentence);
		if (q) out.push(q);
	}
	for (const { m, start, end } of matchesIn(QUANTITY_RE, text, offset)) {
		if (out.some((o) => o.start < end && start < o.end)) continue;
		const q = quantity(m[1], m[2], m[3], m[4], m[5], start, end, sentence);
		if (q) out.push(q);
	}
	for (const { m, start, end } of matchesIn(WORD_QUANTITY_RE, text, offset)) {
		if (out.some((o) => o.start < end && start < o.end)) continue;
		const q = quantity(m[1], m[2], undefined, undefined, m[3], start, end, sentence);
		if (q) out.push(q);
	}
	out.sort((a, b) => a.start - b.start);
	for (const q of out) if (q.dimension === 'duration') addCompound(q, text, offset);
	const kept = out.filter((q, i) => i === 0 || q.start >= out[i - 1].end);
	linkConversions(kept, text, offset);
	return kept;
}

function quantity(
	qual: string | undefined,
	n1: string,
	unit1: string | undefined,
	n2: string | undefined,
	unitWord: string,
	start: number,
	end: number,
	sentence: number
): QuantityMention | null {
	const u = unitOf(unitWord);
	if (!u || (unit1 && unitOf(unit1)?.unit !== u.unit)) return null;
	// "the 1990s" is a decade, not a duration.
	if (u.unit === 's' && /^(?:1[89]|20)\d0$/.test(n1.trim()) && !n2) return null;
	const value = parseNumber(n1);
	const high = n2 ? parseNumber(n2) : undefined;
	if (!Number.isFinite(value) || (high !== undefined && !Number.isFinite(high))) return null;
	const q: QuantityMention = {
		type: 'quantity',
		dimension: u.dimension,
		value,
		unit: u.unit,
		qualifier: high !== undefined ? 'range' : qualifierOf(qual),
		si: toSi(value, u.unit, u.dimension),
		halfStepSi: toSi(writtenStep(n1) / 2, u.unit, u.dimension),
		start,
		end,
		sentence
	};
	if (high !== undefined) {
		q.valueHigh = high;
		q.siHigh = toSi(high, u.unit, u.dimension);
	}
	return q;
}

/** "1 hour and 25 minutes": one duration, stated in the smaller unit (85 min). */
function addCompound(q: QuantityMention, text: string, offset: number) {
	const rest = text.slice(q.end - offset, q.end - offset + 40);
	const m = COMPOUND_RE.exec(rest);
	if (!m || q.qualifier === 'range') return;
	const u = unitOf(m[2]);
	const extra = parseNumber(m[1]);
	if (!u || u.dimension !== 'duration' || !Number.isFinite(extra)) return;
	const smaller = durationToS(1, u.unit as DurationUnit);
	if (smaller >= durationToS(1, q.unit as DurationUnit)) return;
	q.si += durationToS(extra, u.unit as DurationUnit);
	q.value = q.si / smaller;
	q.unit = u.unit;
	q.halfStepSi = smaller / 2;
	q.end += m[0].length;
}

/**
 * "800 kilometres (497 miles)", "4,135 seconds, or about 69 minutes": the second figure converts the
 * first when it follows it directly in brackets or after "or", in the same dimension.
 */
function linkConversions(qs: QuantityMention[], text: string, offset: number) {
	for (let i = 1; i < qs.length; i++) {
		const a = qs[i - 1];
		const b = qs[i];
		if (a.dimension !== b.dimension || a.unit === b.unit) continue;
		const between = text.slice(a.end - offset, b.start - offset);
		if (
			/^\s*(?:\(|\[|,?\s*or\b|,?\s*i\.e\.,?|—|–|-)\s*(?:about|around|roughly|approximately|some|nearly|almost)?\s*$/i.test(
				between
			)
		) {
			b.conversionOf = i - 1;
			// "over 1,800 miles (2,897 km)": the converted figure carries the first one's qualifier.
			if (b.qualifier === 'exact' && a.qualifier !== 'exact') b.qualifier = a.qualifier;
		}
	}
}
