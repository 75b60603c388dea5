/**
 * Drag-free free flight from a burnout state in closed form: the Kepler conic through the state, from
 * burnout to the point where it meets the surface (Bate, Mueller & White, 1971, ch. 2 and 6). Exact in
 * vacuum and fast, so the range search and the Monte Carlo use it instead of integrating the coast.
 */
import { EARTH_RADIUS_KM, MU_KM3_S2 } from './constants.ts';
import { centralAngle, norm3, toEarthFixed, type Vec3 } from './frame.ts';
import type { ProfilePoint } from './types.ts';

export interface Conic {
	/** Never meets the surface (escape, or perigee above the ground). */
	orbital: boolean;
	/** Highest altitude reached after burnout (the burnout altitude when already descending), km. */
	apogeeKm: number;
	/** Time from burnout to impact, s (Infinity when orbital). */
	timeToImpactS: number;
	/** Time from burnout to apogee, s (0 when already descending). */
	timeToApogeeS: number;
	/** True anomaly swept from burnout to impact, rad. */
	sweepRad: number;
	/** Position at impact (ECI, km). */
	impact: Vec3;
	e: number;
	a: number;
	p: number;
	/** Unit vectors of the orbit plane: radial at burnout, and h x radial. */
	u: Vec3;
	w: Vec3;
	nuB: number;
	meanMotion: number;
}

/** The conic through a state (position km, velocity km/s, inertial), and where it meets the surface. */
export function conicFrom(y: ArrayLike<number>): Conic {
	const [rx, ry, rz, vx, vy, vz] = [y[0], y[1], y[2], y[3], y[4], y[5]];
	const rb = norm3(rx, ry, rz);
	const vb = norm3(vx, vy, vz);
	const vr = (rx * vx + ry * vy + rz * vz) / rb;
	const hx = ry * vz - rz * vy,
		hy = rz * vx - rx * vz,
		hz = rx * vy - ry * vx;
	const h = norm3(hx, hy, hz);
	const energy = (vb * vb) / 2 - MU_KM3_S2 / rb;
	const p = (h * h) / MU_KM3_S2;
	const e = Math.sqrt(Math.max(0, 1 + (2 * energy * h * h) / (MU_KM3_S2 * MU_KM3_S2)));
	const a = -MU_KM3_S2 / (2 * energy);
	const u: Vec3 = [rx / rb, ry / rb, rz / rb];
	const w: Vec3 =
		h > 0
			? [(hy * u[2] - hz * u[1]) / h, (hz * u[0] - hx * u[2]) / h, (hx * u[1] - hy * u[0]) / h]
			: [0, 0, 0];
	const base = { e, a, p, u, w, nuB: 0, meanMotion: 0, impact: u, sweepRad: 0 };
	if (energy < 0 && h <= 1e-12 * rb * vb) return radialFall(base, rb, vr, a);
	if (energy >= 0 || p / (1 + e) >= EARTH_RADIUS_KM)
		return {
			...base,
			orbital: true,
			apogeeKm: energy >= 0 ? Infinity : a * (1 + e) - EARTH_RADIUS_KM,
			timeToImpactS: Infinity,
			timeToApogeeS: 0
		};
	let nuB = Math.acos(clamp((p / rb - 1) / e));
	if (vr < 0) nuB = 2 * Math.PI - nuB;
	const nuI = 2 * Math.PI - Math.acos(clamp((p / EARTH_RADIUS_KM - 1) / e));
	const n = Math.sqrt(MU_KM3_S2 / (a * a * a));
	const mB = meanAnomaly(nuB, e);
	const sweep = nuI - nuB;
	return {
		...base,
		orbital: false,
		apogeeKm: (vr > 0 ? a * (1 + e) : rb) - EARTH_RADIUS_KM,
		timeToImpactS: (meanAnomaly(nuI, e) - mB) / n,
		timeToApogeeS: vr > 0 ? (Math.PI - mB) / n : 0,
		sweepRad: sweep,
		impact: pointOnConic(base, sweep, EARTH_RADIUS_KM),
		nuB,
		meanMotion: n
	};
}

/**
 * A purely vertical free flight (zero angular momentum): the degenerate ellipse r = a (1 - cos E),
 * t = sqrt(a^3/mu) (E - sin E); it falls back where it rose, so the range is zero.
 */
