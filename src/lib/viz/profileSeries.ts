/**
 * From test ids to the curves the profile charts draw. Each selected test gives two curves: the flight as
 * flown (solid) and the same missile's standard, minimum-energy trajectory (dashed). Every curve names the
 * model that drew it.
 *
 * Today both come from the Kepler closed form (physics/kepler.ts) through the test's reported apogee and
 * range (data/figures.ts summaries): burnout at the surface, no powered flight, no drag, no Earth rotation.
 * When the engine's powered-flight profile (`profileForTest`) is available it replaces them here.
 */
import { getMissile, getTest } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import type { SourceRef, Test } from '../data/types.ts';
import { keplerArcPoints, keplerFromRangeApogee, minimumEnergyRange } from '../physics/kepler.ts';
import type { ProfileSeries } from './series.ts';
import { formatKm, formatKms } from './format.ts';

export const KEPLER_FLOWN_MODEL = 'Kepler arc from reported figures (no powered flight)';
export const KEPLER_STANDARD_MODEL =
	'Kepler minimum-energy arc at the same burnout speed (no powered flight)';

/** Sources of the model, for captions and exports. */
export const MODEL_SOURCES: SourceRef[] = [
	{
		url: 'https://store.doverpublications.com/products/9780486600611',
		publisher: 'Dover',
		title:
			'R. R. Bate, D. D. Mueller, J. E. White, Fundamentals of Astrodynamics (1971), ch. 6 “Ballistic Missile Trajectories”'
	}
];

export interface SeriesSelection {
	series: ProfileSeries[];
	/** One sentence per curve that could not be drawn, saying why. */
	problems: string[];
	/** Sources of every reported figure used, deduplicated by URL, then the model's. */
	sources: SourceRef[];
}

/** "2022-01-30" from a test's KST launch time. */
export function testDate(test: Test): string {
	return test.launch.kst.slice(0, 10);
}

/** "2022-01-30 Hwasong-12" and the short "HS-12 2022-01-30". */
export function testLabels(test: Test): { label: string; shortLabel: string } {
	const name = getMissile(test.missileId)?.name ?? test.missileId;
	const short = name.replace(/^Hwasong-/i, 'HS-');
	return { label: `${testDate(test)} ${name}`, shortLabel: `${short} ${testDate(test)}` };
}

/** Both curves for each known id (unknown ids are reported in `problems`). */
export function seriesForTests(testIds: readonly string[], samples = 121): SeriesSelection {
	const series: ProfileSeries[] = [];
	const problems: string[] = [];
	const sourceByUrl = new Map<string, SourceRef>();
	testIds.forEach((testId, index) => {
		const test = getTest(testId);
		if (!test) {
			problems.push(`Unknown test id “${testId}”: nothing drawn for it.`);
			return;
		}
		const { label, shortLabel } = testLabels(test);
		const colorIndex = (index % 6) + 1;
		const figures = summarizeFigures(test);
		if (!figures.apogeeKm || !figures.rangeKm) {
			problems.push(
				`${label}: no reported ${!figures.apogeeKm ? 'apogee' : 'range'}, so no arc can be drawn.`
			);
			return;
		}
		for (const r of [...figures.apogeeKm.reports, ...figures.rangeKm.reports])
			for (const s of r.sources) if (!sourceByUrl.has(s.url)) sourceByUrl.set(s.url, s);
		const apogeeKm = figures.apogeeKm.central;
		const rangeKm = figures.rangeKm.central;
		const flown = keplerFromRangeApogee({ rangeKm, apogeeKm });
		if (!flown.ok) {
			problems.push(`${label}: ${flown.message}`);
			return;
		}
		series.push({
			id: `${testId}/lofted`,
			testId,
			role: 'lofted',
			label: `${label}, as flown (${test.trajectory})`,
			shortLabel,
			model: `${KEPLER_FLOWN_MODEL}: apogee ${formatKm(apogeeKm)}, range ${formatKm(rangeKm)}`,
			colorIndex,
			points: keplerArcPoints(flown, samples),
			burnoutIndex: 0,
			burnoutNote: 'Kepler arc: burnout taken at the surface, at the start of the arc',
			timeOrigin: 'burnout'
		});
		const std = minimumEnergyRange({ burnoutSpeedKms: flown.burnoutSpeedKms });
		if (!std.ok || std.orbital || std.rangeKm === null || std.apogeeKm === null) {
			problems.push(
				`${label}: at the fitted burnout speed of ${formatKms(flown.burnoutSpeedKms)} ${
					std.ok ? 'the missile would reach orbit' : std.message
				}, so no standard trajectory is drawn.`
			);
			return;
		}
		const stdArc = keplerFromRangeApogee({ rangeKm: std.rangeKm, apogeeKm: std.apogeeKm });
		if (!stdArc.ok) {
			problems.push(`${label}, standard trajectory: ${stdArc.message}`);
			return;
		}
		series.push({
			id: `${testId}/standard`,
			testId,
			role: 'standard',
			label: `${label}, standard trajectory (minimum energy)`,
			shortLabel,
			model: `${KEPLER_STANDARD_MODEL}: ${formatKms(flown.burnoutSpeedKms)}`,
			colorIndex,
			points: keplerArcPoints(stdArc, samples),
			burnoutIndex: 0,
			burnoutNote: 'Kepler arc: burnout taken at the surface, at the start of the arc',
			timeOrigin: 'burnout'
		});
	});
	return { series, problems, sources: [...sourceByUrl.values(), ...MODEL_SOURCES] };
}
