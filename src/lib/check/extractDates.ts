/**
 * Clock times ("7:52 a.m.", "0213 UTC", "10:22 p.m. Monday GMT", "11:11 p.m. local time") and dates
 * ("30 January 2022", "Tuesday, Nov. 28", "on Sunday", "Sunday's test", "in August 2017", "since late
 * 2017", "this weekend") in one sentence.
 */
import {
	MONTH_SOURCE,
	WEEKDAY_SOURCE,
	matchesIn,
	monthIndex,
	overlaps,
	weekdayIndex,
	type ClockMention,
	type DateMention,
	type ZoneName
} from './mentions.ts';

const ZONE_SOURCE =
	'KST|JST|GMT|UTC|EDT|EST|ET|PDT|PST|PT|CET|CEST|local time|Korean? time|Seoul time|Tokyo time|Japan time|Pyongyang time|Washington time|U\\.?S\\.? time|Eastern time';
const AMPM = '[ap]\\.?\\s?m\\b\\.?';
const CLOCK_RE = new RegExp(
	'(?<![\\d:.])(?:' +
		`(\\d{1,2})(?:[:.](\\d{2}))?\\s*(${AMPM})` +
		'|([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])' +
		`|([01]\\d|2[0-3])([0-5]\\d)(?=\\s*(?:${ZONE_SOURCE}|hours|hrs)\\b)` +
		')' +
		`(?:,?\\s+(?:on\\s+)?(${WEEKDAY_SOURCE}))?(?:\\s*\\(?\\s*(${ZONE_SOURCE})\\)?)?(?:,?\\s+(?:on\\s+)?(${WEEKDAY_SOURCE}))?`,
	'gi'
);

function zoneOf(word: string | undefined): ZoneName | null {
	if (!word) return null;
	const w = word.toLowerCase().replace(/\./g, '');
	if (w === 'kst' || /^(?:korean?|seoul) time$/.test(w)) return w === 'kst' ? 'KST' : 'Korean';
	if (w === 'jst' || /^(?:tokyo|japan) time$/.test(w)) return 'JST';
	if (w === 'gmt' || w === 'utc') return 'UTC';
	if (/^(?:edt|est|et|eastern time|washington time|us time)$/.test(w)) return 'ET';
	if (/^(?:pdt|pst|pt)$/.test(w)) return 'PT';
	if (w === 'cet' || w === 'cest') return 'CET';
	if (w === 'pyongyang time') return 'Pyongyang';
	return 'local';
}

/** Clock times in one sentence. */
export function extractClocks(text: string, offset: number, sentence: number): ClockMention[] {
	const out: ClockMention[] = [];
	for (const { m, start } of matchesIn(CLOCK_RE, text, offset)) {
		const [, h12, m12, ampm, h24, m24, hMil, mMil, wd1, zoneWord, wd2] = m;
		let hour = Number(h12 ?? h24 ?? hMil);
		const minute = Number(m12 ?? m24 ?? mMil ?? 0);
		if (ampm) {
			if (hour < 1 || hour > 12) continue;
			hour = (hour % 12) + (/^p/i.test(ampm) ? 12 : 0);
		}
		const zone = zoneOf(zoneWord);
		// A weekday belongs to the time only when it says which day it was in another zone.
		const foreign = zone !== null && !['KST', 'Korean', 'local', 'Pyongyang', 'JST'].includes(zone);
		const weekday = foreign ? (wd1 ?? wd2) : wd1;
		// Otherwise "on Friday" after the time is a date of its own.
		const cut = foreign ? -1 : wd1 ? m[0].indexOf(wd1) : wd2 ? m[0].lastIndexOf(wd2) : -1;
		let kept = cut < 0 ? m[0] : m[0].slice(0, cut).replace(/[\s,(]*(?:on\s*)?$/i, '');
		if (kept.endsWith(')') && !kept.includes('(')) kept = kept.slice(0, -1);
		const before = text.slice(Math.max(0, start - offset - 12), start - offset);
		out.push({
			type: 'clock',
			hour,
			minute,
			minutesGiven: (m12 ?? m24 ?? mMil) !== undefined,
			zone,
			zoneWeekday: foreign && weekday ? weekdayIndex(weekday) : undefined,
			approximate:
				/(?:about|around|approximately|roughly|shortly after|just after|before)\s*$/i.test(before),
			start,
			end: start + kept.replace(/[\s,(]+$/, '').length,
			sentence
		});
	}
	return out;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+((?:19|20)\\d{2})(?!\\d)|\\s+(this|last) year)?';
const WD = `(?:(${WEEKDAY_SOURCE}),?\\s+)?`;
const FULL_DATE_RES = [
	// Tuesday, Nov. 28, 2017 | March 24 this year
	{ re: new RegExp(`${WD}\\b(${MONTH_SOURCE})\\.?\\s+${DAY}\\b${YEAR}`, 'gi'), order: 'md' },
	// 30 January 2022
	{ re: new RegExp(`${WD}\\b${DAY}\\s+(${MONTH_SOURCE})\\b\\.?${YEAR}`, 'gi'), order: 'dm' },
	// on the 18th
	{
		re: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|time|launch|test|missile))/gi,
		order: 'd'
	}
] as const;
const ISO_RE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;
const WEEKDAY_RE = new RegExp(
	`\\b(?:(on|early|late|last|this|next)\\s+)?(${WEEKDAY_SOURCE})('s|’s)?(?:\\s+(morning|afternoon|evening|night))?\\b`,
	'gi'
);
const MONTH_RE = new RegExp(
	`\\b(?:(early|mid|late)[- ](?:in\\s+)?)?(${MONTH_SOURCE})\\b\\.?(?:\\s+((?:19|20)\\d{2})(?!\\d)|\\s+(this|last) year)?`,
	'gi'
);
const YEAR_RE =
	/\b(?:in|since|of|from|until|by|before|after|during|throughout)\s+(?:(early|mid|late)[- ])?((?:19|20)\d{2})(?!\d|,\d|\s*(?:km|kilomet|miles))/gi;
