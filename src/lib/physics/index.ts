/**
 * Lofted's trajectory engine. Pure TypeScript: runs in Node, the CLI, at prerender and in a Web Worker.
 *
 * Names other modules import (keep them): keplerFromRangeApogee, minimumEnergyRange, estimateTest,
 * profileForTest, reachContour, ProfilePoint. `estimateTest(id)` returns exactly what
 * `npm run -s cli -- infer --test <id> --json` prints.
 */
import { getMissile, getPlace, getTest, testIds } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import type { Test } from '../data/types.ts';
import { estimate, internalsOf, type EstimateResult } from './estimate.ts';
import { azimuthBetween, fly, type FlownVehicle, type PitchProgramme } from './flight.ts';
import { reachContour as reachContourLow, type ReachPoint } from './infer.ts';
import { keplerArcPoints, keplerFromRangeApogee, minimumEnergyRange } from './kepler.ts';
import { fail, type PhysicsError } from './result.ts';
import type { ProfilePoint } from './types.ts';
import { flownVehicle } from './vehicle.ts';

export {
	keplerFromRangeApogee,
	minimumEnergyRange,
	keplerFromBurnout,
	keplerArcPoints
} from './kepler.ts';
export type { KeplerArc, MinimumEnergyArc, RangeApogeeInput } from './kepler.ts';
export { estimate } from './estimate.ts';
export type {
	EstimateInput,
	EstimateResult,
	KeplerSummary,
	PoweredEstimate,
	Sensitivity,
	Progress
} from './estimate.ts';
export type { ProfilePoint } from './types.ts';
export type { ReachPoint } from './infer.ts';
export type { Assumption } from './vehicle.ts';
export type { Consistency, ConsistencyFlag } from './consistency.ts';
export type { PhysicsError, Result } from './result.ts';
export { EARTH_RADIUS_KM, MU_KM3_S2, EARTH_ROTATION_RAD_S } from './constants.ts';

/** Assumed launch azimuth when a test has no published impact point (toward the Sea of Japan), deg. */
export const DEFAULT_TEST_AZIMUTH_DEG = 80;

/** Launch azimuth of a test: toward its published impact point, else the default. */
export function testAzimuthDeg(test: Test): number {
	const site = getPlace(test.siteId);
	if (site && typeof test.impact.lat === 'number' && typeof test.impact.lon === 'number')
		return azimuthBetween(site.lat, site.lon, test.impact.lat, test.impact.lon);
	return DEFAULT_TEST_AZIMUTH_DEG;
}

const cache = new Map<string, EstimateResult | PhysicsError>();

/** The estimate for one test of the dataset (cached per id). Unknown id or missing figures: a typed error. */
export function estimateTest(testId: string): EstimateResult | PhysicsError {
	const hit = cache.get(testId);
	if (hit) return hit;
	const test = getTest(testId);
	if (!test)
		return fail('unknown-id', `Unknown test id "${testId}". Known ids: ${testIds.join(', ')}.`);
	const s = summarizeFigures(test);
	if (!s.apogeeKm || !s.rangeKm)
		return fail(
			'no-data',
			`Test ${testId} has no reported ${!s.apogeeKm ? 'apogee' : 'range'}: nothing to calibrate.`
		);
	const site = getPlace(test.siteId);
	const result = estimate({
		testId,
		apogeeKm: s.apogeeKm,
		rangeKm: s.rangeKm,
		flightTimeS: s.flightTimeS,
		missile: getMissile(test.missileId) ?? null,
		site: site ? { latDeg: site.lat, lonDeg: site.lon } : null,
		azimuthDeg: testAzimuthDeg(test)
	});
	cache.set(testId, result);
	return result;
}

export interface FlightSummary {
	apogeeKm: number;
	rangeKm: number;
	flightTimeS: number;
	burnoutTimeS: number;
	burnoutAltitudeKm: number;
	burnoutSpeedKms: number;
}

export interface TestProfile {
	ok: true;
	testId: string;
	/** 'powered': calibrated 3-DOF flights; 'kepler': closed-form arcs of the reported figures (no burn). */
	source: 'powered' | 'kepler';
	/** The test as flown (calibrated; Earth-fixed ground distance from the launch site). */
	lofted: ProfilePoint[];
	/** The same vehicle on its range-maximising programme, non-rotating Earth. Empty when orbital. */
	standard: ProfilePoint[];
	standardOrbital: boolean;
	loftedSummary: FlightSummary | null;
	standardSummary: FlightSummary | null;
	note: string;
}

const profileCache = new Map<string, TestProfile | PhysicsError>();

