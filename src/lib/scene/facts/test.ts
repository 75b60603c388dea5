/** Test facts: launch time, site, missile, trajectory, outcome, impact and the reported figures. */
import type { FactPath } from '../../data/article.ts';
import { getMissile, getPlace } from '../../data/dataset.ts';
import { summarizeReports, type FigureSummary } from '../../data/figures.ts';
import type { Test } from '../../data/types.ts';
import { CLASS_WORDS } from './missile.ts';
import { placeFact } from './place.ts';
import { assertNever, type ResolvedFact } from './types.ts';
import {
	QUALIFIER_WORDS,
	REPORTER_NAMES,
	dedupeSources,
	formatValue,
	launchTimeWords,
	testLabel,
	toReports
} from './words.ts';

const QUANTITIES = {
	apogeeKm: { label: 'Apogee (maximum height)', unit: 'km', quantity: 'km' },
	rangeKm: { label: 'Range (ground distance)', unit: 'km', quantity: 'km' },
	flightTimeS: { label: 'Flight time', unit: 's', quantity: 's' }
} as const;

/** A trajectory class in words (classes added to the dataset later read as their name). */
export function trajectoryWords(kind: string): string {
	const words: Record<string, string> = {
		lofted: 'lofted (fired steeply upward, so it lands much closer than its full range)',
		standard: 'standard (near the range-maximising angle)',
		depressed: 'depressed (flown lower and flatter than the range-maximising angle)',
		glide: 'glide (a boosted vehicle that glides in the atmosphere)',
		'failed-early': 'failed early in flight',
		unknown: 'not known (no source gives the trajectory)'
	};
	return words[kind] ?? kind;
}

export function figureFact(id: string, t: Test, field: keyof typeof QUANTITIES): ResolvedFact {
	const q = QUANTITIES[field];
	const figures = t.figures[field];
	const summary: FigureSummary | null = summarizeReports(figures, q.quantity);
	const reports = toReports(figures, q.unit);
	const base = {
		id,
		kind: 'test' as const,
		label: `${q.label}, ${testLabel(t)}`,
		reports,
		sources: dedupeSources(figures.flatMap((f) => f.sources)),
		unitCheck: null,
		notes: [] as string[]
	};
	if (!summary) {
		return {
			...base,
			value: 'No figure was reported.',
			quantity: null,
			conflicts: [],
			sources: t.launch.sources,
			notes: [`None of KCNA, Japan or South Korea published a ${q.label.toLowerCase()} figure.`]
		};
	}
	const qualifier =
		summary.boundOnly || figures.every((f) => f.qualifier === 'about')
			? QUALIFIER_WORDS[figures[0].qualifier]
			: '';
	const spread =
		summary.low !== summary.high
			? ` (reports range from ${formatValue(summary.low, q.unit)} to ${formatValue(summary.high, q.unit)})`
			: '';
	const conflicts: string[] = [];
	if (summary.low !== summary.high) {
		conflicts.push(
			`Reporters differ: ${reports.map((r) => `${r.reporterName} ${r.asReported}`).join('; ')}.`
		);
	}
	return {
		...base,
		value: `${qualifier}${formatValue(summary.central, q.unit)}${spread}`,
		quantity: {
			value: summary.central,
			unit: q.unit,
			...(summary.low !== summary.high ? { low: summary.low, high: summary.high } : {})
		},
		conflicts
	};
}

export function testFact(id: string, t: Test, field: FactPath['field']): ResolvedFact {
	const label = testLabel(t);
	const base = { id, kind: 'test' as const, reports: [], unitCheck: null, quantity: null };
	switch (field) {
		case null: {
			const s = {
				apogee: figureFact(id, t, 'apogeeKm'),
				range: figureFact(id, t, 'rangeKm')
			};
			const site = getPlace(t.siteId);
			return {
				...base,
				label: label[0].toUpperCase() + label.slice(1),
				value: `${launchTimeWords(t.launch).kst}, from ${site?.name ?? t.siteId}; apogee ${s.apogee.value}, range ${s.range.value}; ${t.trajectory} trajectory`,
				sources: t.launch.sources,
				conflicts: [],
				notes: t.notes ?? []
			};
		}
		case 'launch': {
			const time = launchTimeWords(t.launch);
			return {
				...base,
				label: `Launch time, ${label}`,
				value: `${time.kst} = ${time.utc}`,
				sources: t.launch.sources,
				conflicts: [],
				notes: t.launch.note ? [t.launch.note] : []
			};
		}
		case 'site': {
			const site = getPlace(t.siteId);
			const place = site ? placeFact(id, site) : null;
			return {
				...base,
				label: `Launch site, ${label}`,
				value: site ? `${site.name}: ${place?.value}` : t.siteId,
				sources: site?.sources ?? t.launch.sources,
				conflicts: [],
				notes: [t.siteNote, site?.note].filter((n): n is string => !!n)
			};
		}
		case 'missile': {
			const m = getMissile(t.missileId);
			const names = t.namesAsReported ?? [];
			return {
				...base,
				label: `Missile, ${label}`,
				value: m ? `${m.name}, ${m.class} (${CLASS_WORDS[m.class]})` : t.missileId,
				sources: dedupeSources([...(m?.sources ?? []), ...names.flatMap((n) => n.sources)]),
				conflicts: [],
				notes: names.map((n) => `${REPORTER_NAMES[n.reporter]} called it “${n.name}”.`)
			};
		}
		case 'trajectory':
			return {
				...base,
				label: `Trajectory, ${label}`,
				value: trajectoryWords(t.trajectory),
				sources: dedupeSources([
					...t.figures.apogeeKm.flatMap((f) => f.sources),
					...t.figures.rangeKm.flatMap((f) => f.sources)
				]),
				conflicts: [],
				notes: ['The trajectory class follows from the reported apogee and range.']
			};
		case 'outcome':
			return {
				...base,
				label: `Outcome, ${label}`,
				value: t.outcome,
				sources: t.launch.sources,
				conflicts: [],
				notes: []
			};
		case 'impact': {
			const where =
				t.impact.lat !== undefined && t.impact.lon !== undefined
					? ` (${t.impact.lat.toFixed(2)}° N, ${t.impact.lon.toFixed(2)}° E, as published)`
					: '';
			return {
				...base,
				label: `Impact area, ${label}`,
				value: `${t.impact.description}${where}`,
				sources: t.impact.sources,
				conflicts: [],
				notes: []
			};
		}
		case 'apogeeKm':
		case 'rangeKm':
		case 'flightTimeS':
			return figureFact(id, t, field);
		default:
			return assertNever(field as never, `test field ${String(field)}`);
	}
}
