/**
 * Figures no ballistic flight can have, refused with a message that says what is wrong (the CLI exits 2 on
 * them), and the applicability of the Kepler floor.
 */
import { EARTH_RADIUS_KM } from './constants.ts';
import type { KeplerArc } from './kepler.ts';
import { fail, type PhysicsError } from './result.ts';

/**
 * Radius of the Earth's sphere of influence against the Sun, km: a (m/M)^(2/5) with a = 1 au (Laplace's
 * criterion; Bate, Mueller & White 1971, sec. 7.3). A two-body arc with a higher apogee does not come back.
 */
export const SPHERE_OF_INFLUENCE_KM = 925000;

/** Below this apogee a fast arc never leaves the dense atmosphere (drag-free Kepler does not apply), km. */
export const MIN_BALLISTIC_APOGEE_KM = 80;
/** ...when the arc needs more than this burnout speed, km/s. */
export const MAX_ATMOSPHERIC_SPEED_KMS = 3.5;

/** Refuses figures no ballistic flight can have; null when they are possible. */
export function impossibleFigures(
	rangeKm: number,
	apogeeKm: number,
	arc: KeplerArc | null
): PhysicsError | null {
	if (apogeeKm + EARTH_RADIUS_KM >= SPHERE_OF_INFLUENCE_KM)
		return fail(
			'unphysical',
			`Apogee ${fmt(apogeeKm)} km is beyond the Earth's sphere of influence (about ${fmt(SPHERE_OF_INFLUENCE_KM)} km from its centre): such a flight escapes and never comes down. Give the apogee in km above the surface.`
		);
	if (arc && apogeeKm < MIN_BALLISTIC_APOGEE_KM && arc.burnoutSpeedKms > MAX_ATMOSPHERIC_SPEED_KMS)
		return fail(
			'apogee-too-low',
			`Apogee ${fmt(apogeeKm)} km is too low for a ${fmt(rangeKm)} km ballistic flight: the arc would need ${arc.burnoutSpeedKms.toFixed(2)} km/s without leaving the dense atmosphere (below ${MIN_BALLISTIC_APOGEE_KM} km). Check the figures; glide vehicles are not modelled.`
		);
	return null;
}

/** How much steeper than the minimum-energy arc a test must be for the floor argument to hold, deg. */
export const LOFTED_MARGIN_DEG = 10;

/** A reported total flight time shorter than the free flight alone of the Kepler arc (3 % allowance). */
export function timeTooShort(flightTimeS: number, relPrecision: number, arc: KeplerArc): boolean {
	return flightTimeS * (1 + relPrecision) < arc.freeFlightTimeS * 0.97;
}

export function timeTooShortMessage(flightTimeS: number, arc: KeplerArc): string {
	return `Flight time ${fmt(flightTimeS)} s is shorter than the free flight alone of a ${fmt(arc.apogeeKm)} km apogee arc over ${fmt(arc.rangeKm)} km (${fmt(arc.freeFlightTimeS)} s): check the figures (a time in minutes given as seconds?).`;
}

/**
 * Whether the Kepler "floor" bounds the powered range from below. It does for a lofted test with burnout at
 * the surface: a near-vertical boost loses more speed to gravity than a standard one, so the same rocket
 * flies at least as fast on a standard trajectory. It does not for a flatter-than-minimum-energy (depressed)
 * arc, whose boost already turned over, nor for an assumed burnout altitude above the surface, where the
 * floor's speed belongs to a different burnout point than the rocket's.
 */
export function floorApplies(
	arc: KeplerArc,
	minimumEnergyAngleDeg: number | null,
	burnoutAltitudeKm: number
): { applies: boolean; note: string | null } {
	if (burnoutAltitudeKm > 0)
		return {
			applies: false,
			note: `The floor uses the assumed burnout altitude of ${fmt(burnoutAltitudeKm)} km, not the rocket's own: it does not bound the powered estimate.`
		};
	if (minimumEnergyAngleDeg !== null && arc.burnoutAngleDeg <= minimumEnergyAngleDeg)
		return {
			applies: false,
			note: `The reported arc is flatter than the minimum-energy arc (burnout angle ${arc.burnoutAngleDeg.toFixed(1)} deg against ${minimumEnergyAngleDeg.toFixed(1)} deg): a depressed flight, for which the Kepler range is not a lower bound.`
		};
	if (
		minimumEnergyAngleDeg !== null &&
		arc.burnoutAngleDeg < minimumEnergyAngleDeg + LOFTED_MARGIN_DEG
	)
		return {
			applies: false,
			note: `The reported arc is close to the minimum-energy arc (burnout angle ${arc.burnoutAngleDeg.toFixed(1)} deg against ${minimumEnergyAngleDeg.toFixed(1)} deg): for a near-standard flight the Kepler range is not a lower bound, since it ignores the Earth's rotation (an eastward test gains range from it) and drag, which matter as much as the loft here.`
		};
	return { applies: true, note: null };
}

function fmt(x: number) {
	return Math.round(x).toLocaleString('en-US');
}
