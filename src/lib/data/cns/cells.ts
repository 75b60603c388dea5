/**
 * Cell parsers for the CNS missile test database. Each takes any string and returns a value (or null)
 * with the quirks it met as issues; none throws. They are written for the format, not one release:
 * anything they do not recognise becomes null with an 'unparseable' error carrying the raw text.
 *
 * Documented rules:
 * - Distances: "150", "150 km", "1,380 km", "150km", "150 kilometers"; m, mi and nmi are converted to km.
 *   A unit one keystroke from "km" ("lm", "kn", "jm") is read as km with a warning.
 * - Ranges in words ("between 110 and 670 km", "110-670 km", "110 to 670 km") keep low and high;
 *   the single value is null (we do not invent a midpoint).
 * - Qualifiers ("about", "over", "up to", "~") keep the number and record the qualifier.
 * - Two-digit years pivot like POSIX strptime %y: 69-99 -> 1969-1999, 00-68 -> 2000-2068.
 * - Slash dates are US month/day/year (the CNS spreadsheet's locale); a first number above 12 is read as
 *   day/month with a warning.
 * - Five-digit numbers in a date cell (20000-80000) are Excel serial dates (1900 system) with a warning.
 */
import { KM_PER_MILE, KM_PER_NAUTICAL_MILE } from '../units.ts';
import type { CellIssue, DateValue, KmValue, Parsed, Qualifier } from './types.ts';

const MONTHS: Record<string, number> = {
	jan: 1,
	january: 1,
	feb: 2,
	february: 2,
	mar: 3,
	march: 3,
	apr: 4,
	april: 4,
	may: 5,
	jun: 6,
	june: 6,
	jul: 7,
	july: 7,
	aug: 8,
	august: 8,
	sep: 9,
	sept: 9,
	september: 9,
	oct: 10,
	october: 10,
	nov: 11,
	november: 11,
	dec: 12,
	december: 12
};

const UNKNOWN_WORDS = new Set([
	'unknown',
	'unk',
	'?',
	'??',
	'???',
	'not known',
	'tbd',
	'tba',
	'unclear',
	'undetermined',
	'unconfirmed',
	'not reported',
	'not available'
]);
const NOT_APPLICABLE_WORDS = new Set([
	'n/a',
	'na',
	'n.a',
	'not applicable',
	'none',
	'-',
	'--',
	'—',
	'–'
]);

export type MissingKind = 'blank' | 'unknown' | 'not-applicable';

