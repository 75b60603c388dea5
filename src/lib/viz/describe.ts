/**
 * The sentence that says what the profile chart shows, generated from the curves themselves (the text
 * alternative beside the table of key points).
 */
import { keyPoints, type ProfileSeries } from './series.ts';
import { formatKm, formatKmBand, formatKms } from './format.ts';
import type { ProfileMode } from './earth.ts';

interface Extreme {
	valueKm: number;
	who: string;
}

function extremes(items: Extreme[]): { low: Extreme; high: Extreme } {
	let low = items[0];
	let high = items[0];
	for (const it of items) {
		if (it.valueKm < low.valueKm) low = it;
		if (it.valueKm > high.valueKm) high = it;
	}
	return { low, high };
}

function span(items: Extreme[], named: boolean): string {
	const { low, high } = extremes(items);
	// Values read off drawn curves: whole kilometres (the sentence summarises, the table has the decimals).
	const km = (x: number) => formatKm(x, 0);
	if (items.length === 1 || Math.round(low.valueKm) === Math.round(high.valueKm))
		return named ? `${km(high.valueKm)} (${high.who})` : km(high.valueKm);
	return named
		? `between ${km(low.valueKm)} (${low.who}) and ${km(high.valueKm)} (${high.who})`
		: formatKmBand(low.valueKm, high.valueKm);
}

/** One paragraph describing the comparison, with the numbers read off the curves. */
export function describeProfiles(series: ProfileSeries[], mode: ProfileMode): string {
	const flown = series.filter((s) => s.role === 'lofted' && s.points.length > 0);
	const standard = series.filter((s) => s.role === 'standard' && s.points.length > 0);
	if (flown.length === 0) return 'No trajectory is selected: pick at least one test to draw.';
	const testCount = new Set(flown.map((s) => s.testId)).size;
	const parts: string[] = [];
	parts.push(
		`Altitude against ground distance for ${testCount} test${testCount > 1 ? 's' : ''}, drawn ${
			mode === 'curved'
				? 'to scale over a curved Earth (one kilometre is the same length up and across)'
				: 'with the ground flat and one kilometre the same length up and across'
		}.`
	);
	const tops = (list: ProfileSeries[]) =>
		list.map((s) => ({ valueKm: keyPoints(s)[1].point.altitudeKm, who: s.label.split(',')[0] }));
	const ranges = (list: ProfileSeries[]) =>
		list.map((s) => ({ valueKm: keyPoints(s)[2].point.downrangeKm, who: s.label.split(',')[0] }));
	parts.push(
		`As flown (solid lines) they climbed to ${span(tops(flown), true)} and came down ${span(
			ranges(flown),
			false
		)} from the launch point.`
	);
	if (standard.length > 0) {
		parts.push(
			`On a standard trajectory flown for range (dashed lines) the same missile${
				standard.length > 1 ? 's' : ''
			} would fly ${span(ranges(standard), false)}, peaking at ${span(tops(standard), false)}.`
		);
	}
	const highest = extremes(tops(flown)).high;
	parts.push(
		`For scale: the Kármán line is at 100 km, the International Space Station orbits at about 420 km, and the highest flight shown (${formatKm(
			highest.valueKm,
			0
		)}) is about ${Math.round(highest.valueKm / 420)} times the station's height.`
	);
	const models = [...new Set(series.map((s) => s.model.split(':')[0]))];
	parts.push(`Model: ${models.join('; ')}.`);
	return parts.join(' ');
}

/** One paragraph for the time chart: how long the flights lasted and how fast they went, read off the curves. */
export function describeTimes(series: ProfileSeries[]): string {
	const minutes = (s: ProfileSeries) => s.points[s.points.length - 1].t / 60;
	const fmt = (list: ProfileSeries[]) => {
		const v = list.map(minutes);
		const lo = Math.round(Math.min(...v));
		const hi = Math.round(Math.max(...v));
		return lo === hi ? `about ${lo} min` : `${lo}–${hi} min`;
	};
	const flown = series.filter((s) => s.role === 'lofted' && s.points.length > 0);
	const standard = series.filter((s) => s.role === 'standard' && s.points.length > 0);
	if (flown.length === 0) return 'No trajectory is selected: pick at least one test to draw.';
	const fastest = Math.max(...series.flatMap((s) => s.points.map((p) => p.speedKms)));
	const origins = new Set(series.map((s) => s.timeOrigin));
	const parts = [
		`Altitude (km) and speed (km/s) against time for ${flown.length} test${flown.length > 1 ? 's' : ''}, from ${
			origins.size === 1 && origins.has('launch')
				? 'launch'
				: 'launch (engine flights) or burnout (Kepler arcs)'
		}.`,
		`As flown (solid lines) the flights lasted ${fmt(flown)}${
			standard.length > 0 ? `; on a standard trajectory (dashed lines) ${fmt(standard)}` : ''
		}.`,
		`The fastest speed shown is ${formatKms(fastest)}.`
	];
	return parts.join(' ');
}
