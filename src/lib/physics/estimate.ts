/**
 * The estimator: from a test's reported figures (or bare figures) to the Kepler floor, the powered
 * standard range of the calibrated rocket (nominal priors) and the Monte Carlo distribution over every
 * prior. Pure and serialisable in and out, so it runs unchanged in Node, the CLI, at prerender and in a Web
 * Worker; an optional callback reports progress.
 *
 * This module knows nothing about the dataset: scene/engine.ts resolves test, missile, site and targets.
 */
import type { Missile } from '../data/types.ts';
import { estimateAssumptions } from './assumptions.ts';
import {
	calibrate,
	type Calibration,
	type LaunchGeometry,
	type Observation,
	type Observations
} from './calibrate.ts';
import { floorApplies, impossibleFigures, timeTooShort, timeTooShortMessage } from './checks.ts';
import { EARTH_RADIUS_KM } from './constants.ts';
import { checkConsistency, type Consistency } from './consistency.ts';
import type { FlightResult } from './flight.ts';
import {
	gravityTurnVector,
	maximisePowerLaw,
	maximiseRange,
	Q_ALPHA_LIMIT_KPA_DEG,
	reachContour,
	type MaxRange,
	type ReachPoint,
	type SteeringBase
} from './infer.ts';
import { keplerFromRangeApogee, minimumEnergyRange } from './kepler.ts';
import {
	DEFAULT_SEED,
	prepareSetup,
	runSamples,
	summarise,
	type McSample,
	type McSetup,
	type McTarget,
	type MonteCarloSummary
} from './montecarlo.ts';
import { fail, type PhysicsError } from './result.ts';
import type { GravityTurnSteering } from './steering.ts';
import { senseRows } from './sensitivity.ts';
import { rotationFactors } from './targets.ts';
import {
	flownVehicle,
	genericVehicle,
	maxIdealDeltaVKms,
	vehicleFromMissile,
	withChange,
	withPayloadMass,
	type Assumption,
	type VehicleModel
} from './vehicle.ts';

export const HALF_CIRCUMFERENCE_KM = Math.PI * EARTH_RADIUS_KM;

/** A reported quantity: a bare number (treated as exact to 0.5 %) or a summary with its spread. */
export type ObservationInput = number | Observation;

/** A place the estimate reports on: its distance and initial azimuth from the launch site. */
export interface TargetInput {
	name: string;
	distanceKm: number;
	azimuthDeg: number;
}

export interface EstimateInput {
	rangeKm: ObservationInput;
	apogeeKm: ObservationInput;
	flightTimeS?: ObservationInput | null;
	/** Kepler only: burnout altitude for the floor (0 unless given). */
	burnoutAltitudeKm?: number;
	/** The missile flown (its published parameters); null for a generic vehicle. */
	missile?: Missile | null;
	/** Generic vehicle only: force this stage count (default: the fewest stages that are feasible). */
	stageCount?: number;
	/** Launch site: the calibration then runs on the rotating Earth and the reach contour is computed. */
	site?: { latDeg: number; lonDeg: number } | null;
	/** Launch azimuth of the test, deg (default 80: toward the Sea of Japan impact areas). */
	azimuthDeg?: number;
	/** Half-width of the test azimuth's uncertainty in the Monte Carlo, deg (default 20; 2 for a published impact point). */
	azimuthSpreadDeg?: number;
	/** Report the P5-P95 band (default true; false gives `bandKm: null`). */
	band?: boolean;
	/** Compute the rotating-Earth reach contour (default true when a site is given). */
	contour?: boolean;
	/** Monte Carlo samples (0: none; default 0 here, the callers choose). */
	samples?: number;
	seed?: number;
	/** Targets for the Monte Carlo's probability of reach (on the rotating Earth when a site is given). */
	targets?: TargetInput[];
	testId?: string | null;
}

