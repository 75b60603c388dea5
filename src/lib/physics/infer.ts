/**
 * Inference: fly the calibrated vehicle on its range-maximising pitch programme.
 *
 * The programme family is the one of flight.ts (vertical rise, then the pitch angle falls from 90 deg to a
 * final value as s^shape); the final pitch and the shape are optimised for maximum range by Nelder-Mead (optimise.ts).
 * The standard range is on a non-rotating Earth (the convention of published estimates). The reach contour
 * flies the same programme on the rotating Earth from the launch site at evenly spaced launch azimuths and
 * interpolates range against the ground azimuth to the impact point: the range is stationary at the optimum,
 * so re-optimising per azimuth changes it only to second order.
 */
import {
	fly,
	type FlightOptions,
	type FlightResult,
	type FlownVehicle,
	type PitchProgramme
} from './flight.ts';
import { nelderMeadMax } from './optimise.ts';

export interface MaxRange {
	orbital: boolean;
	/** Null when orbital. */
	rangeKm: number | null;
	programme: PitchProgramme;
	flight: FlightResult;
	evaluations: number;
}

/** Integration tolerance while searching (the optimum is re-flown at the default 1e-8). */
const SEARCH_REL_TOL = 1e-6;

/** Pitch-programme families the optimiser searches. */
export type ProgrammeFamily = 'power-law' | 'gravity-turn';

/**
 * Maximises ground range over (final pitch, shape) for a flown vehicle ('power-law' family, the default), or
 * over (kick, final upper-stage pitch) for the 'gravity-turn' family.
 */
export function maximiseRange(
	vehicle: FlownVehicle,
	verticalRiseS: number,
	options: FlightOptions = {},
	start: { finalPitchDeg: number; shape: number } = { finalPitchDeg: 28, shape: 0.3 },
	family: ProgrammeFamily = 'power-law'
): MaxRange {
	if (family === 'gravity-turn') return maximiseGravityTurn(vehicle, verticalRiseS, options);
	// Search space: (final pitch deg, ln shape), kept in a box by a penalty so the simplex comes back.
	const search = programmeSearch(
		vehicle,
		options,
		(x) => {
			const pitch = Math.max(-10, Math.min(70, x[0]));
			const shape = Math.exp(Math.max(Math.log(0.1), Math.min(Math.log(4), x[1])));
			return {
				programme: { verticalRiseS, finalPitchDeg: pitch, shape },
				penalty: Math.abs(pitch - x[0]) * 100 + Math.abs(Math.log(shape) - x[1]) * 1000
			};
		},
		{ verticalRiseS, finalPitchDeg: start.finalPitchDeg, shape: start.shape }
	);
	const x0 = [start.finalPitchDeg, Math.log(start.shape)];
	nelderMeadMax(search.objective, [x0, [x0[0] + 10, x0[1]], [x0[0], x0[1] + 0.4]], {
		maxIterations: 60,
		converged: (best, worst) =>
			Math.abs(best.f - worst.f) < 0.2 && Math.abs(best.x[0] - worst.x[0]) < 0.1,
		abort: search.orbital
	});
	return search.result();
}

/**
 * The core both programme families share: an objective that flies the programme `decode` makes of a search
 * point (at the search tolerance) and returns its range less `decode`'s penalty, while remembering the
 * farthest programme and whether any flight reached orbit; `result` re-flies that programme at the default
 * (tighter) tolerance for the reported figures.
 */
function programmeSearch(
	vehicle: FlownVehicle,
	options: FlightOptions,
	decode: (x: number[]) => { programme: PitchProgramme; penalty: number },
	initial: PitchProgramme
) {
	let evaluations = 0;
	let orbital = false;
	let bestRange = -Infinity;
	let bestProgramme = initial;
	const objective = (x: number[]): number => {
		const { programme, penalty } = decode(x);
		const f = fly(vehicle, programme, { relTol: SEARCH_REL_TOL, ...options, coast: 'kepler' });
		evaluations++;
		if (f.orbital) {
			orbital = true;
			return -1e9;
		}
		const r = f.ok ? f.rangeKm : 0;
		if (f.ok && r > bestRange) {
			bestRange = r;
			bestProgramme = programme;
		}
		return r - penalty;
	};
	const result = (): MaxRange => {
		const flight = fly(vehicle, bestProgramme, { ...options, coast: 'kepler' });
		return {
			orbital,
			rangeKm: orbital ? null : flight.ok && !flight.orbital ? flight.rangeKm : bestRange,
			programme: bestProgramme,
			flight,
			evaluations: evaluations + 1
		};
	};
	return { objective, orbital: () => orbital, result };
}

