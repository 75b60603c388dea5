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
import { air, dragCoefficient, type AirState } from './atmosphere.ts';
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

/** Everything the equations need for one flight: constants, then the phase in force. */
interface State {
	opt: DynamicsOptions;
	frame: LaunchFrame;
	sched: Schedule;
	burns: StageBurn[];
	area: number;
	cdScale: number;
	kickRad: number;
	finalRad: number;
	shape: number;
	/** Ignition of the second stage (start of the linear-tangent law). */
	tUpper: number;
	tanF: number;
	tan0: number;
	/** Inertial velocity of the launch point at lift-off (omega x r0): the steering's reference motion. */
	v0: [number, number, number];
	seg: Segment | null;
	burn: StageBurn | null;
	ignition: number;
	coastMass: number;
	coastBallistic: number;
	/** Scratch: local up (unit), altitude (km) and the thrust direction. */
	up: Float64Array;
	dir: Float64Array;
	/** Scratch: downrange horizontal of the launch plane at the current position. */
	h: Float64Array;
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
	const final =
		steering.family === 'power-law'
			? steering.finalPitchDeg * DEG
			: steering.upper.law === 'linear-tangent'
				? steering.upper.finalPitchDeg * DEG
				: 0;
	const s: State = {
		opt,
		frame,
		sched,
		burns,
		area: vehicle.referenceAreaM2,
		cdScale: vehicle.cdScale,
		kickRad: steering.family === 'gravity-turn' ? steering.kickDeg * DEG : 0,
		finalRad: final,
		shape: steering.family === 'power-law' ? steering.shape : 1,
		tUpper: sched.ignitionS[1] ?? sched.burnoutS,
		tanF: Math.tan(Math.max(-80 * DEG, Math.min(89.5 * DEG, final))),
		tan0: 0,
		v0: [
			-opt.omega * EARTH_RADIUS_KM * frame.site[1],
			opt.omega * EARTH_RADIUS_KM * frame.site[0],
			0
		],
		seg: null,
		burn: null,
		ignition: 0,
		coastMass: 0,
		coastBallistic: 0,
		up: new Float64Array(4),
		dir: new Float64Array(3),
		h: new Float64Array(3)
	};
	return {
		deriv: (t, y, out) => derivative(s, t, y, out),
		enter: (segment, y) => enter(s, segment, y),
		setCoastBallistic: (k) => (s.coastBallistic = k),
		loads: (t, y) => loads(s, t, y)
	};
}

/** Local up and altitude into s.up = [ux, uy, uz, altKm]. */
function localUp(s: State, y: ArrayLike<number>) {
	const up = s.up;
	if (s.opt.uniformGravity) {
		const [sx, sy, sz] = s.frame.site;
		up[0] = sx;
		up[1] = sy;
		up[2] = sz;
		up[3] = y[0] * sx + y[1] * sy + y[2] * sz - EARTH_RADIUS_KM;
		return;
	}
	const r = norm3(y[0], y[1], y[2]);
	up[0] = y[0] / r;
	up[1] = y[1] / r;
	up[2] = y[2] / r;
	up[3] = r - EARTH_RADIUS_KM;
}

function derivative(s: State, t: number, y: Float64Array, out: Float64Array) {
	localUp(s, y);
	gravity(s, y, out);
	out[0] = y[3];
	out[1] = y[4];
	out[2] = y[5];
	const altKm = s.up[3];
	let dragPerMass = 0; // 0.5 rho Cd A / m, 1/km: the drag acceleration is this times |v_rel| v_rel
	const seg = s.seg;
	if (s.burn && seg && seg.mode !== 'coast' && steer(s, t, y)) {
		const burn = s.burn;
		const m = burn.m0 - burn.mdot * (t - s.ignition);
		const a = air(altKm);
		const isp = burn.ispVac - (burn.ispVac - burn.ispSl) * a.pressureRatio;
		const accel = (burn.mdot * G0_M_S2 * isp) / m / 1000;
		out[3] += accel * s.dir[0];
		out[4] += accel * s.dir[1];
		out[5] += accel * s.dir[2];
		if (s.opt.drag && a.densityKgM3 > 0) dragPerMass = dragFactor(s, y, a, m);
	} else if (seg && seg.mode === 'coast') {
		const a = air(altKm);
		if (s.opt.drag && a.densityKgM3 > 0) dragPerMass = dragFactor(s, y, a, s.coastMass);
	} else if (s.coastBallistic > 0 && altKm < 120) {
		dragPerMass = (0.5 * air(altKm).densityKgM3 * 1000) / s.coastBallistic;
	}
	if (dragPerMass > 0) applyDrag(s.opt.omega, y, dragPerMass, out);
}

