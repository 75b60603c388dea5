/**
 * Closed-form free flight over a spherical, non-rotating Earth without drag (Bate, Mueller & White,
 * *Fundamentals of Astrodynamics*, 1971, ch. 6). The arc is symmetric: it leaves the burnout radius
 * r = R + h_bo and comes back to the same radius; the ground range is R times the free-flight range angle Psi.
 *
 * Every function returns a typed Result: no throw, no NaN. Orbital speed is reported as `orbital`, never as
 * a range.
 */
import { DEG, EARTH_RADIUS_KM, MU_KM3_S2 } from './constants.ts';
import { checkPositive, fail, type Result } from './result.ts';
import type { ProfilePoint } from './types.ts';

export interface RangeApogeeInput {
	rangeKm: number;
	apogeeKm: number;
	/** Burnout (and re-entry) altitude, km. 0 (burnout at the surface) unless given. */
	burnoutAltitudeKm?: number;
}

export interface KeplerArc {
	rangeKm: number;
	apogeeKm: number;
	burnoutAltitudeKm: number;
	/** Free-flight range angle Psi, deg. */
	rangeAngleDeg: number;
	burnoutSpeedKms: number;
	/** Flight-path angle at burnout above the local horizontal, deg. */
	burnoutAngleDeg: number;
	freeFlightTimeS: number;
	eccentricity: number;
	semiMajorAxisKm: number;
}

const MAX_RANGE_KM = Math.PI * EARTH_RADIUS_KM;

/**
 * From ground range and apogee (and burnout altitude) to the burnout state of the Kepler arc:
 * e = (r_a - r)/(r_a - r cos(Psi/2)), a = r_a/(1 + e), v^2 = mu (2/r - 1/a),
 * tan(gamma) = e sin(Psi/2)/(1 - e cos(Psi/2)), t_ff = 2 sqrt(a^3/mu)(pi - E + e sin E).
 */
export function keplerFromRangeApogee(input: RangeApogeeInput): Result<KeplerArc> {
	const { rangeKm, apogeeKm } = input;
	const burnoutAltitudeKm = input.burnoutAltitudeKm ?? 0;
	const bad =
		checkPositive('Range', rangeKm, 'km') ??
		checkPositive('Apogee', apogeeKm, 'km') ??
		checkPositive('Burnout altitude', burnoutAltitudeKm, 'km', true);
	if (bad) return bad;
	if (rangeKm >= MAX_RANGE_KM)
		return fail(
			'range-too-long',
			`Range ${rangeKm} km is at or beyond half the Earth's circumference (${MAX_RANGE_KM.toFixed(0)} km); give the short-way ground range.`
		);
	if (apogeeKm <= burnoutAltitudeKm)
		return fail(
			'apogee-too-low',
			`Apogee ${apogeeKm} km is not above the burnout altitude ${burnoutAltitudeKm} km: a free-flight arc must rise above its burnout point, so the minimum apogee for a ${rangeKm} km range is just above ${burnoutAltitudeKm} km (a grazing arc near orbital speed). Check the figures or lower --burnout-altitude-km.`
		);
	const r = EARTH_RADIUS_KM + burnoutAltitudeKm;
	const ra = EARTH_RADIUS_KM + apogeeKm;
	const halfPsi = rangeKm / EARTH_RADIUS_KM / 2;
	const c = Math.cos(halfPsi);
	const s = Math.sin(halfPsi);
	const e = (ra - r) / (ra - r * c);
	const a = ra / (1 + e);
	const v2 = MU_KM3_S2 * (2 / r - 1 / a);
	if (!(e >= 0 && e < 1 && v2 > 0))
		return fail(
			'apogee-too-low',
			`No elliptic arc joins range ${rangeKm} km and apogee ${apogeeKm} km.`
		);
	const gamma = Math.atan2(e * s, 1 - e * c);
	const cosE = Math.min(1, Math.max(-1, (e - c) / (1 - e * c)));
	const E = Math.acos(cosE);
	const t = 2 * Math.sqrt((a * a * a) / MU_KM3_S2) * (Math.PI - E + e * Math.sin(E));
	return {
		ok: true,
		rangeKm,
		apogeeKm,
		burnoutAltitudeKm,
		rangeAngleDeg: (2 * halfPsi) / DEG,
		burnoutSpeedKms: Math.sqrt(v2),
		burnoutAngleDeg: gamma / DEG,
		freeFlightTimeS: t,
		eccentricity: e,
		semiMajorAxisKm: a
	};
}

