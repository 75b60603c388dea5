/**
 * The Monte Carlo's uncertain inputs: the reporters' figures within their stated precision and every prior
 * of the vehicle and of the test's steering, each mapped from a uniform number in (0, 1). Sampled jointly
 * (one quasi-random point per sample, sampling.ts), so interactions and skew reach the result.
 *
 * Distributions (all uniform unless said): apogee and range within +/- their relative precision; lift-off
 * and upper-stage thrust-to-weight log-uniform over their prior or published spread; Isp: one factor for
 * all stages (+/- 5 %) and the upper stages' ratio to it (+/- 2 %), so the stages stay correlated; one
 * structural-fraction factor (0.8-1.2) for all stages; launch mass over its published spread (+/- 15 %
 * when assumed); first-stage share of the delta-v +/- 0.08; drag scale 0.8-1.2; the test's vertical rise,
 * pitch-over duration and staging coast over their priors (vehicle.ts); the test's launch azimuth +/- 20 deg
 * (+/- 2 deg when the impact point is published).
 */
import type { LaunchGeometry, Observations } from './calibrate.ts';
import { STEERING_PRIORS, withChange, type VehicleModel } from './vehicle.ts';

export interface PriorDimension {
	key: string;
	label: string;
	unit: string;
}

/** The sampled inputs, in a fixed order (one quasi-random dimension each, used or not). */
export const PRIOR_DIMENSIONS: PriorDimension[] = [
	{ key: 'apogeeKm', label: 'Reported apogee (within its precision)', unit: 'km' },
	{ key: 'rangeKm', label: 'Reported ground range (within its precision)', unit: 'km' },
	{ key: 'thrustToWeight1', label: 'Lift-off thrust-to-weight', unit: '' },
	{ key: 'thrustToWeightUpper', label: 'Upper-stage thrust-to-weight at ignition', unit: '' },
	{ key: 'ispVacS', label: 'First-stage vacuum Isp (all stages scale with it)', unit: 's' },
	{ key: 'ispUpperRatio', label: 'Upper-stage Isp relative to the first stage', unit: '' },
	{ key: 'structuralScale', label: 'Structural fractions (one factor for all stages)', unit: '' },
	{ key: 'launchMassKg', label: 'Launch mass', unit: 'kg' },
	{ key: 'dvShare1', label: 'First-stage share of the delta-v', unit: '' },
	{ key: 'cdScale', label: 'Drag coefficient scale', unit: '' },
	{ key: 'verticalRiseS', label: 'Vertical rise of the test flight', unit: 's' },
	{ key: 'kickDurationS', label: 'Duration of the pitch-over kick', unit: 's' },
	{ key: 'testCoastS', label: 'Staging coast of the test flight', unit: 's' },
	{ key: 'azimuthDeg', label: 'Launch azimuth of the test', unit: 'deg' }
];

/** [low, high] of each dimension for one test (null: not sampled, the nominal value is used). */
export type PriorRanges = Record<string, { low: number; high: number; log: boolean } | null>;

function spreadOf(model: VehicleModel, key: string): [number, number] | null {
	const a = model.assumptions.find((x) => x.key === key);
	return a && a.low !== undefined && a.high !== undefined && a.high > a.low
		? [a.low, a.high]
		: null;
}

