/**
 * Monte Carlo over the reported figures and every prior (priors.ts), instead of one-at-a-time variants:
 *
 * 1. draw sample i of a scrambled Halton sequence (sampling.ts; deterministic for a seed);
 * 2. recalibrate: solve delta-v and the test's kick so the sampled rocket flies the sampled apogee and range
 *    (warm-started from the nominal calibration and its Jacobian: a few flights);
 * 3. reject a sample whose rocket leaves no payload (structure and propellant exceed the launch mass), or
 *    that no flight of the family reproduces: weight 0, counted;
 * 4. weight the sample by the likelihood of the reported flight time, exp(-z^2/2) with
 *    z = (T_model - T_reported) / sigma_T (sigma_T: the report's precision plus 30 s for the model): the
 *    flight time enters as prior x likelihood, not as a fit;
 * 5. maximise its range: one Newton step from the nominal optimum with the nominal Hessian (range is
 *    stationary there, so the error is second order).
 *
 * Summaries (weighted): P5/P50/P95 of the standard range on a non-rotating Earth (orbital samples count as
 * farther than any range), the fraction that reaches orbital speed, the probability of reaching each target
 * on the rotating Earth, and each input's rank correlation with the range.
 */
import {
	FIT_TOL,
	FLIGHT_TIME_MODEL_SIGMA_S,
	fitTest,
	type LaunchGeometry,
	type Observations
} from './calibrate.ts';
import { refineMaximum, VERTICAL_RISE_BOUNDS_S, type SteeringBase } from './infer.ts';
import {
	applyInputs,
	inputsFromPoint,
	PRIOR_DIMENSIONS,
	priorRanges,
	type PriorRanges
} from './priors.ts';
import { haltonPoint, scrambledHalton, type ScrambledHalton } from './sampling.ts';
import { effectiveSampleSize, rankCorrelation, weightedQuantile } from './stats.ts';
import { EARTH_RADIUS_KM } from './constants.ts';
import { flownVehicle, type VehicleModel } from './vehicle.ts';

/** Half the Earth's circumference on the model's sphere, km: a range this long reaches every point. */
export const HALF_CIRCUMFERENCE_KM = Math.PI * EARTH_RADIUS_KM;

/** Default number of samples (docs/model.md shows the convergence behind it). */
export const DEFAULT_SAMPLES = 1000;
export const DEFAULT_SEED = 1;

/** A target as the Monte Carlo sees it: its distance and azimuth from the launch site. */
export interface McTarget {
	name: string;
	distanceKm: number;
	azimuthDeg: number;
	/** Range toward the target on the rotating Earth over the non-rotating range (nominal vehicle). */
	rotationFactor: number;
}

/** Everything a sample needs: plain data, so a Web Worker can receive it. */
export interface McSetup {
	model: VehicleModel;
	obs: Observations;
	geom: LaunchGeometry;
	ranges: PriorRanges;
	sigmaFlightTimeS: number | null;
	/** Nominal calibration (warm start). */
	warm: { dvKms: number; kickDeg: number; jacobian: number[][] | null };
	/** Nominal range-maximising steering vector and the variables refined per sample. */
	base: SteeringBase;
	standardX: number[];
	free: number[];
	/** Lift-off thrust-to-weight the nominal optimum was found for. */
	nominalThrustToWeight1: number;
	targets: McTarget[];
}

export type SampleStatus = 'ok' | 'failed' | 'infeasible';

export interface McSample {
	index: number;
	/** Input values in PRIOR_DIMENSIONS order (NaN: not sampled). */
	inputs: number[];
	status: SampleStatus;
	/** Flight-time likelihood (0 unless ok). */
	weight: number;
	/** Standard range, non-rotating Earth, km; Infinity when orbital; NaN unless ok. */
	rangeKm: number;
	impliedPayloadKg: number;
	dvKms: number;
	kickDeg: number;
	testFlightTimeS: number;
	/** The standard flight's burnout (for the time to a target) and its steering vector. */
	standard: {
		burnoutTimeS: number;
		burnoutAltitudeKm: number;
		burnoutDownrangeKm: number;
		x: number[];
	} | null;
	evaluations: number;
}