export interface BurnoutInput {
	burnoutSpeedKms: number;
	/** Flight-path angle above the local horizontal, deg (0 < angle < 90). */
	burnoutAngleDeg: number;
	burnoutAltitudeKm?: number;
}

export interface ForwardArc {
	orbital: boolean;
	/** Null when orbital. */
	rangeKm: number | null;
	rangeAngleDeg: number | null;
	apogeeKm: number | null;
	freeFlightTimeS: number | null;
	/** Q = v^2 r / mu. */
	q: number;
}

/**
 * Forward problem: from a burnout state to range, apogee and free-flight time.
 * cos(Psi/2) = (1 - Q cos^2 gamma)/sqrt(1 + Q(Q - 2) cos^2 gamma) (BMW eq. 6.2-16).
 */
export function keplerFromBurnout(input: BurnoutInput): Result<ForwardArc> {
	const h = input.burnoutAltitudeKm ?? 0;
	const bad =
		checkPositive('Burnout speed', input.burnoutSpeedKms, 'km/s') ??
		checkPositive('Burnout altitude', h, 'km', true) ??
		checkPositive('Burnout angle', input.burnoutAngleDeg, 'deg');
	if (bad) return bad;
	if (input.burnoutAngleDeg >= 90)
		return fail(
			'out-of-range',
			`Burnout angle must be below 90 deg; got ${input.burnoutAngleDeg}.`
		);
	const r = EARTH_RADIUS_KM + h;
	const v = input.burnoutSpeedKms;
	const q = (v * v * r) / MU_KM3_S2;
	if (q >= 2)
		return {
			ok: true,
			orbital: true,
			rangeKm: null,
			rangeAngleDeg: null,
			apogeeKm: null,
			freeFlightTimeS: null,
			q
		};
	const g = input.burnoutAngleDeg * DEG;
	const cg = Math.cos(g);
	const e = Math.sqrt(1 + q * (q - 2) * cg * cg);
	const a = r / (2 - q);
	const ra = a * (1 + e);
	const cosHalf = (1 - q * cg * cg) / e;
	// An ellipse is symmetric about its major axis: an arc leaving radius r climbing comes back to r.
	const halfPsi = Math.acos(Math.min(1, Math.max(-1, cosHalf)));
	const cosE = Math.min(1, Math.max(-1, (e - Math.cos(halfPsi)) / (1 - e * Math.cos(halfPsi))));
	const E = Math.acos(cosE);
	const t = 2 * Math.sqrt((a * a * a) / MU_KM3_S2) * (Math.PI - E + e * Math.sin(E));
	return {
		ok: true,
		orbital: false,
		rangeKm: 2 * halfPsi * EARTH_RADIUS_KM,
		rangeAngleDeg: (2 * halfPsi) / DEG,
		apogeeKm: ra - EARTH_RADIUS_KM,
		freeFlightTimeS: t,
		q
	};
}

export interface MinimumEnergyInput {
	burnoutSpeedKms: number;
	burnoutAltitudeKm?: number;
}

export interface MinimumEnergyArc {
	/** True at or above orbital speed (Q >= 1): no finite range exists. */
	orbital: boolean;
	/** Null when orbital. */
	rangeKm: number | null;
	rangeAngleDeg: number | null;
	/** Optimal flight-path angle gamma = 45 deg - Psi_max/4; null when orbital. */
	burnoutAngleDeg: number | null;
	freeFlightTimeS: number | null;
	apogeeKm: number | null;
	q: number;
}

