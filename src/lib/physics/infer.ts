/**
 * Inference: fly the calibrated vehicle on its range-maximising pitch programme.
 *
 * The programme family is the one of flight.ts (vertical rise, then the pitch angle falls from 90 deg to a
 * final value as s^shape); the final pitch and the shape are optimised for maximum range by Nelder-Mead.
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
	let evaluations = 0;
	let orbital = false;
	let bestFlight: FlightResult | null = null;
	let bestRange = -Infinity;
	let bestProg: PitchProgramme = {
		verticalRiseS,
		finalPitchDeg: start.finalPitchDeg,
		shape: start.shape
	};
	const objective = (x: [number, number]): number => {
		const pitch = Math.max(-10, Math.min(70, x[0]));
		const shape = Math.exp(Math.max(Math.log(0.1), Math.min(Math.log(4), x[1])));
		const prog = { verticalRiseS, finalPitchDeg: pitch, shape };
		const f = fly(vehicle, prog, { relTol: SEARCH_REL_TOL, ...options, coast: 'kepler' });
		evaluations++;
		if (f.orbital) {
			orbital = true;
			return -1e9;
		}
		const r = f.ok ? f.rangeKm : 0;
		// Penalise leaving the box so the simplex comes back.
		const pen = Math.abs(pitch - x[0]) * 100 + Math.abs(Math.log(shape) - x[1]) * 1000;
		if (f.ok && r > bestRange) {
			bestRange = r;
			bestFlight = f;
			bestProg = prog;
		}
		return r - pen;
	};
	// Nelder-Mead (maximisation) in (pitch deg, ln shape).
	let simplex: { x: [number, number]; f: number }[] = [
		[start.finalPitchDeg, Math.log(start.shape)],
		[start.finalPitchDeg + 10, Math.log(start.shape)],
		[start.finalPitchDeg, Math.log(start.shape) + 0.4]
	].map((x) => ({ x: x as [number, number], f: objective(x as [number, number]) }));
	for (let it = 0; it < 60 && !orbital; it++) {
		simplex.sort((a, b) => b.f - a.f);
		const [b, g, w] = simplex;
		if (Math.abs(b.f - w.f) < 0.2 && Math.abs(b.x[0] - w.x[0]) < 0.1) break;
		const c: [number, number] = [(b.x[0] + g.x[0]) / 2, (b.x[1] + g.x[1]) / 2];
		const at = (t: number): [number, number] => [
			c[0] + t * (w.x[0] - c[0]),
			c[1] + t * (w.x[1] - c[1])
		];
		const xr = at(-1);
		const fr = objective(xr);
		if (fr > b.f) {
			const xe = at(-2);
			const fe = objective(xe);
			simplex[2] = fe > fr ? { x: xe, f: fe } : { x: xr, f: fr };
		} else if (fr > g.f) {
			simplex[2] = { x: xr, f: fr };
		} else {
			const xc = fr > w.f ? at(-0.5) : at(0.5);
			const fc = objective(xc);
			if (fc > Math.max(fr, w.f)) simplex[2] = { x: xc, f: fc };
			else {
				simplex = [
					b,
					...[g, w].map((p) => {
						const x: [number, number] = [(p.x[0] + b.x[0]) / 2, (p.x[1] + b.x[1]) / 2];
						return { x, f: objective(x) };
					})
				];
			}
		}
	}
	// Re-fly the optimum at the default (tighter) tolerance for the reported figures.
	const flight = fly(vehicle, bestProg, { ...options, coast: 'kepler' });
	evaluations++;
	void bestFlight;
	return {
		orbital,
		rangeKm: orbital ? null : flight.ok && !flight.orbital ? flight.rangeKm : bestRange,
		programme: bestProg,
		flight,
		evaluations
	};
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
	let evaluations = 0;
	let orbital = false;
	let bestRange = -Infinity;
	let bestFlight: FlightResult | null = null;
	let bestProg: PitchProgramme = {
		verticalRiseS,
		finalPitchDeg: 15,
		shape: 1,
		gravityTurn: { kickDeg: 10 }
	};
	const objective = (x: [number, number]): number => {
		const kick = Math.max(0.2, Math.min(85, x[0]));
		const pitch = Math.max(-10, Math.min(60, x[1]));
		const prog: PitchProgramme = {
			verticalRiseS,
			finalPitchDeg: pitch,
			shape: 1,
			gravityTurn: { kickDeg: kick }
		};
		const f = fly(vehicle, prog, { relTol: SEARCH_REL_TOL, ...options, coast: 'kepler' });
		evaluations++;
		if (f.orbital) {
			orbital = true;
			return -1e9;
		}
		const r = f.ok ? f.rangeKm : 0;
		if (f.ok && r > bestRange) {
			bestRange = r;
			bestFlight = f;
			bestProg = prog;
		}
		return r - (Math.abs(kick - x[0]) + Math.abs(pitch - x[1])) * 100;
	};
	// Coarse start: the best of a few kicks (single-stage vehicles only have the kick to choose).
	let start: [number, number] = [10, 15];
	let startF = -Infinity;
	for (const k of [2, 5, 10, 20, 40, 70]) {
		const v = objective([k, 15]);
		if (v > startF) {
			startF = v;
			start = [k, 15];
		}
		if (orbital) break;
	}
	let simplex: { x: [number, number]; f: number }[] = [
		start,
		[start[0] * 1.3 + 0.5, start[1]],
		[start[0], start[1] + 8]
	].map((x) => ({ x: x as [number, number], f: objective(x as [number, number]) }));
	for (let it = 0; it < 50 && !orbital; it++) {
		simplex.sort((a, b) => b.f - a.f);
		const [b, g, w] = simplex;
		if (Math.abs(b.f - w.f) < 0.2 && Math.abs(b.x[0] - w.x[0]) < 0.05) break;
		const c: [number, number] = [(b.x[0] + g.x[0]) / 2, (b.x[1] + g.x[1]) / 2];
		const at = (t: number): [number, number] => [
			c[0] + t * (w.x[0] - c[0]),
			c[1] + t * (w.x[1] - c[1])
		];
		const xr = at(-1);
		const fr = objective(xr);
		if (fr > b.f) {
			const xe = at(-2);
			const fe = objective(xe);
			simplex[2] = fe > fr ? { x: xe, f: fe } : { x: xr, f: fr };
		} else if (fr > g.f) simplex[2] = { x: xr, f: fr };
		else {
			const xc = fr > w.f ? at(-0.5) : at(0.5);
			const fc = objective(xc);
			if (fc > Math.max(fr, w.f)) simplex[2] = { x: xc, f: fc };
			else
				simplex = [
					b,
					...[g, w].map((p) => {
						const x: [number, number] = [(p.x[0] + b.x[0]) / 2, (p.x[1] + b.x[1]) / 2];
						return { x, f: objective(x) };
					})
				];
		}
	}
	const flight = fly(vehicle, bestProg, { ...options, coast: 'kepler' });
	evaluations++;
	void bestFlight;
	return {
		orbital,
		rangeKm: orbital ? null : flight.ok && !flight.orbital ? flight.rangeKm : bestRange,
		programme: bestProg,
		flight,
		evaluations
	};
}
