/**
 * Calibration: fit the free parts of a flight so that the simulated lofted test reproduces what was reported.
 *
 * 1. For a given vehicle model, the total ideal delta-v and the loft (final pitch of a linear pitch programme)
 *    are solved by a damped Newton iteration so the flight matches the reported apogee and ground range
 *    (Earth-fixed range on a rotating Earth from the launch site, as it was measured).
 * 2. Where a flight time is reported, the free thrust-to-weight factor (upper stages, or stage 1 when its thrust
 *    is unpublished) is chosen to minimise
 *      ((T_model - T_reported) / sigma_T)^2 + (ln k / sigma_prior)^2,
 *    with sigma_T from the report's precision plus a 30 s model allowance, and the prior keeping k inside its
 *    physical range. Delta-v is never fitted to the flight time: it is fixed by apogee and range, so the
 *    ill-conditioning of fitting delta-v and burn time to a rounded time (physics.md) cannot arise.
 *
 * Never tuned to a published range estimate.
 */
import { fly, type FlightResult } from './flight.ts';
import { keplerFromRangeApogee } from './kepler.ts';
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

export interface LoftFit {
	ok: boolean;
	dvKms: number;
	finalPitchDeg: number;
	/** Shape exponent of the test's pitch programme (1 = linear loft; smaller for flatter tests). */
	shape: number;
	freeScale: number;
	flight: FlightResult;
	evaluations: number;
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
	fit: LoftFit;
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

const TOL_REL = 1e-4;

function signedRange(f: FlightResult, geom: LaunchGeometry): number {
	let d = Math.abs(f.impactAzimuthDeg - geom.azimuthDeg) % 360;
	if (d > 180) d = 360 - d;
	return d > 90 && f.rangeKm > 1 ? -f.rangeKm : f.rangeKm;
}

/** Solves delta-v and final pitch so the lofted flight hits the given apogee and ground range. */
export function fitLoft(
	model: VehicleModel,
	apogeeKm: number,
	rangeKm: number,
	geom: LaunchGeometry,
	freeScale = 1,
	init?: { dvKms: number; finalPitchDeg: number },
	shape = 1
): LoftFit {
	let evaluations = 0;
	const sim = (dv: number, pitch: number) => {
		evaluations++;
		return fly(
			flownVehicle(model, dv, freeScale),
			{ verticalRiseS: model.verticalRiseS, finalPitchDeg: pitch, shape },
			{
				latDeg: geom.latDeg,
				lonDeg: geom.lonDeg,
				azimuthDeg: geom.azimuthDeg,
				rotating: geom.rotating,
				relTol: 1e-7
			}
		);
	};
	const resid = (f: FlightResult): [number, number] | null =>
		f.ok && !f.orbital
			? [(f.apogeeKm - apogeeKm) / apogeeKm, (signedRange(f, geom) - rangeKm) / rangeKm]
			: null;
	const norm = (r: [number, number] | null) => (r ? Math.hypot(r[0], r[1]) : Infinity);

	let dv: number, pitch: number;
	if (init) {
		dv = init.dvKms;
		pitch = init.finalPitchDeg;
	} else {
		const k = keplerFromRangeApogee({ rangeKm, apogeeKm });
		const v = k.ok ? k.burnoutSpeedKms : 6;
		const gamma = k.ok ? k.burnoutAngleDeg : 80;
		// First guess: Kepler speed plus a gravity loss for a near-vertical burn of the prior vehicle.
		const probe = flownVehicle(model, v + 1, freeScale);
		let tb = 0;
		probe.stages.forEach((s, i) => {
			const isp = i === 0 ? s.ispSlS : s.ispVacS;
			tb += (isp * (1 - 1 / s.massRatio)) / s.thrustToWeight;
		});
		dv = v + 0.0098 * 0.85 * tb + 0.15;
		pitch = Math.min(89, shape === 1 ? gamma : Math.max(1, gamma - 10));
	}
	let f = sim(dv, pitch);
	let r = resid(f);
	// If the first guess fails (orbital or fell back), walk delta-v toward a flyable value.
	for (let i = 0; i < 12 && !r; i++) {
		dv = f.orbital ? dv * 0.93 : dv * 1.07;
		f = sim(dv, pitch);
		r = resid(f);
	}
	if (!r)
		return {
			ok: false,
			dvKms: dv,
			finalPitchDeg: pitch,
			shape,
			freeScale,
			flight: f,
			evaluations,
			message: 'No flyable first guess.'
		};

	for (let iter = 0; iter < 14; iter++) {
		if (Math.abs(r[0]) < TOL_REL && Math.abs(r[1]) < TOL_REL) break;
		const hDv = 2e-3,
			hP = 0.02;
		const fa = resid(sim(dv + hDv, pitch));
		const fb = resid(sim(dv, pitch + (pitch + hP > 89.9 ? -hP : hP)));
		if (!fa || !fb) break;
		const sp = pitch + hP > 89.9 ? -hP : hP;
		const j11 = (fa[0] - r[0]) / hDv,
			j21 = (fa[1] - r[1]) / hDv;
		const j12 = (fb[0] - r[0]) / sp,
			j22 = (fb[1] - r[1]) / sp;
		const det = j11 * j22 - j12 * j21;
		if (!Number.isFinite(det) || Math.abs(det) < 1e-14) break;
		let sDv = -(j22 * r[0] - j12 * r[1]) / det;
		let sP = -(-j21 * r[0] + j11 * r[1]) / det;
		const scale = Math.min(1, 0.6 / Math.abs(sDv || 1e-30), 8 / Math.abs(sP || 1e-30));
		sDv *= scale;
		sP *= scale;
		let accepted = false;
		for (let back = 0; back < 6; back++) {
			const nDv = dv + sDv;
			const nP = Math.max(0.5, Math.min(89.9, pitch + sP));
			const nf = sim(nDv, nP);
			const nr = resid(nf);
			if (nr && norm(nr) < norm(r)) {
				dv = nDv;
				pitch = nP;
				f = nf;
				r = nr;
				accepted = true;
				break;
			}
			sDv *= 0.5;
			sP *= 0.5;
		}
		if (!accepted) break;
	}
	const ok = Math.abs(r[0]) < 2e-3 && Math.abs(r[1]) < 2e-3;
	return {
		ok,
		dvKms: dv,
		finalPitchDeg: pitch,
		shape,
		freeScale,
		flight: f,
		evaluations,
		message: ok
			? undefined
			: `Could not match apogee and range (residuals ${(r[0] * 100).toFixed(2)} %, ${(r[1] * 100).toFixed(2)} %).`
	};
}

/** Pitch-programme shapes tried in turn: a linear loft first, then flatter, gravity-turn-like programmes. */
const SHAPES = [1, 0.5, 0.3, 0.18];

/**
 * fitLoft over the programme family: the given shape first (a warm start), then the others, until one
 * matches. Lofted tests match with the linear loft; flatter or depressed tests need an earlier pitch-over.
 */
export function fitAnyShape(
	model: VehicleModel,
	apogeeKm: number,
	rangeKm: number,
	geom: LaunchGeometry,
	freeScale = 1,
	init?: { dvKms: number; finalPitchDeg: number; shape: number }
): LoftFit {
	const order = init ? [init.shape, ...SHAPES.filter((x) => x !== init.shape)] : SHAPES;
	let evaluations = 0;
	let first: LoftFit | null = null;
	for (const shape of order) {
		const fit = fitLoft(
			model,
			apogeeKm,
			rangeKm,
			geom,
			freeScale,
			init && shape === init.shape ? init : undefined,
			shape
		);
		evaluations += fit.evaluations;
		first ??= fit;
		if (fit.ok) return { ...fit, evaluations };
	}
	return {
		...first!,
		evaluations,
		message: `${first!.message} No pitch programme of the family (vertical rise, then pitch falling as s^k to a final angle, k = ${SHAPES.join(', ')}) reproduces this apogee and range with this vehicle.`
	};
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
	let evaluations = 0;
	const [lo, hi] = model.freeScaleBounds;
	const canFit =
		(options.fitFlightTime ?? true) &&
		obs.flightTimeS !== null &&
		hi > lo &&
		model.freeStages.length > 0;
	const sigmaT = obs.flightTimeS
		? Math.hypot(obs.flightTimeS.central * obs.flightTimeS.relPrecision, FLIGHT_TIME_MODEL_SIGMA_S)
		: null;

	const finish = (fit: LoftFit, interval: [number, number]): Calibration => {
		const f = fit.flight;
		const dt = obs.flightTimeS ? f.flightTimeS - obs.flightTimeS.central : null;
		const residuals: Residuals = {
			apogeeKm: f.apogeeKm - A,
			apogeeRel: (f.apogeeKm - A) / A,
			rangeKm: signedRange(f, geom) - D,
			rangeRel: (signedRange(f, geom) - D) / D,
			flightTimeS: dt,
			flightTimeSigma: dt !== null && sigmaT ? dt / sigmaT : null
		};
		return {
			ok: fit.ok,
			fit,
			residuals,
			freeScaleInterval: interval,
			freeScaleBounds: model.freeScaleBounds,
			sigmaFlightTimeS: canFit ? sigmaT : null,
			evaluations,
			message: fit.message
		};
	};

	if (!canFit) {
		const fit = fitAnyShape(model, A, D, geom, options.freeScale ?? 1);
		evaluations += fit.evaluations;
		return finish(fit, [lo, hi]);
	}

	const T = obs.flightTimeS!.central;
	const sigmaLn = Math.max(Math.log(hi), -Math.log(lo)) / 2;
	// The prior is centred on the model's stated value (factor 1), two sigma at the wider bound.
	const lnMid = 0;
	const cost = (fit: LoftFit) =>
		fit.ok
			? ((fit.flight.flightTimeS - T) / sigmaT!) ** 2 +
				((Math.log(fit.freeScale) - lnMid) / sigmaLn) ** 2
			: Infinity;
	const grid: { k: number; fit: LoftFit; j: number }[] = [];
	let warm: { dvKms: number; finalPitchDeg: number; shape: number } | undefined;
	const N = 5;
	for (let i = 0; i < N; i++) {
		const k = Math.exp(Math.log(lo) + ((Math.log(hi) - Math.log(lo)) * i) / (N - 1));
		const fit = fitAnyShape(model, A, D, geom, k, warm);
		evaluations += fit.evaluations;
		if (fit.ok) warm = { dvKms: fit.dvKms, finalPitchDeg: fit.finalPitchDeg, shape: fit.shape };
		grid.push({ k, fit, j: cost(fit) });
	}
	let best = grid.reduce((a, b) => (b.j < a.j ? b : a));
	if (!Number.isFinite(best.j)) return finish(best.fit, [lo, hi]);
	// Refine with a parabola through the best grid point and its neighbours (in ln k).
	const bi = grid.indexOf(best);
	if (bi > 0 && bi < N - 1 && Number.isFinite(grid[bi - 1].j) && Number.isFinite(grid[bi + 1].j)) {
		const x0 = Math.log(grid[bi - 1].k),
			x1 = Math.log(best.k),
			x2 = Math.log(grid[bi + 1].k);
		const y0 = grid[bi - 1].j,
			y1 = best.j,
			y2 = grid[bi + 1].j;
		const den = (x0 - x1) * (x0 - x2) * (x1 - x2);
		const a = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / den;
		const b = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / den;
		if (a > 0) {
			const xv = Math.min(x2, Math.max(x0, -b / (2 * a)));
			const k = Math.exp(xv);
			const fit = fitAnyShape(model, A, D, geom, k, {
				dvKms: best.fit.dvKms,
				finalPitchDeg: best.fit.finalPitchDeg,
				shape: best.fit.shape
			});
			evaluations += fit.evaluations;
			const cand = { k, fit, j: cost(fit) };
			grid.push(cand);
			if (cand.j < best.j) best = cand;
		}
	}
	// 1-sigma interval of k: where the cost stays within best + 1 (linear interpolation on the sorted grid).
	const pts = grid.filter((g) => Number.isFinite(g.j)).sort((p, q) => p.k - q.k);
	const limit = best.j + 1;
	let kLo = best.k,
		kHi = best.k;
	const ib = pts.indexOf(best);
	for (let i = ib; i > 0; i--) {
		const p = pts[i - 1],
			q = pts[i];
		if (p.j > limit) {
			kLo = Math.exp(
				Math.log(p.k) + ((limit - p.j) / (q.j - p.j)) * (Math.log(q.k) - Math.log(p.k))
			);
			break;
		}
		kLo = p.k;
	}
	for (let i = ib; i < pts.length - 1; i++) {
		const p = pts[i],
			q = pts[i + 1];
		if (q.j > limit) {
			kHi = Math.exp(
				Math.log(p.k) + ((limit - p.j) / (q.j - p.j)) * (Math.log(q.k) - Math.log(p.k))
			);
			break;
		}
		kHi = q.k;
	}
	return finish(best.fit, [Math.min(kLo, best.k), Math.max(kHi, best.k)]);
}
