/**
 * Geometry of a flight on the model's sphere: unit vectors of a launch site, the launch plane, great-circle
 * angles and azimuths. Geocentric latitude; Earth-centred inertial (ECI) axes that coincide with the
 * Earth-fixed axes at lift-off.
 */
import { DEG } from './constants.ts';

export type Vec3 = [number, number, number];

export function norm3(x: number, y: number, z: number): number {
	return Math.sqrt(x * x + y * y + z * z);
}

/** Unit vector toward a point of the sphere. */
export function toUnit(latDeg: number, lonDeg: number): Vec3 {
	const la = latDeg * DEG,
		lo = lonDeg * DEG;
	return [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)];
}

/** Angle between two position vectors, rad (0 to pi). */
export function centralAngle(a: ArrayLike<number>, b: ArrayLike<number>): number {
	const ra = norm3(a[0], a[1], a[2]);
	const rb = norm3(b[0], b[1], b[2]);
	const cx = a[1] * b[2] - a[2] * b[1];
	const cy = a[2] * b[0] - a[0] * b[2];
	const cz = a[0] * b[1] - a[1] * b[0];
	const dot = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (ra * rb);
	return Math.atan2(norm3(cx, cy, cz) / (ra * rb), dot);
}

/** Initial azimuth from point 1 to point 2 on the sphere, deg clockwise from north (0 to 360). */
export function azimuthBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const p1 = lat1 * DEG,
		p2 = lat2 * DEG,
		dl = (lon2 - lon1) * DEG;
	const az = Math.atan2(
		Math.sin(dl) * Math.cos(p2),
		Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl)
	);
	return (((az / DEG) % 360) + 360) % 360;
}

/** The launch site, its downrange direction and the normal of the launch plane (all unit vectors). */
export interface LaunchFrame {
	site: Vec3;
	/** Horizontal unit vector at the site toward the launch azimuth. */
	downrange: Vec3;
	/** Normal of the launch plane, site x downrange: fixed in inertial space. */
	normal: Vec3;
}

export function launchFrame(latDeg: number, lonDeg: number, azimuthDeg: number): LaunchFrame {
	const site = toUnit(latDeg, lonDeg);
	const sl = Math.sin(latDeg * DEG),
		cl = Math.cos(latDeg * DEG);
	const so = Math.sin(lonDeg * DEG),
		co = Math.cos(lonDeg * DEG);
	const east = [-so, co, 0];
	const north = [-sl * co, -sl * so, cl];
	const sa = Math.sin(azimuthDeg * DEG),
		ca = Math.cos(azimuthDeg * DEG);
	const d: Vec3 = [0, 1, 2].map((i) => east[i] * sa + north[i] * ca) as Vec3;
	const normal: Vec3 = [
		site[1] * d[2] - site[2] * d[1],
		site[2] * d[0] - site[0] * d[2],
		site[0] * d[1] - site[1] * d[0]
	];
	return { site, downrange: d, normal };
}

/** Rotates an ECI position back to Earth-fixed axes, `t` seconds after lift-off at rate `omega` rad/s. */
export function toEarthFixed(pos: ArrayLike<number>, t: number, omega: number): Vec3 {
	if (omega === 0) return [pos[0], pos[1], pos[2]];
	const c = Math.cos(-omega * t),
		s = Math.sin(-omega * t);
	return [c * pos[0] - s * pos[1], s * pos[0] + c * pos[1], pos[2]];
}
