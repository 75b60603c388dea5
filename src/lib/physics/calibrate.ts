/**
 * Calibration: fit the free parts of a flight so that the simulated test reproduces what was reported.
 *
 * 1. For a given vehicle model, the total ideal delta-v and the pitch-over kick of the test's gravity turn
 *    are solved (solve.ts: Newton with Broyden updates) so the flight matches the reported apogee and ground
 *    range, flown on the rotating Earth from the launch site (the reported range is Earth-fixed).
 * 2. Where a flight time is reported, the free thrust-to-weight factor (upper stages, or stage 1 when its
 *    thrust is unpublished) is chosen to minimise
 *      ((T_model - T_reported) / sigma_T)^2 + (ln k / sigma_prior)^2,
 *    with sigma_T from the report's precision plus a 30 s model allowance. Delta-v is never fitted to the
 *    flight time: it is fixed by apogee and range, so the ill-conditioning of fitting delta-v and burn time
 *    to a rounded time (physics.md) cannot arise. (The Monte Carlo samples k instead: montecarlo.ts.)
 *
 * Never tuned to a published range estimate.
 */
import { fly, type FlightResult } from './flight.ts';
import { keplerFromRangeApogee } from './kepler.ts';
import { solve2 } from './solve.ts';
import type { GravityTurnSteering } from './steering.ts';
import { flownVehicle, type VehicleModel } from './vehicle.ts';

export interface Observation {
	central: number;
	low: number;
	high: number;
	/** Relative precision of the central value (0.005 = +/- 0.5 %). */
	relPrecision: number;
}

export interface Observations {
	apogeeKm: Observation;
	rangeKm: Observation;
	flightTimeS: Observation | null;
}

export interface LaunchGeometry {
	latDeg: number;
	lonDeg: number;
	azimuthDeg: number;
	rotating: boolean;
}

export interface TestFit {
	ok: boolean;
	dvKms: number;
	kickDeg: number;
	freeScale: number;
	steering: GravityTurnSteering;
	flight: FlightResult;
	evaluations: number;
	/** Jacobian of the relative (apogee, range) residuals in (delta-v km/s, ln kick): a warm start. */
	jacobian: number[][] | null;
	message?: string;
}

export interface Residuals {
	apogeeKm: number;
	apogeeRel: number;
	rangeKm: number;
	rangeRel: number;
	/** Model minus reported flight time, s (null when none is reported). */
	flightTimeS: number | null;
	/** Same in units of the combined sigma. */
	flightTimeSigma: number | null;
}

export interface Calibration {
	ok: boolean;
	fit: TestFit;
	residuals: Residuals;
	/** Free T/W factor range consistent with the flight time within 1 sigma (equals the prior bounds if none). */
	freeScaleInterval: [number, number];
	/** Prior bounds of the free factor. */
	freeScaleBounds: [number, number];
	sigmaFlightTimeS: number | null;
	evaluations: number;
	message?: string;
}

/** Model allowance added to the reported precision of a flight time, s. */
export const FLIGHT_TIME_MODEL_SIGMA_S = 30;

/** Tolerance on the relative apogee and range residuals of a calibrated flight. */
export const FIT_TOL = 1e-4;

/** The test's steering: the model's vertical rise and kick duration, a gravity turn all the way. */
export function testSteering(model: VehicleModel, kickDeg: number): GravityTurnSteering {
	return {
		family: 'gravity-turn',
		verticalRiseS: model.verticalRiseS,
		kickDeg,
		kickDurationS: model.kickDurationS,
		upper: { law: 'gravity-turn' },
		coastS: model.testCoastS
	};
}

/** Ground range signed along the launch azimuth (negative when the impact is behind the site). */
export function signedRange(f: FlightResult, geom: LaunchGeometry): number {
	let d = Math.abs(f.impactAzimuthDeg - geom.azimuthDeg) % 360;
	if (d > 180) d = 360 - d;
	return d > 90 && f.rangeKm > 1 ? -f.rangeKm : f.rangeKm;
}

export interface FitOptions {
	freeScale?: number;
	warm?: { dvKms: number; kickDeg: number; jacobian?: number[][] | null };
	relTol?: number;
	tol?: number;
	maxEvaluations?: number;
}

