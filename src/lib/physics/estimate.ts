/**
 * The estimator: from a lofted test (or bare range/apogee figures) to the Kepler floor and the powered
 * standard-range estimate with its band. Pure and serialisable in and out, so it runs unchanged in Node, the
 * CLI, at prerender and in a Web Worker; an optional callback reports progress.
 *
 * This module knows nothing about the dataset: index.ts resolves test, missile and site and calls it.
 */
import type { Missile } from '../data/types.ts';
import {
	calibrate,
	type Calibration,
	type LaunchGeometry,
	type Observation,
	type Observations
} from './calibrate.ts';
import { EARTH_RADIUS_KM } from './constants.ts';
import { checkConsistency, type Consistency } from './consistency.ts';
import type { FlightResult } from './flight.ts';
import { maximiseRange, reachContour, type MaxRange, type ReachPoint } from './infer.ts';
import { keplerFromRangeApogee, minimumEnergyRange } from './kepler.ts';
import { fail, type PhysicsError } from './result.ts';
import {
	flownVehicle,
	genericVehicle,
	vehicleFromMissile,
	withChange,
	withPayloadMass,
	type Assumption,
	type VehicleModel
} from './vehicle.ts';

export const HALF_CIRCUMFERENCE_KM = Math.PI * EARTH_RADIUS_KM;

/** A reported quantity: a bare number (treated as exact to 0.5 %) or a summary with its spread. */
export type ObservationInput = number | Observation;

export interface EstimateInput {
	rangeKm: ObservationInput;
	apogeeKm: ObservationInput;
	flightTimeS?: ObservationInput | null;
	/** Kepler only: burnout altitude for the floor (0 unless given). */
	burnoutAltitudeKm?: number;
	/** The missile flown (its published parameters); null for a generic vehicle. */
	missile?: Missile | null;
	/** Launch site: the calibration then runs on the rotating Earth and the reach contour is computed. */
	site?: { latDeg: number; lonDeg: number } | null;
	/** Launch azimuth of the test, deg (default 80: toward the Sea of Japan impact areas). */
	azimuthDeg?: number;
	/** Compute the band (default true). */
	band?: boolean;
	/** Compute the rotating-Earth reach contour (default true when a site is given). */
	contour?: boolean;
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
}

export interface Sensitivity {
	key: string;
	label: string;
	lowValue: number | string;
	highValue: number | string;
	/** Standard range with the assumption at its low / high value; null when orbital or not computed. */
	lowRangeKm: number | null;
	highRangeKm: number | null;
	/** Largest absolute change of the standard range, km; null when a variant reaches orbit. */
	swingKm: number | null;
	lowOrbital: boolean;
	highOrbital: boolean;
}

export interface PoweredEstimate {
	/** On a non-rotating Earth, km; null when the calibrated vehicle can reach orbit. */
	standardRangeKm: number | null;
	/**
	 * [low, high] km: one-at-a-time variants combined in quadrature on each side. high is null when some
	 * variant reaches orbit; the whole band is null when the central estimate is orbital.
	 */
	bandKm: [number, number | null] | null;
	orbital: boolean;
	/** True when the standard range reaches half the Earth's circumference (every point on Earth). */
	global: boolean;
	/** Rotating Earth, from the launch site: range against ground azimuth (empty without a site or if orbital). */
	rotating: ReachPoint[];
	residuals: Calibration['residuals'];
	assumptions: Assumption[];
	/** The assumption that moves the standard range most. */
	dominantAssumption: string | null;
	sensitivity: Sensitivity[];
	/** Percent above the Kepler floor (null when either is orbital). */
	aboveKeplerFloorPct: number | null;
	calibration: {
		idealDeltaVKms: number;
		loftFinalPitchDeg: number;
		freeThrustToWeightFactor: number;
		freeThrustToWeightInterval: [number, number];
		burnTimesS: number[];
		burnoutAltitudeKm: number;
		burnoutSpeedKms: number;
		burnoutAngleDeg: number;
		flightTimeS: number;
		impliedPayloadKg: number;
		rotatingEarth: boolean;
		launchAzimuthDeg: number;
		evaluations: number;
	};
	standardFlight: {
		burnoutAltitudeKm: number;
		burnoutSpeedKms: number;
		burnoutAngleDeg: number;
		flightTimeS: number;
		apogeeKm: number;
		finalPitchDeg: number;
		pitchShape: number;
		verticalRiseS: number;
	};
	vehicle: string;
	/**
	 * The same calibrated rocket carrying the published payload (value, low, high) instead of the test's
	 * implied payload; null when no payload is published or the fit leaves no positive payload.
	 */
	publishedPayload: {
		impliedTestPayloadKg: number;
		cases: { payloadKg: number; standardRangeKm: number | null; orbital: boolean }[];
	} | null;
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
	/** Why powered is null, when it is. */
	poweredNote: string | null;
	consistency: Consistency;
}

