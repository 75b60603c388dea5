/**
 * Time to a target: the powered flight plus a drag-free free flight on a non-rotating Earth (the Earth's
 * rotation changes these times by well under a minute at these ranges).
 *
 * - Minimum-energy: from each Monte Carlo sample's standard burnout (time, altitude, downrange), the
 *   minimum-energy conic to the target (Lambert's problem at minimum energy, Bate, Mueller & White 1971,
 *   sec. 5.2: a_m = s/2, t_m = sqrt(a_m^3/mu) (pi - beta + sin beta), sin(beta/2) = sqrt((s - c)/s)),
 *   over the samples that reach the target; P5/P50/P95.
 * - Depressed: the shortest flight the calibrated rocket can fly to the target: its standard burnout speed
 *   and altitude, aimed along the lowest arc that reaches the target (apogee at least 100 km, burnout angle
 *   at least 0 deg; a lower speed when even that arc overshoots). An estimate from the burnout state, not a
 *   flown steering programme.
 */
import { conicFrom } from './conic.ts';
import { DEG, EARTH_RADIUS_KM, MU_KM3_S2 } from './constants.ts';
import type { FlightResult } from './flight.ts';
import type { McSample, Percentiles } from './montecarlo.ts';
import { weightedQuantile } from './stats.ts';

/** Minimum-energy free-flight time between radii r1 and r2 (km) an angle theta (rad, below pi) apart, s. */
export function minimumEnergyFreeFlightS(r1: number, r2: number, theta: number): number {
	const c = Math.sqrt(r1 * r1 + r2 * r2 - 2 * r1 * r2 * Math.cos(theta));
	const s = (r1 + r2 + c) / 2;
	const a = s / 2;
	const beta = 2 * Math.asin(Math.sqrt(Math.max(0, (s - c) / s)));
	return Math.sqrt((a * a * a) / MU_KM3_S2) * (Math.PI - beta + Math.sin(beta));
}

/** Burnout time, altitude and downrange of a standard flight. */
export interface Burnout {
	burnoutTimeS: number;
	burnoutAltitudeKm: number;
	burnoutDownrangeKm: number;
}

/** Lift-off to impact on the minimum-energy arc from this burnout to a point `distanceKm` away, s. */
export function minimumEnergyTimeS(b: Burnout, distanceKm: number): number {
	const theta = Math.max(0.002, (distanceKm - b.burnoutDownrangeKm) / EARTH_RADIUS_KM);
	return (
		b.burnoutTimeS +
		minimumEnergyFreeFlightS(
			EARTH_RADIUS_KM + b.burnoutAltitudeKm,
			EARTH_RADIUS_KM,
			Math.min(theta, Math.PI - 1e-6)
		)
	);
}

/** Weighted P5/P50/P95 of the minimum-energy time over the samples that reach the target. */
export function minimumEnergyPercentiles(
	samples: McSample[],
	distanceKm: number,
	rotationFactor = 1
): Percentiles {
	const reach = samples.filter(
		(s) =>
			s.status === 'ok' && s.weight > 0 && s.standard && s.rangeKm * rotationFactor >= distanceKm
	);
	const t = reach.map((s) => minimumEnergyTimeS(s.standard!, distanceKm));
	const w = reach.map((s) => s.weight);
	const q = (p: number) => {
		const v = weightedQuantile(t, w, p);
		return Number.isFinite(v) ? Math.round(v) : null;
	};
	return { p05: q(0.05), p50: q(0.5), p95: q(0.95) };
}

interface Arc {
	groundKm: number;
	timeS: number;
	apogeeKm: number;
}

/** The free flight from altitude h with speed v at flight-path angle gamma (deg) down to the surface. */
function arcFrom(hKm: number, vKms: number, gammaDeg: number): Arc | null {
	const r = EARTH_RADIUS_KM + hKm;
	const g = gammaDeg * DEG;
	const c = conicFrom([r, 0, 0, vKms * Math.sin(g), vKms * Math.cos(g), 0]);
	if (c.orbital || !Number.isFinite(c.timeToImpactS)) return null;
	return { groundKm: c.sweepRad * EARTH_RADIUS_KM, timeS: c.timeToImpactS, apogeeKm: c.apogeeKm };
}

/** Bisection of a monotone condition on [lo, hi]: the point where `below(x)` turns false. */
function bisect(lo: number, hi: number, below: (x: number) => boolean): number {
	for (let i = 0; i < 50; i++) {
		const mid = (lo + hi) / 2;
		if (below(mid)) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/** Burnout angle of the longest arc at this speed and altitude, deg (golden-section search). */
function maxRangeAngleDeg(hKm: number, vKms: number): number {
	let [a, b] = [0, 60];
	const len = (x: number) => arcFrom(hKm, vKms, x)?.groundKm ?? Infinity;
	const k = (Math.sqrt(5) - 1) / 2;
	for (let i = 0; i < 40; i++) {
		const c = b - k * (b - a);
		const d = a + k * (b - a);
		if (len(c) > len(d)) b = d;
		else a = c;
	}
	return (a + b) / 2;
}

/**
 * Lowest apogee of a depressed arc, km: below the Karman line a drag-free conic no longer describes a
 * re-entry vehicle's flight.
 */
export const MIN_DEPRESSED_APOGEE_KM = 100;

/** The arc at speed v that rises to exactly `apogeeKm` from burnout altitude h (burnout angle >= 0). */
function arcToApogee(hKm: number, vKms: number, apogeeKm: number): Arc | null {
	if (apogeeKm <= hKm) return arcFrom(hKm, vKms, 0);
	const top = maxRangeAngleDeg(hKm, vKms) + 30;
	const gamma = bisect(
		0,
		Math.min(89, top),
		(x) => (arcFrom(hKm, vKms, x)?.apogeeKm ?? Infinity) < apogeeKm
	);
	return arcFrom(hKm, vKms, gamma);
}

/**
 * The depressed (fastest) flight to a target `distanceKm` away from the nominal standard flight's burnout
 * state: the lowest arc that reaches it, its apogee at least MIN_DEPRESSED_APOGEE_KM and its burnout angle at
 * least 0 deg, at full speed, or below it (an earlier cut-off) when even that arc overshoots. Null when the
 * rocket cannot reach the target.
 */
export function depressedTime(
	standard: FlightResult,
	distanceKm: number
): { seconds: number; apogeeKm: number } | null {
	const h = standard.burnoutAltitudeKm;
	const v = standard.burnoutSpeedKms;
	const need = distanceKm - standard.burnoutDownrangeKm;
	if (!standard.ok || need <= 0) return null;
	const floor = Math.max(h, MIN_DEPRESSED_APOGEE_KM);
	const lowest = arcToApogee(h, v, floor);
	let arc: Arc | null;
	if (!lowest || lowest.groundKm >= need) {
		// The lowest allowed arc at full speed overshoots: cut off earlier, on the lowest arc.
		const speed = bisect(0.05, v, (s) => (arcToApogee(h, s, floor)?.groundKm ?? Infinity) < need);
		arc = arcToApogee(h, speed, floor);
	} else {
		const top = maxRangeAngleDeg(h, v);
		const longest = arcFrom(h, v, top);
		if (longest && longest.groundKm < need) return null;
		const gamma = bisect(0, top, (x) => (arcFrom(h, v, x)?.groundKm ?? Infinity) < need);
		arc = arcFrom(h, v, gamma);
	}
	return arc
		? { seconds: Math.round(standard.burnoutTimeS + arc.timeS), apogeeKm: Math.round(arc.apogeeKm) }
		: null;
}
