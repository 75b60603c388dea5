/**
 * 3-DOF point-mass flight of a staged rocket over a spherical Earth, integrated in an Earth-centred inertial
 * (ECI) frame with Dormand-Prince 5(4).
 *
 * Forces: inverse-square gravity (J2 optional), thrust along the pitch programme, drag from the US 1976
 * atmosphere and a Cd(Mach) table on the air-relative velocity v - omega x r. "Rotating Earth" means the
 * launch site moves with the Earth (initial velocity omega x r, air co-rotating, impact point mapped back to
 * Earth-fixed coordinates at impact time); "non-rotating" sets omega = 0, the convention of published
 * standard-range estimates.
 *
 * Free flight after the last burnout is either the closed-form conic (default, drag-free: fast and exact in
 * vacuum) or integrated with the same equations (for J2, re-entry drag or dense profiles).
 */
import { air, dragCoefficient } from './atmosphere.ts';
import {
	DEG,
	EARTH_EQUATORIAL_RADIUS_KM,
	EARTH_RADIUS_KM,
	EARTH_ROTATION_RAD_S,
	G0_M_S2,
	J2,
	MU_KM3_S2
} from './constants.ts';
import { dopri5, type EventSpec } from './integrate.ts';
import type { ProfilePoint } from './types.ts';

/** One stage as flown: everything the dynamics need, already resolved from priors or published values. */
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

/**
 * Pitch programme: vertical rise for `verticalRiseS`, then the thrust's angle above the local horizontal
 * (in the launch plane) falls from 90 deg to `finalPitchDeg` at final burnout as
 * theta(s) = 90 - (90 - finalPitchDeg) s^shape, s = (t - t_v)/(t_burnout - t_v).
 * shape < 1 pitches over early (standard trajectories), shape = 1 is a linear loft.
 */
export interface PitchProgramme {
	verticalRiseS: number;
	finalPitchDeg: number;
	shape: number;
	/**
	 * Gravity-turn variant (used for standard flights): after the vertical rise the thrust pitches by
	 * `kickDeg` over `KICK_S` seconds, then follows the air-relative velocity (zero angle of attack) to the end of
	 * the first stage; upper stages steer linearly from the flight-path angle at staging to `finalPitchDeg`.
	 * `shape` is then unused.
	 */
	gravityTurn?: { kickDeg: number };
}

/** Duration of the pitch-over kick of a gravity-turn programme, s. */
export const KICK_S = 4;

export interface FlightOptions {
	latDeg?: number;
	lonDeg?: number;
	azimuthDeg?: number;
	rotating?: boolean;
	j2?: boolean;
	drag?: boolean;
	coast?: 'kepler' | 'integrate';
	/** Drag during an integrated coast (needs vehicle.rvBallisticKgM2). */
	reentryDrag?: boolean;
	/** Collect profile points every `sampleDtS` seconds (powered) and along the coast. */
	sampleDtS?: number;
	relTol?: number;
}

export interface FlightEvent {
	name: 'staging' | 'burnout' | 'apogee' | 'impact';
	t: number;
	altitudeKm: number;
	speedKms: number;
}

export interface FlightResult {
	/** False when the vehicle fell back during powered flight or the integrator failed. */
	ok: boolean;
	/** True when the burnout state is on an orbit that never meets the surface. */
	orbital: boolean;
	burnoutTimeS: number;
	burnoutAltitudeKm: number;
	/** Inertial speed at burnout, km/s. */
	burnoutSpeedKms: number;
	/** Flight-path angle above the local horizontal at burnout (inertial velocity), deg. */
	burnoutAngleDeg: number;
	burnoutDownrangeKm: number;
	apogeeKm: number;
	/** Great-circle ground range from the launch point to impact (Earth-fixed on a rotating Earth), km. */
	rangeKm: number;
	flightTimeS: number;
	impactLatDeg: number;
	impactLonDeg: number;
	/** Azimuth from the launch point to the impact point, deg clockwise from north. */
	impactAzimuthDeg: number;
	/** Ideal vacuum delta-v of the vehicle, km/s. */
	idealDeltaVKms: number;
	/** Stage burn times, s. */
	burnTimesS: number[];
	/** Mass left after the last stage's propellant and structure: the implied payload, kg (may be < 0). */
	impliedPayloadKg: number;
	events: FlightEvent[];
	points?: ProfilePoint[];
	steps: number;
	message?: string;
}