export type Progress = (p: { stage: string; fraction: number }) => void;

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

interface Internals {
	model: VehicleModel;
	geom: LaunchGeometry;
	obs: Observations;
	cal: Calibration;
	best: MaxRange;
}

const internalsCache = new WeakMap<EstimateResult, Internals>();

/** Internals (vehicle model, calibration, optimal programme) of a result, for profiles and contours. */
export function internalsOf(result: EstimateResult): Internals | undefined {
	return internalsCache.get(result);
}

function summaryOfFlight(f: FlightResult) {
	return {
		burnoutAltitudeKm: f.burnoutAltitudeKm,
		burnoutSpeedKms: f.burnoutSpeedKms,
		burnoutAngleDeg: f.burnoutAngleDeg,
		flightTimeS: f.flightTimeS
	};
}

/** Runs the whole estimate. Returns a typed error for bad input; never throws, never NaN. */
export function estimate(
	input: EstimateInput,
	onProgress?: Progress
): EstimateResult | PhysicsError {
	const range = toObs(input.rangeKm, 'rangeKm');
	const apogee = toObs(input.apogeeKm, 'apogeeKm');
	const time = toObs(input.flightTimeS, 'flightTimeS');
	for (const o of [range, apogee, time]) if (o && 'ok' in o) return o;
	if (!range) return fail('no-data', 'A ground range (km) is required.');
	if (!apogee) return fail('no-data', 'An apogee (km) is required.');
	const obs: Observations = {
		rangeKm: range as Observation,
		apogeeKm: apogee as Observation,
		flightTimeS: (time as Observation | null) ?? null
	};
	const hBo = input.burnoutAltitudeKm ?? 0;
	const k = keplerFromRangeApogee({
		rangeKm: obs.rangeKm.central,
		apogeeKm: obs.apogeeKm.central,
		burnoutAltitudeKm: hBo
	});
	if (!k.ok) return k;
	const me = minimumEnergyRange({ burnoutSpeedKms: k.burnoutSpeedKms, burnoutAltitudeKm: hBo });
	if (!me.ok) return me;
	const kepler: KeplerSummary = {
		burnoutSpeedKms: k.burnoutSpeedKms,
		burnoutAngleDeg: k.burnoutAngleDeg,
		freeFlightTimeS: k.freeFlightTimeS,
		standardRangeKm: me.rangeKm,
		orbital: me.orbital,
		burnoutAltitudeKm: hBo,
		standardBurnoutAngleDeg: me.burnoutAngleDeg
	};
	const site = input.site ?? null;
	if (
		site &&
		!(Number.isFinite(site.latDeg) && Number.isFinite(site.lonDeg) && Math.abs(site.latDeg) <= 90)
	)
		return fail(
			'not-finite',
			'Launch site latitude/longitude must be finite degrees (latitude within +/-90).'
		);
	const azimuthDeg = input.azimuthDeg ?? 80;
	const echo: EstimateResult['input'] = {
		testId: input.testId ?? null,
		rangeKm: obs.rangeKm.central,
		apogeeKm: obs.apogeeKm.central,
		flightTimeS: obs.flightTimeS?.central ?? null,
		burnoutAltitudeKm: hBo,
		missileId: input.missile?.id ?? null,
		site,
		azimuthDeg
	};
	onProgress?.({ stage: 'kepler', fraction: 0.05 });

	// Vehicle model.
	const surfaceK =
		hBo === 0
			? k
			: keplerFromRangeApogee({ rangeKm: obs.rangeKm.central, apogeeKm: obs.apogeeKm.central });
	const model = input.missile
		? vehicleFromMissile(input.missile)
		: genericVehicle(surfaceK.ok && surfaceK.burnoutSpeedKms < 5.8 ? 1 : 2);
	const geom: LaunchGeometry = {
		latDeg: site?.latDeg ?? 0,
		lonDeg: site?.lonDeg ?? 0,
		azimuthDeg,
		rotating: site !== null
	};
	const cal = calibrate(model, obs, geom);
	onProgress?.({ stage: 'calibration', fraction: 0.2 });
	if (!cal.ok) {
		return {
			ok: true,
			input: echo,
			kepler,
			powered: null,
			poweredNote: `Calibration failed: ${cal.message ?? 'no solution'}`,
			consistency: checkConsistency(obs, cal)
		};
	}
	const vehicle = flownVehicle(model, cal.fit.dvKms, cal.fit.freeScale);
	const best = maximiseRange(vehicle, model.verticalRiseS);
	onProgress?.({ stage: 'inference', fraction: 0.3 });

	const assumptions: Assumption[] = [
		...model.assumptions.map((a) => ({ ...a })),
		{
			key: 'launchAzimuthDeg',
			label: 'Launch azimuth of the test',
			value: azimuthDeg,
			unit: 'deg',
			basis: 'assumed',
			why: site
				? 'impact coordinates unpublished; the lofted tests fell in the Sea of Japan, east to north-east of the launch sites. Matters through the Earth rotation during the test'
				: 'no launch site given: the test is calibrated on a non-rotating Earth'
		},
		{
			key: 'idealDeltaVKms',
			label: 'Total ideal delta-v (vacuum Isp)',
			value: round(cal.fit.dvKms, 3),
			unit: 'km/s',
			basis: 'fitted',
			why: 'fitted so the simulated test reproduces the reported apogee and ground range'
		},
		{
			key: 'loftFinalPitchDeg',
			label: 'Loft: final pitch of the test programme',
			value: round(cal.fit.finalPitchDeg, 2),
			unit: 'deg',
			basis: 'fitted',
			why: 'linear pitch programme from vertical to this angle at burnout, fitted with delta-v'
		},
		{
			key: 'reentryDrag',
			label: 'Re-entry drag',
			value: 'neglected',
			unit: '',
			basis: 'assumed',
			why: 'free flight is the drag-free conic; a dense re-entry vehicle loses at most a few tens of km of range'
		},
		{
			key: 'earth',
			label: 'Earth model',
			value: `sphere R = ${EARTH_RADIUS_KM} km, mu = 398600.4418 km^3/s^2`,
			unit: '',
			basis: 'assumed',
			why: 'spherical Earth, inverse-square gravity (J2 off); standard range on a non-rotating Earth by convention'
		}
	];
	if (model.freeStages.length) {
		const a = assumptions.find(
			(x) => x.key === (model.freeStages[0] === 0 ? 'thrustToWeight1' : 'thrustToWeightUpper')
		);
		if (a && typeof a.value === 'number') {
			a.why += `. Fitted value ${round(a.value * cal.fit.freeScale, 2)} (1-sigma ${round(a.value * cal.freeScaleInterval[0], 2)}-${round(a.value * cal.freeScaleInterval[1], 2)})`;
			a.basis = obs.flightTimeS ? 'fitted' : a.basis;
			a.value = round(a.value * cal.fit.freeScale, 2);
		}
	}

	// Band: one-at-a-time variants, each recalibrated and re-optimised.
	const sensitivity: Sensitivity[] = [];
	const central = best.orbital ? null : best.rangeKm;
	if (input.band ?? true) {
		const variants = bandVariants(model, obs, cal);
		variants.forEach((v, i) => {
			const run = (m: VehicleModel, o: Observations, scale: number) => {
				const c = calibrate(m, o, geom, { fitFlightTime: false, freeScale: scale });
				if (!c.ok) return { range: null as number | null, orbital: false, failed: true };
				const r = maximiseRange(
					flownVehicle(m, c.fit.dvKms, scale),
					m.verticalRiseS,
					{},
					{
						finalPitchDeg: best.programme.finalPitchDeg,
						shape: best.programme.shape
					}
				);
				return { range: r.rangeKm, orbital: r.orbital, failed: false };
			};
			const lo = run(v.low.model, v.low.obs, v.low.scale);
			const hi = run(v.high.model, v.high.obs, v.high.scale);
			const swing = (x: { range: number | null; orbital: boolean }) =>
				x.orbital
					? Infinity
					: x.range === null || central === null
						? 0
						: Math.abs(x.range - central);
			sensitivity.push({
				key: v.key,
				label: v.label,
				lowValue: v.lowValue,
				highValue: v.highValue,
				lowRangeKm: lo.range === null ? null : round(lo.range, 1),
				highRangeKm: hi.range === null ? null : round(hi.range, 1),
				swingKm: Number.isFinite(Math.max(swing(lo), swing(hi)))
					? round(Math.max(swing(lo), swing(hi)), 1)
					: null,
				lowOrbital: lo.orbital,
				highOrbital: hi.orbital
			});
			onProgress?.({ stage: `band: ${v.key}`, fraction: 0.3 + (0.6 * (i + 1)) / variants.length });
		});
	}
	// Steering family: the range-maximising steering is at least as good as the best of the two families,
	// so a gravity-turn programme that flies farther raises the band's upper end (never its lower end).
	if ((input.band ?? true) && central !== null) {
		const gt = maximiseRange(vehicle, model.verticalRiseS, {}, undefined, 'gravity-turn');
		const better = gt.orbital || (gt.rangeKm !== null && gt.rangeKm > central);
		sensitivity.push({
			key: 'programmeFamily',
			label: 'Steering family (upper end only when the alternative flies farther)',
			lowValue: 'power-law pitch (used)',
			highValue: `gravity turn, kick ${round(gt.programme.gravityTurn?.kickDeg ?? 0, 1)} deg`,
			lowRangeKm: round(central, 1),
			highRangeKm: gt.rangeKm === null ? null : round(gt.rangeKm, 1),
			swingKm: gt.orbital ? null : better ? round(gt.rangeKm! - central, 1) : 0,
			lowOrbital: false,
			highOrbital: gt.orbital
		});
	}
	let bandKm: [number, number | null] | null = null;
	if (central !== null) {
		let down = 0,
			up = 0,
			upOrbital = false;
		for (const s of sensitivity) {
			if (s.key === 'programmeFamily') {
				if (s.highOrbital) upOrbital = true;
				else if (s.highRangeKm !== null && s.highRangeKm > central)
					up = Math.hypot(up, s.highRangeKm - central);
				continue;
			}
			for (const [r, orb] of [
				[s.lowRangeKm, s.lowOrbital],
				[s.highRangeKm, s.highOrbital]
			] as const) {
				if (orb) upOrbital = true;
				else if (r !== null) {
					if (r < central) down = Math.hypot(down, central - r);
					else up = Math.hypot(up, r - central);
				}
			}
		}
		bandKm = [Math.max(0, central - down), upOrbital ? null : central + up];
	}
	const swingOf = (x: Sensitivity) => x.swingKm ?? Infinity;
	const sorted = [...sensitivity].sort((a, b) => swingOf(b) - swingOf(a));
	const dominant =
		central !== null && sorted.length && swingOf(sorted[0]) > 0 ? sorted[0].label : null;

	// Reach contour on the rotating Earth from the site.
	let rotating: ReachPoint[] = [];
	if (site && (input.contour ?? true) && !best.orbital) {
		const rc = reachContour(vehicle, best.programme, site);
		rotating = rc.orbital
			? []
			: rc.points.map((p) => ({
					azimuthDeg: p.azimuthDeg,
					rangeKm: round(Math.min(HALF_CIRCUMFERENCE_KM, p.rangeKm), 1)
				}));
	}
	// Scenario: the published payload instead of the test's implied one.
	let publishedPayload: PoweredEstimate['publishedPayload'] = null;
	if (model.publishedPayloadKg !== null && cal.fit.flight.impliedPayloadKg > 0) {
		const masses = [
			...new Set([
				model.publishedPayloadRangeKg?.[0],
				model.publishedPayloadKg,
				model.publishedPayloadRangeKg?.[1]
			])
		].filter((x): x is number => typeof x === 'number' && x > 0);
		const cases = masses.map((payloadKg) => {
			const v = withPayloadMass(vehicle, payloadKg);
			if (!v) return { payloadKg, standardRangeKm: null, orbital: false };
			const r = maximiseRange(
				v,
				model.verticalRiseS,
				{},
				{
					finalPitchDeg: best.programme.finalPitchDeg,
					shape: best.programme.shape
				}
			);
			return {
				payloadKg,
				standardRangeKm: r.rangeKm === null ? null : round(r.rangeKm, 1),
				orbital: r.orbital
			};
		});
		publishedPayload = { impliedTestPayloadKg: Math.round(cal.fit.flight.impliedPayloadKg), cases };
	}
	onProgress?.({ stage: 'done', fraction: 1 });

	const f = cal.fit.flight;
	const sf = best.flight;
	const powered: PoweredEstimate = {
		standardRangeKm: central === null ? null : round(central, 1),
		bandKm: bandKm ? [round(bandKm[0], 1), bandKm[1] === null ? null : round(bandKm[1], 1)] : null,
		orbital: best.orbital,
		global: central !== null && central >= HALF_CIRCUMFERENCE_KM,
		rotating,
		residuals: cal.residuals,
		assumptions,
		dominantAssumption: dominant,
		sensitivity,
		aboveKeplerFloorPct:
			central !== null && kepler.standardRangeKm !== null
				? round((central / kepler.standardRangeKm - 1) * 100, 1)
				: null,
		calibration: {
			idealDeltaVKms: round(cal.fit.dvKms, 4),
			loftFinalPitchDeg: round(cal.fit.finalPitchDeg, 3),
			freeThrustToWeightFactor: round(cal.fit.freeScale, 4),
			freeThrustToWeightInterval: [
				round(cal.freeScaleInterval[0], 4),
				round(cal.freeScaleInterval[1], 4)
			],
			burnTimesS: f.burnTimesS.map((x) => round(x, 1)),
			...roundAll(summaryOfFlight(f)),
			impliedPayloadKg: Math.round(f.impliedPayloadKg),
			rotatingEarth: geom.rotating,
			launchAzimuthDeg: azimuthDeg,
			evaluations: cal.evaluations
		},
		standardFlight: {
			...roundAll(summaryOfFlight(sf)),
			apogeeKm: round(sf.apogeeKm, 1),
			finalPitchDeg: round(best.programme.finalPitchDeg, 2),
			pitchShape: round(best.programme.shape, 3),
			verticalRiseS: best.programme.verticalRiseS
		},
		vehicle: model.name,
		publishedPayload
	};
	const result: EstimateResult = {
		ok: true,
		input: echo,
		kepler,
		powered,
		poweredNote: best.orbital
			? 'The calibrated vehicle reaches orbital speed on a range-maximising programme: no finite standard range (it can reach any point on Earth).'
			: null,
		consistency: checkConsistency(obs, cal)
	};
	internalsCache.set(result, { model, geom, obs, cal, best });
	return result;
}

