/**
 * The vehicle model: published parameters where they exist (data/missiles.json), physical priors where they
 * do not, each listed as an assumption with its value, its spread and why. Almost nothing numeric is published
 * for these missiles (stage masses, Isp and burn times are all unpublished), so the model is a generic staged
 * rocket whose total delta-v is fitted to the test (calibrate.ts), not taken from anywhere.
 *
 * The trajectory of a point mass does not depend on absolute mass except through drag: given each stage's
 * Isp, thrust-to-weight at ignition and mass ratio, the flight is fixed. Structural fractions therefore only
 * set the mass dropped at staging (drag) and the implied payload.
 */
import type { Missile, SourceRef, VehicleParam } from '../data/types.ts';
import { G0_M_S2 } from './constants.ts';
import { stageTimeline, type FlownVehicle } from './stages.ts';

export type AssumptionBasis = 'published' | 'prior' | 'fitted' | 'assumed';

export interface Assumption {
	key: string;
	label: string;
	value: number | string;
	unit: string;
	low?: number;
	high?: number;
	basis: AssumptionBasis;
	why: string;
	sources?: SourceRef[];
}

export interface StageModel {
	ispVacS: number;
	ispSlS: number;
	/** Thrust-to-weight at ignition (sea level for stage 1, vacuum for upper stages). */
	thrustToWeight: number;
	structuralFraction: number;
	/** Share of the total ideal delta-v given to this stage (shares sum to 1). */
	dvShare: number;
}

export interface VehicleModel {
	missileId: string | null;
	name: string;
	propellant: 'liquid' | 'solid';
	launchMassKg: number;
	diameterM: number;
	cdScale: number;
	/** Vertical rise of the test flight before the pitch-over, s. */
	verticalRiseS: number;
	/** Duration of the pitch-over kick, s. */
	kickDurationS: number;
	/** Coast between the first and second stage during the test, s (0: instant staging). */
	testCoastS: number;
	/** Whether the range search may put a coast between the first and second stage. */
	coastAllowed: boolean;
	stages: StageModel[];
	/** Stages whose thrust-to-weight is scaled by the free factor fitted to the flight time (may be empty). */
	freeStages: number[];
	/** Bounds of the free factor (multiplier on the free stages' prior thrust-to-weight). */
	freeScaleBounds: [number, number];
	/** Published payload, kg (for the "with the published warhead" scenario), if any. */
	publishedPayloadKg: number | null;
	/** Published payload spread [low, high], kg, if any. */
	publishedPayloadRangeKg: [number, number] | null;
	assumptions: Assumption[];
}

/** Spreads of the priors (used by the band). */
export const PRIORS = {
	liquid: {
		ispVacS: [300, 285, 315],
		ispUpperVacS: [315, 300, 330],
		ispSlOverVac: 0.9,
		structural: [0.1, 0.08, 0.12],
		structuralUpper: [0.12, 0.1, 0.14],
		thrustToWeight: [1.6, 1.3, 2.0],
		upperThrustToWeight: [1.3, 0.8, 2.0]
	},
	solid: {
		ispVacS: [275, 260, 290],
		ispUpperVacS: [285, 270, 300],
		ispSlOverVac: 0.9,
		structural: [0.1, 0.08, 0.12],
		structuralUpper: [0.13, 0.1, 0.16],
		thrustToWeight: [1.8, 1.4, 2.5],
		upperThrustToWeight: [2.0, 1.4, 3.0]
	}
} as const;

/**
 * Steering priors [nominal, low, high]: the test flight's vertical rise and the duration of the pitch-over
 * (s), and the coast between the first and second stage during the test (s). Assumed: a missile leaves its
 * launch stand within seconds; a pitch-over of a few degrees to a few tens of degrees takes one to a few
 * seconds; staging is immediate or follows a short separation coast.
 */
export const STEERING_PRIORS = {
	verticalRiseS: [3, 1, 6],
	kickDurationS: [2, 1, 4],
	testCoastS: [0, 0, 5]
} as const;

