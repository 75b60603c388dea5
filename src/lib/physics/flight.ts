/**
 * 3-DOF point-mass flight of a staged rocket over a spherical Earth, integrated in an Earth-centred inertial
 * frame with Dormand-Prince 5(4) (integrate.ts), segment by segment (steering.ts), through the dynamics of
 * dynamics.ts.
 *
 * "Rotating Earth" means the launch site moves with the Earth (initial velocity omega x r, air co-rotating,
 * impact point mapped back to Earth-fixed coordinates at impact time); "non-rotating" sets omega = 0, the
 * convention of published standard-range estimates.
 *
 * Free flight after the last burnout is either the closed-form conic (default, drag-free: fast and exact in
 * vacuum; conic.ts) or integrated with the same equations (for J2, re-entry drag or dense profiles).
 */
import { EARTH_RADIUS_KM, EARTH_ROTATION_RAD_S } from './constants.ts';
import { conicFrom, conicPoints } from './conic.ts';
import { createDynamics, flightPathAngle, type Dynamics } from './dynamics.ts';
import {
	azimuthBetween,
	centralAngle,
	launchFrame,
	norm3,
	toEarthFixed,
	type LaunchFrame,
	type Vec3
} from './frame.ts';
import { dopri5, type EventSpec } from './integrate.ts';
import { stageTimeline, type FlownVehicle, type StageTimeline } from './stages.ts';
import { schedule, type Schedule, type Steering } from './steering.ts';
import type { ProfilePoint } from './types.ts';
import { DEG } from './constants.ts';

export { azimuthBetween } from './frame.ts';
export { stageTimeline } from './stages.ts';
export type { FlownStage, FlownVehicle } from './stages.ts';
export type { Steering } from './steering.ts';

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
	/** Flat Earth, uniform gravity g0 (closed-form checks only; powered flight only). */
	uniformGravity?: boolean;
	/** Called with the state at the end of every accepted integration step of the powered flight. */
	onState?: (t: number, y: Float64Array) => void;
}

export interface FlightEvent {
	name: 'staging' | 'ignition' | 'burnout' | 'apogee' | 'impact';
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
	/** Largest dynamic pressure of the powered flight, kPa. */
	maxQKPa: number;
	/** Largest dynamic pressure times angle of attack of the powered flight, kPa deg. */
	maxQAlphaKPaDeg: number;
	events: FlightEvent[];
	points?: ProfilePoint[];
	steps: number;
	message?: string;
}

/** The state at the last burnout and what the powered flight went through. */
export interface PoweredFlight {
	ok: boolean;
	message?: string;
	t: number;
	y: Float64Array;
	frame: LaunchFrame;
	omega: number;
	timeline: StageTimeline;
	sched: Schedule;
	dynamics: Dynamics;
	events: FlightEvent[];
	points?: ProfilePoint[];
	steps: number;
	maxQKPa: number;
	maxQAlphaKPaDeg: number;
}

const ABS_TOL = new Float64Array([1e-6, 1e-6, 1e-6, 1e-9, 1e-9, 1e-9]);