/** Gravity into out[3..5]: inverse-square (plus J2) or uniform. Needs s.up. */
function gravity(s: State, y: Float64Array, out: Float64Array) {
	const up = s.up;
	if (s.opt.uniformGravity) {
		const g = G0_M_S2 / 1000;
		out[3] = -g * up[0];
		out[4] = -g * up[1];
		out[5] = -g * up[2];
		return;
	}
	const r2 = y[0] * y[0] + y[1] * y[1] + y[2] * y[2];
	const g = -MU_KM3_S2 / r2;
	out[3] = g * up[0];
	out[4] = g * up[1];
	out[5] = g * up[2];
	if (!s.opt.j2) return;
	const k = (1.5 * J2 * MU_KM3_S2 * EARTH_EQUATORIAL_RADIUS_KM ** 2) / (r2 * r2);
	const zr2 = 5 * up[2] * up[2];
	out[3] += -k * up[0] * (1 - zr2);
	out[4] += -k * up[1] * (1 - zr2);
	out[5] += -k * up[2] * (3 - zr2);
}

function applyDrag(omega: number, y: Float64Array, perMass: number, out: Float64Array) {
	const vx = y[3] + omega * y[1],
		vy = y[4] - omega * y[0],
		vz = y[5];
	const k = perMass * norm3(vx, vy, vz);
	out[3] -= k * vx;
	out[4] -= k * vy;
	out[5] -= k * vz;
}

/** 0.5 rho Cd(Mach) A / m, 1/km. */
function dragFactor(s: State, y: ArrayLike<number>, a: AirState, m: number) {
	const omega = s.opt.omega;
	const v = norm3(y[3] + omega * y[1], y[4] - omega * y[0], y[5]);
	const cd = dragCoefficient(v / a.speedOfSoundKms) * s.cdScale;
	return (0.5 * a.densityKgM3 * cd * s.area * 1000) / m;
}

/** Unit thrust direction of the current segment into s.dir (needs s.up); false when the engine is off. */
function steer(s: State, t: number, y: ArrayLike<number>): boolean {
	const seg = s.seg;
	if (!seg || seg.mode === 'coast') return false;
	switch (seg.mode) {
		case 'vertical':
			s.dir[0] = s.up[0];
			s.dir[1] = s.up[1];
			s.dir[2] = s.up[2];
			return true;
		case 'zero-alpha':
			pitchDirection(s, referencePitch(s, y));
			return true;
		case 'kick': {
			const f =
				(t - s.sched.verticalEndS) / Math.max(1e-9, s.sched.kickEndS - s.sched.verticalEndS);
			pitchDirection(s, Math.PI / 2 - s.kickRad * Math.min(1, Math.max(0, f)));
			return true;
		}
		case 'linear-tangent': {
			const f = Math.min(1, (t - s.tUpper) / Math.max(1e-9, s.sched.burnoutS - s.tUpper));
			pitchDirection(s, Math.atan(s.tan0 + (s.tanF - s.tan0) * f));
			return true;
		}
		case 'power-law': {
			const span = Math.max(1e-9, s.sched.burnoutS - s.sched.verticalEndS);
			const f = Math.min(1, Math.max(0, (t - s.sched.verticalEndS) / span));
			pitchDirection(s, Math.PI / 2 - (Math.PI / 2 - s.finalRad) * Math.pow(f, s.shape));
			return true;
		}
	}
}

