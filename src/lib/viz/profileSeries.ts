/**
 * From test ids to the curves the profile charts draw. Each selected test gives two curves: the flight as
 * flown (solid) and the same missile's standard trajectory (dashed). Every curve names the model that drew it.
 *
 * Preferred source: the engine's profile of the test (`profileForTest`, computed at build time and packed
 * with `packProfile`). Where the engine gave none, the curves are the Kepler closed form
 * (physics/kepler.ts) through the reported apogee and range: burnout at the surface, no powered flight, no
 * drag, no Earth rotation, and labelled so. Pure and dataset-free: the test's figures come in as
 * `ProfileTestInput`s (scene/profiles.ts builds them from the dataset at build time).
 */
import type { SourceRef, TrajectoryKind } from '../data/types.ts';
import { keplerArcPoints, keplerFromRangeApogee, minimumEnergyRange } from '../physics/kepler.ts';
import type { ProfilePoint, ProfileSeries } from './series.ts';
import { formatKm, formatKms } from './format.ts';

/** What the charts need to know about one test. */
export interface ProfileTestInput {
	id: string;
	/** "2022-01-30 Hwasong-12". */
	label: string;
	/** "HS-12 2022-01-30". */
	shortLabel: string;
	trajectory: TrajectoryKind;
	/** Reported central apogee and range, km; null when not reported. */
	apogeeKm: number | null;
	rangeKm: number | null;
	/** Sources of the reported apogee and range. */
	sources: SourceRef[];
}

export const KEPLER_FLOWN_MODEL = 'Kepler arc from reported figures (no powered flight)';
export const KEPLER_STANDARD_MODEL =
	'Kepler minimum-energy arc at the same burnout speed (no powered flight)';

/** Sources of the model, for captions and exports. */
export const MODEL_SOURCES: SourceRef[] = [
	{
		url: 'https://store.doverpublications.com/products/9780486600611',
		publisher: 'Dover',
		title:
			'R. R. Bate, D. D. Mueller, J. E. White, Fundamentals of Astrodynamics (1971), ch. 6 “Ballistic Missile Trajectories”',
		tier: 'analysis',
		checked: '2026-12-02'
	}
];

export const ENGINE_FLOWN_MODEL = 'Calibrated powered flight (engine, 3-DOF)';
export const ENGINE_STANDARD_MODEL =
	'Same calibrated vehicle on its range-maximising programme (engine, 3-DOF, non-rotating Earth)';

/** A curve as columns (compact in the prerendered page data). */
export interface PackedCurve {
	t: number[];
	altitudeKm: number[];
	downrangeKm: number[];
	speedKms: number[];
}

/** The engine's profile of one test, packed; or why there is none. */
export type PackedProfile =
	| {
			ok: true;
			source: 'powered' | 'kepler';
			lofted: PackedCurve;
			standard: PackedCurve;
			standardOrbital: boolean;
			loftedBurnoutTimeS: number | null;
			standardBurnoutTimeS: number | null;
			note: string;
	  }
	| { ok: false; message: string };

/** The engine's burnout state of a flight (physics' FlightSummary; altitude and speed where known). */
export interface BurnoutSummary {
	burnoutTimeS: number;
	burnoutAltitudeKm?: number;
	burnoutSpeedKms?: number;
}

/**
 * The samples with the engine's own burnout state inserted at its time (the fixed-step samples fall on
 * either side of it), so every page that reads the burnout off the curve reads the engine's figures.
 */
export function withBurnout(points: ProfilePoint[], b: BurnoutSummary | null): ProfilePoint[] {
	if (!b || b.burnoutAltitudeKm === undefined || b.burnoutSpeedKms === undefined) return points;
	const i = points.findIndex((p) => p.t >= b.burnoutTimeS);
	if (i <= 0) return points;
	if (points[i].t === b.burnoutTimeS) return points;
	const a = points[i - 1];
	const c = points[i];
	const f = (b.burnoutTimeS - a.t) / (c.t - a.t);
	const burnout = {
		t: b.burnoutTimeS,
		altitudeKm: b.burnoutAltitudeKm,
		downrangeKm: a.downrangeKm + f * (c.downrangeKm - a.downrangeKm),
		speedKms: b.burnoutSpeedKms
	};
	return [...points.slice(0, i), burnout, ...points.slice(i)];
}

