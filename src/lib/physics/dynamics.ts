/**
 * The equations of motion of the 3-DOF point mass, in an Earth-centred inertial frame (km, km/s):
 *
 *     dr/dt = v
 *     dv/dt = gravity(r) + (T(h)/m) u_thrust - (rho(h) Cd(M) A / 2m) |v_rel| v_rel
 *
 * with v_rel = v - omega x r (the air co-rotates with the Earth), T(h) = mdot g0 Isp(h) and
 * Isp(h) = Isp_vac - (Isp_vac - Isp_sl) p(h)/p0. Gravity is inverse-square (J2 optional), or uniform
 * (g0 toward the ground, flat Earth) for the closed-form checks. The thrust direction comes from the
 * steering segment in force (steering.ts); loads (dynamic pressure, q-alpha) are evaluated on demand.
 */
import { air, dragCoefficient } from './atmosphere.ts';
import {
	DEG,
	EARTH_EQUATORIAL_RADIUS_KM,
	EARTH_RADIUS_KM,
	G0_M_S2,
	J2,
	MU_KM3_S2
} from './constants.ts';
import { norm3, type LaunchFrame } from './frame.ts';
import type { Derivative } from './integrate.ts';
import type { FlownVehicle, StageBurn } from './stages.ts';
import type { Schedule, Segment, Steering } from './steering.ts';

export interface DynamicsOptions {
	/** Earth rotation rate, rad/s (0: non-rotating Earth). */
	omega: number;
	j2: boolean;
	drag: boolean;
	/** Flat Earth with uniform gravity g0 (tests against closed forms only). */
	uniformGravity: boolean;
}

export interface Loads {
	qKPa: number;
	/** Dynamic pressure times angle of attack, kPa deg. */
	qAlphaKPaDeg: number;
}

export interface Dynamics {
	deriv: Derivative;
	/** Switches to a segment; `y` is the state at its start (used by laws that start from it). */
	enter(segment: Segment | null, y: Float64Array): void;
	/** Re-entry drag for an integrated free flight (ballistic coefficient, kg/m^2; 0 = none). */
	setCoastBallistic(kgM2: number): void;
	loads(t: number, y: Float64Array): Loads;
}