interface Variant {
	key: string;
	label: string;
	lowValue: number | string;
	highValue: number | string;
	low: { model: VehicleModel; obs: Observations; scale: number };
	high: { model: VehicleModel; obs: Observations; scale: number };
}

function bandVariants(model: VehicleModel, obs: Observations, cal: Calibration): Variant[] {
	const k = cal.fit.freeScale;
	const same = (m: VehicleModel) => ({ model: m, obs, scale: k });
	const out: Variant[] = [];
	const find = (key: string) => model.assumptions.find((a) => a.key === key);
	if (obs.apogeeKm.high > obs.apogeeKm.low)
		out.push({
			key: 'apogeeKm',
			label: 'Reported apogee (spread between reporters)',
			lowValue: obs.apogeeKm.low,
			highValue: obs.apogeeKm.high,
			low: {
				model,
				obs: { ...obs, apogeeKm: { ...obs.apogeeKm, central: obs.apogeeKm.low } },
				scale: k
			},
			high: {
				model,
				obs: { ...obs, apogeeKm: { ...obs.apogeeKm, central: obs.apogeeKm.high } },
				scale: k
			}
		});
	if (obs.rangeKm.high > obs.rangeKm.low)
		out.push({
			key: 'rangeKm',
			label: 'Reported ground range (spread between reporters)',
			lowValue: obs.rangeKm.low,
			highValue: obs.rangeKm.high,
			low: {
				model,
				obs: { ...obs, rangeKm: { ...obs.rangeKm, central: obs.rangeKm.low } },
				scale: k
			},
			high: {
				model,
				obs: { ...obs, rangeKm: { ...obs.rangeKm, central: obs.rangeKm.high } },
				scale: k
			}
		});
	const tw1 = find('thrustToWeight1');
	if (tw1 && tw1.low !== undefined && tw1.high !== undefined && !model.freeStages.includes(0)) {
		const base = model.stages[0].thrustToWeight;
		out.push({
			key: 'thrustToWeight1',
			label: 'Lift-off thrust-to-weight',
			lowValue: tw1.low,
			highValue: tw1.high,
			low: same(withChange(model, (m) => (m.stages[0].thrustToWeight = tw1.low ?? base))),
			high: same(withChange(model, (m) => (m.stages[0].thrustToWeight = tw1.high ?? base)))
		});
	}
	if (model.freeStages.length) {
		const [a, b] = cal.freeScaleInterval;
		const base = model.stages[model.freeStages[0]].thrustToWeight;
		const wide = cal.sigmaFlightTimeS === null;
		out.push({
			key: model.freeStages[0] === 0 ? 'thrustToWeight1' : 'thrustToWeightUpper',
			label:
				(model.freeStages[0] === 0 ? 'Lift-off' : 'Upper-stage') +
				(wide
					? ' thrust-to-weight (prior range)'
					: ' thrust-to-weight (1-sigma range allowed by the flight time)'),
			lowValue: round(base * a, 2),
			highValue: round(base * b, 2),
			low: { model, obs, scale: a },
			high: { model, obs, scale: b }
		});
	}
	const isp = find('ispVacS');
	if (isp && typeof isp.value === 'number' && isp.low && isp.high) {
		const fLo = isp.low / isp.value,
			fHi = isp.high / isp.value;
		const scaleIsp = (f: number) => (m: VehicleModel) =>
			m.stages.forEach((s) => {
				s.ispVacS *= f;
				s.ispSlS *= f;
			});
		out.push({
			key: 'ispVacS',
			label: 'Specific impulse (all stages)',
			lowValue: isp.low,
			highValue: isp.high,
			low: same(withChange(model, scaleIsp(fLo))),
			high: same(withChange(model, scaleIsp(fHi)))
		});
	}
	out.push({
		key: 'cdScale',
		label: 'Drag coefficient',
		lowValue: 0.8,
		highValue: 1.2,
		low: same(withChange(model, (m) => (m.cdScale = 0.8))),
		high: same(withChange(model, (m) => (m.cdScale = 1.2)))
	});
	if (model.stages.length > 1) {
		const shift = (d: number) => (m: VehicleModel) => {
			const s0 = m.stages[0].dvShare + d;
			const rest = 1 - m.stages[0].dvShare;
			m.stages.forEach((s, i) => {
				s.dvShare = i === 0 ? s0 : (s.dvShare * (1 - s0)) / rest;
			});
		};
		out.push({
			key: 'dvShare1',
			label: 'First-stage share of delta-v',
			lowValue: round(model.stages[0].dvShare - 0.08, 2),
			highValue: round(model.stages[0].dvShare + 0.08, 2),
			low: same(withChange(model, shift(-0.08))),
			high: same(withChange(model, shift(0.08)))
		});
	}
	out.push({
		key: 'verticalRiseS',
		label: 'Vertical rise before pitch-over',
		lowValue: 4,
		highValue: 15,
		low: same(withChange(model, (m) => (m.verticalRiseS = 4))),
		high: same(withChange(model, (m) => (m.verticalRiseS = 15)))
	});
	const mass = find('launchMassKg');
	if (mass && mass.low && mass.high && mass.high > mass.low)
		out.push({
			key: 'launchMassKg',
			label: 'Launch mass (drag per unit mass)',
			lowValue: mass.low,
			highValue: mass.high,
			low: same(withChange(model, (m) => (m.launchMassKg = mass.low!))),
			high: same(withChange(model, (m) => (m.launchMassKg = mass.high!)))
		});
	return out;
}

function round(x: number, d: number) {
	const f = 10 ** d;
	return Math.round(x * f) / f;
}

function roundAll<T extends Record<string, number>>(o: T): T {
	const out: Record<string, number> = {};
	for (const [k, v] of Object.entries(o)) out[k] = round(v, 3);
	return out as T;
}