/** The prior ranges of a test: its figures' precision and its vehicle model's spreads. */
export function priorRanges(
	model: VehicleModel,
	obs: Observations,
	geom: LaunchGeometry,
	azimuthSpreadDeg: number
): PriorRanges {
	const n = model.stages.length;
	const u = (low: number, high: number) => ({ low, high, log: false });
	const fig = (o: { central: number; relPrecision: number }) =>
		u(o.central * (1 - o.relPrecision), o.central * (1 + o.relPrecision));
	const tw0 = model.stages[0].thrustToWeight;
	const firstFree = model.freeStages.includes(0);
	const [flo, fhi] = model.freeScaleBounds;
	const tw1 = firstFree ? [tw0 * flo, tw0 * fhi] : spreadOf(model, 'thrustToWeight1');
	const mass = spreadOf(model, 'launchMassKg') ?? [
		model.launchMassKg * 0.85,
		model.launchMassKg * 1.15
	];
	const multi = n > 1;
	const upperTw = multi ? model.stages[1].thrustToWeight : 0;
	return {
		apogeeKm: fig(obs.apogeeKm),
		rangeKm: fig(obs.rangeKm),
		thrustToWeight1: tw1 ? { low: tw1[0], high: tw1[1], log: true } : null,
		thrustToWeightUpper:
			multi && fhi > flo ? { low: upperTw * flo, high: upperTw * fhi, log: true } : null,
		ispVacS: u(model.stages[0].ispVacS * 0.95, model.stages[0].ispVacS * 1.05),
		ispUpperRatio: multi ? u(0.98, 1.02) : null,
		structuralScale: u(0.8, 1.2),
		launchMassKg: u(mass[0], mass[1]),
		dvShare1: multi ? u(model.stages[0].dvShare - 0.08, model.stages[0].dvShare + 0.08) : null,
		cdScale: u(0.8, 1.2),
		verticalRiseS: u(STEERING_PRIORS.verticalRiseS[1], STEERING_PRIORS.verticalRiseS[2]),
		kickDurationS: u(STEERING_PRIORS.kickDurationS[1], STEERING_PRIORS.kickDurationS[2]),
		testCoastS: multi ? u(STEERING_PRIORS.testCoastS[1], STEERING_PRIORS.testCoastS[2]) : null,
		azimuthDeg: u(geom.azimuthDeg - azimuthSpreadDeg, geom.azimuthDeg + azimuthSpreadDeg)
	};
}

/** Maps a point of the unit cube to input values (NaN for dimensions not sampled). */
export function inputsFromPoint(ranges: PriorRanges, point: number[]): number[] {
	return PRIOR_DIMENSIONS.map((d, i) => {
		const r = ranges[d.key];
		if (!r) return Number.NaN;
		const x = point[i];
		return r.log ? r.low * Math.pow(r.high / r.low, x) : r.low + (r.high - r.low) * x;
	});
}

/** One sample's vehicle, figures and geometry. */
export interface SampledCase {
	model: VehicleModel;
	apogeeKm: number;
	rangeKm: number;
	geom: LaunchGeometry;
}

/** Applies sampled input values to the nominal model, figures and geometry. */
export function applyInputs(
	model: VehicleModel,
	obs: Observations,
	geom: LaunchGeometry,
	values: number[]
): SampledCase {
	const v = (key: string) => {
		const x = values[PRIOR_DIMENSIONS.findIndex((d) => d.key === key)];
		return Number.isNaN(x) ? null : x;
	};
	const sampled = withChange(model, (m) => {
		const ispF = (v('ispVacS') ?? m.stages[0].ispVacS) / m.stages[0].ispVacS;
		const upperIsp = v('ispUpperRatio') ?? 1;
		const epsF = v('structuralScale') ?? 1;
		m.stages.forEach((s, i) => {
			const f = ispF * (i > 0 ? upperIsp : 1);
			s.ispVacS *= f;
			s.ispSlS *= f;
			s.structuralFraction = Math.min(0.3, s.structuralFraction * epsF);
			if (i === 0) s.thrustToWeight = v('thrustToWeight1') ?? s.thrustToWeight;
			else s.thrustToWeight = v('thrustToWeightUpper') ?? s.thrustToWeight;
		});
		const share = v('dvShare1');
		if (share !== null && m.stages.length > 1) {
			const rest = 1 - m.stages[0].dvShare;
			m.stages.forEach((s, i) => (s.dvShare = i === 0 ? share : (s.dvShare * (1 - share)) / rest));
		}
		m.launchMassKg = v('launchMassKg') ?? m.launchMassKg;
		m.cdScale = v('cdScale') ?? m.cdScale;
		m.verticalRiseS = v('verticalRiseS') ?? m.verticalRiseS;
		m.kickDurationS = v('kickDurationS') ?? m.kickDurationS;
		m.testCoastS = v('testCoastS') ?? m.testCoastS;
		// Every thrust-to-weight is now explicit: no factor left to fit.
		m.freeStages = [];
		m.freeScaleBounds = [1, 1];
	});
	return {
		model: sampled,
		apogeeKm: v('apogeeKm') ?? obs.apogeeKm.central,
		rangeKm: v('rangeKm') ?? obs.rangeKm.central,
		geom: { ...geom, azimuthDeg: v('azimuthDeg') ?? geom.azimuthDeg }
	};
}