function summary(f: ReturnType<typeof fly>): FlightSummary {
	return {
		apogeeKm: f.apogeeKm,
		rangeKm: f.rangeKm,
		flightTimeS: f.flightTimeS,
		burnoutTimeS: f.burnoutTimeS,
		burnoutAltitudeKm: f.burnoutAltitudeKm,
		burnoutSpeedKms: f.burnoutSpeedKms
	};
}

/** Time series of the calibrated lofted flight and of the standard flight for one test (cached). */
export function profileForTest(testId: string, sampleDtS = 5): TestProfile | PhysicsError {
	const key = `${testId}@${sampleDtS}`;
	const hit = profileCache.get(key);
	if (hit) return hit;
	const est = estimateTest(testId);
	if (!est.ok) return est;
	const inner = internalsOf(est);
	let out: TestProfile;
	if (est.powered && inner) {
		const { model, geom, cal, best } = inner;
		const vehicle = flownVehicle(model, cal.fit.dvKms, cal.fit.freeScale);
		const lofted = fly(
			vehicle,
			{
				verticalRiseS: model.verticalRiseS,
				finalPitchDeg: cal.fit.finalPitchDeg,
				shape: cal.fit.shape
			},
			{ ...geom, sampleDtS }
		);
		const standard = best.orbital ? null : fly(vehicle, best.programme, { sampleDtS });
		out = {
			ok: true,
			testId,
			source: 'powered',
			lofted: lofted.points ?? [],
			standard: standard?.points ?? [],
			standardOrbital: best.orbital,
			loftedSummary: summary(lofted),
			standardSummary: standard ? summary(standard) : null,
			note: `Calibrated 3-DOF flights of a ${model.name} model (${geom.rotating ? 'test on the rotating Earth' : 'non-rotating Earth'}; standard flight on a non-rotating Earth).`
		};
	} else {
		const arc = keplerFromRangeApogee({ rangeKm: est.input.rangeKm, apogeeKm: est.input.apogeeKm });
		if (!arc.ok) return arc;
		const me = minimumEnergyRange({ burnoutSpeedKms: arc.burnoutSpeedKms });
		const meArc =
			me.ok && !me.orbital && me.rangeKm !== null && me.apogeeKm !== null
				? keplerFromRangeApogee({ rangeKm: me.rangeKm, apogeeKm: me.apogeeKm })
				: null;
		out = {
			ok: true,
			testId,
			source: 'kepler',
			lofted: keplerArcPoints(arc),
			standard: meArc && meArc.ok ? keplerArcPoints(meArc) : [],
			standardOrbital: !me.ok || me.orbital,
			loftedSummary: null,
			standardSummary: null,
			note: `Kepler arcs with burnout at the surface (no powered phase): ${est.poweredNote ?? 'powered estimate unavailable'}.`
		};
	}
	profileCache.set(key, out);
	return out;
}

export interface ContourOptions {
	/** Launch site (default: the test's site). */
	site?: { latDeg: number; lonDeg: number };
	/** Number of launch azimuths flown (default 72). */
	launchAzimuths?: number;
	/** Number of output ground azimuths (default 360). */
	outputCount?: number;
}

/**
 * Rotating-Earth reach contour: for a test id (its calibrated vehicle and range-maximising programme, from
 * its own site or another), or for an explicit vehicle and programme. Ranges in km by ground azimuth.
 */
export function reachContour(
	testId: string,
	options?: ContourOptions
): { ok: true; orbital: boolean; points: ReachPoint[] } | PhysicsError;
export function reachContour(
	vehicle: FlownVehicle,
	programme: PitchProgramme,
	site: { latDeg: number; lonDeg: number },
	options?: { launchAzimuths?: number; outputCount?: number }
): { orbital: boolean; points: ReachPoint[] };
export function reachContour(
	a: string | FlownVehicle,
	b?: ContourOptions | PitchProgramme,
	c?: { latDeg: number; lonDeg: number },
	d?: { launchAzimuths?: number; outputCount?: number }
) {
	if (typeof a !== 'string') return reachContourLow(a, b as PitchProgramme, c!, d);
	const opts = (b as ContourOptions | undefined) ?? {};
	const est = estimateTest(a);
	if (!est.ok) return est;
	const inner = internalsOf(est);
	if (!est.powered || !inner)
		return fail('no-data', `No powered estimate for ${a}: ${est.poweredNote ?? ''}`);
	if (inner.best.orbital) return { ok: true, orbital: true, points: [] };
	const site = opts.site ?? est.input.site;
	if (!site) return fail('no-data', `Test ${a} has no launch site; pass options.site.`);
	const vehicle = flownVehicle(inner.model, inner.cal.fit.dvKms, inner.cal.fit.freeScale);
	return { ok: true, ...reachContourLow(vehicle, inner.best.programme, site, opts) };
}