/** Solves delta-v and the kick so the test flight hits the given apogee and ground range. */
export function fitTest(
	model: VehicleModel,
	apogeeKm: number,
	rangeKm: number,
	geom: LaunchGeometry,
	o: FitOptions = {}
): TestFit {
	const scale = o.freeScale ?? 1;
	let evaluations = 0;
	const last: { x?: [number, number]; f?: FlightResult } = {};
	const sim = (x: [number, number]) => {
		evaluations++;
		const f = fly(flownVehicle(model, x[0], scale), testSteering(model, Math.exp(x[1])), {
			...geom,
			relTol: o.relTol ?? 1e-7
		});
		last.x = x;
		last.f = f;
		return f;
	};
	const resid = (x: [number, number]): [number, number] | null => {
		const f = sim(x);
		return f.ok && !f.orbital
			? [(f.apogeeKm - apogeeKm) / apogeeKm, (signedRange(f, geom) - rangeKm) / rangeKm]
			: null;
	};
	const starts = o.warm
		? [{ x: [o.warm.dvKms, Math.log(o.warm.kickDeg)] as [number, number], J: o.warm.jacobian }]
		: coldStarts(model, apogeeKm, rangeKm, geom, scale, sim).map((x) => ({ x, J: null }));
	if (starts.length === 0) starts.push({ x: [7, Math.log(2)], J: null });
	let best: ReturnType<typeof solve2> | null = null;
	for (const s of starts) {
		const r = solve2(resid, s.x, {
			tol: o.tol ?? FIT_TOL,
			maxEvaluations: o.maxEvaluations ?? 40,
			h: [2e-3, 0.01],
			maxStep: [0.6, 1.2],
			jacobian: s.J ?? undefined
		});
		if (!best || r.ok || normOf(r.r) < normOf(best.r)) best = r;
		if (r.ok) break;
	}
	const x = best!.x;
	const flight = last.x === x && last.f ? last.f : sim(x);
	return {
		ok: best!.ok,
		dvKms: x[0],
		kickDeg: Math.exp(x[1]),
		freeScale: scale,
		steering: testSteering(model, Math.exp(x[1])),
		flight,
		evaluations,
		jacobian: best!.jacobian,
		message: best!.ok
			? undefined
			: best!.r
				? `Could not match apogee and range with a gravity turn of this vehicle (residuals ${(best!.r[0] * 100).toFixed(2)} %, ${(best!.r[1] * 100).toFixed(2)} %).`
				: 'No flyable gravity turn of this vehicle reproduces the apogee and range (every trial fell back or reached orbit).'
	};
}

function normOf(r: [number, number] | null) {
	return r ? Math.hypot(r[0], r[1]) : Infinity;
}

/**
 * Starting points for the fit: delta-v from the Kepler burnout speed plus a gravity loss for a steep burn
 * of the prior vehicle, and the two kicks whose (range / apogee) ratio is nearest the reported one.
 */
function coldStarts(
	model: VehicleModel,
	apogeeKm: number,
	rangeKm: number,
	geom: LaunchGeometry,
	scale: number,
	sim: (x: [number, number]) => FlightResult
): [number, number][] {
	const k = keplerFromRangeApogee({ rangeKm, apogeeKm });
	const v = k.ok ? k.burnoutSpeedKms : 6;
	const probe = flownVehicle(model, v + 1, scale);
	let tb = 0;
	probe.stages.forEach((s, i) => {
		tb += ((i === 0 ? s.ispSlS : s.ispVacS) * (1 - 1 / s.massRatio)) / s.thrustToWeight;
	});
	const dv0 = v + 0.0098 * 0.85 * tb + 0.15;
	const target = Math.log(rangeKm / apogeeKm);
	const scored: { x: [number, number]; score: number }[] = [];
	for (const kick of [0.05, 0.2, 0.7, 2, 5, 12, 25, 45]) {
		let dv = dv0;
		let f = sim([dv, Math.log(kick)]);
		// Walk delta-v toward a flyable value: down when orbital, up when the vehicle falls back.
		for (let i = 0; i < 8 && (f.orbital || !f.ok); i++) {
			dv = f.orbital ? dv * 0.94 : dv * 1.06;
			f = sim([dv, Math.log(kick)]);
		}
		if (!f.ok || f.orbital) continue;
		const r = Math.max(1, Math.abs(signedRange(f, geom)));
		const apogeeMiss = Math.abs(Math.log(f.apogeeKm / apogeeKm));
		scored.push({
			x: [dv, Math.log(kick)],
			score: Math.abs(Math.log(r / f.apogeeKm) - target) + 0.2 * apogeeMiss
		});
	}
	scored.sort((a, b) => a.score - b.score);
	return scored.slice(0, 3).map((s) => s.x);
}

/** Calibrates the model to a test's observations (apogee, range and, where reported, flight time). */
export function calibrate(
	model: VehicleModel,
	obs: Observations,
	geom: LaunchGeometry,
	options: { fitFlightTime?: boolean; freeScale?: number } = {}
): Calibration {
	const A = obs.apogeeKm.central;
	const D = obs.rangeKm.central;
	const [lo, hi] = model.freeScaleBounds;
	const canFit =
		(options.fitFlightTime ?? true) &&
		obs.flightTimeS !== null &&
		hi > lo &&
		model.freeStages.length > 0;
	const sigmaT = obs.flightTimeS
		? Math.hypot(obs.flightTimeS.central * obs.flightTimeS.relPrecision, FLIGHT_TIME_MODEL_SIGMA_S)
		: null;
	const finish = (fit: TestFit, interval: [number, number], evaluations: number): Calibration => ({
		ok: fit.ok,
		fit,
		residuals: residualsOf(fit.flight, obs, geom, sigmaT),
		freeScaleInterval: interval,
		freeScaleBounds: model.freeScaleBounds,
		sigmaFlightTimeS: canFit ? sigmaT : null,
		evaluations,
		message: fit.message
	});
	if (!canFit) {
		const fit = fitTest(model, A, D, geom, { freeScale: options.freeScale ?? 1 });
		return finish(fit, [lo, hi], fit.evaluations);
	}
	const T = obs.flightTimeS!.central;
	const sigmaLn = Math.max(Math.log(hi), -Math.log(lo)) / 2;
	const cost = (fit: TestFit) =>
		fit.ok
			? ((fit.flight.flightTimeS - T) / sigmaT!) ** 2 + (Math.log(fit.freeScale) / sigmaLn) ** 2
			: Infinity;
	const scan = scanFreeScale(model, A, D, geom, lo, hi, cost);
	return finish(scan.best.fit, oneSigmaInterval(scan.grid, scan.best), scan.evaluations);
}

