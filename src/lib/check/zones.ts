/**
 * Time zones as reports name them, turned into offsets at a given instant through the IANA zones (so
 * daylight saving and Pyongyang's UTC+8:30 of 15 Aug 2015 - 5 May 2018 come out right).
 */
import {
	KST_ZONE,
	PYONGYANG_ZONE,
	kstTime,
	localTime as intlLocalTime,
	type LocalTime
} from '../data/time.ts';
import type { ClockMention, ZoneName } from './mentions.ts';

const IANA: Record<Exclude<ZoneName, 'local'>, string> = {
	KST: KST_ZONE,
	Korean: KST_ZONE,
	JST: 'Asia/Tokyo',
	UTC: 'UTC',
	ET: 'America/New_York',
	PT: 'America/Los_Angeles',
	CET: 'Europe/Berlin',
	Pyongyang: PYONGYANG_ZONE
};

// Intl is slow next to everything else the checker does, and it is asked about the same few launch
// instants again and again (each test's launch in each zone): remember its answers.
const memo = new Map<string, LocalTime>();
function localTime(instant: string, zone: string): LocalTime {
	const key = `${instant}|${zone}`;
	let hit = memo.get(key);
	if (!hit) {
		hit = intlLocalTime(instant, zone);
		memo.set(key, hit);
	}
	return hit;
}

export const ZONE_LABEL: Record<ZoneName, string> = {
	KST: 'KST',
	Korean: 'Korean time',
	JST: 'JST',
	UTC: 'UTC',
	ET: 'US Eastern time',
	PT: 'US Pacific time',
	CET: 'Central European time',
	Pyongyang: 'Pyongyang time',
	local: 'local time'
};

/** The zones a clock time may be read in: a named zone, or Korea (and Pyongyang, when it differed). */
export function candidateZones(clock: ClockMention, instant: string): ZoneName[] {
	if (clock.zone && clock.zone !== 'local') return [clock.zone];
	const pyongyangDiffers = localTime(instant, PYONGYANG_ZONE).offsetMinutes !== 9 * 60;
	return pyongyangDiffers ? ['Korean', 'Pyongyang'] : ['Korean'];
}

export interface ReadClock {
	zone: ZoneName;
	/** The stated time as an instant (ms), on the calendar day nearest `instant` in that zone. */
	ms: number;
}

/** A stated clock time read in `zone` on the day (in that zone) nearest the reference instant. */
export function readClock(clock: ClockMention, zone: ZoneName, instant: string): ReadClock {
	const iana = IANA[zone === 'local' ? 'Korean' : zone];
	const ref = localTime(instant, iana);
	const [y, mo, d] = ref.date.split('-').map(Number);
	const base = Date.UTC(y, mo - 1, d, clock.hour, clock.minute) - ref.offsetMinutes * 60_000;
	const refMs = new Date(instant).getTime();
	const day = 86_400_000;
	const ms = [base - day, base, base + day].reduce((a, b) =>
		Math.abs(b - refMs) < Math.abs(a - refMs) ? b : a
	);
	return { zone, ms };
}

/** Weekday (0 = Sunday) of an instant in a zone. */
export function weekdayIn(ms: number, zone: ZoneName): number {
	const iana = IANA[zone === 'local' ? 'Korean' : zone];
	const wd = intlLocalTime(new Date(ms), iana).weekday;
	return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(wd);
}

/** `2022-01-30T07:52:00+09:00` for an instant. */
export function kstIso(ms: number): string {
	const t = kstTime(new Date(ms));
	return `${t.date}T${t.time}:00+09:00`;
}

export function kstClock(ms: number): string {
	return kstTime(new Date(ms)).time;
}

/** Calendar date (YYYY-MM-DD) of an instant in KST, UTC and US Eastern time. */
export function datesOf(instant: string): { kst: string; utc: string; et: string } {
	return {
		kst: localTime(instant, KST_ZONE).date,
		utc: localTime(instant, 'UTC').date,
		et: localTime(instant, 'America/New_York').date
	};
}