/**
 * Pitch of the velocity relative to the launch point's initial motion, in the launch plane: the
 * air-relative velocity to within omega x (distance flown), so zero angle of attack through the
 * atmosphere, without the westward drift of a rising body in the rotating frame turning the flight over
 * by itself (a backward component holds the thrust vertical instead). Needs s.up.
 */
function referencePitch(s: State, y: ArrayLike<number>): number {
	const vx = y[3] - s.v0[0],
		vy = y[4] - s.v0[1],
		vz = y[5];
	const up = vx * s.up[0] + vy * s.up[1] + vz * s.up[2];
	const down = Math.max(0, inPlaneHorizontal(s, vx, vy, vz));
	return up === 0 && down === 0 ? Math.PI / 2 : Math.atan2(up, down);
}

/** Unit downrange horizontal of the launch plane at the current position into s.h (needs s.up). */
function horizontal(s: State): Float64Array {
	const h = s.h;
	if (s.opt.uniformGravity) {
		h[0] = s.frame.downrange[0];
		h[1] = s.frame.downrange[1];
		h[2] = s.frame.downrange[2];
		return h;
	}
	const n = s.frame.normal;
	const u = s.up;
	h[0] = n[1] * u[2] - n[2] * u[1];
	h[1] = n[2] * u[0] - n[0] * u[2];
	h[2] = n[0] * u[1] - n[1] * u[0];
	const hn = norm3(h[0], h[1], h[2]);
	h[0] /= hn;
	h[1] /= hn;
	h[2] /= hn;
	return h;
}

function inPlaneHorizontal(s: State, vx: number, vy: number, vz: number) {
	const h = horizontal(s);
	return vx * h[0] + vy * h[1] + vz * h[2];
}

/** Thrust at elevation theta above the local horizontal, in the launch plane, into s.dir. */
function pitchDirection(s: State, theta: number) {
	const h = horizontal(s);
	const c = Math.cos(theta),
		sn = Math.sin(theta);
	s.dir[0] = c * h[0] + sn * s.up[0];
	s.dir[1] = c * h[1] + sn * s.up[1];
	s.dir[2] = c * h[2] + sn * s.up[2];
}

function enter(s: State, segment: Segment | null, y: Float64Array) {
	s.seg = segment;
	s.burn = segment && segment.stage >= 0 ? s.burns[segment.stage] : null;
	s.ignition = segment && segment.stage >= 0 ? s.sched.ignitionS[segment.stage] : 0;
	if (segment?.mode === 'coast') s.coastMass = s.burns[1]?.m0 ?? s.burns[0].m0;
	if (segment?.mode === 'linear-tangent' && Math.abs(segment.t0 - s.tUpper) < 1e-9) {
		localUp(s, y);
		s.tan0 = Math.tan(Math.min(89.5 * DEG, referencePitch(s, y)));
	}
}

/** Dynamic pressure and q-alpha (angle between the thrust axis and the air-relative velocity). */
function loads(s: State, t: number, y: Float64Array): Loads {
	localUp(s, y);
	const a = air(s.up[3]);
	const omega = s.opt.omega;
	const vx = y[3] + omega * y[1],
		vy = y[4] - omega * y[0],
		vz = y[5];
	const v = norm3(vx, vy, vz);
	const qKPa = 500 * a.densityKgM3 * v * v;
	if (qKPa <= 0 || v < 1e-9 || !steer(s, t, y)) return { qKPa, qAlphaKPaDeg: 0 };
	const cosA = (s.dir[0] * vx + s.dir[1] * vy + s.dir[2] * vz) / v;
	const alphaDeg = Math.acos(Math.max(-1, Math.min(1, cosA))) / DEG;
	return { qKPa, qAlphaKPaDeg: qKPa * alphaDeg };
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