const RELATIVE_RE =
	/\b(this weekend|last weekend|earlier this month|later this month|earlier this year|later this year|last year|last month|next month|yesterday)\b/gi;

/** Dates in one sentence, the most specific form first, none overlapping another. */
export function extractDates(
	text: string,
	offset: number,
	sentence: number,
	isFirstLine: boolean
): DateMention[] {
	const out: DateMention[] = [];
	const add = (
		d: Omit<DateMention, 'type' | 'sentence' | 'dateline' | 'possessive'> & Partial<DateMention>
	) => {
		if (overlaps(out, d.start, d.end)) return;
		out.push({ type: 'date', sentence, dateline: false, possessive: false, ...d });
	};
	for (const { re, order } of FULL_DATE_RES)
		for (const { m, start, end } of matchesIn(re, text, offset)) {
			if (order === 'd') add({ form: 'full', day: Number(m[1]), start, end });
			else {
				const [mon, day] = order === 'md' ? [m[2], m[3]] : [m[3], m[2]];
				const dayN = Number(day);
				if (dayN < 1 || dayN > 31 || mon[0] !== mon[0].toUpperCase()) continue;
				add({
					form: 'full',
					weekday: m[1] ? weekdayIndex(m[1]) : undefined,
					month: monthIndex(mon),
					day: dayN,
					year: m[4] ? Number(m[4]) : undefined,
					relativeYear: (m[5]?.toLowerCase() as 'this' | 'last' | undefined) ?? undefined,
					start,
					end
				});
			}
		}
	for (const { m, start, end } of matchesIn(ISO_RE, text, offset))
		add({ form: 'full', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), start, end });
	for (const { m, start, end } of matchesIn(WEEKDAY_RE, text, offset))
		add({
			form: 'weekday',
			weekday: weekdayIndex(m[2]),
			phrase: m[1]?.toLowerCase(),
			possessive: m[3] !== undefined,
			start,
			end
		});
	addPeriods(text, offset, add);
	markDatelines(out, text, offset, isFirstLine);
	return out.sort((a, b) => a.start - b.start);
}

function addPeriods(
	text: string,
	offset: number,
	add: (d: Omit<DateMention, 'type' | 'sentence' | 'dateline' | 'possessive'>) => void
) {
	for (const { m, start, end } of matchesIn(MONTH_RE, text, offset)) {
		// "May" is also a verb: only a month with a year, a part or after "in"/"since".
		const before = text.slice(Math.max(0, start - offset - 8), start - offset);
		if (/^may$/i.test(m[2]) && !m[3] && !m[4] && !m[1] && !/(?:in|since|of)\s+$/i.test(before))
			continue;
		if (m[2][0] !== m[2][0].toUpperCase()) continue;
		add({
			form: 'month',
			month: monthIndex(m[2]),
			year: m[3] ? Number(m[3]) : undefined,
			relativeYear: (m[4]?.toLowerCase() as 'this' | 'last' | undefined) ?? undefined,
			part: m[1]?.toLowerCase() as DateMention['part'],
			since: /since\s+$/i.test(before),
			start,
			end
		});
	}
	for (const { m, start, end } of matchesIn(YEAR_RE, text, offset)) {
		const yearStart = start + m[0].search(/(?:early|mid|late)[- ]|(?:19|20)\d{2}/);
		add({
			form: 'year',
			year: Number(m[2]),
			part: m[1]?.toLowerCase() as DateMention['part'],
			since: /^since\b/i.test(m[0]),
			start: yearStart,
			end
		});
	}
	for (const { m, start, end } of matchesIn(RELATIVE_RE, text, offset))
		add({ form: 'relative', phrase: m[1].toLowerCase(), start, end });
}

/**
 * A date at the very start of the report ("29 November 2017:", "Seoul, Nov. 19 (Jiji Press)") or after
 * "Published"/"Posted" is the report's own date, not a claim about the launch.
 */
function markDatelines(dates: DateMention[], text: string, offset: number, firstLine: boolean) {
	for (const d of dates) {
		const before = text.slice(Math.max(0, d.start - offset - 40), d.start - offset);
		const after = text.slice(d.end - offset, d.end - offset + 30);
		const leads =
			firstLine &&
			d.start - offset < 40 &&
			(/^[\p{Lu}][\p{L}\s.'-]{0,30},?\s*$/u.test(before) || before.trim() === '');
		if (
			(leads && /^\s*(?:\(|:|—|–|-|\/)/.test(after)) ||
			/(?:published|posted|updated|dated)(?:\s+on)?[\s:]*(?:\w+,?\s+)?$/i.test(before)
		)
			d.dateline = true;
	}
}