/**
 * Maximum range at a given burnout speed: sin(Psi_max/2) = Q/(2 - Q), gamma_opt = 45 deg - Psi_max/4.
 * Q >= 1 means orbital speed: reported as orbital, never a number.
 */
export function minimumEnergyRange(input: MinimumEnergyInput): Result<MinimumEnergyArc> {
	const h = input.burnoutAltitudeKm ?? 0;
	const bad =
		checkPositive('Burnout speed', input.burnoutSpeedKms, 'km/s') ??
		checkPositive('Burnout altitude', h, 'km', true);
	if (bad) return bad;
	const r = EARTH_RADIUS_KM + h;
	const v = input.burnoutSpeedKms;
	const q = (v * v * r) / MU_KM3_S2;
	if (q >= 1)
		return {
			ok: true,
			orbital: true,
			rangeKm: null,
			rangeAngleDeg: null,
			burnoutAngleDeg: null,
			freeFlightTimeS: null,
			apogeeKm: null,
			q
		};
	const halfPsi = Math.asin(q / (2 - q));
	const gammaDeg = 45 - (2 * halfPsi) / DEG / 4;
	const fwd = keplerFromBurnout({
		burnoutSpeedKms: v,
		burnoutAngleDeg: gammaDeg,
		burnoutAltitudeKm: h
	});
	return {
		ok: true,
		orbital: false,
		rangeKm: 2 * halfPsi * EARTH_RADIUS_KM,
		rangeAngleDeg: (2 * halfPsi) / DEG,
		burnoutAngleDeg: gammaDeg,
		freeFlightTimeS: fwd.ok ? fwd.freeFlightTimeS : null,
		apogeeKm: fwd.ok ? fwd.apogeeKm : null,
		q
	};
}

/**
 * Points along a Kepler arc from burnout (t = 0, downrange 0) to re-entry at the burnout radius, evenly spaced
 * in eccentric anomaly (dense near apogee where the arc is slow). Time from Kepler's equation, speed from vis-viva.
 */
export function keplerArcPoints(arc: KeplerArc, count = 121): ProfilePoint[] {
	const { eccentricity: e, semiMajorAxisKm: a } = arc;
	const halfPsi = arc.rangeAngleDeg * DEG * 0.5;
	const n = Math.sqrt(MU_KM3_S2 / (a * a * a));
	const c = Math.cos(halfPsi);
	const E0 = Math.acos(Math.min(1, Math.max(-1, (e - c) / (1 - e * c))));
	const M0 = E0 - e * Math.sin(E0);
	const nu0 = Math.PI - halfPsi;
	const E1 = 2 * Math.PI - E0;
	const points: ProfilePoint[] = [];
	const k = Math.max(2, Math.floor(count));
	for (let i = 0; i < k; i++) {
		const E = E0 + ((E1 - E0) * i) / (k - 1);
		const r = a * (1 - e * Math.cos(E));
		const nu =
			2 * Math.atan2(Math.sqrt(1 + e) * Math.sin(E / 2), Math.sqrt(1 - e) * Math.cos(E / 2));
		const nuUnwrapped = nu < nu0 - 1e-12 ? nu + 2 * Math.PI : nu;
		const t = (E - e * Math.sin(E) - M0) / n;
		const speed = Math.sqrt(Math.max(0, MU_KM3_S2 * (2 / r - 1 / a)));
		points.push({
			t,
			altitudeKm: i === 0 || i === k - 1 ? arc.burnoutAltitudeKm : r - EARTH_RADIUS_KM,
			downrangeKm:
				i === 0
					? 0
					: i === k - 1
						? arc.rangeKm
						: Math.max(0, (nuUnwrapped - nu0) * EARTH_RADIUS_KM),
			speedKms: speed
		});
	}
	return points;
}