export interface ReachPoint {
	/** Ground azimuth from the launch site to the impact point, deg clockwise from north. */
	azimuthDeg: number;
	rangeKm: number;
}

/**
 * Range against azimuth on the rotating Earth: `launchAzimuths` flights (default 72, every 5 deg) with the
 * given programme, then linear interpolation onto `outputCount` evenly spaced ground azimuths (default 360).
 */
export function reachContour(
	vehicle: FlownVehicle,
	programme: PitchProgramme,
	site: { latDeg: number; lonDeg: number },
	options: { launchAzimuths?: number; outputCount?: number } = {}
): { orbital: boolean; points: ReachPoint[] } {
	const n = options.launchAzimuths ?? 72;
	const out = options.outputCount ?? 360;
	const samples: { az: number; r: number }[] = [];
	for (let i = 0; i < n; i++) {
		const launchAz = (360 * i) / n;
		const f = fly(vehicle, programme, {
			latDeg: site.latDeg,
			lonDeg: site.lonDeg,
			azimuthDeg: launchAz,
			rotating: true,
			coast: 'kepler',
			relTol: SEARCH_REL_TOL
		});
		if (f.orbital) return { orbital: true, points: [] };
		if (!f.ok) continue;
		samples.push({ az: f.impactAzimuthDeg, r: f.rangeKm });
	}
	samples.sort((a, b) => a.az - b.az);
	if (samples.length < 2) return { orbital: false, points: [] };
	const points: ReachPoint[] = [];
	const m = samples.length;
	let j = 0;
	for (let k = 0; k < out; k++) {
		const az = (360 * k) / out;
		// Find the bracketing samples (cyclic).
		while (j < m && samples[j].az < az) j++;
		const hiS = samples[j % m];
		const loS = samples[(j - 1 + m) % m];
		const loAz = j === 0 ? loS.az - 360 : loS.az;
		const hiAz = j === m ? hiS.az + 360 : hiS.az;
		const t = hiAz > loAz ? (az - loAz) / (hiAz - loAz) : 0;
		points.push({ azimuthDeg: az, rangeKm: loS.r + t * (hiS.r - loS.r) });
	}
	return { orbital: false, points };
}

/** Range-maximising gravity-turn programme: Nelder-Mead over (kick deg, final upper-stage pitch deg). */
function maximiseGravityTurn(
	vehicle: FlownVehicle,
	verticalRiseS: number,
	options: FlightOptions
): MaxRange {
	const search = programmeSearch(
		vehicle,
		options,
		(x) => {
			const kick = Math.max(0.2, Math.min(85, x[0]));
			const pitch = Math.max(-10, Math.min(60, x[1]));
			return {
				programme: {
					verticalRiseS,
					finalPitchDeg: pitch,
					shape: 1,
					gravityTurn: { kickDeg: kick }
				},
				penalty: (Math.abs(kick - x[0]) + Math.abs(pitch - x[1])) * 100
			};
		},
		{ verticalRiseS, finalPitchDeg: 15, shape: 1, gravityTurn: { kickDeg: 10 } }
	);
	// Coarse start: the best of a few kicks (single-stage vehicles only have the kick to choose).
	let start = [10, 15];
	let startF = -Infinity;
	for (const k of [2, 5, 10, 20, 40, 70]) {
		const v = search.objective([k, 15]);
		if (v > startF) {
			startF = v;
			start = [k, 15];
		}
		if (search.orbital()) break;
	}
	nelderMeadMax(
		search.objective,
		[start, [start[0] * 1.3 + 0.5, start[1]], [start[0], start[1] + 8]],
		{
			maxIterations: 50,
			converged: (best, worst) =>
				Math.abs(best.f - worst.f) < 0.2 && Math.abs(best.x[0] - worst.x[0]) < 0.05,
			abort: search.orbital
		}
	);
	return search.result();
}
