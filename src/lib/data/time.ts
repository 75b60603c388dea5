/**
 * Dates, times and weekdays for launch times: KST (UTC+9), UTC and Pyongyang local time, all through Intl
 * with IANA time zones (no hand-rolled calendar). Pyongyang kept UTC+8:30 from 15 Aug 2015 to 5 May 2018;
 * the IANA zone Asia/Pyongyang knows this.
 */

export const KST_ZONE = 'Asia/Seoul';
export const PYONGYANG_ZONE = 'Asia/Pyongyang';
export const KST_OFFSET_MINUTES = 9 * 60;

export type Weekday =
	'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export interface LocalTime {
	/** YYYY-MM-DD in that zone. */
	date: string;
	/** HH:MM (24 h) in that zone. */
	time: string;
	weekday: Weekday;
	/** The zone's offset from UTC at that instant, in minutes (KST: 540). */
	offsetMinutes: number;
	timeZone: string;
}

function toDate(instant: string | Date): Date {
	const d = instant instanceof Date ? instant : new Date(instant);
	if (Number.isNaN(d.getTime()))
		throw new RangeError(
			`Not a valid date/time: ${String(instant)}. Use ISO 8601 with an offset, e.g. 2022-01-30T07:52:00+09:00.`
		);
	return d;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = partsFormatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			weekday: 'long',
			hourCycle: 'h23'
		});
		partsFormatters.set(timeZone, f);
	}
	return f;
}

/** Calendar date, time, weekday and UTC offset of an instant in an IANA time zone. */
export function localTime(instant: string | Date, timeZone: string): LocalTime {
	const d = toDate(instant);
	const parts = Object.fromEntries(
		formatter(timeZone)
			.formatToParts(d)
			.map((p) => [p.type, p.value])
	);
	const asUtc = Date.UTC(
		Number(parts.year),
		Number(parts.month) - 1,
		Number(parts.day),
		Number(parts.hour),
		Number(parts.minute),
		Number(parts.second)
	);
	const offsetMinutes = Math.round((asUtc - Math.floor(d.getTime() / 1000) * 1000) / 60000);
	return {
		date: `${parts.year}-${parts.month}-${parts.day}`,
		time: `${parts.hour}:${parts.minute}`,
		weekday: parts.weekday as Weekday,
		offsetMinutes,
		timeZone
	};
}

export const kstTime = (instant: string | Date): LocalTime => localTime(instant, KST_ZONE);
export const utcTime = (instant: string | Date): LocalTime => localTime(instant, 'UTC');
export const pyongyangTime = (instant: string | Date): LocalTime =>
	localTime(instant, PYONGYANG_ZONE);

/** ISO UTC of an instant, without milliseconds: 2022-01-29T22:52:00Z. */
export function toUtcIso(instant: string | Date): string {
	return toDate(instant)
		.toISOString()
		.replace(/\.000Z$/, 'Z');
}

/** ISO KST of an instant: 2022-01-30T07:52:00+09:00. */
export function toKstIso(instant: string | Date): string {
	const d = toDate(instant);
	return new Date(d.getTime() + KST_OFFSET_MINUTES * 60000).toISOString().slice(0, 19) + '+09:00';
}

/** Weekday of a calendar date (YYYY-MM-DD), independent of any time zone. */
export function weekdayOfDate(date: string): Weekday {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
		throw new RangeError(`Not a calendar date: "${date}". Use YYYY-MM-DD, e.g. 2022-01-30.`);
	return localTime(`${date}T12:00:00Z`, 'UTC').weekday;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * A calendar date (YYYY-MM-DD) written out in English, e.g. "30 January 2022" (en-GB long date).
 * Written without Intl: the first Intl.DateTimeFormat of a page costs it 10-30 ms of main thread
 * (the test checks every day against Intl).
 */
export function longDate(date: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) throw new RangeError(`Not a calendar date: "${date}". Use YYYY-MM-DD, e.g. 2022-01-30.`);
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	if (month < 1 || month > 12 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
		throw new RangeError(
			`No such day: "${date}". Check the month (01-12) and the day (at most the month's length).`
		);
	return `${day} ${MONTHS[month - 1]} ${m[1]}`;
}

/** A launch time in KST, UTC and Pyongyang local time, for "Sunday (KST) vs Saturday (UTC)" explanations. */
export function describeLaunchTime(launch: { kst: string }): {
	kst: LocalTime;
	utc: LocalTime;
	pyongyang: LocalTime;
	/** True when the KST and UTC calendar dates differ. */
	dateDiffers: boolean;
} {
	const kst = kstTime(launch.kst);
	const utc = utcTime(launch.kst);
	return { kst, utc, pyongyang: pyongyangTime(launch.kst), dateDiffers: kst.date !== utc.date };
}