/** Delta-v shares by stage count (assumed: roughly equal split, first stage slightly heavier for 3 stages). */
export const DV_SHARES: Record<number, number[]> = {
	1: [1],
	2: [0.5, 0.5],
	3: [0.36, 0.34, 0.3]
};

const ISP_SOURCE =
	'Delivered Isp ranges for N2O4/UDMH liquid and AP/HTPB composite solid motors (G. P. Sutton and O. Biblarz, Rocket Propulsion Elements, 9th ed., Wiley 2017, tables 5-5 and 12-3, less 4-8 % for delivered versus theoretical)';

function val(p: VehicleParam | undefined): number | null {
	return p && typeof p.value === 'number' && Number.isFinite(p.value) && p.value > 0
		? p.value
		: null;
}

/** Assumed diameters where none is published (m), with the reason. */
const DIAMETER_FALLBACK: Record<string, [number, string]> = {
	'hwasong-12': [
		1.65,
		'1.65 m is widely repeated but unsourced (vehicles.md); used only for the drag area'
	],
	'hwasong-19': [
		2.4,
		'unpublished; larger than Hwasong-18 (2.1 m) per ROK DIA; used only for the drag area'
	]
};

/** Assumed launch masses where none is published (kg), with the reason. */
const MASS_FALLBACK: Record<string, [number, string]> = {
	'hwasong-14': [
		34000,
		'unpublished; Hwasong-12 (28 t) plus a small second stage (HS-14 = modified HS-12, ROK MND); sets only drag and payload scale'
	]
};

/** A published parameter as an assumption, or the fallback (value, reason) as an assumed one. */
function paramAssumption(
	key: string,
	label: string,
	unit: string,
	p: VehicleParam,
	fallback: [number, string]
): { value: number; assumption: Assumption } {
	const v = val(p);
	if (v !== null)
		return {
			value: v,
			assumption: {
				key,
				label,
				value: v,
				unit,
				low: p.low,
				high: p.high,
				basis: 'published',
				why: p.note ?? `published ${label.toLowerCase()}`,
				sources: p.sources
			}
		};
	const [value, why] = fallback;
	return { value, assumption: { key, label, value, unit, basis: 'assumed', why } };
}

/** The stages' priors: Isp, structural fraction, thrust-to-weight and delta-v share. */
function priorStages(propellant: 'liquid' | 'solid', n: number): StageModel[] {
	const pr = PRIORS[propellant];
	return Array.from({ length: n }, (_, i) => {
		const [ispVac] = i === 0 ? pr.ispVacS : pr.ispUpperVacS;
		return {
			ispVacS: ispVac,
			ispSlS: ispVac * pr.ispSlOverVac,
			thrustToWeight: (i === 0 ? pr.thrustToWeight : pr.upperThrustToWeight)[0],
			structuralFraction: (i === 0 ? pr.structural : pr.structuralUpper)[0],
			dvShare: DV_SHARES[n][i]
		};
	});
}

/**
 * Lift-off thrust-to-weight: the published thrust over the launch weight (its spread from the thrust and
 * mass spreads), else the prior; a one-stage rocket's prior is then the factor fitted to the flight time.
 */