/** Flies the powered phase (lift-off to the last burnout). Never throws. */
export function flyPowered(
	vehicle: FlownVehicle,
	steering: Steering,
	options: FlightOptions = {}
): PoweredFlight {
	const omega = options.rotating ? EARTH_ROTATION_RAD_S : 0;
	const frame = launchFrame(options.latDeg ?? 0, options.lonDeg ?? 0, options.azimuthDeg ?? 90);
	const timeline = stageTimeline(vehicle);
	const sched = schedule(timeline.stages, steering);
	const dynamics = createDynamics(vehicle, timeline.stages, sched, steering, frame, {
		omega,
		j2: options.j2 ?? false,
		drag: options.drag ?? true,
		uniformGravity: options.uniformGravity ?? false
	});
	const sampler = createSampler(frame, omega, options.sampleDtS);
	const out: PoweredFlight = {
		ok: true,
		t: 0,
		y: initialState(frame, omega),
		frame,
		omega,
		timeline,
		sched,
		dynamics,
		events: [],
		points: sampler.points,
		steps: 0,
		maxQKPa: 0,
		maxQAlphaKPaDeg: 0
	};
	const ground = groundEvent(options.uniformGravity ? frame.site : null, 1e-3);
	const tmp = new Float64Array(6);
	let h = 0;
	for (const seg of sched.segments) {
		dynamics.enter(seg, out.y);
		const res = dopri5(dynamics.deriv, seg.t0, out.y, seg.t1, {
			relTol: options.relTol ?? 1e-8,
			absTol: ABS_TOL,
			events: [ground],
			initialStep: h > 0 ? Math.min(h, seg.t1 - seg.t0) : undefined,
			maxSteps: 20000,
			onStep: (t0, t1, interp) => {
				sampler.onStep(t0, t1, interp);
				interp(t1, tmp);
				const l = dynamics.loads(t1, tmp);
				if (l.qKPa > out.maxQKPa) out.maxQKPa = l.qKPa;
				if (l.qAlphaKPaDeg > out.maxQAlphaKPaDeg) out.maxQAlphaKPaDeg = l.qAlphaKPaDeg;
				options.onState?.(t1, tmp);
			}
		});
		out.steps += res.steps;
		out.y = res.y;
		out.t = res.t;
		h = res.nextStep;
		if (res.status === 'event')
			return {
				...out,
				ok: false,
				message: 'The vehicle fell back to the ground during powered flight.'
			};
		if (res.status !== 'done')
			return { ...out, ok: false, message: `Integrator stopped: ${res.status}.` };
		recordSegmentEnd(out, seg.stage, seg.t1, sched);
	}
	dynamics.enter(null, out.y);
	return out;
}

function initialState(frame: LaunchFrame, omega: number): Float64Array {
	const y = new Float64Array(6);
	for (let i = 0; i < 3; i++) y[i] = EARTH_RADIUS_KM * frame.site[i];
	y[3] = -omega * y[1];
	y[4] = omega * y[0];
	return y;
}

/** Surface crossing (downward): radius below R, or on the flat Earth height below zero. */
function groundEvent(flatUp: Vec3 | null, marginKm: number): EventSpec {
	return {
		name: 'impact',
		g: flatUp
			? (_t, y) =>
					y[0] * flatUp[0] + y[1] * flatUp[1] + y[2] * flatUp[2] - EARTH_RADIUS_KM + marginKm
			: (_t, y) => norm3(y[0], y[1], y[2]) - EARTH_RADIUS_KM + marginKm,
		direction: -1,
		terminal: true
	};
}

/** Staging, ignition and burnout events at the end of a segment that ends a burn or a coast. */
function recordSegmentEnd(out: PoweredFlight, stage: number, t: number, sched: Schedule) {
	const alt = norm3(out.y[0], out.y[1], out.y[2]) - EARTH_RADIUS_KM;
	const speed = norm3(out.y[3], out.y[4], out.y[5]);
	const last = out.timeline.stages.length - 1;
	if (stage === -1) out.events.push({ name: 'ignition', t, altitudeKm: alt, speedKms: speed });
	else if (Math.abs(t - (sched.ignitionS[stage] + out.timeline.stages[stage].burnS)) < 1e-9)
		out.events.push({
			name: stage === last ? 'burnout' : 'staging',
			t,
			altitudeKm: alt,
			speedKms: speed
		});
}

/** Collects profile points every dt seconds from the integrator's dense output (none when dt is 0). */
function createSampler(frame: LaunchFrame, omega: number, dt = 0) {
	const points: ProfilePoint[] | undefined = dt > 0 ? [] : undefined;
	let next = 0;
	const y = new Float64Array(6);
	const add = (t: number, s: ArrayLike<number>) => points?.push(profilePoint(frame, omega, t, s));
	return {
		points,
		add,
		onStep(t0: number, t1: number, interp: (t: number, out: Float64Array) => void) {
			if (!points) return;
			for (; next <= t1; next += dt)
				if (next >= t0) {
					interp(next, y);
					add(next, y);
				}
		}
	};
}