/** Runs sample `index` of the sequence. Never throws. */
export function runSample(setup: McSetup, halton: ScrambledHalton, index: number): McSample {
	const inputs = inputsFromPoint(setup.ranges, haltonPoint(halton, index));
	const c = applyInputs(setup.model, setup.obs, setup.geom, inputs);
	const opts = { relTol: 1e-6, tol: 3 * FIT_TOL };
	let fit = fitTest(c.model, c.apogeeKm, c.rangeKm, c.geom, {
		...opts,
		warm: setup.warm,
		maxEvaluations: 14
	});
	// Far from the nominal rocket the warm start can stall: start again from scratch.
	if (!fit.ok) {
		const cold = fitTest(c.model, c.apogeeKm, c.rangeKm, c.geom, { ...opts, maxEvaluations: 40 });
		cold.evaluations += fit.evaluations;
		fit = cold;
	}
	const base = {
		index,
		inputs,
		weight: 0,
		rangeKm: Number.NaN,
		impliedPayloadKg: fit.flight.impliedPayloadKg,
		dvKms: fit.dvKms,
		kickDeg: fit.kickDeg,
		testFlightTimeS: fit.flight.flightTimeS,
		standard: null,
		evaluations: fit.evaluations
	};
	if (!fit.ok) return { ...base, status: 'failed' };
	if (!(fit.flight.impliedPayloadKg > 0)) return { ...base, status: 'infeasible' };
	const vehicle = flownVehicle(c.model, fit.dvKms, 1);
	const start = startVector(setup, c.model.stages[0].thrustToWeight);
	const best = refineMaximum(vehicle, setup.base, start, setup.free);
	const f = best.flight;
	return {
		...base,
		status: 'ok',
		weight: flightTimeWeight(setup, fit.flight.flightTimeS),
		rangeKm: best.rangeKm,
		standard: {
			burnoutTimeS: f.burnoutTimeS,
			burnoutAltitudeKm: f.burnoutAltitudeKm,
			burnoutDownrangeKm: f.burnoutDownrangeKm,
			x: best.x
		},
		evaluations: base.evaluations + best.evaluations
	};
}

/**
 * The nominal optimum moved to this sample's lift-off thrust-to-weight: the same speed at the pitch-over
 * (vertical rise scaled by (T/W - 1)), so the kick costs the same q-alpha per degree.
 */
export function startVector(setup: McSetup, thrustToWeight1: number): number[] {
	const x = [...setup.standardX];
	const nominal = setup.nominalThrustToWeight1;
	if (thrustToWeight1 > 1.05 && nominal > 1.05)
		x[1] = Math.max(
			VERTICAL_RISE_BOUNDS_S[0],
			Math.min(VERTICAL_RISE_BOUNDS_S[1], (x[1] * (nominal - 1)) / (thrustToWeight1 - 1))
		);
	return x;
}

function flightTimeWeight(setup: McSetup, modelTimeS: number): number {
	const t = setup.obs.flightTimeS;
	if (!t || !setup.sigmaFlightTimeS) return 1;
	const z = (modelTimeS - t.central) / setup.sigmaFlightTimeS;
	// A floor keeps a sample a thousand sigma away from underflowing to exactly 0 (still negligible).
	return Math.max(1e-300, Math.exp(-0.5 * z * z));
}

/** Samples [start, end) of a run; `onProgress` after each sample. */
export function runSamples(
	setup: McSetup,
	seed: number,
	start: number,
	end: number,
	onProgress?: (done: number) => void
): McSample[] {
	const halton = scrambledHalton(PRIOR_DIMENSIONS.length, seed);
	const out: McSample[] = [];
	for (let i = start; i < end; i++) {
		out.push(runSample(setup, halton, i));
		onProgress?.(i - start + 1);
	}
	return out;
}

/** The flight-time sigma of a test: its precision plus the model allowance (null without a time). */
export function flightTimeSigma(obs: Observations): number | null {
	return obs.flightTimeS
		? Math.hypot(obs.flightTimeS.central * obs.flightTimeS.relPrecision, FLIGHT_TIME_MODEL_SIGMA_S)
		: null;
}

export interface Percentiles {
	p05: number | null;
	p50: number | null;
	p95: number | null;
}

