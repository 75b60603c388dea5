/**
 * Curved-Earth geometry for trajectory profiles: a flight at altitude h above a spherical Earth, having
 * covered downrange s along the surface, sits at polar angle s / R from the launch vertical and at radius
 * R + h from the Earth's centre. Coordinates here are kilometres in an Earth-centred plane, y up, with the
 * launch point at (0, R) and downrange running clockwise (toward +x).
 */

import { EARTH_RADIUS_KM } from '../physics/constants.ts';

/** The engine's Earth: the IUGG mean radius R1 = 6371.0088 km (one source of truth, physics/constants). */
export const EARTH_MEAN_RADIUS_KM = EARTH_RADIUS_KM;

export interface PlanePointKm {
	xKm: number;
	yKm: number;
}

export type ProfileMode = 'curved' | 'flat';

/** Polar angle (radians, clockwise from the launch vertical) of a point `downrangeKm` along the surface. */
export function downrangeAngleRad(downrangeKm: number, radiusKm = EARTH_MEAN_RADIUS_KM): number {
	return downrangeKm / radiusKm;
}

/** A point at `altitudeKm` above the surface point `downrangeKm` from launch, in the Earth-centred plane. */
export function curvedEarthPoint(
	downrangeKm: number,
	altitudeKm: number,
	radiusKm = EARTH_MEAN_RADIUS_KM
): PlanePointKm {
	const angleRad = downrangeAngleRad(downrangeKm, radiusKm);
	const rKm = radiusKm + altitudeKm;
	return { xKm: rKm * Math.sin(angleRad), yKm: rKm * Math.cos(angleRad) };
}

/** The flat-Earth picture: downrange along x, altitude along y (same kilometre on both axes). */
export function flatEarthPoint(downrangeKm: number, altitudeKm: number): PlanePointKm {
	return { xKm: downrangeKm, yKm: altitudeKm };
}

/** Map (downrange, altitude) to the plane for either mode. */
export function profilePoint(
	mode: ProfileMode,
	downrangeKm: number,
	altitudeKm: number,
	radiusKm = EARTH_MEAN_RADIUS_KM
): PlanePointKm {
	return mode === 'curved'
		? curvedEarthPoint(downrangeKm, altitudeKm, radiusKm)
		: flatEarthPoint(downrangeKm, altitudeKm);
}

/**
 * Points along a line of constant altitude (the surface when altitudeKm = 0, a reference shell otherwise)
 * from `fromKm` to `toKm` downrange, at most `maxStepKm` apart (arcs look smooth at 1 degree, 111 km).
 */
export function constantAltitudeLine(
	mode: ProfileMode,
	altitudeKm: number,
	fromKm: number,
	toKm: number,
	maxStepKm = 50,
	radiusKm = EARTH_MEAN_RADIUS_KM
): PlanePointKm[] {
	const spanKm = toKm - fromKm;
	const steps = mode === 'flat' ? 1 : Math.max(1, Math.ceil(Math.abs(spanKm) / maxStepKm));
	const points: PlanePointKm[] = [];
	for (let i = 0; i <= steps; i++) {
		points.push(profilePoint(mode, fromKm + (spanKm * i) / steps, altitudeKm, radiusKm));
	}
	return points;
}
