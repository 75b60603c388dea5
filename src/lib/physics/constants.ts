/**
 * Physical constants used throughout the engine. One source of truth: import these, never retype them.
 * Distances in km, speeds in km/s, times in s.
 */
import { G0_MS2, KN_PER_TF } from '../data/units.ts';

/** Earth's gravitational parameter, km^3/s^2 (WGS84 / IERS value 398600.4418). */
export const MU_KM3_S2 = 398600.4418;

/** Mean Earth radius R1 = (2a + b)/3 of WGS84, km (IUGG). The model's Earth is a sphere of this radius. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Earth's sidereal rotation rate, rad/s (WGS84). */
export const EARTH_ROTATION_RAD_S = 7.292115e-5;

/** Second zonal harmonic J2 (EGM96 / WGS84), dimensionless. Optional in the integrator. */
export const J2 = 1.08262668e-3;

/** Equatorial radius used with J2, km (WGS84 a). */
export const EARTH_EQUATORIAL_RADIUS_KM = 6378.137;

/** Standard gravity (defines Isp in seconds and thrust-to-weight), m/s^2; unit factors live in data/units.ts. */
export const G0_M_S2 = G0_MS2;

/** One tonne-force in kN (1 tf = 9.80665 kN). */
export { KN_PER_TF };

export const DEG = Math.PI / 180;