function profilePoint(
	frame: LaunchFrame,
	omega: number,
	t: number,
	y: ArrayLike<number>
): ProfilePoint {
	const r = norm3(y[0], y[1], y[2]);
	return {
		t,
		altitudeKm: Math.max(0, r - EARTH_RADIUS_KM),
		downrangeKm: Math.max(
			0,
			centralAngle(frame.site, toEarthFixed(y, t, omega)) * EARTH_RADIUS_KM - 1e-9
		),
		speedKms: norm3(y[3] + omega * y[1], y[4] - omega * y[0], y[5])
	};
}

/** Flies a vehicle with a steering programme from lift-off to impact. Never throws. */
export function fly(
	vehicle: FlownVehicle,
	steering: Steering,
	options: FlightOptions = {}
): FlightResult {
	const p = flyPowered(vehicle, steering, options);
	if (!p.ok) return failed(p, options, p.message ?? 'Powered flight failed.');
	if ((options.coast ?? 'kepler') === 'integrate') return integratedCoast(vehicle, p, options);
	return keplerCoast(p, options);
}

/** The burnout figures every result carries. */
function burnoutSummary(p: PoweredFlight) {
	const y = p.y;
	const rb = norm3(y[0], y[1], y[2]);
	const vb = norm3(y[3], y[4], y[5]);
	return {
		burnoutTimeS: p.t,
		burnoutAltitudeKm: rb - EARTH_RADIUS_KM,
		burnoutSpeedKms: vb,
		burnoutAngleDeg: flightPathAngle(y, 0) / DEG,
		burnoutDownrangeKm: centralAngle(p.frame.site, y) * EARTH_RADIUS_KM,
		idealDeltaVKms: p.timeline.idealDeltaVKms,
		burnTimesS: p.timeline.stages.map((s) => s.burnS),
		impliedPayloadKg: p.timeline.impliedPayloadKg,
		maxQKPa: p.maxQKPa,
		maxQAlphaKPaDeg: p.maxQAlphaKPaDeg,
		events: p.events,
		points: p.points,
		steps: p.steps
	};
}

function failed(p: PoweredFlight, options: FlightOptions, message: string): FlightResult {
	return {
		...burnoutSummary(p),
		ok: false,
		orbital: false,
		burnoutAltitudeKm: 0,
		burnoutSpeedKms: 0,
		burnoutAngleDeg: 0,
		burnoutDownrangeKm: 0,
		apogeeKm: 0,
		rangeKm: 0,
		flightTimeS: p.t,
		impactLatDeg: options.latDeg ?? 0,
		impactLonDeg: options.lonDeg ?? 0,
		impactAzimuthDeg: options.azimuthDeg ?? 90,
		message
	};
}

function orbitalResult(p: PoweredFlight, apogeeKm: number, message: string): FlightResult {
	return {
		...burnoutSummary(p),
		ok: true,
		orbital: true,
		apogeeKm,
		rangeKm: 0,
		flightTimeS: p.t,
		impactLatDeg: 0,
		impactLonDeg: 0,
		impactAzimuthDeg: 0,
		message
	};
}

/**
 * Impact figures: Earth-fixed impact point and ground range. Past half the circumference (an inertial
 * sweep beyond pi) the flight went the long way round, so the range is the long-way distance.
 */
function landed(
	p: PoweredFlight,
	options: FlightOptions,
	impact: Vec3,
	tImpact: number,
	apogeeKm: number,
	inertialAngle?: number
): FlightResult {
	const fixed = toEarthFixed(impact, tImpact, p.omega);
	const ir = norm3(fixed[0], fixed[1], fixed[2]);
	const impactLatDeg = Math.asin(fixed[2] / ir) / DEG;
	const impactLonDeg = Math.atan2(fixed[1], fixed[0]) / DEG;
	const shortAngle = centralAngle(p.frame.site, fixed);
	const angle =
		inertialAngle === undefined || inertialAngle <= Math.PI
			? shortAngle
			: p.omega === 0
				? inertialAngle
				: 2 * Math.PI - shortAngle;
	p.events.push({ name: 'impact', t: tImpact, altitudeKm: 0, speedKms: 0 });
	const lat = options.latDeg ?? 0,
		lon = options.lonDeg ?? 0;
	return {
		...burnoutSummary(p),
		ok: true,
		orbital: false,
		apogeeKm,
		rangeKm: angle * EARTH_RADIUS_KM,
		flightTimeS: tImpact,
		impactLatDeg,
		impactLonDeg,
		impactAzimuthDeg: azimuthBetween(lat, lon, impactLatDeg, impactLonDeg)
	};
}

