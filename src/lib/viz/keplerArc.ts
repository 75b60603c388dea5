/**
 * Kepler arcs sampled for drawing: the free flight of a ballistic missile over a spherical, non-rotating,
 * airless Earth, with burnout taken at the surface (the floor model; see ../shared/reference/physics.md and
 * Bate, Mueller & White, "Fundamentals of Astrodynamics", ch. 6). Used to draw a test from its reported apogee
 * and range while the engine's powered-flight profile is not available, and labelled as such on the chart.
 */
import { EARTH_RADIUS_KM, MU_KM3_S2 } from '../physics/constants.ts';
import type { ProfilePoint } from './series.ts';

export interface KeplerArcOk {
	ok: true;
	points: ProfilePoint[];
	burnoutSpeedKms: number;
	/** Flight-path angle above the local horizontal at burnout, degrees. */
	burnoutGammaDeg: number;
	apogeeKm: number;
	rangeKm: number;
	flightTimeS: number;
}
export interface KeplerArcError {
	ok: false;
	message: string;
}
export type KeplerArc = KeplerArcOk | KeplerArcError;

/** Solve Kepler's equation M = E - e sin E for E (Newton's method; e < 1). */
function eccentricAnomaly(meanAnomaly: number, e: number): number {
	let E = e > 0.8 ? Math.PI : meanAnomaly;
	for (let i = 0; i < 50; i++) {
		const f = E - e * Math.sin(E) - meanAnomaly;
		const step = f / (1 - e * Math.cos(E));
		E -= step;
		if (Math.abs(step) < 1e-13) break;
	}
	return E;
}

/**
 * Sample the free flight from burnout at the surface with speed `speedKms` and flight-path angle `gammaDeg`
 * until it meets the surface again, at `samples` equal steps in time.
 */
export function keplerArcFromBurnout(speedKms: number, gammaDeg: number, samples = 121): KeplerArc {
	const r = EARTH_RADIUS_KM;
	const mu = MU_KM3_S2;
	if (!(speedKms > 0) || !Number.isFinite(speedKms))
		return {
			ok: false,
			message: `Burnout speed must be a positive number of km/s; got ${speedKms}.`
		};
	if (!(gammaDeg > 0 && gammaDeg <= 90))
		return {
			ok: false,
			message: `Flight-path angle must be in (0, 90] degrees; got ${gammaDeg}.`
		};
	const invA = 2 / r - (speedKms * speedKms) / mu;
	if (invA <= 0)
		return {
			ok: false,
			message: `At ${speedKms} km/s the missile escapes (orbital or faster): no ballistic arc to draw.`
		};
	const a = 1 / invA;
	const gamma = (gammaDeg * Math.PI) / 180;
	const hMom = r * speedKms * Math.cos(gamma);
	const p = (hMom * hMom) / mu;
	const e = Math.sqrt(Math.max(0, 1 - p / a));
	// True anomaly at burnout (ascending, so in (0, pi]); a vertical shot (e = 1 limit) goes straight up.
	const cosNu = e > 1e-12 ? Math.max(-1, Math.min(1, (p / r - 1) / e)) : -1;
	const nuBo = Math.acos(cosNu);
	const rangeAngle = 2 * (Math.PI - nuBo);
	const n = Math.sqrt(mu / (a * a * a));
	const eOfNu = (nu: number) =>
		2 * Math.atan2(Math.sqrt(1 - e) * Math.sin(nu / 2), Math.sqrt(1 + e) * Math.cos(nu / 2));
	let eBo = eOfNu(nuBo);
	if (eBo < 0) eBo += 2 * Math.PI;
	const mBo = eBo - e * Math.sin(eBo);
	// By symmetry the flight ends at E = 2 pi - E_bo.
	const mEnd = 2 * Math.PI - mBo;
	const flightTimeS = (mEnd - mBo) / n;
	const points: ProfilePoint[] = [];
	for (let i = 0; i < samples; i++) {
		const t = (flightTimeS * i) / (samples - 1);
		const E = eccentricAnomaly(mBo + n * t, e);
		const nu =
			2 * Math.atan2(Math.sqrt(1 + e) * Math.sin(E / 2), Math.sqrt(1 - e) * Math.cos(E / 2));
		const nuPos = nu < 0 ? nu + 2 * Math.PI : nu;
		const rNow = a * (1 - e * Math.cos(E));
		const isEnd = i === samples - 1;
		points.push({
			t,
			altitudeKm: isEnd || i === 0 ? 0 : Math.max(0, rNow - r),
			downrangeKm: isEnd ? rangeAngle * r : i === 0 ? 0 : (nuPos - nuBo) * r,
			speedKms: Math.sqrt(mu * (2 / rNow - 1 / a))
		});
	}
	return {
		ok: true,
		points,
		burnoutSpeedKms: speedKms,
		burnoutGammaDeg: gammaDeg,
		apogeeKm: a * (1 + e) - r,
		rangeKm: rangeAngle * r,
		flightTimeS
	};
}