/** Collapses whitespace (incl. no-break spaces) and trims. */
export function tidy(raw: string): string {
	return raw.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

/** Recognises blank cells and the words the database uses for "no value". */
export function missingKind(raw: string): MissingKind | null {
	const s = tidy(raw).toLowerCase();
	if (s === '') return 'blank';
	const bare = s.replace(/[.\s]+$/, '');
	if (UNKNOWN_WORDS.has(s) || UNKNOWN_WORDS.has(bare)) return 'unknown';
	if (NOT_APPLICABLE_WORDS.has(s) || NOT_APPLICABLE_WORDS.has(bare)) return 'not-applicable';
	return null;
}

export function missingIssue(kind: MissingKind, what: string): CellIssue {
	switch (kind) {
		case 'blank':
			return { code: 'blank', severity: 'info', message: `${what} is blank; read as no value.` };
		case 'unknown':
			return {
				code: 'unknown',
				severity: 'info',
				message: `${what} says "unknown"; read as no value.`
			};
		case 'not-applicable':
			return {
				code: 'not-applicable',
				severity: 'info',
				message: `${what} says "not applicable"; read as no value.`
			};
	}
}

function unparseable(what: string, raw: string, expected: string): CellIssue {
	return {
		code: 'unparseable',
		severity: 'error',
		message: `${what} "${clip(raw)}" could not be read (expected ${expected}); kept as raw text, value is null.`
	};
}

/** Shortens long raw text for messages. */
export function clip(s: string, max = 60): string {
	const t = tidy(s);
	return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

// ---------------------------------------------------------------------------------------------
// Distances and altitudes (km)

const NUM = String.raw`[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.,]\d+)?|[+\-−]?[.,]\d+`;
const UNIT = String.raw`[a-zA-Z][a-zA-Z.]*(?:\s(?:miles?|mi))?`;

interface UnitInfo {
	factorKm: number;
	issue?: CellIssue;
}

function editDistanceAtMost1(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	if (a.length === b.length) {
		let diff = 0;
		for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
		if (diff === 1) return true;
		// adjacent transposition ("mk")
		return a.length === 2 && a[0] === b[1] && a[1] === b[0];
	}
	const [s, l] = a.length < b.length ? [a, b] : [b, a];
	for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
	return false;
}

function unitInfo(unitRaw: string, what: string): UnitInfo | null {
	const u = unitRaw.toLowerCase().replace(/\.+$/, '').replace(/\s+/g, ' ');
	if (['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'k.m'].includes(u))
		return { factorKm: 1 };
	if (['m', 'meter', 'meters', 'metre', 'metres'].includes(u))
		return {
			factorKm: 0.001,
			issue: {
				code: 'unit-converted',
				severity: 'info',
				message: `${what} is in metres; converted to km.`
			}
		};
	if (['mi', 'mile', 'miles', 'statute miles'].includes(u))
		return {
			factorKm: KM_PER_MILE,
			issue: {
				code: 'unit-converted',
				severity: 'info',
				message: `${what} is in statute miles; converted to km (1 mi = 1.609344 km).`
			}
		};
	if (['nm', 'nmi', 'nautical mile', 'nautical miles', 'nautical mi'].includes(u))
		return {
			factorKm: KM_PER_NAUTICAL_MILE,
			issue: {
				code: 'unit-converted',
				severity: 'warning',
				message: `${what} is in nautical miles ("${unitRaw}"); converted to km (1 nmi = 1.852 km).`
			}
		};
	if (u.length <= 3 && /^[a-z,]+$/.test(u) && editDistanceAtMost1(u, 'km'))
		return {
			factorKm: 1,
			issue: {
				code: 'unit-typo',
				severity: 'warning',
				message: `${what} has the unit "${unitRaw}", read as a typo for km.`
			}
		};
	return null;
}

interface NumberRead {
	value: number;
	issues: CellIssue[];
}

function readNumber(text: string, what: string): NumberRead | null {
	let t = text.replace(/−/g, '-');
	const issues: CellIssue[] = [];
	if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
		t = t.replace(/,/g, '');
		issues.push({
			code: 'thousands-separator',
			severity: 'info',
			message: `${what} has a thousands separator; read as ${t}.`
		});
	} else if (/^[+-]?\d*,\d+$/.test(t)) {
		t = t.replace(',', '.');
		issues.push({
			code: 'decimal-comma',
			severity: 'warning',
			message: `${what} has a decimal comma; read as ${t}.`
		});
	}
	const value = Number(t);
	if (!Number.isFinite(value)) return null;
	return { value, issues };
}

const QUALIFIERS: [RegExp, Qualifier][] = [
	[
		/^(?:about|approx(?:\.|imately)?|around|roughly|some|circa|ca\.|c\.|est(?:\.|imated)?|~|≈)\s*/i,
		'about'
	],
	[/^(?:over|more than|above|at least|greater than|in excess of|>=|≥|>)\s*/i, 'more-than'],
	[/^(?:under|less than|below|up to|at most|nearly|almost|<=|≤|<)\s*/i, 'less-than']
];

const SINGLE_RE = new RegExp(String.raw`^(${NUM})\s*(${UNIT})?$`);
const RANGE_RE = new RegExp(
	String.raw`^(?:between\s+|from\s+)?(${NUM})\s*(${UNIT})?\s*(?:-|–|—|~|to|and|or|/)\s*(${NUM})\s*(${UNIT})?$`,
	'i'
);

/**
 * Reads a distance or altitude cell into km. `what` names the column in messages ("Apogee").
 * Never throws: anything unreadable is null with an 'unparseable' error.
 */
export function parseKm(raw: string, what = 'Value'): Parsed<KmValue> & { value: KmValue } {
	const empty: KmValue = { km: null, lowKm: null, highKm: null, qualifier: null };
	const issues: CellIssue[] = [];
	const missing = missingKind(raw);
	if (missing) return { value: empty, issues: [missingIssue(missing, what)] };

	let s = tidy(raw).replace(/[–—]/g, '-');
	// A trailing parenthetical ("581 km (361 mi)") is commentary: keep the first figure.
	const paren = /^(.*?\S)\s*\(([^()]*)\)$/.exec(s);
	if (paren && /\d/.test(paren[1])) {
		s = paren[1];
		issues.push({
			code: 'extra-text',
			severity: 'info',
			message: `${what} has a note in brackets "(${clip(paren[2], 40)})"; it was ignored.`
		});
	}
	let qualifier: Qualifier = 'exact';
	for (const [re, q] of QUALIFIERS) {
		const m = re.exec(s);
		if (m && m[0].length > 0 && m[0].length < s.length) {
			qualifier = q;
			s = s.slice(m[0].length);
			issues.push({
				code: 'qualifier',
				severity: 'info',
				message: `${what} is qualified ("${m[0].trim()}"); the number is kept with qualifier ${q}.`
			});
			break;
		}
	}
	s = s.replace(/\s*(?:away|out|downrange|high|altitude|in altitude|distance)$/i, '');

	const single = SINGLE_RE.exec(s);
	if (single) {
		const n = readNumber(single[1], what);
		if (!n) return { value: empty, issues: [...issues, unparseable(what, raw, 'a number of km')] };
		issues.push(...n.issues);
		let factor = 1;
		if (single[2]) {
			const unit = unitInfo(single[2], what);
			if (!unit) {
				return {
					value: empty,
					issues: [
						...issues,
						{
							code: 'unknown-unit',
							severity: 'error',
							message: `${what} "${clip(raw)}" has an unknown unit "${single[2]}"; value is null.`
						}
					]
				};
			}
			factor = unit.factorKm;
			if (n.value >= 0)
				issues.push(
					unit.issue ?? {
						code: 'unit-in-number',
						severity: 'info',
						message: `${what} carries its unit in the cell ("${clip(raw)}"); read as ${round(n.value * factor)} km.`
					}
				);
		} else {
			issues.push({
				code: 'no-unit',
				severity: 'info',
				message: `${what} has no unit; read as km.`
			});
		}
		const km = round(n.value * factor);
		if (km < 0) {
			return {
				value: empty,
				issues: [
					...issues,
					{
						code: 'negative',
						severity: 'error',
						message: `${what} is negative (${km} km), which is impossible; value is null.`
					}
				]
			};
		}
		if (km === 0) {
			issues.push({
				code: 'zero',
				severity: 'info',
				message: `${what} is 0 km: usually a launch failure at or just after lift-off.`
			});
		}
		return { value: { km, lowKm: null, highKm: null, qualifier }, issues };
	}

	const range = RANGE_RE.exec(s);
	if (range) {
		const a = readNumber(range[1], what);
		const b = readNumber(range[3], what);
		const unitText = range[4] ?? range[2];
		const unit = unitText ? unitInfo(unitText, what) : { factorKm: 1 };
		if (a && b && unit) {
			let low = round(a.value * unit.factorKm);
			let high = round(b.value * unit.factorKm);
			if (low > high) {
				[low, high] = [high, low];
				issues.push({
					code: 'range-reversed',
					severity: 'warning',
					message: `${what} range is written high-to-low; read as ${low}–${high} km.`
				});
			}
			if (low < 0) {
				return {
					value: empty,
					issues: [
						...issues,
						{
							code: 'negative',
							severity: 'error',
							message: `${what} range "${clip(raw)}" has a negative end; value is null.`
						}
					]
				};
			}
			issues.push(...a.issues, ...b.issues);
			if (unit.issue) issues.push(unit.issue);
			issues.push({
				code: 'range-in-words',
				severity: 'warning',
				message: `${what} is a range ("${clip(raw)}"): kept as ${low}–${high} km; no single value is chosen (null).`
			});
			return { value: { km: null, lowKm: low, highKm: high, qualifier }, issues };
		}
	}

	if (/\d/.test(s) && (s.match(new RegExp(NUM, 'g')) ?? []).length > 1) {
		return {
			value: empty,
			issues: [
				...issues,
				{
					code: 'multiple-values',
					severity: 'error',
					message: `${what} "${clip(raw)}" holds several numbers that are not a simple range; value is null.`
				}
			]
		};
	}
	return {
		value: empty,
		issues: [...issues, unparseable(what, raw, 'a number of km, e.g. "150 km"')]
	};
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Dates

function twoDigitYear(yy: number): number {
	return yy >= 69 ? 1900 + yy : 2000 + yy;
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

function yearFrom(text: string, what: string, issues: CellIssue[]): number {
	if (text.length === 4) return Number(text);
	const year = twoDigitYear(Number(text));
	issues.push({
		code: 'two-digit-year',
		severity: 'info',
		message: `${what} has a two-digit year "${text}", read as ${year} (69-99 -> 19xx, 00-68 -> 20xx).`
	});
	return year;
}

function dayValue(
	year: number,
	month: number,
	day: number,
	raw: string,
	what: string,
	issues: CellIssue[]
): Parsed<DateValue> {
	const none: DateValue = { date: null, month: null, year: null, precision: null };
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		return {
			value: none,
			issues: [
				...issues,
				{
					code: 'invalid-date',
					severity: 'error',
					message: `${what} "${clip(raw)}" is not a real calendar date; value is null.`
				}
			]
		};
	}
	checkYear(year, raw, what, issues);
	return {
		value: {
			date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
			month: `${pad(year, 4)}-${pad(month)}`,
			year,
			precision: 'day'
		},
		issues
	};
}

function checkYear(year: number, raw: string, what: string, issues: CellIssue[]): void {
	if (year < 1970 || year > 2100) {
		issues.push({
			code: 'implausible-year',
			severity: 'warning',
			message: `${what} "${clip(raw)}" gives the year ${year}, outside the database's span (North Korea's tests began in 1984).`
		});
	}
}

function monthNumber(name: string): number | null {
	return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * Reads a date cell: "9-Apr-84", "09-Apr-2017", "Sep-84" (month only), "4/9/2017", "2017-04-09",
 * "April 9, 2017", "1984" (year only), Excel serial numbers. `dominant` says which format is the
 * column's normal one: other formats get an info flag so mixed columns are visible.
 */
export function parseDate(
	raw: string,
	what = 'Date',
	dominant: 'd-mon-yy' | 'any' = 'any'
): Parsed<DateValue> & { value: DateValue } {
	const none: DateValue = { date: null, month: null, year: null, precision: null };
	const missing = missingKind(raw);
	if (missing) return { value: none, issues: [missingIssue(missing, what)] };
	const s = tidy(raw);
	const issues: CellIssue[] = [];
	const other = (name: string) => {
		if (dominant !== 'any')
			issues.push({
				code: 'date-format',
				severity: 'info',
				message: `${what} "${clip(raw)}" is written ${name}, unlike the column's usual d-Mon-yy.`
			});
	};
	let m: RegExpExecArray | null;

	// d-Mon-yy, d Mon yyyy, d-Month-yyyy
	if ((m = /^(\d{1,2})[-\s/.]([A-Za-z]{3,9}\.?)[-\s/.,]+(\d{4}|\d{2})$/.exec(s))) {
		const month = monthNumber(m[2]);
		if (month) {
			const year = yearFrom(m[3], what, issues);
			return dayValue(year, month, Number(m[1]), raw, what, issues) as Parsed<DateValue> & {
				value: DateValue;
			};
		}
	}
	// Month d, yyyy
	if ((m = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}|\d{2})$/.exec(s))) {
		const month = monthNumber(m[1]);
		if (month) {
			other('"Month d, yyyy"');
			const year = yearFrom(m[3], what, issues);
			return dayValue(year, month, Number(m[2]), raw, what, issues) as Parsed<DateValue> & {
				value: DateValue;
			};
		}
	}
	// Mon-yy, Month yyyy: month only
	if ((m = /^([A-Za-z]{3,9}\.?)[-\s/.,]+(\d{4}|\d{2})$/.exec(s))) {
		const month = monthNumber(m[1]);
		if (month) {
			const year = yearFrom(m[2], what, issues);
			checkYear(year, raw, what, issues);
			issues.push({
				code: 'month-only',
				severity: 'warning',
				message: `${what} "${clip(raw)}" gives only the month (${pad(year, 4)}-${pad(month)}); the day is unknown, date is null.`
			});
			return {
				value: { date: null, month: `${pad(year, 4)}-${pad(month)}`, year, precision: 'month' },
				issues
			};
		}
	}
	// m/d/yyyy (US); d/m/yyyy when the first number cannot be a month
	if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/.exec(s))) {
		let month = Number(m[1]);
		let day = Number(m[2]);
		if (month > 12 && day <= 12) {
			[month, day] = [day, month];
			issues.push({
				code: 'day-month-order',
				severity: 'warning',
				message: `${what} "${clip(raw)}" cannot be month/day/year; read as day/month/year.`
			});
		} else other('m/d/yyyy');
		const year = yearFrom(m[3], what, issues);
		return dayValue(year, month, day, raw, what, issues) as Parsed<DateValue> & {
			value: DateValue;
		};
	}
	// ISO
	if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s))) {
		other('yyyy-mm-dd');
		return dayValue(
			Number(m[1]),
			Number(m[2]),
			Number(m[3]),
			raw,
			what,
			issues
		) as Parsed<DateValue> & { value: DateValue };
	}
	if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(s))) {
		const year = Number(m[1]);
		const month = Number(m[2]);
		if (month >= 1 && month <= 12) {
			checkYear(year, raw, what, issues);
			issues.push({
				code: 'month-only',
				severity: 'warning',
				message: `${what} "${clip(raw)}" gives only the month; the day is unknown, date is null.`
			});
			return {
				value: { date: null, month: `${m[1]}-${pad(month)}`, year, precision: 'month' },
				issues
			};
		}
	}
	if ((m = /^(\d{4})$/.exec(s))) {
		const year = Number(m[1]);
		checkYear(year, raw, what, issues);
		issues.push({
			code: 'year-only',
			severity: 'warning',
			message: `${what} "${clip(raw)}" gives only the year; date and month are null.`
		});
		return { value: { date: null, month: null, year, precision: 'year' }, issues };
	}
	// Excel serial date (1900 date system, epoch 1899-12-30)
	if ((m = /^(\d{5})(?:\.\d+)?$/.exec(s)) && Number(m[1]) >= 20000 && Number(m[1]) <= 80000) {
		const d = new Date(Date.UTC(1899, 11, 30) + Number(m[1]) * 86400000);
		issues.push({
			code: 'excel-serial-date',
			severity: 'warning',
			message: `${what} "${clip(raw)}" looks like an Excel serial day number; read as ${d.toISOString().slice(0, 10)}.`
		});
		return dayValue(
			d.getUTCFullYear(),
			d.getUTCMonth() + 1,
			d.getUTCDate(),
			raw,
			what,
			issues
		) as Parsed<DateValue> & { value: DateValue };
	}
	return {
		value: none,
		issues: [...issues, unparseable(what, raw, 'a date such as "9-Apr-84" or "4/9/1984"')]
	};
}