interface StageTimeline {
	t0: number;
	t1: number;
	m0: number;
	mdot: number;
	ispVac: number;
	ispSl: number;
	dropKg: number;
}

/** Stage-by-stage masses and burn times from the vehicle description (constant mass flow per stage). */
export function stageTimeline(vehicle: FlownVehicle): {
	stages: StageTimeline[];
	impliedPayloadKg: number;
	idealDeltaVKms: number;
} {
	const stages: StageTimeline[] = [];
	let m = vehicle.launchMassKg;
	let t = 0;
	let dv = 0;
	vehicle.stages.forEach((s, i) => {
		const prop = m * (1 - 1 / s.massRatio);
		const structure = (s.structuralFraction / (1 - s.structuralFraction)) * prop;
		const ispRef = i === 0 ? s.ispSlS : s.ispVacS;
		const mdot = (s.thrustToWeight * m) / ispRef;
		const tb = prop / mdot;
		stages.push({
			t0: t,
			t1: t + tb,
			m0: m,
			mdot,
			ispVac: s.ispVacS,
			ispSl: s.ispSlS,
			dropKg: structure
		});
		dv += (s.ispVacS * G0_M_S2 * Math.log(s.massRatio)) / 1000;
		t += tb;
		m = m - prop - structure;
	});
	return { stages, impliedPayloadKg: m, idealDeltaVKms: dv };
}

function norm3(x: number, y: number, z: number) {
	return Math.sqrt(x * x + y * y + z * z);
}

/** Sphere geometry helpers (geocentric latitude). */
function toUnit(latDeg: number, lonDeg: number): [number, number, number] {
	const la = latDeg * DEG,
		lo = lonDeg * DEG;
	return [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)];
}

function centralAngle(a: ArrayLike<number>, b: ArrayLike<number>): number {
	const ra = norm3(a[0], a[1], a[2]);
	const rb = norm3(b[0], b[1], b[2]);
	const cx = a[1] * b[2] - a[2] * b[1];
	const cy = a[2] * b[0] - a[0] * b[2];
	const cz = a[0] * b[1] - a[1] * b[0];
	const dot = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (ra * rb);
	return Math.atan2(norm3(cx, cy, cz) / (ra * rb), dot);
}

/** Azimuth (deg from north, clockwise) and great-circle angle from point 1 to point 2 (degrees lat/lon). */
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

/**
 * Flies a vehicle with a pitch programme. Never throws; failures come back with ok = false and a message.
 */