export interface KeplerSummary {
	burnoutSpeedKms: number;
	burnoutAngleDeg: number;
	freeFlightTimeS: number;
	/** Minimum-energy range at the same burnout speed; null when orbital. */
	standardRangeKm: number | null;
	orbital: boolean;
	burnoutAltitudeKm: number;
	/** Optimal burnout angle of the minimum-energy arc, deg (null when orbital). */
	standardBurnoutAngleDeg: number | null;
	/** Whether the floor bounds the powered range from below for these figures (checks.ts). */
	floorApplies: boolean;
	floorNote: string | null;
}

/** One input's effect, from the Monte Carlo: range among the samples in its lowest and highest fifth. */
export interface Sensitivity {
	key: string;
	label: string;
	lowValue: number | string;
	highValue: number | string;
	lowRangeKm: number | null;
	highRangeKm: number | null;
	swingKm: number | null;
	lowOrbital: boolean;
	highOrbital: boolean;
}

export interface SteeringSummary {
	family: 'gravity-turn';
	verticalRiseS: number;
	kickDeg: number;
	kickDurationS: number;
	/** Upper stages' final pitch above the horizontal (linear-tangent law), deg; null for one stage. */
	finalPitchDeg: number | null;
	coastS: number;
	/** Largest q-alpha of the standard and of the test flight, kPa deg, and the bound. */
	maxQAlphaKPaDeg: number;
	testMaxQAlphaKPaDeg: number;
	qAlphaLimitKPaDeg: number;
	/** True when the bound limits the standard flight. */
	qAlphaBound: boolean;
	maxQKPa: number;
	/** The power-law programme's optimum, for comparison (not a result). */
	powerLaw: { rangeKm: number | null; orbital: boolean; maxQAlphaKPaDeg: number };
}

export interface PoweredEstimate {
	/** Nominal priors, non-rotating Earth, km; null when the calibrated vehicle can reach orbit. */
	standardRangeKm: number | null;
	/** [P5, P95] of the Monte Carlo, km (P95 null when orbital); null without a Monte Carlo or band. */
	bandKm: [number, number | null] | null;
	orbital: boolean;
	/** True when the standard range reaches half the Earth's circumference (every point on Earth). */
	global: boolean;
	/** Rotating Earth, from the launch site: range against ground azimuth (empty without a site or if orbital). */
	rotating: ReachPoint[];
	residuals: Calibration['residuals'];
	assumptions: Assumption[];
	/** The input that moves the standard range most (Monte Carlo rank correlation). */
	dominantAssumption: string | null;
	sensitivity: Sensitivity[];
	/** Percent above the Kepler floor (null when either is orbital). */
	aboveKeplerFloorPct: number | null;
	calibration: {
		idealDeltaVKms: number;
		/** Superseded by kickDeg (the test now flies a gravity turn): always null. */
		loftFinalPitchDeg: null;
		kickDeg: number;
		freeThrustToWeightFactor: number;
		freeThrustToWeightInterval: [number, number];
		burnTimesS: number[];
		burnoutAltitudeKm: number;
		burnoutSpeedKms: number;
		burnoutAngleDeg: number;
		flightTimeS: number;
		/** Always above zero: an estimate is only made for a feasible rocket (see `feasibility`). */
		impliedPayloadKg: number;
		rotatingEarth: boolean;
		launchAzimuthDeg: number;
		evaluations: number;
	};
	standardFlight: {
		burnoutAltitudeKm: number;
		burnoutSpeedKms: number;
		burnoutAngleDeg: number;
		burnoutTimeS: number;
		flightTimeS: number;
		apogeeKm: number;
		finalPitchDeg: number | null;
		/** Power-law shape: null (the gravity-turn family has none). */
		pitchShape: null;
		verticalRiseS: number;
	};
	steering: SteeringSummary;
	vehicle: string;
	stageCount: number;
	/** The same calibrated rocket carrying the published payload instead of the test's implied payload. */
	publishedPayload: {
		impliedTestPayloadKg: number;
		cases: { payloadKg: number; standardRangeKm: number | null; orbital: boolean }[];
	} | null;
}

export interface Feasibility {
	feasible: boolean;
	/** Why not, in one sentence; null when feasible. */
	reason: string | null;
}

