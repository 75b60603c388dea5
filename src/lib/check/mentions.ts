/**
 * The mention types the extractors produce, and the small helpers they share. A mention is what the text
 * says (a number with its unit, a clock time, a date, a name) before the checker decides what it is
 * about or whether it is right.
 */
import type { Reporter } from '../data/types.ts';
import type { ClaimUnit, StatedQualifier } from './types.ts';

interface Span {
	start: number;
	end: number;
	/** Index of the sentence the mention is in. */
	sentence: number;
}

export interface QuantityMention extends Span {
	type: 'quantity';
	dimension: 'length' | 'duration';
	/** As stated, in `unit`. */
	value: number;
	valueHigh?: number;
	unit: ClaimUnit;
	qualifier: StatedQualifier;
	/** In km (lengths) or s (durations). */
	si: number;
	siHigh?: number;
	/** Half the place value of the last written digit, in km or s: how precise the wording is. */
	halfStepSi: number;
	/** Index (in the sentence's quantity list) of the figure this one converts, "800 km (497 miles)". */
	conversionOf?: number;
	/** What the number measures, once classified; null: a number the checker cannot place. */
	kind?: QuantityKind | null;
}

export type QuantityKind =
	'apogee' | 'range' | 'flightTime' | 'rangeEstimate' | 'distance' | 'timeToTarget';

export type ZoneName =
	'KST' | 'JST' | 'UTC' | 'ET' | 'PT' | 'CET' | 'local' | 'Korean' | 'Pyongyang';

export interface ClockMention extends Span {
	type: 'clock';
	hour: number;
	minute: number;
	/** False for "10 a.m.": the hour only. */
	minutesGiven: boolean;
	zone: ZoneName | null;
	/** A weekday written with a non-Korean zone: "10:22 p.m. Monday GMT". */
	zoneWeekday?: number;
	approximate: boolean;
	kind?: 'launchTime' | 'impactTime' | null;
}

export type DateForm = 'full' | 'weekday' | 'month' | 'year' | 'relative';

export interface DateMention extends Span {
	type: 'date';
	form: DateForm;
	year?: number;
	/** 1-12 */
	month?: number;
	day?: number;
	/** 0 = Sunday ... 6 = Saturday */
	weekday?: number;
	/** "this year", "last year" after a month or day. */
	relativeYear?: 'this' | 'last';
	/** "late 2017", "early January". */
	part?: 'early' | 'mid' | 'late';
	/** For relative forms: the phrase, lower case ("this weekend"). */
	phrase?: string;
	/** A dateline or "Published ..." line: the report's own date. */
	dateline: boolean;
	/** "Sunday's test": the day is said of a launch word that follows. */
	possessive: boolean;
	/** "since 2017": the date bounds a comparison, it is not the date of a launch. */
	since?: boolean;
	/** What the date is the date of, once classified. */
	about?: 'launch' | 'report' | 'other';
}

export interface MissileMention extends Span {
	type: 'missile';
	name: string;
	/** The dataset missile, or null for a missile the dataset does not hold (KN-23, Musudan). */
	missileId: string | null;
}

export interface PlaceMention extends Span {
	type: 'place';
	name: string;
	placeIds: string[];
	/** One of the places is a target (not a launch site or a city). */
	target: boolean;
}

export interface ReporterMention extends Span {
	type: 'reporter';
	name: string;
	reporters: Reporter[];
}

export type Mention =
	QuantityMention | ClockMention | DateMention | MissileMention | PlaceMention | ReporterMention;

export const WEEKDAYS = [
	'sunday',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday'
] as const;
export const WEEKDAY_SOURCE = '(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day';

export const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
] as const;
export const MONTH_SOURCE =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

export function weekdayIndex(word: string): number {
	return WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number]);
}

export function monthIndex(word: string): number {
	const w = word.toLowerCase().replace(/\.$/, '');
	return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

/** Runs a global regex over one sentence and yields matches with text offsets. */
export function* matchesIn(re: RegExp, text: string, offset: number) {
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		if (m[0] === '') {
			re.lastIndex++;
			continue;
		}
		yield { m, start: offset + m.index, end: offset + m.index + m[0].length };
	}
}

/** True when [start, end) overlaps any of the spans. */
export function overlaps(
	spans: readonly { start: number; end: number }[],
	start: number,
	end: number
) {
	return spans.some((s) => s.start < end && start < s.end);
}