export interface MonteCarloSummary {
	samples: number;
	seed: number;
	/** Standard range percentiles, km (non-rotating Earth); null where the percentile is orbital. */
	p05: number | null;
	p50: number | null;
	p95: number | null;
	/** Weighted fraction of the accepted samples that reach orbital speed. */
	orbitalFraction: number;
	/** Kish effective sample size of the flight-time weights. */
	effectiveSamples: number;
	/** Fractions of all samples that no flight reproduced, or that left no payload. */
	failedFraction: number;
	infeasibleFraction: number;
	/** Inputs by the absolute rank correlation with the range, largest first. */
	sensitivity: { name: string; label: string; rankCorrelation: number }[];
	/** Probability that each target is in reach on the rotating Earth. */
	targets: { name: string; distanceKm: number; probability: number }[];
	/** The test's implied payload (accepted samples), kg. */
	impliedPayloadKg: Percentiles;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function percentiles(values: number[], weights: number[], digits = 1): Percentiles {
	const q = (p: number) => {
		const v = weightedQuantile(values, weights, p);
		return Number.isFinite(v) ? round(v, digits) : null;
	};
	return { p05: q(0.05), p50: q(0.5), p95: q(0.95) };
}

/** The weighted summary of a run. */
export function summarise(setup: McSetup, samples: McSample[], seed: number): MonteCarloSummary {
	const ok = samples.filter((s) => s.status === 'ok' && s.weight > 0);
	const w = ok.map((s) => s.weight);
	// Past half the circumference every point on Earth is in reach: such ranges count as that distance.
	const ranges = ok.map((s) =>
		s.rangeKm === Infinity ? Infinity : Math.min(s.rangeKm, HALF_CIRCUMFERENCE_KM)
	);
	const total = w.reduce((a, b) => a + b, 0);
	const share = (pred: (s: McSample) => boolean) =>
		total > 0 ? ok.reduce((a, s) => a + (pred(s) ? s.weight : 0), 0) / total : 0;
	const frac = (status: SampleStatus) =>
		samples.length ? samples.filter((s) => s.status === status).length / samples.length : 0;
	return {
		samples: samples.length,
		seed,
		...percentiles(ranges, w),
		orbitalFraction: round(
			share((s) => s.rangeKm === Infinity),
			4
		),
		effectiveSamples: round(effectiveSampleSize(w), 0),
		failedFraction: round(frac('failed'), 4),
		infeasibleFraction: round(frac('infeasible'), 4),
		sensitivity: sensitivityOf(ok, w),
		targets: setup.targets.map((t) => ({
			name: t.name,
			distanceKm: round(t.distanceKm),
			probability: round(
				share((s) => s.rangeKm * t.rotationFactor >= t.distanceKm),
				4
			)
		})),
		impliedPayloadKg: percentiles(
			ok.map((s) => s.impliedPayloadKg),
			w,
			0
		)
	};
}

function sensitivityOf(ok: McSample[], w: number[]) {
	const ranges = ok.map((s) => s.rangeKm);
	return PRIOR_DIMENSIONS.map((d, i) => {
		const x = ok.map((s) => s.inputs[i]);
		if (x.length < 3 || x.some(Number.isNaN)) return null;
		return {
			name: d.key,
			label: d.label,
			rankCorrelation: round(rankCorrelation(x, ranges, w), 3)
		};
	})
		.filter((s): s is NonNullable<typeof s> => s !== null)
		.sort((a, b) => Math.abs(b.rankCorrelation) - Math.abs(a.rankCorrelation));
}

/** Variables each sample refines: the kick and, with upper stages, their final pitch. */
export function refinedVariables(stageCount: number): number[] {
	return stageCount > 1 ? [0, 2] : [0];
}

export interface SetupInput {
	model: VehicleModel;
	obs: Observations;
	geom: LaunchGeometry;
	/** Spread of the test's launch azimuth, deg (small when the impact point is published). */
	azimuthSpreadDeg: number;
	warm: McSetup['warm'];
	base: SteeringBase;
	standardX: number[];
	nominalThrustToWeight1: number;
	targets: McTarget[];
}

/** The plain-data setup of a run. */
export function prepareSetup(input: SetupInput): McSetup {
	const free = refinedVariables(input.model.stages.length);
	return {
		model: input.model,
		obs: input.obs,
		geom: input.geom,
		ranges: priorRanges(input.model, input.obs, input.geom, input.azimuthSpreadDeg),
		sigmaFlightTimeS: flightTimeSigma(input.obs),
		warm: input.warm,
		base: input.base,
		standardX: input.standardX,
		free,
		nominalThrustToWeight1: input.nominalThrustToWeight1,
		targets: input.targets
	};
}