// ---------------------------------------------------------------------------------------------
// Times

/**
 * Reads "Launch Time (UTC)": "08:28:00 PM" -> "20:28", "8:28 pm", "20:28", "20:28:15" -> "20:28:15",
 * Excel day fractions ("0.8528"). Seconds are kept only when they are not zero.
 */
export function parseTime(raw: string, what = 'Launch time'): Parsed<string> {
	const missing = missingKind(raw);
	if (missing) return { value: null, issues: [missingIssue(missing, what)] };
	let s = tidy(raw);
	const issues: CellIssue[] = [];
	const zone = /\s*(utc|gmt|z|kst|pyt|jst)$/i.exec(s);
	if (zone) {
		s = s.slice(0, zone.index).trim();
		const z = zone[1].toUpperCase();
		if (z === 'KST' || z === 'PYT' || z === 'JST') {
			return {
				value: null,
				issues: [
					{
						code: 'time-zone',
						severity: 'warning',
						message: `${what} "${clip(raw)}" is in ${z}, not UTC; not converted (the day may differ), value is null.`
					}
				]
			};
		}
	}
	const format = (h: number, min: number, sec: number) =>
		`${pad(h)}:${pad(min)}` + (sec ? `:${pad(sec)}` : '');
	let m: RegExpExecArray | null;
	if ((m = /^(\d{1,2})(?:[:.](\d{2}))?(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?$/i.exec(s))) {
		const h12 = Number(m[1]);
		const min = Number(m[2] ?? 0);
		const sec = Number(m[3] ?? 0);
		if (h12 < 1 || h12 > 12 || min > 59 || sec > 59) {
			return {
				value: null,
				issues: [
					{
						code: 'invalid-time',
						severity: 'error',
						message: `${what} "${clip(raw)}" is not a valid 12-hour time; value is null.`
					}
				]
			};
		}
		const h = (h12 % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
		const value = format(h, min, sec);
		issues.push({
			code: 'twelve-hour',
			severity: 'info',
			message: `${what} "${clip(raw)}" is 12-hour; read as ${value} (24-hour).`
		});
		return { value, issues };
	}
	if ((m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(s)) || (m = /^(\d{2})(\d{2})$/.exec(s))) {
		const h = Number(m[1]);
		const min = Number(m[2]);
		const sec = Number(m[3] ?? 0);
		if (h > 23 || min > 59 || sec > 59) {
			return {
				value: null,
				issues: [
					{
						code: 'invalid-time',
						severity: 'error',
						message: `${what} "${clip(raw)}" is not a valid time of day; value is null.`
					}
				]
			};
		}
		return { value: format(h, min, sec), issues };
	}
	if ((m = /^0?\.\d+$/.exec(s))) {
		const totalS = Math.round(Number(s) * 86400);
		const value = format(Math.floor(totalS / 3600) % 24, Math.floor(totalS / 60) % 60, totalS % 60);
		issues.push({
			code: 'excel-time-fraction',
			severity: 'warning',
			message: `${what} "${clip(raw)}" looks like an Excel day fraction; read as ${value}.`
		});
		return { value, issues };
	}
	return { value: null, issues: [unparseable(what, raw, 'a time such as "08:28:00 PM"')] };
}

// ---------------------------------------------------------------------------------------------
// Coordinates

/**
 * Reads a latitude or longitude in degrees: "39.40167", "39.4 N", "127.5°E", "39°24'06\"N".
 * Out-of-range values are null with an error.
 */
export function parseCoordinate(raw: string, axis: 'lat' | 'lon', what?: string): Parsed<number> {
	const label = what ?? (axis === 'lat' ? 'Latitude' : 'Longitude');
	const missing = missingKind(raw);
	if (missing) return { value: null, issues: [missingIssue(missing, label)] };
	const s = tidy(raw).replace(/−/g, '-');
	const issues: CellIssue[] = [];
	let value: number | null = null;
	let hemi: string | null = null;
	let m: RegExpExecArray | null;
	if ((m = /^([+-]?\d+(?:\.\d+)?)$/.exec(s))) value = Number(m[1]);
	else if (
		(m = /^([NSEW])?\s*([+-]?\d+(?:\.\d+)?)\s*°?\s*([NSEW])?$/i.exec(s)) &&
		(m[1] || m[3]) &&
		!(m[1] && m[3])
	) {
		value = Number(m[2]);
		hemi = (m[1] ?? m[3]).toUpperCase();
	} else if (
		(m =
			/^(\d{1,3})\s*[°d ]\s*(\d{1,2}(?:\.\d+)?)\s*['′m]?\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:["″]|'')?)?\s*([NSEW])?$/i.exec(
				s
			))
	) {
		const min = Number(m[2]);
		const sec = Number(m[3] ?? 0);
		if (min < 60 && sec < 60) {
			value = Number(m[1]) + min / 60 + sec / 3600;
			hemi = m[4]?.toUpperCase() ?? null;
			issues.push({
				code: 'degrees-minutes-seconds',
				severity: 'info',
				message: `${label} "${clip(raw)}" is in degrees/minutes/seconds; read as ${value.toFixed(6)}°.`
			});
		}
	}
	if (value === null || !Number.isFinite(value)) {
		return {
			value: null,
			issues: [...issues, unparseable(label, raw, 'decimal degrees such as "39.40167"')]
		};
	}
	if (hemi) {
		const ok = axis === 'lat' ? hemi === 'N' || hemi === 'S' : hemi === 'E' || hemi === 'W';
		if (!ok) {
			return {
				value: null,
				issues: [
					{
						code: 'wrong-hemisphere',
						severity: 'error',
						message: `${label} "${clip(raw)}" has the hemisphere letter ${hemi}, which belongs to the other axis; value is null.`
					}
				]
			};
		}
		if (hemi === 'S' || hemi === 'W') value = -Math.abs(value);
	}
	const limit = axis === 'lat' ? 90 : 180;
	if (Math.abs(value) > limit) {
		return {
			value: null,
			issues: [
				...issues,
				{
					code: 'out-of-range',
					severity: 'error',
					message: `${label} ${value} is outside ±${limit}°; value is null.`
				}
			]
		};
	}
	return { value: Math.round(value * 1e7) / 1e7, issues };
}

// ---------------------------------------------------------------------------------------------
// Enumerations and text

/** Reads a cell whose value is one of a few words (case-insensitive, matched on the normalised text). */
export function parseEnum<T extends string>(
	raw: string,
	what: string,
	table: Record<string, T>,
	options: { unknownValue?: T } = {}
): Parsed<T> {
	const missing = missingKind(raw);
	if (missing === 'unknown' && options.unknownValue !== undefined) {
		return { value: options.unknownValue, issues: [] };
	}
	if (missing) return { value: null, issues: [missingIssue(missing, what)] };
	const key = tidy(raw)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	const value = table[key];
	if (value !== undefined) return { value, issues: [] };
	return {
		value: null,
		issues: [
			{
				code: 'unrecognised-value',
				severity: 'error',
				message: `${what} "${clip(raw)}" is not one of the known values (${[...new Set(Object.keys(table))].join(', ')}); value is null.`
			}
		]
	};
}

/** Reads a free-text cell: tidied text, or null for blank/unknown/N/A. */
export function parseText(raw: string, what: string): Parsed<string> {
	const missing = missingKind(raw);
	if (missing) return { value: null, issues: [missingIssue(missing, what)] };
	return { value: tidy(raw), issues: [] };
}

/**
 * Whether a cell would run as a formula when the file is opened in a spreadsheet: it starts with "=" or
 * "@", or with "+" or "-" not followed by a plain number ("-5 km" and a lone "-" are values; "+1-555",
 * "-2+3" and "-cmd|..." are not). Such cells are kept as text and never evaluated; they are flagged
 * because a copy of them pasted into a spreadsheet would run.
 */
export function isFormulaLike(raw: string): boolean {
	const first = raw[0];
	if (first === '=' || first === '@') return raw.length > 1;
	if (first !== '+' && first !== '-') return false;
	const rest = raw.slice(1);
	return !/^[-\s]*$/.test(rest) && !/^\s*[\d.,]+\s*[a-zA-Z°%.]*\s*$/.test(rest);
}

/** Quirks any cell can have, whatever its column: formulas, mojibake, control characters. */
export function cellHygiene(raw: string, what: string): CellIssue[] {
	const issues: CellIssue[] = [];
	if (isFormulaLike(raw)) {
		issues.push({
			code: 'formula',
			severity: 'warning',
			message: `${what} starts with "${raw[0]}" like a spreadsheet formula; it is kept as text and never evaluated (an export from Lofted prefixes such cells with ').`
		});
	}
	if (raw.includes('\ufffd')) {
		issues.push({
			code: 'encoding',
			severity: 'warning',
			message: `${what} contains the replacement character "\ufffd": a character was lost when the file was re-encoded.`
		});
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(raw)) {
		issues.push({
			code: 'control-characters',
			severity: 'warning',
			message: `${what} contains invisible control characters; they are kept in the raw text.`
		});
	}
	return issues;
}
