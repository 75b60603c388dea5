/**
 * One rocket per missile: a single vehicle (one delta-v, so one payload, and one thrust-to-weight factor)
 * calibrated jointly to every test of the missile, each test with its own pitch-over kick, launch site and
 * azimuth. Weighted least squares over every reported figure,
 *
 *   chi^2 = sum over tests of ((A - A_rep)/sigma_A)^2 + ((D - D_rep)/sigma_D)^2 + ((T - T_rep)/sigma_T)^2
 *           + (ln k / sigma_prior)^2,
 *
 * with sigma from each figure's precision plus a model allowance (MODEL_ALLOWANCE_REL for apogee and range,
 * 30 s for times), minimised by Levenberg-Marquardt (K. Levenberg 1944, D. W. Marquardt 1963) with
 * finite-difference derivatives. A test whose figures the fit misses by more than 3 sigma is reported and
 * left out, the worst first, until the rest agree; the reason names the figure.
 */
import {
	FLIGHT_TIME_MODEL_SIGMA_S,
	fitTest,
	signedRange,
	testSteering,
	type LaunchGeometry,
	type Observations
} from './calibrate.ts';
import { fly, type FlightResult } from './flight.ts';
import { stageTimeline } from './stages.ts';
import { flownVehicle, withChange, type VehicleModel } from './vehicle.ts';

/** Model allowance on apogee and range (relative): steering family, atmosphere, small payload differences. */
export const MODEL_ALLOWANCE_REL = 0.01;

/** Largest residual, in sigma, a test may keep in the joint fit. */
export const MAX_SIGMA = 3;

export interface JointTestInput {
	testId: string;
	obs: Observations;
	geom: LaunchGeometry;
}

export interface JointTestResult {
	testId: string;
	included: boolean;
	/** Why the test was left out (null when included). */
	reason: string | null;
	/** Model minus reported, in sigma (null: not reported). */
	apogeeSigma: number;
	rangeSigma: number;
	flightTimeSigma: number | null;
	kickDeg: number;
}

export interface JointFit {
	ok: boolean;
	dvKms: number;
	freeScale: number;
	impliedPayloadKg: number;
	chiSquare: number;
	tests: JointTestResult[];
	message: string | null;
}

interface Sigmas {
	a: number;
	d: number;
	t: number | null;
}

function sigmasOf(obs: Observations): Sigmas {
	const rel = (p: number) => Math.hypot(p, MODEL_ALLOWANCE_REL);
	return {
		a: obs.apogeeKm.central * rel(obs.apogeeKm.relPrecision),
		d: obs.rangeKm.central * rel(obs.rangeKm.relPrecision),
		t: obs.flightTimeS
			? Math.hypot(
					obs.flightTimeS.central * obs.flightTimeS.relPrecision,
					FLIGHT_TIME_MODEL_SIGMA_S
				)
			: null
	};
}

/** The z-scores (model - reported) / sigma of one test's flight. */
function zScores(f: FlightResult, t: JointTestInput, s: Sigmas): number[] {
	if (!f.ok || f.orbital) return [50, 50, s.t ? 50 : 0];
	const z = [
		(f.apogeeKm - t.obs.apogeeKm.central) / s.a,
		(signedRange(f, t.geom) - t.obs.rangeKm.central) / s.d
	];
	z.push(s.t && t.obs.flightTimeS ? (f.flightTimeS - t.obs.flightTimeS.central) / s.t : 0);
	return z;
}

/** Calibrates one rocket to several tests; leaves out, with the reason, tests it cannot reproduce. */
export function calibrateJoint(model: VehicleModel, tests: JointTestInput[]): JointFit {
	const sig = tests.map((t) => sigmasOf(t.obs));
	const singles = tests.map((t) =>
		fitTest(model, t.obs.apogeeKm.central, t.obs.rangeKm.central, t.geom)
	);
	const usable = tests.map((_, i) => singles[i].ok);
	const reasons: (string | null)[] = tests.map((_, i) =>
		singles[i].ok
			? null
			: `no flight of this rocket reproduces its apogee and range (${singles[i].message})`
	);
	let fit: LmState | null = null;
	for (let round = 0; round < tests.length; round++) {
		const idx = tests.map((_, i) => i).filter((i) => usable[i] && reasons[i] === null);
		if (idx.length === 0) break;
		fit = levenbergMarquardt(
			model,
			idx.map((i) => tests[i]),
			idx.map((i) => sig[i]),
			idx.map((i) => singles[i])
		);
		const worst = worstTest(fit);
		if (!worst || idx.length === 1) break;
		reasons[idx[worst.at]] = worst.reason;
	}
	return assemble(model, tests, sig, singles, reasons, fit);
}

