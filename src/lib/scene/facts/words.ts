/** Words shared by every fact kind: reporters, qualifiers, durations, launch times, test names. */
import { getMissile } from '../../data/dataset.ts';
import { describeLaunchTime, longDate, type LocalTime } from '../../data/time.ts';
import type { Qualifier, ReportedFigure, Reporter, SourceRef, Test } from '../../data/types.ts';
import { formatDate, formatDuration, formatNumber as formatNumberUpTo } from '../../viz/format.ts';
import type { FactReport } from './types.ts';

/** Who each reporter code stands for, in plain words. */
export const REPORTER_NAMES: Record<Reporter, string> = {
	KCNA: 'KCNA (North Korean state media)',
	JMOD: 'Japan Ministry of Defense',
	JCS: 'South Korea Joint Chiefs of Staff',
	US: 'US government',
	analyst: 'Independent analyst'
};

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
	exact: '',
	about: 'about ',
	'more-than': 'more than ',
	'less-than': 'less than '
};

/** "2,000", "6,248.5": grouped, at most one decimal. */
export function formatNumber(n: number): string {
	return formatNumberUpTo(n, 1);
}

/** A value with its unit: durations in minutes and seconds, anything else "n unit". */
export function formatValue(n: number, unit: string): string {
	return unit === 's' ? formatDuration(n) : `${formatNumber(n)} ${unit}`;
}

/** "Sunday 30 January 2022, 07:52 KST (UTC+9)" from a time.ts LocalTime. */
export function formatLocalTime(t: LocalTime, zoneLabel: string): string {
	const h = Math.trunc(Math.abs(t.offsetMinutes) / 60);
	const min = Math.abs(t.offsetMinutes) % 60;
	const offset =
		t.offsetMinutes === 0
			? ''
			: ` (UTC${t.offsetMinutes < 0 ? '−' : '+'}${h}${min ? `:${String(min).padStart(2, '0')}` : ''})`;
	return `${t.weekday} ${longDate(t.date)}, ${t.time} ${zoneLabel}${offset}`;
}

/** The launch instant in KST and in UTC, in words. */
export function launchTimeWords(launch: Test['launch']): { kst: string; utc: string } {
	const time = describeLaunchTime(launch);
	return { kst: formatLocalTime(time.kst, 'KST'), utc: formatLocalTime(time.utc, 'UTC') };
}

/** "30 Jan 2022 Hwasong-12 test". */
export function testLabel(t: Test): string {
	const missile = getMissile(t.missileId);
	return `${formatDate(t.launch.kst, 'short')} ${missile?.name ?? t.missileId} test`;
}

export function dedupeSources(list: SourceRef[]): SourceRef[] {
	const seen = new Set<string>();
	return list.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}

export function toReports(figures: ReportedFigure[], unit: string): FactReport[] {
	return figures.map((f) => ({
		reporter: f.reporter,
		reporterName: REPORTER_NAMES[f.reporter],
		value: f.value,
		unit,
		qualifier: f.qualifier,
		asReported: f.asReported,
		sources: f.sources
	}));
}