export interface EstimateResult {
	ok: true;
	input: {
		testId: string | null;
		rangeKm: number;
		apogeeKm: number;
		flightTimeS: number | null;
		burnoutAltitudeKm: number;
		missileId: string | null;
		site: { latDeg: number; lonDeg: number } | null;
		azimuthDeg: number;
	};
	kepler: KeplerSummary;
	powered: PoweredEstimate | null;
	/** Why powered is null, or that it is orbital. */
	poweredNote: string | null;
	consistency: Consistency;
	feasibility: Feasibility;
	montecarlo: MonteCarloSummary | null;
}

export type Progress = (p: { stage: string; fraction: number }) => void;

interface Internals {
	/** The prior model and the calibrated one (the fitted thrust-to-weight factor folded in). */
	model: VehicleModel;
	calibrated: VehicleModel;
	geom: LaunchGeometry;
	obs: Observations;
	cal: Calibration;
	best: MaxRange;
	base: SteeringBase;
	setup: McSetup | null;
	samples: McSample[] | null;
}

const internalsCache = new WeakMap<EstimateResult, Internals>();

/** Internals (models, calibration, optimum, Monte Carlo samples) of a result, for profiles and payload. */
export function internalsOf(result: EstimateResult): Internals | undefined {
	return internalsCache.get(result);
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function toObs(
	x: ObservationInput | null | undefined,
	name: string
): Observation | PhysicsError | null {
	if (x === null || x === undefined) return null;
	const o: Observation =
		typeof x === 'number'
			? { central: x, low: x, high: x, relPrecision: 0.005 }
			: { central: x.central, low: x.low, high: x.high, relPrecision: x.relPrecision };
	for (const [k, v] of Object.entries(o))
		if (typeof v !== 'number' || !Number.isFinite(v))
			return fail('not-finite', `${name}.${k} must be a finite number; got ${String(v)}.`);
	if (o.central <= 0)
		return fail('not-positive', `${name} must be greater than zero; got ${o.central}.`);
	return o;
}

function parseObservations(input: EstimateInput): Observations | PhysicsError {
	const range = toObs(input.rangeKm, 'rangeKm');
	const apogee = toObs(input.apogeeKm, 'apogeeKm');
	const time = toObs(input.flightTimeS, 'flightTimeS');
	for (const o of [range, apogee, time]) if (o && 'ok' in o) return o;
	if (!range) return fail('no-data', 'A ground range (km) is required.');
	if (!apogee) return fail('no-data', 'An apogee (km) is required.');
	return {
		rangeKm: range as Observation,
		apogeeKm: apogee as Observation,
		flightTimeS: (time as Observation | null) ?? null
	};
}

/** The Kepler floor, or a typed error for figures no ballistic flight has. */
function keplerPart(obs: Observations, input: EstimateInput): KeplerSummary | PhysicsError {
	const hBo = input.burnoutAltitudeKm ?? 0;
	const [D, A] = [obs.rangeKm.central, obs.apogeeKm.central];
	const k = keplerFromRangeApogee({ rangeKm: D, apogeeKm: A, burnoutAltitudeKm: hBo });
	const bad = impossibleFigures(D, A, k.ok ? k : null);
	if (bad) return bad;
	if (!k.ok) return k;
	const surface = hBo === 0 ? k : keplerFromRangeApogee({ rangeKm: D, apogeeKm: A });
	const t = obs.flightTimeS;
	if (t && !input.testId && surface.ok && timeTooShort(t.central, t.relPrecision, surface))
		return fail('time-too-short', timeTooShortMessage(t.central, surface));
	const me = minimumEnergyRange({ burnoutSpeedKms: k.burnoutSpeedKms, burnoutAltitudeKm: hBo });
	if (!me.ok) return me;
	const floor = floorApplies(k, me.burnoutAngleDeg, hBo);
	return {
		burnoutSpeedKms: k.burnoutSpeedKms,
		burnoutAngleDeg: k.burnoutAngleDeg,
		freeFlightTimeS: k.freeFlightTimeS,
		standardRangeKm: me.rangeKm,
		orbital: me.orbital,
		burnoutAltitudeKm: hBo,
		standardBurnoutAngleDeg: me.burnoutAngleDeg,
		floorApplies: floor.applies,
		floorNote: floor.note
	};
}

interface VehicleChoice {
	model: VehicleModel;
	cal: Calibration;
	feasibility: Feasibility;
}

/**
 * The missile's model, or the generic vehicle with the fewest stages (1-3) that reproduces the figures
 * with a positive payload. When none does, the last one tried, reported infeasible with the reason.
 */
function chooseVehicle(
	input: EstimateInput,
	obs: Observations,
	geom: LaunchGeometry
): VehicleChoice {
	const counts = input.missile
		? [0]
		: input.stageCount
			? [Math.round(input.stageCount)]
			: [1, 2, 3];
	let last: VehicleChoice | null = null;
	for (const n of counts) {
		const model = input.missile ? vehicleFromMissile(input.missile) : genericVehicle(n);
		const cal = calibrate(model, obs, geom);
		const feasibility = feasibilityOf(model, cal);
		last = { model, cal, feasibility };
		if (cal.ok && feasibility.feasible) return last;
	}
	return last!;
}

function feasibilityOf(model: VehicleModel, cal: Calibration): Feasibility {
	if (!cal.ok) return { feasible: false, reason: cal.message ?? 'the calibration found no flight' };
	if (cal.fit.flight.impliedPayloadKg > 0) return { feasible: true, reason: null };
	const n = model.stages.length;
	const max = maxIdealDeltaVKms(
		withChange(model, (m) =>
			m.freeStages.forEach((i) => (m.stages[i].thrustToWeight *= cal.fit.freeScale))
		)
	);
	return {
		feasible: false,
		reason: `the figures need ${cal.fit.dvKms.toFixed(2)} km/s of ideal delta-v, but a ${n}-stage ${model.propellant} rocket with these priors (Isp ${Math.round(model.stages[0].ispVacS)} s, structural fraction ${model.stages[0].structuralFraction}) gives at most ${max.toFixed(2)} km/s with no payload at all`
	};
}

/** The calibrated model: the fitted thrust-to-weight factor folded into the stages it scales. */
function calibratedModel(model: VehicleModel, cal: Calibration): VehicleModel {
	return withChange(model, (m) => {
		m.freeStages.forEach((i) => (m.stages[i].thrustToWeight *= cal.fit.freeScale));
		m.freeStages = [];
		m.freeScaleBounds = [1, 1];
	});
}

function steeringBase(model: VehicleModel): SteeringBase {
	return {
		verticalRiseS: model.verticalRiseS,
		kickDurationS: model.kickDurationS,
		coastAllowed: model.coastAllowed,
		stageCount: model.stages.length
	};
}

/** The launch geometry of the test, or a typed error for a bad site or azimuth. */
function geometryOf(input: EstimateInput): LaunchGeometry | PhysicsError {
	const site = input.site ?? null;
	const finite = (x: number) => Number.isFinite(x);
	if (site && !(finite(site.latDeg) && finite(site.lonDeg) && Math.abs(site.latDeg) <= 90))
		return fail(
			'not-finite',
			'Launch site latitude/longitude must be finite degrees (latitude within +/-90).'
		);
	const azimuthDeg = input.azimuthDeg ?? 80;
	if (!finite(azimuthDeg))
		return fail(
			'not-finite',
			`Launch azimuth must be a finite number of degrees; got ${azimuthDeg}.`
		);
	return {
		latDeg: site?.latDeg ?? 0,
		lonDeg: site?.lonDeg ?? 0,
		azimuthDeg,
		rotating: site !== null
	};
}

/** The figures as used, echoed in the result. */
function echoOf(
	input: EstimateInput,
	obs: Observations,
	geom: LaunchGeometry
): EstimateResult['input'] {
	return {
		testId: input.testId ?? null,
		rangeKm: obs.rangeKm.central,
		apogeeKm: obs.apogeeKm.central,
		flightTimeS: obs.flightTimeS?.central ?? null,
		burnoutAltitudeKm: input.burnoutAltitudeKm ?? 0,
		missileId: input.missile?.id ?? null,
		site: input.site ?? null,
		azimuthDeg: geom.azimuthDeg
	};
}

const ORBITAL_NOTE =
	'The calibrated vehicle reaches orbital speed on a range-maximising trajectory: no finite standard range (with the payload the test implies it can reach any point on Earth).';

/** Runs the whole estimate. Returns a typed error for bad input; never throws, never NaN. */
export function estimate(
	input: EstimateInput,
	onProgress?: Progress
): EstimateResult | PhysicsError {
	const obs = parseObservations(input);
	if ('ok' in obs) return obs;
	const kepler = keplerPart(obs, input);
	if ('ok' in kepler) return kepler;
	const geom = geometryOf(input);
	if ('ok' in geom) return geom;
	onProgress?.({ stage: 'kepler', fraction: 0.05 });
	const choice = chooseVehicle(input, obs, geom);
	onProgress?.({ stage: 'calibration', fraction: 0.2 });
	const base = {
		ok: true as const,
		input: echoOf(input, obs, geom),
		kepler,
		feasibility: choice.feasibility,
		montecarlo: null
	};
	if (!choice.cal.ok)
		return {
			...base,
			consistency: checkConsistency(obs, choice.cal, kepler, null),
			powered: null,
			poweredNote: `Calibration failed: ${choice.cal.message ?? 'no solution'}`
		};
	const inner = nominalInternals(choice, obs, geom);
	onProgress?.({ stage: 'inference', fraction: 0.3 });
	const mc = runMonteCarlo(input, inner, (f) =>
		onProgress?.({ stage: 'monte carlo', fraction: 0.3 + 0.65 * f })
	);
	const powered = choice.feasibility.feasible ? poweredPart(input, inner, kepler, mc) : null;
	onProgress?.({ stage: 'done', fraction: 1 });
	const result: EstimateResult = {
		...base,
		consistency: checkConsistency(obs, choice.cal, kepler, powered),
		powered,
		poweredNote: !choice.feasibility.feasible
			? `Infeasible: ${choice.feasibility.reason}.`
			: inner.best.orbital
				? ORBITAL_NOTE
				: null,
		montecarlo: mc
	};
	internalsCache.set(result, inner);
	return result;
}

/** The calibrated rocket and its range-maximising flight. */
function nominalInternals(
	choice: VehicleChoice,
	obs: Observations,
	geom: LaunchGeometry
): Internals {
	const calibrated = calibratedModel(choice.model, choice.cal);
	const base = steeringBase(calibrated);
	const best = maximiseRange(flownVehicle(calibrated, choice.cal.fit.dvKms, 1), base);
	return {
		model: choice.model,
		calibrated,
		geom,
		obs,
		cal: choice.cal,
		best,
		base,
		setup: null,
		samples: null
	};
}

/** The Monte Carlo, when samples are asked for; stores its samples in the internals. */
function runMonteCarlo(
	input: EstimateInput,
	inner: Internals,
	onFraction: (f: number) => void
): MonteCarloSummary | null {
	const n = Math.max(0, Math.floor(input.samples ?? 0));
	if (n === 0) return null;
	const seed = Math.floor(input.seed ?? DEFAULT_SEED);
	const setup = monteCarloSetup(input, inner);
	const every = Math.max(1, Math.floor(n / 50));
	const samples = runSamples(
		setup,
		seed,
		0,
		n,
		(done) => done % every === 0 && onFraction(done / n)
	);
	inner.setup = setup;
	inner.samples = samples;
	return summarise(setup, samples, seed);
}

/** The plain-data setup of a test's Monte Carlo (what a worker pool receives). */
export function monteCarloSetup(input: EstimateInput, inner: Internals): McSetup {
	const { calibrated, cal, best, base, geom } = inner;
	const vehicle = flownVehicle(calibrated, cal.fit.dvKms, 1);
	const targets: McTarget[] = rotationFactors(
		vehicle,
		best,
		base,
		input.site ?? null,
		input.targets ?? []
	);
	return prepareSetup({
		model: inner.model,
		obs: inner.obs,
		geom,
		azimuthSpreadDeg: input.azimuthSpreadDeg ?? 20,
		warm: { dvKms: cal.fit.dvKms, kickDeg: cal.fit.kickDeg, jacobian: cal.fit.jacobian },
		base,
		standardX: gravityTurnVector(best.steering as GravityTurnSteering, base),
		nominalThrustToWeight1: calibrated.stages[0].thrustToWeight,
		targets
	});
}

function poweredPart(
	input: EstimateInput,
	inner: Internals,
	kepler: KeplerSummary,
	mc: MonteCarloSummary | null
): PoweredEstimate {
	const { calibrated, cal, best, geom, obs } = inner;
	const central = best.orbital ? null : best.rangeKm;
	const vehicle = flownVehicle(calibrated, cal.fit.dvKms, 1);
	const site = input.site ?? null;
	const f = cal.fit.flight;
	const sensitivity = mcSensitivity(inner);
	return {
		standardRangeKm: central === null ? null : round(central, 1),
		bandKm: (input.band ?? true) && mc && mc.p05 !== null ? [mc.p05, mc.p95] : null,
		orbital: best.orbital,
		global: central !== null && central >= HALF_CIRCUMFERENCE_KM,
		rotating:
			site && (input.contour ?? true) && !best.orbital ? contourOf(vehicle, best, site) : [],
		residuals: cal.residuals,
		assumptions: estimateAssumptions(
			inner.model,
			cal,
			geom.azimuthDeg,
			site !== null,
			obs.flightTimeS !== null
		),
		dominantAssumption: mc?.sensitivity[0]?.label ?? null,
		sensitivity,
		aboveKeplerFloorPct:
			central !== null && kepler.standardRangeKm !== null
				? round((central / kepler.standardRangeKm - 1) * 100, 1)
				: null,
		calibration: calibrationSummary(cal, f, geom),
		standardFlight: standardSummary(best),
		steering: steeringSummary(vehicle, best, f),
		vehicle: calibrated.name,
		stageCount: calibrated.stages.length,
		publishedPayload: publishedPayloadCases(calibrated, vehicle, best, f)
	};
}

function calibrationSummary(
	cal: Calibration,
	f: FlightResult,
	geom: LaunchGeometry
): PoweredEstimate['calibration'] {
	return {
		idealDeltaVKms: round(cal.fit.dvKms, 4),
		loftFinalPitchDeg: null,
		kickDeg: round(cal.fit.kickDeg, 4),
		freeThrustToWeightFactor: round(cal.fit.freeScale, 4),
		freeThrustToWeightInterval: [
			round(cal.freeScaleInterval[0], 4),
			round(cal.freeScaleInterval[1], 4)
		],
		burnTimesS: f.burnTimesS.map((x) => round(x, 1)),
		burnoutAltitudeKm: round(f.burnoutAltitudeKm, 3),
		burnoutSpeedKms: round(f.burnoutSpeedKms, 3),
		burnoutAngleDeg: round(f.burnoutAngleDeg, 3),
		flightTimeS: round(f.flightTimeS, 3),
		impliedPayloadKg: Math.round(f.impliedPayloadKg),
		rotatingEarth: geom.rotating,
		launchAzimuthDeg: geom.azimuthDeg,
		evaluations: cal.evaluations
	};
}

function standardSummary(best: MaxRange): PoweredEstimate['standardFlight'] {
	const sf = best.flight;
	const s = best.steering as GravityTurnSteering;
	return {
		burnoutAltitudeKm: round(sf.burnoutAltitudeKm, 3),
		burnoutSpeedKms: round(sf.burnoutSpeedKms, 3),
		burnoutAngleDeg: round(sf.burnoutAngleDeg, 3),
		burnoutTimeS: round(sf.burnoutTimeS, 1),
		flightTimeS: round(sf.flightTimeS, 3),
		apogeeKm: round(sf.apogeeKm, 1),
		finalPitchDeg: s.upper.law === 'linear-tangent' ? round(s.upper.finalPitchDeg, 2) : null,
		pitchShape: null,
		verticalRiseS: round(s.verticalRiseS, 2)
	};
}

function steeringSummary(
	vehicle: ReturnType<typeof flownVehicle>,
	best: MaxRange,
	test: FlightResult
): SteeringSummary {
	const s = best.steering as GravityTurnSteering;
	const pl = maximisePowerLaw(vehicle, s.verticalRiseS);
	return {
		family: 'gravity-turn',
		verticalRiseS: round(s.verticalRiseS, 2),
		kickDeg: round(s.kickDeg, 3),
		kickDurationS: s.kickDurationS,
		finalPitchDeg: s.upper.law === 'linear-tangent' ? round(s.upper.finalPitchDeg, 2) : null,
		coastS: round(s.coastS, 1),
		maxQAlphaKPaDeg: round(best.flight.maxQAlphaKPaDeg, 1),
		testMaxQAlphaKPaDeg: round(test.maxQAlphaKPaDeg, 1),
		qAlphaLimitKPaDeg: Q_ALPHA_LIMIT_KPA_DEG,
		qAlphaBound: best.qAlphaBound,
		maxQKPa: round(best.flight.maxQKPa, 1),
		powerLaw: {
			rangeKm: pl.orbital || pl.rangeKm === null ? null : round(pl.rangeKm, 1),
			orbital: pl.orbital,
			maxQAlphaKPaDeg: round(pl.flight.maxQAlphaKPaDeg, 1)
		}
	};
}

function contourOf(
	vehicle: ReturnType<typeof flownVehicle>,
	best: MaxRange,
	site: { latDeg: number; lonDeg: number }
): ReachPoint[] {
	const rc = reachContour(vehicle, best.steering, site);
	return rc.orbital
		? []
		: rc.points.map((p) => ({
				azimuthDeg: p.azimuthDeg,
				rangeKm: round(Math.min(HALF_CIRCUMFERENCE_KM, p.rangeKm), 1)
			}));
}

/** The same calibrated rocket with the published payload(s) instead of the test's implied one. */
function publishedPayloadCases(
	model: VehicleModel,
	vehicle: ReturnType<typeof flownVehicle>,
	best: MaxRange,
	f: FlightResult
): PoweredEstimate['publishedPayload'] {
	if (model.publishedPayloadKg === null || !(f.impliedPayloadKg > 0)) return null;
	const masses = [
		...new Set([
			model.publishedPayloadRangeKg?.[0],
			model.publishedPayloadKg,
			model.publishedPayloadRangeKg?.[1]
		])
	].filter((x): x is number => typeof x === 'number' && x > 0);
	const base = steeringBase(model);
	const cases = masses.map((payloadKg) => {
		const v = withPayloadMass(vehicle, payloadKg);
		if (!v) return { payloadKg, standardRangeKm: null, orbital: false };
		const r = maximiseRange(v, base, {}, best.steering as GravityTurnSteering);
		return {
			payloadKg,
			standardRangeKm: r.rangeKm === null ? null : round(r.rangeKm, 1),
			orbital: r.orbital
		};
	});
	return { impliedTestPayloadKg: Math.round(f.impliedPayloadKg), cases };
}

/**
 * One line per sampled input, from the Monte Carlo: the weighted median range among the samples whose
 * input lies in its lowest fifth and in its highest fifth (orbital when that median is).
 */
function mcSensitivity(inner: Internals): Sensitivity[] {
	const samples = inner.samples?.filter((s) => s.status === 'ok' && s.weight > 0) ?? [];
	if (samples.length < 20 || !inner.setup) return [];
	return senseRows(inner.setup, samples);
}
