import { describe, expect, it } from 'vitest';
import { tests } from './dataset.ts';
import {
	describeLaunchTime,
	longDate,
	kstTime,
	localTime,
	pyongyangTime,
	toKstIso,
	toUtcIso,
	utcTime,
	weekdayOfDate
} from './time.ts';

describe('weekdayOfDate (article-facts.md, "Unit and calculation checks")', () => {
	it.each([
		['2022-01-30', 'Sunday'],
		['2022-01-31', 'Monday'],
		['2022-01-12', 'Wednesday'],
		['2021-12-10', 'Friday'],
		['2022-02-04', 'Friday'],
		['2022-02-20', 'Sunday'],
		['2022-02-27', 'Sunday'],
		['2022-03-24', 'Thursday'],
		['2017-11-29', 'Wednesday'],
		['2017-09-15', 'Friday'],
		['2018-06-12', 'Tuesday'],
		['2019-06-30', 'Sunday']
	])('%s is a %s', (date, weekday) => {
		expect(weekdayOfDate(date)).toBe(weekday);
	});

	it('rejects a malformed date with a hint', () => {
		expect(() => weekdayOfDate('30 Jan 2022')).toThrow(/YYYY-MM-DD/);
	});
});

describe('KST / UTC', () => {
	it('07:52 KST Sunday 30 Jan 2022 = 22:52 UTC Saturday 29 Jan = 17:52 EST Saturday', () => {
		const instant = '2022-01-30T07:52:00+09:00';
		expect(toUtcIso(instant)).toBe('2022-01-29T22:52:00Z');
		expect(kstTime(instant)).toMatchObject({
			date: '2022-01-30',
			time: '07:52',
			weekday: 'Sunday',
			offsetMinutes: 540
		});
		expect(utcTime(instant)).toMatchObject({
			date: '2022-01-29',
			time: '22:52',
			weekday: 'Saturday',
			offsetMinutes: 0
		});
		expect(localTime(instant, 'America/New_York')).toMatchObject({
			date: '2022-01-29',
			time: '17:52',
			weekday: 'Saturday',
			offsetMinutes: -300
		});
	});

	it('toKstIso is the inverse of toUtcIso', () => {
		expect(toKstIso('2022-01-29T22:52:00Z')).toBe('2022-01-30T07:52:00+09:00');
		expect(toKstIso('2017-11-28T18:17:00Z')).toBe('2017-11-29T03:17:00+09:00');
	});

	it('Pyongyang was UTC+8:30 from 15 Aug 2015 to 5 May 2018, UTC+9 before and after', () => {
		expect(pyongyangTime('2017-11-29T03:17:00+09:00')).toMatchObject({
			time: '02:47',
			offsetMinutes: 510
		});
		expect(pyongyangTime('2015-08-01T12:00:00Z').offsetMinutes).toBe(540);
		expect(pyongyangTime('2018-06-01T12:00:00Z').offsetMinutes).toBe(540);
		expect(pyongyangTime('2022-01-30T07:52:00+09:00').time).toBe('07:52');
	});

	it('describeLaunchTime flags the date change between KST and UTC', () => {
		const d = describeLaunchTime({ kst: '2022-01-30T07:52:00+09:00' });
		expect(d.dateDiffers).toBe(true);
		expect([d.kst.weekday, d.utc.weekday]).toEqual(['Sunday', 'Saturday']);
		expect(describeLaunchTime({ kst: '2022-03-24T14:33:00+09:00' }).dateDiffers).toBe(false);
	});

	it('every test in the dataset: utc is kst minus 9 h and the id carries the KST date', () => {
		for (const t of tests) {
			expect(toUtcIso(t.launch.kst)).toBe(t.launch.utc);
			expect(t.id.slice(0, 10)).toBe(kstTime(t.launch.utc).date);
		}
	});

	it('rejects an invalid time with a hint', () => {
		expect(() => kstTime('yesterday')).toThrow(/ISO 8601/);
	});
});

describe('longDate', () => {
	it('writes a calendar date out in English, whatever the machine time zone', () => {
		expect(longDate('2022-01-30')).toBe('30 January 2022');
		expect(longDate('2017-11-29')).toBe('29 November 2017');
		expect(longDate('2024-10-31')).toBe('31 October 2024');
	});
	it('rejects anything that is not YYYY-MM-DD with a message saying the format', () => {
		expect(() => longDate('30/01/2022')).toThrow('Use YYYY-MM-DD');
	});
	it('rejects days that do not exist, saying what to check', () => {
		for (const bad of ['2022-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '2022-01-00'])
			expect(() => longDate(bad)).toThrow('No such day');
		expect(longDate('2024-02-29')).toBe('29 February 2024');
	});
	it('agrees with Intl (en-GB, long month) on every day of 1999-2001 and 2022-2024', () => {
		const intl = new Intl.DateTimeFormat('en-GB', {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		let days = 0;
		for (const start of [Date.UTC(1999, 0, 1), Date.UTC(2022, 0, 1)]) {
			for (let t = start; t < start + 3 * 365.25 * 86_400_000; t += 86_400_000) {
				const iso = new Date(t).toISOString().slice(0, 10);
				expect(longDate(iso)).toBe(intl.format(new Date(t)));
				days++;
			}
		}
		expect(days).toBeGreaterThan(2190);
	});
});