export function residualsOf(
	f: FlightResult,
	obs: Observations,
	geom: LaunchGeometry,
	sigmaT: number | null
): Residuals {
	const A = obs.apogeeKm.central;
	const D = obs.rangeKm.central;
	const dt = obs.flightTimeS ? f.flightTimeS - obs.flightTimeS.central : null;
	return {
		apogeeKm: f.apogeeKm - A,
		apogeeRel: (f.apogeeKm - A) / A,
		rangeKm: signedRange(f, geom) - D,
		rangeRel: (signedRange(f, geom) - D) / D,
		flightTimeS: dt,
		flightTimeSigma: dt !== null && sigmaT ? dt / sigmaT : null
	};
}

interface GridPoint {
	k: number;
	fit: TestFit;
	j: number;
}

/** Five calibrations on a log grid of the free factor, then a parabola through the best and its neighbours. */
function scanFreeScale(
	model: VehicleModel,
	A: number,
	D: number,
	geom: LaunchGeometry,
	lo: number,
	hi: number,
	cost: (fit: TestFit) => number
) {
	const grid: GridPoint[] = [];
	let evaluations = 0;
	let warm: FitOptions['warm'];
	const N = 5;
	const run = (k: number) => {
		const fit = fitTest(model, A, D, geom, { freeScale: k, warm });
		if (!fit.ok && warm) {
			const cold = fitTest(model, A, D, geom, { freeScale: k });
			evaluations += cold.evaluations;
			if (cold.ok) Object.assign(fit, cold);
		}
		evaluations += fit.evaluations;
		if (fit.ok) warm = { dvKms: fit.dvKms, kickDeg: fit.kickDeg, jacobian: fit.jacobian };
		const p = { k, fit, j: cost(fit) };
		grid.push(p);
		return p;
	};
	for (let i = 0; i < N; i++)
		run(Math.exp(Math.log(lo) + ((Math.log(hi) - Math.log(lo)) * i) / (N - 1)));
	let best = grid.reduce((a, b) => (b.j < a.j ? b : a));
	const bi = grid.indexOf(best);
	if (Number.isFinite(best.j) && bi > 0 && bi < N - 1) {
		const xv = parabolaVertex(grid[bi - 1], best, grid[bi + 1]);
		if (xv !== null) {
			const cand = run(Math.exp(xv));
			if (cand.j < best.j) best = cand;
		}
	}
	return { grid, best, evaluations };
}

/** Vertex (in ln k) of the parabola through three grid points, when it opens upward. */
function parabolaVertex(p0: GridPoint, p1: GridPoint, p2: GridPoint): number | null {
	if (![p0.j, p1.j, p2.j].every(Number.isFinite)) return null;
	const [x0, x1, x2] = [p0, p1, p2].map((p) => Math.log(p.k));
	const den = (x0 - x1) * (x0 - x2) * (x1 - x2);
	const a = (x2 * (p1.j - p0.j) + x1 * (p0.j - p2.j) + x0 * (p2.j - p1.j)) / den;
	const b = (x2 * x2 * (p0.j - p1.j) + x1 * x1 * (p2.j - p0.j) + x0 * x0 * (p1.j - p2.j)) / den;
	return a > 0 ? Math.min(x2, Math.max(x0, -b / (2 * a))) : null;
}

/** Where the cost stays within best + 1 (linear interpolation in ln k on the sorted grid). */
function oneSigmaInterval(grid: GridPoint[], best: GridPoint): [number, number] {
	const pts = grid.filter((g) => Number.isFinite(g.j)).sort((p, q) => p.k - q.k);
	const limit = best.j + 1;
	const ib = pts.indexOf(best);
	const cross = (p: GridPoint, q: GridPoint) =>
		Math.exp(Math.log(p.k) + ((limit - p.j) / (q.j - p.j)) * (Math.log(q.k) - Math.log(p.k)));
	let kLo = best.k,
		kHi = best.k;
	for (let i = ib; i > 0; i--) {
		if (pts[i - 1].j > limit) {
			kLo = cross(pts[i - 1], pts[i]);
			break;
		}
		kLo = pts[i - 1].k;
	}
	for (let i = ib; i >= 0 && i < pts.length - 1; i++) {
		if (pts[i + 1].j > limit) {
			kHi = cross(pts[i], pts[i + 1]);
			break;
		}
		kHi = pts[i + 1].k;
	}
	return [Math.min(kLo, best.k), Math.max(kHi, best.k)];
}
