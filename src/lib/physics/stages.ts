/**
 * A staged rocket as flown: what the dynamics need, already resolved from priors or published values, and
 * the stage-by-stage masses and burn times that follow from it (constant mass flow within a stage).
 */
import { G0_M_S2 } from './constants.ts';

export interface FlownStage {
	ispVacS: number;
	/** Sea-level Isp; used with the pressure ratio to correct thrust with altitude. */
	ispSlS: number;
	/** Thrust over weight at ignition (sea-level thrust for the first stage, vacuum for upper stages). */
	thrustToWeight: number;
	/** Ideal mass ratio m_ignition / m_burnout. */
	massRatio: number;
	/** Structural fraction s / (s + p): the dry stage dropped at staging. */
	structuralFraction: number;
}

export interface FlownVehicle {
	launchMassKg: number;
	/** Drag reference area, m^2 (body cross-section). */
	referenceAreaM2: number;
	/** Multiplies the Cd(Mach) table (1 = as tabulated). */
	cdScale: number;
	stages: FlownStage[];
	/** Ballistic coefficient m/(Cd A) of the re-entry vehicle, kg/m^2 (integrated coast with drag only). */
	rvBallisticKgM2?: number;
}

/** One stage's burn: times from its own ignition (coasts are added by the flight). */
export interface StageBurn {
	/** Burn duration, s. */
	burnS: number;
	/** Mass at ignition, kg. */
	m0: number;
	/** Mass flow, kg/s. */
	mdot: number;
	ispVac: number;
	ispSl: number;
	/** Dry mass dropped at the end of the stage, kg. */
	dropKg: number;
}

export interface StageTimeline {
	stages: StageBurn[];
	/** Mass left after the last stage's propellant and structure, kg (may be < 0: infeasible vehicle). */
	impliedPayloadKg: number;
	/** Sum of the stages' vacuum ideal delta-v, km/s. */
	idealDeltaVKms: number;
}

/** Stage masses, burn times and the implied payload of a vehicle. */
export function stageTimeline(vehicle: FlownVehicle): StageTimeline {
	const stages: StageBurn[] = [];
	let m = vehicle.launchMassKg;
	let dv = 0;
	vehicle.stages.forEach((s, i) => {
		const prop = m * (1 - 1 / s.massRatio);
		const structure = (s.structuralFraction / (1 - s.structuralFraction)) * prop;
		const ispRef = i === 0 ? s.ispSlS : s.ispVacS;
		const mdot = (s.thrustToWeight * m) / ispRef;
		stages.push({
			burnS: prop / mdot,
			m0: m,
			mdot,
			ispVac: s.ispVacS,
			ispSl: s.ispSlS,
			dropKg: structure
		});
		dv += (s.ispVacS * G0_M_S2 * Math.log(s.massRatio)) / 1000;
		m = m - prop - structure;
	});
	return { stages, impliedPayloadKg: m, idealDeltaVKms: dv };
}