/** Builds the derivative and its phase state for one flight. */
export function createDynamics(
	vehicle: FlownVehicle,
	burns: StageBurn[],
	sched: Schedule,
	steering: Steering,
	frame: LaunchFrame,
	opt: DynamicsOptions
): Dynamics {
	const { omega } = opt;
	const [sx, sy, sz] = frame.site;
	const [nx, ny, nz] = frame.normal;
	const area = vehicle.referenceAreaM2;
	const cdScale = vehicle.cdScale;
	const g0Km = G0_M_S2 / 1000;
	const kickRad = steering.family === 'gravity-turn' ? steering.kickDeg * DEG : 0;
	const finalRad =
		steering.family === 'power-law'
			? steering.finalPitchDeg * DEG
			: steering.upper.law === 'linear-tangent'
				? steering.upper.finalPitchDeg * DEG
				: 0;
	const shape = steering.family === 'power-law' ? steering.shape : 1;
	const tUpper = sched.ignitionS[1] ?? sched.burnoutS;
	const tanF = Math.tan(Math.max(-80 * DEG, Math.min(89.5 * DEG, finalRad)));
	let tan0 = 0;
	let seg: Segment | null = null;
	let burn: StageBurn | null = null;
	let ignition = 0;
	let coastMass = 0;
	let coastBallistic = 0;
	const dir = new Float64Array(3);
	// Inertial velocity of the launch point at lift-off (omega x r0): the steering's reference motion.
	const v0x = -omega * EARTH_RADIUS_KM * sy,
		v0y = omega * EARTH_RADIUS_KM * sx;

	/** Unit thrust direction for the current segment into `dir`; false when the engine is off. */
	const steer = (t: number, y: ArrayLike<number>, ux: number, uy: number, uz: number): boolean => {
		if (!seg || seg.mode === 'coast') return false;
		const mode = seg.mode;
		if (mode === 'vertical') {
			dir[0] = ux;
			dir[1] = uy;
			dir[2] = uz;
			return true;
		}
		if (mode === 'zero-alpha') {
			// Pitch along the velocity relative to the launch point's initial motion, in the launch plane: the
			// air-relative velocity to within omega x (distance flown), so zero angle of attack through the
			// atmosphere, without the westward drift of a rising body in the rotating frame turning the flight
			// over by itself (a backward component holds the thrust vertical instead).
			const vx = y[3] - v0x,
				vy = y[4] - v0y,
				vz = y[5];
			const up = vx * ux + vy * uy + vz * uz;
			const down = Math.max(0, inPlaneHorizontal(ux, uy, uz, vx, vy, vz));
			pitchDirection(up === 0 && down === 0 ? Math.PI / 2 : Math.atan2(up, down), ux, uy, uz);
			return true;
		}
		let theta: number;
		if (mode === 'kick') {
			const f = (t - sched.verticalEndS) / Math.max(1e-9, sched.kickEndS - sched.verticalEndS);
			theta = Math.PI / 2 - kickRad * Math.min(1, Math.max(0, f));
		} else if (mode === 'linear-tangent') {
			const s = Math.min(1, (t - tUpper) / Math.max(1e-9, sched.burnoutS - tUpper));
			theta = Math.atan(tan0 + (tanF - tan0) * s);
		} else {
			const s = Math.min(
				1,
				Math.max(0, (t - sched.verticalEndS) / Math.max(1e-9, sched.burnoutS - sched.verticalEndS))
			);
			theta = Math.PI / 2 - (Math.PI / 2 - finalRad) * Math.pow(s, shape);
		}
		pitchDirection(theta, ux, uy, uz);
		return true;
	};

	/** Component of (vx, vy, vz) along the downrange horizontal of the launch plane at (ux, uy, uz). */
	const inPlaneHorizontal = (
		ux: number,
		uy: number,
		uz: number,
		vx: number,
		vy: number,
		vz: number
	) => {
		if (opt.uniformGravity)
			return vx * frame.downrange[0] + vy * frame.downrange[1] + vz * frame.downrange[2];
		const hx = ny * uz - nz * uy,
			hy = nz * ux - nx * uz,
			hz = nx * uy - ny * ux;
		return (vx * hx + vy * hy + vz * hz) / norm3(hx, hy, hz);
	};

	/** Thrust at elevation theta above the local horizontal, in the launch plane. */
	const pitchDirection = (theta: number, ux: number, uy: number, uz: number) => {
		let hx: number, hy: number, hz: number;
		if (opt.uniformGravity) {
			[hx, hy, hz] = frame.downrange;
		} else {
			hx = ny * uz - nz * uy;
			hy = nz * ux - nx * uz;
			hz = nx * uy - ny * ux;
			const hn = norm3(hx, hy, hz);
			hx /= hn;
			hy /= hn;
			hz /= hn;
		}
		const c = Math.cos(theta),
			s = Math.sin(theta);
		dir[0] = c * hx + s * ux;
		dir[1] = c * hy + s * uy;
		dir[2] = c * hz + s * uz;
	};

	const deriv: Derivative = (t, y, out) => {
		const x = y[0],
			yy = y[1],
			z = y[2];
		let ux: number, uy: number, uz: number, altKm: number, ax: number, ay: number, az: number;
		if (opt.uniformGravity) {
			ux = sx;
			uy = sy;
			uz = sz;
			altKm = x * sx + yy * sy + z * sz - EARTH_RADIUS_KM;
			ax = -g0Km * sx;
			ay = -g0Km * sy;
			az = -g0Km * sz;
		} else {
			const r2 = x * x + yy * yy + z * z;
			const r = Math.sqrt(r2);
			ux = x / r;
			uy = yy / r;
			uz = z / r;
			altKm = r - EARTH_RADIUS_KM;
			const g = -MU_KM3_S2 / r2;
			ax = g * ux;
			ay = g * uy;
			az = g * uz;
			if (opt.j2) {
				const k = (1.5 * J2 * MU_KM3_S2 * EARTH_EQUATORIAL_RADIUS_KM ** 2) / (r2 * r2);
				const zr2 = 5 * uz * uz;
				ax += -k * ux * (1 - zr2);
				ay += -k * uy * (1 - zr2);
				az += -k * uz * (3 - zr2);
			}
		}
		out[0] = y[3];
		out[1] = y[4];
		out[2] = y[5];
		let dragPerMass = 0; // (rho Cd A / 2) per kg, 1/km
		if (burn && seg && seg.mode !== 'coast' && steer(t, y, ux, uy, uz)) {
			const m = burn.m0 - burn.mdot * (t - ignition);
			const a = air(altKm);
			const isp = burn.ispVac - (burn.ispVac - burn.ispSl) * a.pressureRatio;
			const accel = (burn.mdot * G0_M_S2 * isp) / m / 1000;
			ax += accel * dir[0];
			ay += accel * dir[1];
			az += accel * dir[2];
			if (opt.drag && a.densityKgM3 > 0) dragPerMass = dragFactor(y, a, m);
		} else if (seg && seg.mode === 'coast') {
			const a = air(altKm);
			if (opt.drag && a.densityKgM3 > 0) dragPerMass = dragFactor(y, a, coastMass);
		} else if (coastBallistic > 0 && altKm < 120) {
			const a = air(altKm);
			dragPerMass = (0.5 * a.densityKgM3 * 1000) / coastBallistic;
		}
		if (dragPerMass > 0) {
			const vx = y[3] + omega * yy,
				vy = y[4] - omega * x,
				vz = y[5];
			const k = dragPerMass * norm3(vx, vy, vz);
			ax -= k * vx;
			ay -= k * vy;
			az -= k * vz;
		}
		out[3] = ax;
		out[4] = ay;
		out[5] = az;
	};

	/** 0.5 rho Cd A / m in 1/km (so that the drag acceleration is this times |v_rel| v_rel, in km/s^2). */
	const dragFactor = (
		y: ArrayLike<number>,
		a: { densityKgM3: number; speedOfSoundKms: number },
		m: number
	) => {
		const v = norm3(y[3] + omega * y[1], y[4] - omega * y[0], y[5]);
		const cd = dragCoefficient(v / a.speedOfSoundKms) * cdScale;
		return (0.5 * a.densityKgM3 * cd * area * 1000) / m;
	};

	const enter = (segment: Segment | null, y: Float64Array) => {
		seg = segment;
		burn = segment && segment.stage >= 0 ? burns[segment.stage] : null;
		ignition = segment && segment.stage >= 0 ? sched.ignitionS[segment.stage] : 0;
		if (segment?.mode === 'coast') coastMass = burns[1]?.m0 ?? burns[0].m0;
		if (segment?.mode === 'linear-tangent' && Math.abs(segment.t0 - tUpper) < 1e-9) {
			const r = norm3(y[0], y[1], y[2]);
			const [ux, uy, uz] = [y[0] / r, y[1] / r, y[2] / r];
			const [vx, vy, vz] = [y[3] - v0x, y[4] - v0y, y[5]];
			const gamma = Math.atan2(
				vx * ux + vy * uy + vz * uz,
				Math.max(0, inPlaneHorizontal(ux, uy, uz, vx, vy, vz))
			);
			tan0 = Math.tan(Math.min(89.5 * DEG, gamma));
		}
	};

	const loads = (t: number, y: Float64Array): Loads => {
		const r = norm3(y[0], y[1], y[2]);
		const altKm = opt.uniformGravity
			? y[0] * sx + y[1] * sy + y[2] * sz - EARTH_RADIUS_KM
			: r - EARTH_RADIUS_KM;
		const a = air(altKm);
		const vx = y[3] + omega * y[1],
			vy = y[4] - omega * y[0],
			vz = y[5];
		const v = norm3(vx, vy, vz);
		const qKPa = 500 * a.densityKgM3 * v * v;
		if (qKPa <= 0 || v < 1e-9) return { qKPa, qAlphaKPaDeg: 0 };
		const [ux, uy, uz] = opt.uniformGravity ? [sx, sy, sz] : [y[0] / r, y[1] / r, y[2] / r];
		if (!steer(t, y, ux, uy, uz)) return { qKPa, qAlphaKPaDeg: 0 };
		const cosA = (dir[0] * vx + dir[1] * vy + dir[2] * vz) / v;
		const alphaDeg = Math.acos(Math.max(-1, Math.min(1, cosA))) / DEG;
		return { qKPa, qAlphaKPaDeg: qKPa * alphaDeg };
	};

	return { deriv, enter, setCoastBallistic: (k) => (coastBallistic = k), loads };
}

/** Flight-path angle of the air-relative velocity above the local horizontal, rad. */
export function flightPathAngle(y: ArrayLike<number>, omega: number): number {
	const r = norm3(y[0], y[1], y[2]);
	const vx = y[3] + omega * y[1],
		vy = y[4] - omega * y[0],
		vz = y[5];
	const v = norm3(vx, vy, vz);
	if (v < 1e-9) return Math.PI / 2;
	return Math.asin(Math.max(-1, Math.min(1, (y[0] * vx + y[1] * vy + y[2] * vz) / (r * v))));
}