interface LmState {
	x: number[];
	chi2: number;
	z: number[][];
	tests: JointTestInput[];
	hasScale: boolean;
}

const LN_SCALE_SIGMA = (bounds: [number, number]) =>
	Math.max(Math.log(bounds[1]), -Math.log(bounds[0])) / 2;

/** Flies test i of the joint parameter vector x = [dv, ln k, ln kick_1 ... ln kick_n]. */
function flyTest(model: VehicleModel, x: number[], t: JointTestInput, i: number): FlightResult {
	return fly(flownVehicle(model, x[0], Math.exp(x[1])), testSteering(model, Math.exp(x[2 + i])), {
		...t.geom,
		relTol: 1e-7
	});
}

function levenbergMarquardt(
	model: VehicleModel,
	tests: JointTestInput[],
	sig: Sigmas[],
	singles: { dvKms: number; kickDeg: number }[]
): LmState {
	const hasScale =
		model.freeStages.length > 0 &&
		model.freeScaleBounds[1] > model.freeScaleBounds[0] &&
		sig.some((s) => s.t !== null);
	const sPrior = LN_SCALE_SIGMA(model.freeScaleBounds);
	const residual = (x: number[], only?: number) => {
		const z = tests.map((t, i) =>
			only === undefined || only === i ? zScores(flyTest(model, x, t, i), t, sig[i]) : []
		);
		return z;
	};
	const flat = (z: number[][], x: number[]) => [...z.flat(), hasScale ? x[1] / sPrior : 0];
	let x = [
		singles.reduce((a, s) => a + s.dvKms, 0) / singles.length,
		0,
		...singles.map((s) => Math.log(Math.max(1e-3, s.kickDeg)))
	];
	let z = residual(x);
	let r = flat(z, x);
	let chi2 = r.reduce((a, v) => a + v * v, 0);
	let lambda = 1e-2;
	for (let it = 0; it < 25; it++) {
		const J = jacobian(model, x, z, tests, sig, hasScale, sPrior);
		const step = lmStep(J, r, lambda);
		const xn = x.map((v, k) => v + step[k]);
		if (hasScale)
			xn[1] = Math.max(
				Math.log(model.freeScaleBounds[0]),
				Math.min(Math.log(model.freeScaleBounds[1]), xn[1])
			);
		else xn[1] = 0;
		const zn = residual(xn);
		const rn = flat(zn, xn);
		const chi2n = rn.reduce((a, v) => a + v * v, 0);
		if (chi2n < chi2) {
			const gain = chi2 - chi2n;
			[x, z, r, chi2] = [xn, zn, rn, chi2n];
			lambda = Math.max(1e-6, lambda / 3);
			if (gain < 1e-4 * Math.max(1, chi2)) break;
		} else lambda *= 4;
		if (lambda > 1e6) break;
	}
	return { x, chi2, z, tests, hasScale };
}

/** Forward-difference Jacobian of the flat residual; a kick moves only its own test. */
function jacobian(
	model: VehicleModel,
	x: number[],
	z: number[][],
	tests: JointTestInput[],
	sig: Sigmas[],
	hasScale: boolean,
	sPrior: number
): number[][] {
	const rows = z.flat().length + 1;
	const J = Array.from({ length: rows }, () => new Array<number>(x.length).fill(0));
	const column = (k: number, h: number, which: number[]) => {
		const xh = [...x];
		xh[k] += h;
		for (const i of which) {
			const zi = zScores(flyTest(model, xh, tests[i], i), tests[i], sig[i]);
			for (let j = 0; j < 3; j++) J[3 * i + j][k] = (zi[j] - z[i][j]) / h;
		}
	};
	const all = tests.map((_, i) => i);
	column(0, 2e-3, all);
	if (hasScale) column(1, 0.01, all);
	J[rows - 1][1] = hasScale ? 1 / sPrior : 0;
	tests.forEach((_, i) => column(2 + i, 0.01, [i]));
	return J;
}