function liftOff(m: Missile, launchMassKg: number, stages: StageModel[]) {
	const pr = PRIORS[m.propellant];
	const thrust = m.stages[0] ? val(m.stages[0].thrustKN) : null;
	if (thrust === null) {
		const [tw, lo, hi] = pr.thrustToWeight;
		return {
			free:
				stages.length === 1
					? { stages: [0], bounds: [lo / tw, hi / tw] as [number, number] }
					: null,
			assumption: {
				key: 'thrustToWeight1',
				label: 'Lift-off thrust-to-weight',
				value: tw,
				unit: '',
				low: lo,
				high: hi,
				basis: 'prior' as const,
				why: `unpublished; physical prior for ${m.propellant} ballistic missiles (lift-off T/W ${lo}-${hi})`
			}
		};
	}
	const t = m.stages[0].thrustKN;
	const weight = (kg: number) => kg * G0_M_S2;
	const tw = (thrust * 1000) / weight(launchMassKg);
	const twLow =
		((t.low ?? thrust) * 1000) /
		weight(val({ value: m.launchMassKg.high ?? null, sources: [] }) ?? launchMassKg);
	const twHigh =
		((t.high ?? thrust) * 1000) /
		weight(val({ value: m.launchMassKg.low ?? null, sources: [] }) ?? launchMassKg);
	stages[0].thrustToWeight = tw;
	return {
		free: null,
		assumption: {
			key: 'thrustToWeight1',
			label: 'Lift-off thrust-to-weight',
			value: round(tw, 2),
			unit: '',
			low: round(Math.min(tw, twLow), 2),
			high: round(Math.max(tw, twHigh), 2),
			basis: 'published' as const,
			why: `published first-stage thrust ${round(thrust, 0)} kN over the launch weight; spread from the conflicting thrust and mass figures. ${t.note ?? ''}`.trim(),
			sources: t.sources
		}
	};
}

/** Upper-stage thrust-to-weight: a prior, the factor fitted to the flight time. */
function upperStages(propellant: 'liquid' | 'solid', n: number) {
	const [tw, lo, hi] = PRIORS[propellant].upperThrustToWeight;
	const historical =
		propellant === 'liquid'
			? 'Titan II stage 2: about 445 kN vacuum thrust on about 33 t at ignition, T/W about 1.4'
			: 'Minuteman III stage 2: about 270 kN on about 12 t, T/W about 2.3';
	return {
		free: {
			stages: Array.from({ length: n - 1 }, (_, i) => i + 1),
			bounds: [lo / tw, hi / tw] as [number, number]
		},
		assumption: {
			key: 'thrustToWeightUpper',
			label: 'Upper-stage thrust-to-weight at ignition',
			value: tw,
			unit: '',
			low: lo,
			high: hi,
			basis: 'prior' as const,
			why: `unpublished; prior ${lo}-${hi} for ${propellant} upper stages, centred on historical ICBM upper stages (${historical}; approximate public figures). Fitted to the reported flight time where one is reported, weighted by its precision`
		}
	};
}

function payloadAssumption(m: Missile): Assumption | null {
	const v = val(m.payloadKg);
	if (v === null) return null;
	return {
		key: 'publishedPayloadKg',
		label: 'Published payload (scenario only)',
		value: v,
		unit: 'kg',
		low: m.payloadKg.low,
		high: m.payloadKg.high,
		basis: 'published',
		why: `not used to fly the test (the test's payload is implied by the fit); used for the "with the published payload" scenario. ${m.payloadKg.note ?? ''}`.trim(),
		sources: m.payloadKg.sources
	};
}