function radialFall(
	base: Omit<Conic, 'orbital' | 'apogeeKm' | 'timeToImpactS' | 'timeToApogeeS'>,
	rb: number,
	vr: number,
	a: number
): Conic {
	const k = Math.sqrt((a * a * a) / MU_KM3_S2);
	let eb = Math.acos(clamp(1 - rb / a));
	if (vr < 0) eb = 2 * Math.PI - eb;
	const ei = 2 * Math.PI - Math.acos(clamp(1 - EARTH_RADIUS_KM / a));
	const kepler = (x: number) => x - Math.sin(x);
	return {
		...base,
		orbital: false,
		apogeeKm: (vr > 0 ? 2 * a : rb) - EARTH_RADIUS_KM,
		timeToImpactS: k * (kepler(ei) - kepler(eb)),
		timeToApogeeS: vr > 0 ? k * (Math.PI - kepler(eb)) : 0,
		impact: [base.u[0] * EARTH_RADIUS_KM, base.u[1] * EARTH_RADIUS_KM, base.u[2] * EARTH_RADIUS_KM]
	};
}

function clamp(x: number) {
	return Math.max(-1, Math.min(1, x));
}

/** Mean anomaly (0 to 2 pi) at true anomaly nu of an ellipse of eccentricity e. */
export function meanAnomaly(nu: number, e: number): number {
	let E = 2 * Math.atan2(Math.sqrt(1 - e) * Math.sin(nu / 2), Math.sqrt(1 + e) * Math.cos(nu / 2));
	if (E < 0) E += 2 * Math.PI;
	return E - e * Math.sin(E);
}

/** Position on the conic `dnu` past burnout, at radius `radius`. */
function pointOnConic(c: Pick<Conic, 'u' | 'w'>, dnu: number, radius: number): Vec3 {
	const co = Math.cos(dnu),
		s = Math.sin(dnu);
	return [
		radius * (co * c.u[0] + s * c.w[0]),
		radius * (co * c.u[1] + s * c.w[1]),
		radius * (co * c.u[2] + s * c.w[2])
	];
}

/**
 * Profile points along the conic from burnout to impact (`count` of them, evenly spaced in true anomaly):
 * altitude, Earth-fixed ground distance from the site and speed relative to the ground.
 */
export function conicPoints(
	c: Conic,
	tBurnout: number,
	site: Vec3,
	burnoutPos: ArrayLike<number>,
	omega: number,
	count = 120
): ProfilePoint[] {
	const pts: ProfilePoint[] = [];
	const sqMuP = Math.sqrt(MU_KM3_S2 / c.p);
	const mB = meanAnomaly(c.nuB, c.e);
	const angle0 = centralAngle(site, burnoutPos);
	for (let i = 1; i <= count; i++) {
		const dnu = (c.sweepRad * i) / count;
		const nu = c.nuB + dnu;
		const r = c.p / (1 + c.e * Math.cos(nu));
		const pos = pointOnConic(c, dnu, r);
		const t = tBurnout + (meanAnomaly(nu, c.e) - mB) / c.meanMotion;
		const vr = sqMuP * c.e * Math.sin(nu);
		const vt = sqMuP * (1 + c.e * Math.cos(nu));
		const co = Math.cos(dnu),
			s = Math.sin(dnu);
		const rHat = [co * c.u[0] + s * c.w[0], co * c.u[1] + s * c.w[1], co * c.u[2] + s * c.w[2]];
		const tHat = [-s * c.u[0] + co * c.w[0], -s * c.u[1] + co * c.w[1], -s * c.u[2] + co * c.w[2]];
		const speed = norm3(
			vr * rHat[0] + vt * tHat[0] + omega * pos[1],
			vr * rHat[1] + vt * tHat[1] - omega * pos[0],
			vr * rHat[2] + vt * tHat[2]
		);
		pts.push({
			t,
			altitudeKm: i === count ? 0 : Math.max(0, r - EARTH_RADIUS_KM),
			downrangeKm:
				omega === 0
					? (angle0 + dnu) * EARTH_RADIUS_KM
					: centralAngle(site, toEarthFixed(pos, t, omega)) * EARTH_RADIUS_KM,
			speedKms: speed
		});
	}
	return pts;
}