function keplerCoast(p: PoweredFlight, options: FlightOptions): FlightResult {
	const c = conicFrom(p.y);
	if (c.orbital)
		return orbitalResult(
			p,
			c.apogeeKm,
			'Burnout state is orbital: the free-flight conic never meets the surface.'
		);
	const alt0 = norm3(p.y[0], p.y[1], p.y[2]) - EARTH_RADIUS_KM;
	if (c.apogeeKm > alt0)
		p.events.push({
			name: 'apogee',
			t: p.t + c.timeToApogeeS,
			altitudeKm: c.apogeeKm,
			speedKms: 0
		});
	if (p.points && c.sweepRad > 0) p.points.push(...conicPoints(c, p.t, p.frame.site, p.y, p.omega));
	const inertialAngle = centralAngle(p.frame.site, p.y) + c.sweepRad;
	if (inertialAngle >= 2 * Math.PI)
		return orbitalResult(p, c.apogeeKm, 'The free flight circles the Earth: treated as orbital.');
	return landed(p, options, c.impact, p.t + c.timeToImpactS, c.apogeeKm, inertialAngle);
}

function integratedCoast(
	vehicle: FlownVehicle,
	p: PoweredFlight,
	options: FlightOptions
): FlightResult {
	const ballistic = options.reentryDrag ? (vehicle.rvBallisticKgM2 ?? 0) : 0;
	p.dynamics.setCoastBallistic(ballistic);
	const sampler = createSampler(p.frame, p.omega, options.sampleDtS);
	const dt = options.sampleDtS ?? 0;
	let apogeeKm = norm3(p.y[0], p.y[1], p.y[2]) - EARTH_RADIUS_KM;
	const res = dopri5(p.dynamics.deriv, p.t, p.y, p.t + 6 * 3600, {
		relTol: options.relTol ?? 1e-8,
		absTol: ABS_TOL,
		events: [
			{
				name: 'apogee',
				g: (_t, y) => y[0] * y[3] + y[1] * y[4] + y[2] * y[5],
				direction: -1,
				terminal: false
			},
			groundEvent(null, 0)
		],
		onStep: dt > 0 ? skipBefore(sampler, p.t, dt) : undefined,
		maxSteps: 20000
	});
	p.steps += res.steps;
	for (const e of res.events)
		if (e.name === 'apogee') {
			apogeeKm = Math.max(apogeeKm, norm3(e.y[0], e.y[1], e.y[2]) - EARTH_RADIUS_KM);
			p.events.push({
				name: 'apogee',
				t: e.t,
				altitudeKm: apogeeKm,
				speedKms: norm3(e.y[3], e.y[4], e.y[5])
			});
		}
	if (p.points && sampler.points) p.points.push(...sampler.points);
	if (res.status !== 'event')
		return orbitalResult(p, apogeeKm, 'Free flight did not come down within 6 hours: orbital.');
	if (p.points) p.points.push(profilePoint(p.frame, p.omega, res.t, res.y));
	return landed(p, options, [res.y[0], res.y[1], res.y[2]], res.t, apogeeKm);
}

/** A coast sampler that continues the powered flight's sampling grid after burnout. */
function skipBefore(sampler: ReturnType<typeof createSampler>, tStart: number, dt: number) {
	let next = Math.ceil(tStart / dt + 1e-9) * dt;
	const y = new Float64Array(6);
	return (t0: number, t1: number, interp: (t: number, out: Float64Array) => void) => {
		for (; next <= t1; next += dt)
			if (next >= t0) {
				interp(next, y);
				sampler.add(next, y);
			}
	};
}