/** Builds the vehicle model for a missile of the dataset. */
export function vehicleFromMissile(m: Missile): VehicleModel {
	const n = Math.max(1, Math.min(3, m.stageCount));
	const mass = paramAssumption(
		'launchMassKg',
		'Launch mass',
		'kg',
		m.launchMassKg,
		MASS_FALLBACK[m.id] ?? [
			m.class === 'ICBM' ? 50000 : 25000,
			'unpublished; a generic value for the class (sets only drag and payload scale)'
		]
	);
	const diameter = paramAssumption(
		'diameterM',
		'Diameter (drag reference)',
		'm',
		m.diameterM,
		DIAMETER_FALLBACK[m.id] ?? [2.0, 'unpublished; generic value (drag area only)']
	);
	const stages = priorStages(m.propellant, n);
	const first = liftOff(m, mass.value, stages);
	const upper = n > 1 ? upperStages(m.propellant, n) : null;
	const free = upper?.free ?? first.free;
	const assumptions: Assumption[] = [mass.assumption, diameter.assumption, first.assumption];
	if (upper) assumptions.push(upper.assumption);
	const payload = payloadAssumption(m);
	if (payload) assumptions.push(payload);
	pushCommonAssumptions(assumptions, m.propellant, n);
	return {
		missileId: m.id,
		name: m.name,
		propellant: m.propellant,
		launchMassKg: mass.value,
		diameterM: diameter.value,
		cdScale: 1,
		verticalRiseS: STEERING_PRIORS.verticalRiseS[0],
		kickDurationS: STEERING_PRIORS.kickDurationS[0],
		testCoastS: STEERING_PRIORS.testCoastS[0],
		coastAllowed: n > 1,
		stages,
		freeStages: free?.stages ?? [],
		freeScaleBounds: free?.bounds ?? [1, 1],
		publishedPayloadKg: val(m.payloadKg),
		publishedPayloadRangeKg:
			val(m.payloadKg) !== null && m.payloadKg.low && m.payloadKg.high
				? [m.payloadKg.low, m.payloadKg.high]
				: null,
		assumptions
	};
}

/** A generic vehicle when no missile is named: stage count from the burnout speed the test needs. */
export function genericVehicle(
	stageCount: number,
	propellant: 'liquid' | 'solid' = 'liquid'
): VehicleModel {
	const n = Math.max(1, Math.min(3, Math.round(stageCount)));
	const m: Missile = {
		id: `generic-${n}-stage-${propellant}`,
		name: `Generic ${n}-stage ${propellant} missile`,
		aliases: [],
		class: n === 1 ? 'IRBM' : 'ICBM',
		stageCount: n,
		propellant,
		lengthM: { value: null, sources: [] },
		diameterM: { value: null, sources: [] },
		launchMassKg: { value: null, sources: [] },
		payloadKg: { value: null, sources: [] },
		stages: [],
		sources: []
	};
	const model = vehicleFromMissile(m);
	model.missileId = null;
	return model;
}

function pushCommonAssumptions(list: Assumption[], propellant: 'liquid' | 'solid', n: number) {
	const pr = PRIORS[propellant];
	list.push(
		{
			key: 'ispVacS',
			label: 'First-stage vacuum Isp',
			value: pr.ispVacS[0],
			unit: 's',
			low: pr.ispVacS[1],
			high: pr.ispVacS[2],
			basis: 'prior',
			why: `unpublished; ${ISP_SOURCE}. Sea-level Isp = ${pr.ispSlOverVac} x vacuum`
		},
		{
			key: 'structuralFraction',
			label: 'Structural fraction (dry / stage mass)',
			value: pr.structural[0],
			unit: '',
			low: pr.structural[1],
			high: pr.structuralUpper[2],
			basis: 'prior',
			why: 'unpublished; typical of liquid (0.08-0.12) and solid stages. Sets the mass dropped at staging and the implied payload, not the fitted delta-v'
		},
		{
			key: 'cdScale',
			label: 'Drag coefficient scale on the Cd(Mach) table',
			value: 1,
			unit: '',
			low: 0.8,
			high: 1.2,
			basis: 'assumed',
			why: 'generic slender-missile Cd(Mach) curve (atmosphere.ts); +/- 20 %'
		},
		{
			key: 'verticalRiseS',
			label: 'Vertical rise before the pitch-over (test flight)',
			value: STEERING_PRIORS.verticalRiseS[0],
			unit: 's',
			low: STEERING_PRIORS.verticalRiseS[1],
			high: STEERING_PRIORS.verticalRiseS[2],
			basis: 'assumed',
			why: 'the missile leaves its launch stand before pitching over; the standard flight chooses its own rise (1-15 s)'
		},
		{
			key: 'kickDurationS',
			label: 'Duration of the pitch-over kick',
			value: STEERING_PRIORS.kickDurationS[0],
			unit: 's',
			low: STEERING_PRIORS.kickDurationS[1],
			high: STEERING_PRIORS.kickDurationS[2],
			basis: 'assumed',
			why: 'the thrust tilts at a constant rate to the kick angle, then follows the velocity (zero-lift gravity turn)'
		},
		{
			key: 'staging',
			label: 'Staging coast during the test',
			value: STEERING_PRIORS.testCoastS[0],
			unit: 's',
			low: STEERING_PRIORS.testCoastS[1],
			high: STEERING_PRIORS.testCoastS[2],
			basis: 'assumed',
			why: 'immediate staging or a short separation coast; the standard flight may choose a coast of up to 60 s; constant mass flow within a stage'
		}
	);
	if (n > 1)
		list.push({
			key: 'dvShare1',
			label: 'First-stage share of the ideal delta-v',
			value: DV_SHARES[n][0],
			unit: '',
			low: DV_SHARES[n][0] - 0.08,
			high: DV_SHARES[n][0] + 0.08,
			basis: 'assumed',
			why: 'stage masses unpublished; a near-even split, as in most two- and three-stage ballistic missiles'
		});
}

