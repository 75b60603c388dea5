/** How reasons write numbers, reporters, dates and sources. */
import { groupedNumberUpTo } from '../data/units.ts';
import { longDate } from '../data/time.ts';
import type { Reporter, ReportedFigure, SourceRef, Test } from '../data/types.ts';
import type { CheckVerdict } from './types.ts';

export interface Verdict {
	verdict: CheckVerdict;
	reason: string;
	sources: SourceRef[];
}

export const REPORTER_WORDS: Record<Reporter, string> = {
	KCNA: 'KCNA',
	JMOD: 'Japan’s Defense Ministry',
	JCS: 'South Korea’s JCS',
	US: 'the US military',
	analyst: 'an analyst'
};

export const km = (x: number) => `${groupedNumberUpTo(x, 1)} km`;

/** "71 min", "4,135 s (68.9 min)". */
export function duration(s: number): string {
	if (s < 120) return `${groupedNumberUpTo(s, 1)} s`;
	return Number.isInteger(s / 60)
		? `${s / 60} min`
		: `${groupedNumberUpTo(s, 0)} s (${groupedNumberUpTo(s / 60, 1)} min)`;
}

export const quantityWords = (q: 'km' | 's', x: number) => (q === 'km' ? km(x) : duration(x));

/** "KCNA 6,248.5 km, Japan’s Defense Ministry more than 6,000 km". */
export function reportsWords(reports: readonly ReportedFigure[]): string {
	return reports.map((r) => `${REPORTER_WORDS[r.reporter]} “${r.asReported}”`).join(', ');
}

export function testWords(t: Test): string {
	return `the launch of ${longDate(t.launch.kst.slice(0, 10))}`;
}

/** Unique sources of some records, in order. */
export function sourcesOf(...lists: (readonly SourceRef[] | undefined)[]): SourceRef[] {
	const seen = new Set<string>();
	const out: SourceRef[] = [];
	for (const list of lists)
		for (const s of list ?? [])
			if (!seen.has(s.url)) {
				seen.add(s.url);
				out.push(s);
			}
	return out;
}

export const unverified = (reason: string, sources: SourceRef[] = []): Verdict => ({
	verdict: 'unverified',
	reason,
	sources
});
