/**
 * Consistency check: do a test's reported apogee, range and flight time agree under the model?
 *
 * Two tests, both stated in the output:
 * 1. Kepler bound: a powered flight to the reported apogee and range cannot take less time than the free
 *    flight of the Kepler arc with burnout at the surface minus the burn (a burn that lifts the vehicle only
 *    shortens the coast by less than it adds). A reported time below the Kepler free-flight time by more than
 *    its precision is flagged.
 * 2. Model fit: after calibration, the powered model's flight time against the reported one, in units of the
 *    combined sigma (report precision plus a model allowance). |z| > 3 is flagged, with the direction.
 */
import type { Calibration, Observations } from './calibrate.ts';
import type { KeplerSummary, PoweredEstimate } from './estimate.ts';
import { keplerFromRangeApogee } from './kepler.ts';

export interface ConsistencyFlag {
	code:
		| 'time-too-short-for-arc'
		| 'time-mismatch'
		| 'free-parameter-at-bound'
		| 'no-fit'
		| 'below-kepler-floor';
	message: string;
}

export interface Consistency {
	consistent: boolean;
	keplerFreeFlightTimeS: number | null;
	modelFlightTimeS: number | null;
	reportedFlightTimeS: number | null;
	/** (model - reported) / sigma. */
	flightTimeZ: number | null;
	flags: ConsistencyFlag[];
}

const fmtMin = (s: number) => `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;

/** The prior bounds of the free factor, carried on the calibration. */
function boundsOf(cal: Calibration): [number, number] {
	return cal.freeScaleBounds;
}

export function checkConsistency(
	obs: Observations,
	cal: Calibration | null,
	kepler: KeplerSummary | null = null,
	powered: PoweredEstimate | null = null
): Consistency {
	const flags: ConsistencyFlag[] = [];
	const k = keplerFromRangeApogee({ rangeKm: obs.rangeKm.central, apogeeKm: obs.apogeeKm.central });
	const kt = k.ok ? k.freeFlightTimeS : null;
	const reported = obs.flightTimeS?.central ?? null;
	if (kt !== null && obs.flightTimeS && reported !== null) {
		const tol = reported * obs.flightTimeS.relPrecision;
		if (reported + tol < kt * 0.97)
			flags.push({
				code: 'time-too-short-for-arc',
				message: `Reported flight time ${fmtMin(reported)} is too short for a ${Math.round(obs.apogeeKm.central)} km apogee arc over ${Math.round(obs.rangeKm.central)} km: the free flight alone takes ${fmtMin(kt)}.`
			});
	}
	let z: number | null = null;
	if (!cal || !cal.ok) {
		flags.push({ code: 'no-fit', message: cal?.message ?? 'The model could not be calibrated.' });
	} else {
		z = cal.residuals.flightTimeSigma;
		if (z !== null && Math.abs(z) > 3 && reported !== null) {
			const model = cal.fit.flight.flightTimeS;
			flags.push({
				code: 'time-mismatch',
				message: `Reported flight time ${fmtMin(reported)} is ${z > 0 ? 'shorter' : 'longer'} than the model allows for this apogee and range (${fmtMin(model)}, ${Math.abs(z).toFixed(1)} sigma): ${z > 0 ? 'the burn would have to be shorter than the vehicle priors allow, or the apogee/range are overstated' : 'the burn would have to be longer than the priors allow, or the time includes more than the flight'}.`
			});
		}
	}
	if (cal && cal.ok && cal.sigmaFlightTimeS !== null) {
		const k = cal.fit.freeScale;
		const [lo, hi] = boundsOf(cal);
		if (hi > lo && (k <= lo * 1.001 || k >= hi * 0.999))
			flags.push({
				code: 'free-parameter-at-bound',
				message: `To approach the reported flight time the fitted thrust-to-weight sits at the ${k >= hi * 0.999 ? 'upper' : 'lower'} edge of its prior: the reported figures are hard to reconcile with this vehicle (e.g. a different missile, or a rounded or mis-reported figure).`
			});
	}
	const below = belowFloor(kepler, powered);
	if (below) flags.push(below);
	return {
		consistent: flags.length === 0,
		keplerFreeFlightTimeS: kt,
		modelFlightTimeS: cal && cal.ok ? cal.fit.flight.flightTimeS : null,
		reportedFlightTimeS: reported,
		flightTimeZ: z,
		flags
	};
}

/**
 * A powered range below the Kepler floor where the floor applies (a lofted arc, burnout at the surface):
 * the vehicle priors and the figures disagree. Where it does not apply, the Kepler summary says why.
 */
function belowFloor(
	kepler: KeplerSummary | null,
	powered: PoweredEstimate | null
): ConsistencyFlag | null {
	const floor = kepler?.standardRangeKm ?? null;
	const r = powered?.standardRangeKm ?? null;
	if (!kepler?.floorApplies || floor === null || r === null || r >= floor) return null;
	return {
		code: 'below-kepler-floor',
		message: `The powered estimate (${Math.round(r)} km) is below the Kepler floor (${Math.round(floor)} km) although the reported arc is lofted: a rocket that lofts to these figures should fly at least as far on a standard trajectory. Drag or the steering bound on this vehicle costs more than the loft does; treat the powered figure with caution.`
	};
}