function round(x: number, digits: number) {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

/** Resolves a model plus its fitted total ideal delta-v (km/s) and free T/W factor into a flyable vehicle. */
export function flownVehicle(model: VehicleModel, dvKms: number, freeScale = 1): FlownVehicle {
	return {
		launchMassKg: model.launchMassKg,
		referenceAreaM2: (Math.PI * model.diameterM * model.diameterM) / 4,
		cdScale: model.cdScale,
		stages: model.stages.map((s, i) => ({
			ispVacS: s.ispVacS,
			ispSlS: s.ispSlS,
			thrustToWeight: s.thrustToWeight * (model.freeStages.includes(i) ? freeScale : 1),
			massRatio: Math.exp((dvKms * 1000 * s.dvShare) / (G0_M_S2 * s.ispVacS)),
			structuralFraction: s.structuralFraction
		}))
	};
}

/** A copy of the model with a change applied (for the band). */
export function withChange(model: VehicleModel, change: (m: VehicleModel) => void): VehicleModel {
	const copy: VehicleModel = {
		...model,
		stages: model.stages.map((s) => ({ ...s })),
		freeStages: [...model.freeStages],
		assumptions: model.assumptions
	};
	change(copy);
	return copy;
}

/**
 * The same rocket (same propellant loads, structures and engines) carrying a different payload: masses
 * rebuilt from the top stage down, mass ratios and thrust-to-weight recomputed (thrust unchanged).
 * Null when the calibrated vehicle implies no positive payload (the priors leave no room for one).
 */
export function withPayloadMass(vehicle: FlownVehicle, payloadKg: number): FlownVehicle | null {
	const tl = stageTimeline(vehicle);
	if (!(tl.impliedPayloadKg > 0) || !(payloadKg > 0)) return null;
	const n = vehicle.stages.length;
	const stages = vehicle.stages.map((s) => ({ ...s }));
	let above = payloadKg;
	for (let i = n - 1; i >= 0; i--) {
		const st = tl.stages[i];
		const prop = st.m0 * (1 - 1 / vehicle.stages[i].massRatio);
		const m0New = prop + st.dropKg + above;
		stages[i].massRatio = m0New / (m0New - prop);
		stages[i].thrustToWeight = (vehicle.stages[i].thrustToWeight * st.m0) / m0New;
		above = m0New;
	}
	return { ...vehicle, launchMassKg: above, stages };
}

/**
 * The largest total ideal delta-v the model can have with no payload left, km/s (bisection on the delta-v
 * at which the implied payload reaches zero, shares and structural fractions as in the model).
 */
export function maxIdealDeltaVKms(model: VehicleModel): number {
	let lo = 0.1,
		hi = 30;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (stageTimeline(flownVehicle(model, mid, 1)).impliedPayloadKg > 0) lo = mid;
		else hi = mid;
	}
	return lo;
}