/** Solves (J^T J + lambda diag(J^T J)) step = -J^T r by Gaussian elimination with partial pivoting. */
function lmStep(J: number[][], r: number[], lambda: number): number[] {
	const n = J[0].length;
	const A = Array.from({ length: n }, (_, i) =>
		Array.from({ length: n + 1 }, (_, j) => {
			if (j === n) return -J.reduce((a, row, k) => a + row[i] * r[k], 0);
			const v = J.reduce((a, row) => a + row[i] * row[j], 0);
			return i === j ? v * (1 + lambda) + 1e-12 : v;
		})
	);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let i = c + 1; i < n; i++) if (Math.abs(A[i][c]) > Math.abs(A[p][c])) p = i;
		[A[c], A[p]] = [A[p], A[c]];
		for (let i = c + 1; i < n; i++) {
			const f = A[i][c] / A[c][c];
			for (let j = c; j <= n; j++) A[i][j] -= f * A[c][j];
		}
	}
	const s = new Array<number>(n).fill(0);
	for (let i = n - 1; i >= 0; i--)
		s[i] = (A[i][n] - A[i].slice(i + 1, n).reduce((a, v, k) => a + v * s[i + 1 + k], 0)) / A[i][i];
	return s.map((v) => (Number.isFinite(v) ? v : 0));
}

const FIGURES = ['apogee', 'range', 'flight time'];

/**
 * The test to leave out: among those that miss a figure by more than MAX_SIGMA, the one with the largest
 * share of the chi-square (so of two conflicting tests, the one the more precise figures disagree with),
 * and why (every figure it misses by more than 2 sigma). Null when every test is within.
 */
function worstTest(fit: LmState): { at: number; reason: string } | null {
	let at = -1,
		worst = 0;
	fit.z.forEach((zi, i) => {
		const chi2 = zi.reduce((a, v) => a + v * v, 0);
		if (zi.some((v) => Math.abs(v) > MAX_SIGMA) && chi2 > worst) [at, worst] = [i, chi2];
	});
	if (at < 0) return null;
	const misses = fit.z[at]
		.map((v, j) => ({ v, j }))
		.filter((m) => Math.abs(m.v) > 2)
		.sort((a, b) => Math.abs(b.v) - Math.abs(a.v))
		.map(
			(m) =>
				`${FIGURES[m.j]} by ${Math.abs(m.v).toFixed(1)} sigma (${m.v > 0 ? 'model above' : 'model below'})`
		);
	return {
		at,
		reason: `one rocket flying its sister tests misses its reported ${misses.join(', ')}: a different payload, propellant load or variant, or a mis-reported figure`
	};
}

function assemble(
	model: VehicleModel,
	tests: JointTestInput[],
	sig: Sigmas[],
	singles: { kickDeg: number }[],
	reasons: (string | null)[],
	fit: LmState | null
): JointFit {
	if (!fit)
		return {
			ok: false,
			dvKms: 0,
			freeScale: 1,
			impliedPayloadKg: 0,
			chiSquare: 0,
			tests: [],
			message: 'No test of this missile could be calibrated.'
		};
	const k = Math.exp(fit.x[1]);
	const byId = new Map(fit.tests.map((t, i) => [t.testId, i]));
	const results = tests.map((t, i) => {
		const j = byId.get(t.testId);
		const kick = j !== undefined ? Math.exp(fit.x[2 + j]) : singles[i].kickDeg;
		const x = [fit.x[0], fit.x[1], Math.log(Math.max(1e-3, kick))];
		const z = zScores(flyTest(model, x, t, 0), t, sig[i]);
		return {
			testId: t.testId,
			included: reasons[i] === null,
			reason: reasons[i],
			apogeeSigma: round(z[0]),
			rangeSigma: round(z[1]),
			flightTimeSigma: sig[i].t ? round(z[2]) : null,
			kickDeg: Math.round(kick * 1e4) / 1e4
		};
	});
	const payload = stageTimeline(flownVehicle(model, fit.x[0], k)).impliedPayloadKg;
	return {
		ok: true,
		dvKms: fit.x[0],
		freeScale: k,
		impliedPayloadKg: payload,
		chiSquare: round(fit.chi2),
		tests: results,
		message: null
	};
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The joint fit's rocket as a model: the fitted thrust-to-weight factor folded in. */
export function jointModel(model: VehicleModel, fit: JointFit): VehicleModel {
	return withChange(model, (m) => {
		m.freeStages.forEach((i) => (m.stages[i].thrustToWeight *= fit.freeScale));
		m.freeStages = [];
		m.freeScaleBounds = [1, 1];
	});
}
