/**
 * Target verdicts: is a place within a model's reach from a launch site? Geodesic distance and initial
 * azimuth on WGS84; the verdict compares the distance with the model's range (its band, and on a rotating
 * Earth its range toward that azimuth).
 *
 * - "in reach": the distance is at most the low end of the band (or the range, when there is no band);
 * - "out of reach": beyond the high end;
 * - "depends on assumptions": inside the band.
 * The margin is the central range (toward the target's azimuth when rotation is on) minus the distance:
 * positive = in reach by that much, negative = short by that much.
 */
import { inverse, type LatLon } from './geodesic.ts';

export type Verdict = 'in reach' | 'out of reach' | 'depends on assumptions';
export const VERDICTS: readonly Verdict[] = ['in reach', 'depends on assumptions', 'out of reach'];

export type ModelId = 'kepler' | 'powered';

/** One azimuth of a reach sweep on a rotating Earth. */
export interface AzimuthRange {
	azimuthDeg: number;
	rangeKm: number;
}

/** A model's reach on a standard (range-maximising) trajectory. */
export interface ReachModel {
	id: ModelId;
	/** Short name, e.g. "Kepler floor". */
	label: string;
	/** Central range on a non-rotating Earth, km. */
	rangeKm: number;
	/** Low and high ends of the estimate, km; null when the model gives one number. */
	bandKm: [number, number] | null;
	/** Range by launch azimuth on a rotating Earth; null when the model has no sweep. */
	rotating: AzimuthRange[] | null;
	/** One sentence: what the estimate assumes and where it comes from. */
	basis: string;
}

export interface ModelVerdict {
	verdict: Verdict;
	/** Range used (central; toward the target's azimuth when rotation is applied), km. */
	rangeKm: number;
	/** rangeKm - distanceKm: + in reach by, - short by. */
	marginKm: number;
	/** Whether the rotating-Earth sweep was applied. */
	rotationApplied: boolean;
}

/** Range toward `azimuthDeg` from a sweep, linear between neighbouring azimuths, periodic over 360. */
export function rangeAtAzimuth(sweep: readonly AzimuthRange[], azimuthDeg: number): number {
	let at = sorted.get(sweep);
	if (!at) sorted.set(sweep, (at = rangeByAzimuth(sweep)));
	return at(azimuthDeg);
}

/**
 * Each sweep sorted once: the table asks for a range per target and model (a sweep is data, never changed
 * in place; the cache holds it only as long as the sweep itself lives).
 */
const sorted = new WeakMap<readonly AzimuthRange[], (azimuthDeg: number) => number>();

/**
 * `rangeAtAzimuth` for one sweep as a function of azimuth, the sweep sorted once (a ring asks for 360+
 * azimuths).
 */
export function rangeByAzimuth(sweep: readonly AzimuthRange[]): (azimuthDeg: number) => number {
	if (sweep.length === 0) throw new Error('An empty azimuth sweep has no range.');
	const pts = [...sweep]
		.map((p) => ({ az: ((p.azimuthDeg % 360) + 360) % 360, r: p.rangeKm }))
		.sort((a, b) => a.az - b.az);
	return (azimuthDeg) => interpolate(pts, azimuthDeg);
}

function interpolate(pts: readonly { az: number; r: number }[], azimuthDeg: number): number {
	if (pts.length === 1) return pts[0].r;
	const az = ((azimuthDeg % 360) + 360) % 360;
	for (let i = 0; i < pts.length; i++) {
		const a = pts[i];
		const b = i + 1 < pts.length ? pts[i + 1] : { az: pts[0].az + 360, r: pts[0].r };
		const x = az < a.az && i === 0 ? az + 360 : az;
		if (x >= a.az && x <= b.az) {
			return b.az === a.az ? a.r : a.r + ((x - a.az) / (b.az - a.az)) * (b.r - a.r);
		}
	}
	// az lies before the first sample: wrap from the last one.
	const last = pts[pts.length - 1];
	const first = pts[0];
	const span = first.az + 360 - last.az;
	return last.r + ((az + 360 - last.az) / span) * (first.r - last.r);
}

/** The verdict of one model for a target at `distanceKm`, launched toward `azimuthDeg`. */
export function verdictFor(
	model: ReachModel,
	distanceKm: number,
	azimuthDeg: number,
	rotation: boolean
): ModelVerdict {
	const rotationApplied = rotation && model.rotating !== null && model.rotating.length > 0;
	const shiftKm = rotationApplied ? rangeAtAzimuth(model.rotating!, azimuthDeg) - model.rangeKm : 0;
	const rangeKm = model.rangeKm + shiftKm;
	const low = (model.bandKm ? model.bandKm[0] : model.rangeKm) + shiftKm;
	const high = (model.bandKm ? model.bandKm[1] : model.rangeKm) + shiftKm;
	const verdict: Verdict =
		distanceKm <= low ? 'in reach' : distanceKm > high ? 'out of reach' : 'depends on assumptions';
	return { verdict, rangeKm, marginKm: rangeKm - distanceKm, rotationApplied };
}

export interface TargetInput {
	id: string;
	name: string;
	lat: number;
	lon: number;
	/** 'dataset' for the preset targets, 'user' for points the reader added. */
	origin: 'dataset' | 'user';
}

export interface TargetRow extends TargetInput {
	distanceKm: number;
	azimuthDeg: number;
	verdicts: { kepler: ModelVerdict; powered: ModelVerdict | null };
	/** Margin of the primary model (powered when available, else Kepler), km. */
	marginKm: number;
	primaryModel: ModelId;
}

/** Geodesic distance and initial azimuth from a launch site to a target. */
export interface TargetGeodesic {
	distanceKm: number;
	azimuthDeg: number;
}

/**
 * Distance, azimuth and a verdict per model for each target, sorted by distance. `known` holds the
 * geodesics from this site already solved (by target id, e.g. at build time: see `presetGeodesics`); the
 * others are solved here.
 */
export function targetRows(
	site: LatLon,
	targets: readonly TargetInput[],
	models: { kepler: ReachModel; powered: ReachModel | null },
	rotation = false,
	known: Readonly<Record<string, TargetGeodesic>> = {}
): TargetRow[] {
	return targets
		.map((t) => {
			const { distanceKm, azimuthDeg } =
				t.origin === 'dataset' && Object.hasOwn(known, t.id) ? known[t.id] : inverse(site, t);
			const kepler = verdictFor(models.kepler, distanceKm, azimuthDeg, rotation);
			const powered = models.powered
				? verdictFor(models.powered, distanceKm, azimuthDeg, rotation)
				: null;
			const primaryModel: ModelId = powered ? 'powered' : 'kepler';
			return {
				...t,
				distanceKm,
				azimuthDeg,
				verdicts: { kepler, powered },
				marginKm: (powered ?? kepler).marginKm,
				primaryModel
			};
		})
		.sort((a, b) => a.distanceKm - b.distanceKm);
}