/** The fields of physics' TestProfile this module reads (kept structural so tests can pass fixtures). */
export interface EngineProfileLike {
	ok: true;
	source: 'powered' | 'kepler';
	lofted: ProfilePoint[];
	standard: ProfilePoint[];
	standardOrbital: boolean;
	loftedSummary: BurnoutSummary | null;
	standardSummary: BurnoutSummary | null;
	note: string;
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const r3 = (v: number) => Math.round(v * 1000) / 1000;

function packCurve(points: ProfilePoint[]): PackedCurve {
	return {
		t: points.map((p) => r1(p.t)),
		altitudeKm: points.map((p) => r1(p.altitudeKm)),
		downrangeKm: points.map((p) => r1(p.downrangeKm)),
		speedKms: points.map((p) => r3(p.speedKms))
	};
}

/** Rebuild points from columns. Rows with a non-finite value are dropped (and counted by the caller). */
export function unpackCurve(c: PackedCurve): ProfilePoint[] {
	const n = Math.min(c.t.length, c.altitudeKm.length, c.downrangeKm.length, c.speedKms.length);
	const out: ProfilePoint[] = [];
	for (let i = 0; i < n; i++) {
		const p = {
			t: c.t[i],
			altitudeKm: c.altitudeKm[i],
			downrangeKm: c.downrangeKm[i],
			speedKms: c.speedKms[i]
		};
		if (
			Number.isFinite(p.t) &&
			Number.isFinite(p.altitudeKm) &&
			Number.isFinite(p.downrangeKm) &&
			Number.isFinite(p.speedKms)
		)
			out.push(p);
	}
	return out;
}

/** Pack the engine's answer for transport (page data, worker results): 0.1 s, 0.1 km, 0.001 km/s. */
export function packProfile(p: EngineProfileLike | { ok: false; message: string }): PackedProfile {
	if (!p.ok) return { ok: false, message: p.message };
	return {
		ok: true,
		source: p.source,
		lofted: packCurve(withBurnout(p.lofted, p.loftedSummary)),
		standard: packCurve(withBurnout(p.standard, p.standardSummary)),
		standardOrbital: p.standardOrbital,
		loftedBurnoutTimeS: p.loftedSummary?.burnoutTimeS ?? null,
		standardBurnoutTimeS: p.standardSummary?.burnoutTimeS ?? null,
		note: p.note
	};
}

function burnoutIndexAt(points: ProfilePoint[], tS: number | null): number | undefined {
	if (tS === null) return undefined;
	let best = 0;
	for (let i = 1; i < points.length; i++)
		if (Math.abs(points[i].t - tS) < Math.abs(points[best].t - tS)) best = i;
	return best;
}

export interface SeriesSelection {
	series: ProfileSeries[];
	/** One sentence per curve that could not be drawn, saying why. */
	problems: string[];
	/** Sources of every reported figure used, deduplicated by URL, then the model's. */
	sources: SourceRef[];
}

/**
 * Both curves for each id found in `inputs` (other ids are reported in `problems`): from `engine[testId]`
 * when it is there and usable, otherwise Kepler arcs from the reported figures.
 */
export function seriesFromInputs(
	testIds: readonly string[],
	inputs: Readonly<Record<string, ProfileTestInput | undefined>>,
	engine: Readonly<Record<string, PackedProfile | undefined>> = {},
	samples = 121
): SeriesSelection {
	const series: ProfileSeries[] = [];
	const problems: string[] = [];
	const sourceByUrl = new Map<string, SourceRef>();
	testIds.forEach((testId, index) => {
		const test = Object.hasOwn(inputs, testId) ? inputs[testId] : undefined;
		if (!test) {
			problems.push(`Unknown test id “${testId}”: nothing drawn for it.`);
			return;
		}
		const { label, shortLabel } = test;
		const colorIndex = (index % 6) + 1;
		if (test.apogeeKm === null || test.rangeKm === null) {
			const missing = [test.apogeeKm === null && 'apogee', test.rangeKm === null && 'range'];
			problems.push(
				`${label}: no reported ${missing.filter(Boolean).join(' or ')}, so no flight can be drawn.`
			);
			return;
		}
		for (const s of test.sources) if (!sourceByUrl.has(s.url)) sourceByUrl.set(s.url, s);
		const { apogeeKm, rangeKm } = test;
		const packed = engine[testId];
		if (packed && !packed.ok) {
			problems.push(
				`${label}: the engine gave no profile (${packed.message}); drawn as Kepler arcs from the reported figures.`
			);
		}
		if (packed && packed.ok && packed.source === 'powered') {
			const lofted = unpackCurve(packed.lofted);
			const standard = unpackCurve(packed.standard);
			const dropped =
				packed.lofted.t.length - lofted.length + (packed.standard.t.length - standard.length);
			if (dropped > 0)
				problems.push(
					`${label}: ${dropped} engine samples were not finite numbers and are not drawn.`
				);
			series.push({
				id: `${testId}/lofted`,
				testId,
				role: 'lofted',
				label: `${label}, as flown (${test.trajectory})`,
				shortLabel,
				model: `${ENGINE_FLOWN_MODEL}: fitted to apogee ${formatKm(apogeeKm)}, range ${formatKm(rangeKm)}`,
				colorIndex,
				points: lofted,
				burnoutIndex: burnoutIndexAt(lofted, packed.loftedBurnoutTimeS),
				burnoutNote: 'end of the last stage burn (engine)',
				timeOrigin: 'launch'
			});
			if (packed.standardOrbital || standard.length === 0) {
				problems.push(
					`${label}: on a standard trajectory the calibrated vehicle would reach orbit speed, so there is no standard curve to draw.`
				);
			} else {
				series.push({
					id: `${testId}/standard`,
					testId,
					role: 'standard',
					label: `${label}, standard trajectory (maximum range)`,
					shortLabel,
					model: ENGINE_STANDARD_MODEL,
					colorIndex,
					points: standard,
					burnoutIndex: burnoutIndexAt(standard, packed.standardBurnoutTimeS),
					burnoutNote: 'end of the last stage burn (engine)',
					timeOrigin: 'launch'
				});
			}
			return;
		}
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
