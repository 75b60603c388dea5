/**
 * Today's engine for the checker, built from `estimateTest()`: the powered estimate's band (one-at-a-time
 * assumption variants combined in quadrature) stands in for the P5-P95 of the engine's Monte Carlo, and
 * times to a target are Kepler arcs from the surface plus the calibrated burn time, at the burnout speed
 * whose minimum-energy range is the engine's central estimate (the Kepler floor's speed when it has none). The Monte Carlo in `scene/engine.ts` replaces this file: only `estimateEngineView` changes, the
 * checker reads the `EngineView` shape.
 */
import { getPlace, getTest, places } from '../data/dataset.ts';
import { distanceKm } from '../geo/geodesic.ts';
import { EARTH_RADIUS_KM, MU_KM3_S2, estimateTest, keplerFromBurnout } from '../physics/index.ts';
import type { EstimateResult } from '../physics/index.ts';
import type { EngineLookup, EngineView, TargetTime } from './types.ts';

const DEG = Math.PI / 180;

export const BAND_BASIS =
	'the engine’s band of assumption variants, standing in for the P5–P95 of its Monte Carlo';
export const ORBITAL_BASIS =
	'the engine’s calibrated vehicle reaches orbital speed, so it has no finite standard range; the floor is the Kepler range at the test’s burnout speed';
export const FLOOR_BASIS =
	'the Kepler floor at the test’s burnout speed (no powered estimate for this test)';
export const TIME_BASIS =
	'Kepler arcs at the burnout speed of the engine’s central estimate, plus the calibrated burn time';

/** Free-flight time of the minimum-energy arc over a ground range, and the burnout speed it needs. */
export function minimumEnergyArc(rangeKm: number): { speedKms: number; timeS: number } | null {
	const halfPsi = rangeKm / EARTH_RADIUS_KM / 2;
	if (!(halfPsi > 0 && halfPsi < Math.PI / 2)) return null;
	const q = (2 * Math.sin(halfPsi)) / (1 + Math.sin(halfPsi));
	const speedKms = Math.sqrt((q * MU_KM3_S2) / EARTH_RADIUS_KM);
	const arc = keplerFromBurnout({
		burnoutSpeedKms: speedKms,
		burnoutAngleDeg: 45 - (halfPsi * 2) / DEG / 4
	});
	return arc.ok && arc.freeFlightTimeS !== null ? { speedKms, timeS: arc.freeFlightTimeS } : null;
}

/**
 * Free-flight time of the lowest arc reaching `rangeKm` at `speedKms` (the depressed trajectory): the
 * angle is found by bisection on the branch where range grows as the angle falls toward the horizon.
 */
export function depressedArcTime(speedKms: number, rangeKm: number): number | null {
	const q = (speedKms * speedKms * EARTH_RADIUS_KM) / MU_KM3_S2;
	const range = (deg: number) => {
		const a = keplerFromBurnout({ burnoutSpeedKms: speedKms, burnoutAngleDeg: deg });
		return a.ok && !a.orbital ? { r: a.rangeKm!, t: a.freeFlightTimeS! } : null;
	};
	// Below orbital speed range peaks at the minimum-energy angle; at or above it range falls with angle.
	const top = q < 1 ? 45 - Math.asin(q / (2 - q)) / DEG / 2 : 89.9;
	const rising = q < 1;
	let lo = 0.05;
	let hi = top;
	const atTop = range(top);
	if (!atTop || (rising && atTop.r < rangeKm)) return null;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		const r = range(mid);
		const tooFar = !r || r.r > rangeKm;
		if (rising === tooFar) hi = mid;
		else lo = mid;
	}
	const r = range((lo + hi) / 2);
	return r && Math.abs(r.r - rangeKm) < 1 ? r.t : null;
}

function times(est: EstimateResult, siteId: string): Record<string, TargetTime> {
	const site = getPlace(siteId);
	const out: Record<string, TargetTime> = {};
	if (!site) return out;
	// The speed whose minimum-energy range is the engine's central standard range, so that reach and
	// flight times tell one story; the Kepler floor's speed when the engine has no finite range.
	const central = est.powered?.standardRangeKm ?? null;
	const speed =
		(central !== null ? minimumEnergyArc(central)?.speedKms : null) ?? est.kepler.burnoutSpeedKms;
	const burnS = est.powered?.calibration.burnTimesS.reduce((a, b) => a + b, 0) ?? 0;
	for (const p of places) {
		const d = distanceKm(site, p);
		const me = minimumEnergyArc(d);
		const reachable = me !== null && me.speedKms <= speed;
		const dep = reachable ? depressedArcTime(speed, d) : null;
		out[p.id] = {
			distanceKm: d,
			minimumEnergyS: reachable ? me.timeS + burnS : null,
			depressedS: dep === null ? null : dep + burnS
		};
	}
	return out;
}

/** The engine view of one dataset test, from `estimateTest()`; null when the engine has no estimate. */
export function estimateEngineView(testId: string): EngineView | null {
	const test = getTest(testId);
	const est = test ? estimateTest(testId) : null;
	if (!test || !est || !est.ok) return null;
	const p = est.powered;
	const floor = est.kepler.orbital ? null : est.kepler.standardRangeKm;
	const base = { testId, timesToTarget: times(est, test.siteId), timeBasis: TIME_BASIS };
	if (p && !p.orbital && p.standardRangeKm !== null && p.bandKm)
		return {
			...base,
			rangeKm: { p05: p.bandKm[0], p50: p.standardRangeKm, p95: p.bandKm[1] },
			orbital: false,
			basis: BAND_BASIS
		};
	const orbital = est.kepler.orbital || !!p?.orbital;
	return {
		...base,
		rangeKm: { p05: floor, p50: null, p95: null },
		orbital,
		basis: orbital ? ORBITAL_BASIS : FLOOR_BASIS
	};
}

/** `estimateEngineView`, computed once per test. */
export function estimateEngine(): EngineLookup {
	const cache = new Map<string, EngineView | null>();
	return (id) => {
		if (!cache.has(id)) cache.set(id, estimateEngineView(id));
		return cache.get(id)!;
	};
}