/**
 * The Kepler arc through a reported apogee and range (burnout at the surface): the closed form
 * e = (r_a - r) / (r_a - r cos(Psi/2)), a = r_a / (1 + e), v^2 = mu (2/r - 1/a),
 * tan(gamma) = e sin(Psi/2) / (1 - e cos(Psi/2)).
 */
export function keplerArcFromRangeApogee(
	rangeKm: number,
	apogeeKm: number,
	samples = 121
): KeplerArc {
	const r = EARTH_RADIUS_KM;
	if (!(rangeKm > 0) || !Number.isFinite(rangeKm))
		return { ok: false, message: `Range must be a positive number of km; got ${rangeKm}.` };
	if (!(apogeeKm > 0) || !Number.isFinite(apogeeKm))
		return { ok: false, message: `Apogee must be a positive number of km; got ${apogeeKm}.` };
	const halfPsi = rangeKm / r / 2;
	if (halfPsi >= Math.PI / 2)
		return {
			ok: false,
			message: `Range ${rangeKm} km is half the globe or more; a ballistic arc from the surface cannot fly it.`
		};
	const ra = r + apogeeKm;
	// The apogee must lie above the chord's end points' horizon: r_a > r / cos(Psi/2).
	if (ra * Math.cos(halfPsi) <= r)
		return {
			ok: false,
			message: `Apogee ${apogeeKm} km is too low for a ${rangeKm} km range; raise the apogee or check the figures.`
		};
	const e = (ra - r) / (ra - r * Math.cos(halfPsi));
	const a = ra / (1 + e);
	const speedKms = Math.sqrt(MU_KM3_S2 * (2 / r - 1 / a));
	const gammaDeg = (Math.atan2(e * Math.sin(halfPsi), 1 - e * Math.cos(halfPsi)) * 180) / Math.PI;
	return keplerArcFromBurnout(speedKms, gammaDeg, samples);
}

/**
 * The minimum-energy (maximum-range) Kepler arc at burnout speed `speedKms` from the surface:
 * Q = v^2 r / mu, sin(Psi_max / 2) = Q / (2 - Q), gamma = 45 deg - Psi_max / 4.
 */
export function minimumEnergyArc(speedKms: number, samples = 121): KeplerArc {
	const Q = (speedKms * speedKms * EARTH_RADIUS_KM) / MU_KM3_S2;
	if (!(Q > 0) || Q >= 1)
		return {
			ok: false,
			message: `At ${speedKms} km/s (Q = ${Q.toFixed(3)}) the missile would orbit: no maximum range to draw.`
		};
	const psiMax = 2 * Math.asin(Q / (2 - Q));
	const gammaDeg = 45 - (psiMax * 180) / Math.PI / 4;
	return keplerArcFromBurnout(speedKms, gammaDeg, samples);
}