export function fly(
	vehicle: FlownVehicle,
	programme: PitchProgramme,
	options: FlightOptions = {}
): FlightResult {
	const latDeg = options.latDeg ?? 0;
	const lonDeg = options.lonDeg ?? 0;
	const azDeg = options.azimuthDeg ?? 90;
	const omega = options.rotating ? EARTH_ROTATION_RAD_S : 0;
	const useJ2 = options.j2 ?? false;
	const useDrag = options.drag ?? true;
	const rtol = options.relTol ?? 1e-8;
	const { stages, impliedPayloadKg, idealDeltaVKms } = stageTimeline(vehicle);
	const tBurnout = stages[stages.length - 1].t1;
	const events: FlightEvent[] = [];
	const points: ProfilePoint[] | undefined = options.sampleDtS ? [] : undefined;

	const site = toUnit(latDeg, lonDeg);
	const east = [-Math.sin(lonDeg * DEG), Math.cos(lonDeg * DEG), 0];
	const north = [
		-Math.sin(latDeg * DEG) * Math.cos(lonDeg * DEG),
		-Math.sin(latDeg * DEG) * Math.sin(lonDeg * DEG),
		Math.cos(latDeg * DEG)
	];
	const sa = Math.sin(azDeg * DEG),
		ca = Math.cos(azDeg * DEG);
	const dir = [0, 1, 2].map((i) => east[i] * sa + north[i] * ca);
	// Launch-plane normal (fixed in inertial space): n = site x dir.
	const nx = site[1] * dir[2] - site[2] * dir[1];
	const ny = site[2] * dir[0] - site[0] * dir[2];
	const nz = site[0] * dir[1] - site[1] * dir[0];

	const y0 = new Float64Array(6);
	y0[0] = EARTH_RADIUS_KM * site[0];
	y0[1] = EARTH_RADIUS_KM * site[1];
	y0[2] = EARTH_RADIUS_KM * site[2];
	y0[3] = -omega * y0[1];
	y0[4] = omega * y0[0];
	y0[5] = 0;

	const cdScale = vehicle.cdScale;
	const area = vehicle.referenceAreaM2;
	const tv = Math.min(programme.verticalRiseS, tBurnout * 0.5);
	const pitchSpan = Math.max(1e-9, tBurnout - tv);
	const finalPitch = programme.finalPitchDeg * DEG;
	const gt = programme.gravityTurn;
	const kick = gt ? gt.kickDeg * DEG : 0;
	const tKickEnd = Math.min(tv + KICK_S, stages[0].t1);
	const tStage1 = stages[0].t1;
	// Flight-path angle (air-relative) at the end of stage 1, captured at that phase boundary.
	let thetaStage1 = 0;
	const shape = programme.shape;

	// Phase variables captured by the derivative.
	let st: StageTimeline = stages[0];
	let thrustOn = true;
	let coastDrag = false;
	let coastBallistic = 0;

	const deriv = (t: number, y: Float64Array, out: Float64Array) => {
		const x = y[0],
			yy = y[1],
			z = y[2];
		const r2 = x * x + yy * yy + z * z;
		const r = Math.sqrt(r2);
		const ux = x / r,
			uy = yy / r,
			uz = z / r;
		const g = -MU_KM3_S2 / r2;
		let ax = g * ux,
			ay = g * uy,
			az = g * uz;
		if (useJ2) {
			const k = (1.5 * J2 * MU_KM3_S2 * EARTH_EQUATORIAL_RADIUS_KM ** 2) / (r2 * r2);
			const zr2 = 5 * uz * uz;
			ax += -k * ux * (1 - zr2);
			ay += -k * uy * (1 - zr2);
			az += -k * uz * (3 - zr2);
		}
		out[0] = y[3];
		out[1] = y[4];
		out[2] = y[5];
		const altKm = r - EARTH_RADIUS_KM;
		if (thrustOn) {
			const m = st.m0 - st.mdot * (t - st.t0);
			const a = air(altKm);
			const isp = st.ispVac - (st.ispVac - st.ispSl) * a.pressureRatio;
			const accel = (st.mdot * G0_M_S2 * isp) / m / 1000; // km/s^2
			let cx: number, cy: number, cz: number;
			if (t <= tv) {
				cx = ux;
				cy = uy;
				cz = uz;
			} else if (gt && t <= tStage1 && t > tKickEnd) {
				// Gravity turn: thrust along the air-relative velocity (vertical if the vehicle is still slow).
				const vx = y[3] + omega * yy,
					vy = y[4] - omega * x,
					vz = y[5];
				const v = norm3(vx, vy, vz);
				if (v > 1e-6) {
					cx = vx / v;
					cy = vy / v;
					cz = vz / v;
				} else {
					cx = ux;
					cy = uy;
					cz = uz;
				}
			} else {
				let theta: number;
				if (gt) {
					theta =
						t <= tKickEnd
							? Math.PI / 2 - (kick * (t - tv)) / Math.max(1e-9, tKickEnd - tv)
							: thetaStage1 +
								((finalPitch - thetaStage1) * (t - tStage1)) / Math.max(1e-9, tBurnout - tStage1);
				} else {
					const s = Math.min(1, (t - tv) / pitchSpan);
					theta = Math.PI / 2 - (Math.PI / 2 - finalPitch) * Math.pow(s, shape);
				}
				// Horizontal downrange direction in the launch plane: n x u.
				let hx = ny * uz - nz * uy,
					hy = nz * ux - nx * uz,
					hz = nx * uy - ny * ux;
				const hn = norm3(hx, hy, hz);
				hx /= hn;
				hy /= hn;
				hz /= hn;
				const c = Math.cos(theta),
					sn = Math.sin(theta);
				cx = c * hx + sn * ux;
				cy = c * hy + sn * uy;
				cz = c * hz + sn * uz;
			}
			ax += accel * cx;
			ay += accel * cy;
			az += accel * cz;
			if (useDrag && a.densityKgM3 > 0) {
				const vx = y[3] + omega * yy,
					vy = y[4] - omega * x,
					vz = y[5];
				const v = norm3(vx, vy, vz);
				const cd = dragCoefficient(v / a.speedOfSoundKms) * cdScale;
				const kd = (0.5 * a.densityKgM3 * cd * area * 1000 * v) / m;
				ax -= kd * vx;
				ay -= kd * vy;
				az -= kd * vz;
			}
		} else if (coastDrag && altKm < 120) {
			const a = air(altKm);
			if (a.densityKgM3 > 0) {
				const vx = y[3] + omega * yy,
					vy = y[4] - omega * x,
					vz = y[5];
				const v = norm3(vx, vy, vz);
				const kd = (0.5 * a.densityKgM3 * 1000 * v) / coastBallistic;
				ax -= kd * vx;
				ay -= kd * vy;
				az -= kd * vz;
			}
		}
		out[3] = ax;
		out[4] = ay;
		out[5] = az;
	};

	const absTol = new Float64Array([1e-6, 1e-6, 1e-6, 1e-9, 1e-9, 1e-9]);
	const groundEvent: EventSpec = {
		name: 'impact',
		g: (_t, y) => norm3(y[0], y[1], y[2]) - EARTH_RADIUS_KM + 1e-3,
		direction: -1,
		terminal: true
	};

	/** Ground distance from the site to the point under an ECI position at time t (Earth-fixed). */
	const groundKm = (t: number, pos: ArrayLike<number>) => {
		if (omega === 0) return centralAngle(site, pos) * EARTH_RADIUS_KM;
		const c = Math.cos(-omega * t),
			s = Math.sin(-omega * t);
		return (
			centralAngle(site, [c * pos[0] - s * pos[1], s * pos[0] + c * pos[1], pos[2]]) *
			EARTH_RADIUS_KM
		);
	};
	const addPoint = (t: number, y: ArrayLike<number>) => {
		if (!points) return;
		const r = norm3(y[0], y[1], y[2]);
		points.push({
			t,
			altitudeKm: Math.max(0, r - EARTH_RADIUS_KM),
			downrangeKm: Math.max(0, groundKm(t, y) - 1e-9),
			speedKms: norm3(y[3] + omega * y[1], y[4] - omega * y[0], y[5])
		});
	};
	const sampleDt = options.sampleDtS ?? 0;
	let nextSample = 0;
	const tmpY = new Float64Array(6);
	const onStep = sampleDt
		? (t0: number, t1: number, interp: (t: number, out: Float64Array) => void) => {
				while (nextSample <= t1) {
					if (nextSample >= t0) {
						interp(nextSample, tmpY);
						addPoint(nextSample, tmpY);
					}
					nextSample += sampleDt;
				}
			}
		: undefined;

	let y: Float64Array = y0;
	let steps = 0;
	const fail = (message: string, t: number): FlightResult => ({
		ok: false,
		orbital: false,
		burnoutTimeS: t,
		burnoutAltitudeKm: 0,
		burnoutSpeedKms: 0,
		burnoutAngleDeg: 0,
		burnoutDownrangeKm: 0,
		apogeeKm: 0,
		rangeKm: 0,
		flightTimeS: t,
		impactLatDeg: latDeg,
		impactLonDeg: lonDeg,
		impactAzimuthDeg: azDeg,
		idealDeltaVKms,
		burnTimesS: stages.map((s) => s.t1 - s.t0),
		impliedPayloadKg,
		events,
		points,
		steps,
		message
	});

	// Powered phases: a break at the end of the vertical rise (the pitch law has a kink) and at each staging.
	const breaks: { t0: number; t1: number; stage: StageTimeline }[] = [];
	const kinks = gt ? [tv, tKickEnd] : [tv];
	for (const s of stages) {
		let t0 = s.t0;
		for (const k of kinks)
			if (k > t0 + 1e-9 && k < s.t1 - 1e-9) {
				breaks.push({ t0, t1: k, stage: s });
				t0 = k;
			}
		breaks.push({ t0, t1: s.t1, stage: s });
	}
	for (let i = 0; i < breaks.length; i++) {
		const b = breaks[i];
		st = b.stage;
		if (gt && b.t0 === tStage1) {
			// Air-relative flight-path angle in the launch plane at staging.
			const r = norm3(y[0], y[1], y[2]);
			const vx = y[3] + omega * y[1],
				vy = y[4] - omega * y[0],
				vz = y[5];
			const v = norm3(vx, vy, vz);
			thetaStage1 = Math.asin(
				Math.max(-1, Math.min(1, (y[0] * vx + y[1] * vy + y[2] * vz) / (r * v)))
			);
		}
		const res = dopri5(deriv, b.t0, y, b.t1, {
			relTol: rtol,
			absTol,
			events: [groundEvent],
			onStep,
			maxSteps: 20000
		});
		steps += res.steps;
		y = res.y;
		if (res.status === 'event')
			return fail('The vehicle fell back to the ground during powered flight.', res.t);
		if (res.status !== 'done') return fail(`Integrator stopped: ${res.status}.`, res.t);
		if (b.t1 === b.stage.t1) {
			const isLast = b.stage === stages[stages.length - 1];
			const rNow = norm3(y[0], y[1], y[2]);
			events.push({
				name: isLast ? 'burnout' : 'staging',
				t: b.t1,
				altitudeKm: rNow - EARTH_RADIUS_KM,
				speedKms: norm3(y[3], y[4], y[5])
			});
		}
	}
	thrustOn = false;

	const rbx = y[0],
		rby = y[1],
		rbz = y[2],
		vbx = y[3],
		vby = y[4],
		vbz = y[5];
	const rb = norm3(rbx, rby, rbz);
	const vb = norm3(vbx, vby, vbz);
	const vr = (rbx * vbx + rby * vby + rbz * vbz) / rb;
	const burnoutAngleDeg = Math.asin(Math.max(-1, Math.min(1, vr / vb))) / DEG;
	const base = {
		burnoutTimeS: tBurnout,
		burnoutAltitudeKm: rb - EARTH_RADIUS_KM,
		burnoutSpeedKms: vb,
		burnoutAngleDeg,
		burnoutDownrangeKm: centralAngle(site, y) * EARTH_RADIUS_KM,
		idealDeltaVKms,
		burnTimesS: stages.map((s) => s.t1 - s.t0),
		impliedPayloadKg
	};

	const finish = (
		impactEci: [number, number, number],
		tImpact: number,
		apogeeKm: number,
		inertialAngle?: number
	): FlightResult => {
		// Earth-fixed impact point: undo the Earth's rotation since launch.
		const ang = -omega * tImpact;
		const c = Math.cos(ang),
			s = Math.sin(ang);
		const ix = c * impactEci[0] - s * impactEci[1];
		const iy = s * impactEci[0] + c * impactEci[1];
		const iz = impactEci[2];
		const ir = norm3(ix, iy, iz);
		const impactLatDeg = Math.asin(iz / ir) / DEG;
		const impactLonDeg = Math.atan2(iy, ix) / DEG;
		// The short-way angle on the ground; past half the circumference (inertial flight angle > pi) the
		// flight went the long way round.
		const shortAngle = centralAngle(site, [ix, iy, iz]);
		const angle =
			inertialAngle === undefined || inertialAngle <= Math.PI
				? shortAngle
				: omega === 0
					? inertialAngle
					: 2 * Math.PI - shortAngle;
		const rangeKm = angle * EARTH_RADIUS_KM;
		events.push({ name: 'impact', t: tImpact, altitudeKm: 0, speedKms: 0 });
		return {
			ok: true,
			orbital: false,
			...base,
			apogeeKm,
			rangeKm,
			flightTimeS: tImpact,
			impactLatDeg,
			impactLonDeg,
			impactAzimuthDeg: azimuthBetween(latDeg, lonDeg, impactLatDeg, impactLonDeg),
			events,
			points,
			steps
		};
	};

	if ((options.coast ?? 'kepler') === 'integrate') {
		coastDrag = !!options.reentryDrag && (vehicle.rvBallisticKgM2 ?? 0) > 0;
		coastBallistic = vehicle.rvBallisticKgM2 ?? 1;
		let apogeeKm = rb - EARTH_RADIUS_KM;
		const res = dopri5(deriv, tBurnout, y, tBurnout + 6 * 3600, {
			relTol: rtol,
			absTol,
			events: [
				{
					name: 'apogee',
					g: (_t, yy) => yy[0] * yy[3] + yy[1] * yy[4] + yy[2] * yy[5],
					direction: -1,
					terminal: false
				},
				{ ...groundEvent, g: (_t, yy) => norm3(yy[0], yy[1], yy[2]) - EARTH_RADIUS_KM }
			],
			onStep,
			maxSteps: 20000
		});
		steps += res.steps;
		for (const e of res.events)
			if (e.name === 'apogee') {
				apogeeKm = Math.max(apogeeKm, norm3(e.y[0], e.y[1], e.y[2]) - EARTH_RADIUS_KM);
				events.push({
					name: 'apogee',
					t: e.t,
					altitudeKm: apogeeKm,
					speedKms: norm3(e.y[3], e.y[4], e.y[5])
				});
			}
		if (res.status !== 'event') {
			return {
				...fail('Free flight did not come down within 6 hours: orbital.', res.t),
				...base,
				orbital: true,
				ok: true,
				apogeeKm
			};
		}
		if (points) addPoint(res.t, res.y);
		return finish([res.y[0], res.y[1], res.y[2]], res.t, apogeeKm);
	}

	// Closed-form conic from burnout.
	const hx = rby * vbz - rbz * vby,
		hy = rbz * vbx - rbx * vbz,
		hz = rbx * vby - rby * vbx;
	const hMag = norm3(hx, hy, hz);
	const energy = (vb * vb) / 2 - MU_KM3_S2 / rb;
	const p = (hMag * hMag) / MU_KM3_S2;
	const e = Math.sqrt(Math.max(0, 1 + (2 * energy * hMag * hMag) / (MU_KM3_S2 * MU_KM3_S2)));
	const a = -MU_KM3_S2 / (2 * energy);
	const rp = p / (1 + e);
	if (energy >= 0 || rp >= EARTH_RADIUS_KM) {
		return {
			...fail('Burnout state is orbital: the free-flight conic never meets the surface.', tBurnout),
			...base,
			ok: true,
			orbital: true,
			apogeeKm: energy >= 0 ? Infinity : a * (1 + e) - EARTH_RADIUS_KM
		};
	}
	// True anomaly at burnout: cos nu = (p/r - 1)/e, sign from radial velocity.
	const cosNuB = Math.max(-1, Math.min(1, (p / rb - 1) / e));
	let nuB = Math.acos(cosNuB);
	if (vr < 0) nuB = 2 * Math.PI - nuB;
	const cosNuI = Math.max(-1, Math.min(1, (p / EARTH_RADIUS_KM - 1) / e));
	const nuI = 2 * Math.PI - Math.acos(cosNuI);
	const dNu = nuI - nuB;
	const eccAnom = (nu: number) =>
		2 * Math.atan2(Math.sqrt(1 - e) * Math.sin(nu / 2), Math.sqrt(1 + e) * Math.cos(nu / 2));
	const meanAnom = (nu: number) => {
		let E = eccAnom(nu);
		if (E < 0) E += 2 * Math.PI;
		return E - e * Math.sin(E);
	};
	const n = Math.sqrt(MU_KM3_S2 / (a * a * a));
	const tof = (meanAnom(nuI) - meanAnom(nuB)) / n;
	const apogeeKm = (vr > 0 ? a * (1 + e) : rb) - EARTH_RADIUS_KM;
	// In-plane unit vectors: rhat and (h x rhat).
	const ux = rbx / rb,
		uy = rby / rb,
		uz = rbz / rb;
	const wx = (hy * uz - hz * uy) / hMag,
		wy = (hz * ux - hx * uz) / hMag,
		wz = (hx * uy - hy * ux) / hMag;
	const at = (dnu: number, radius: number): [number, number, number] => {
		const c = Math.cos(dnu),
			s = Math.sin(dnu);
		return [radius * (c * ux + s * wx), radius * (c * uy + s * wy), radius * (c * uz + s * wz)];
	};
	if (points) {
		if (apogeeKm > rb - EARTH_RADIUS_KM)
			events.push({
				name: 'apogee',
				t: tBurnout + (vr > 0 ? (Math.PI - (meanAnom(nuB) % (2 * Math.PI))) / n : 0),
				altitudeKm: apogeeKm,
				speedKms: Math.sqrt(MU_KM3_S2 * (2 / (apogeeKm + EARTH_RADIUS_KM) - 1 / a))
			});
		const count = 120;
		const mB = meanAnom(nuB);
		// Earth-relative speed on the conic: v = v_r rhat + v_t that, minus omega x r.
		const sqMuP = Math.sqrt(MU_KM3_S2 / p);
		const relSpeed = (nu: number, dnu: number, pos: [number, number, number]) => {
			const vr = sqMuP * e * Math.sin(nu);
			const vt = sqMuP * (1 + e * Math.cos(nu));
			const c = Math.cos(dnu),
				sn = Math.sin(dnu);
			const rx = c * ux + sn * wx,
				ry = c * uy + sn * wy,
				rz = c * uz + sn * wz;
			const tx = -sn * ux + c * wx,
				ty = -sn * uy + c * wy,
				tz = -sn * uz + c * wz;
			return norm3(
				vr * rx + vt * tx + omega * pos[1],
				vr * ry + vt * ty - omega * pos[0],
				vr * rz + vt * tz
			);
		};
		for (let i = 1; i <= count; i++) {
			const nu = nuB + (dNu * i) / count;
			const r = p / (1 + e * Math.cos(nu));
			const pos = at(nu - nuB, r);
			const tt = tBurnout + (meanAnom(nu) - mB) / n;
			const rr = Math.max(0, r - EARTH_RADIUS_KM);
			points.push({
				t: tt,
				altitudeKm: i === count ? 0 : rr,
				downrangeKm:
					omega === 0 ? (centralAngle(site, y) + (nu - nuB)) * EARTH_RADIUS_KM : groundKm(tt, pos),
				speedKms: relSpeed(nu, nu - nuB, pos)
			});
		}
	} else if (apogeeKm > rb - EARTH_RADIUS_KM) {
		events.push({
			name: 'apogee',
			t: tBurnout + (Math.PI - meanAnom(nuB)) / n,
			altitudeKm: apogeeKm,
			speedKms: 0
		});
	}
	const inertialAngle = centralAngle(site, y) + dNu;
	if (inertialAngle >= 2 * Math.PI)
		return {
			...fail('The free flight circles the Earth: treated as orbital.', tBurnout),
			...base,
			ok: true,
			orbital: true,
			apogeeKm
		};
	return finish(at(dNu, EARTH_RADIUS_KM), tBurnout + tof, apogeeKm, inertialAngle);
}
