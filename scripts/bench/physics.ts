/**
 * Physics benchmarks (medians printed by `npm run bench`; targets are reported, not asserted): Kepler
 * inference < 10 us, one powered trajectory < 2 ms, calibration + range maximum for one test < 20 ms, a
 * 360-azimuth rotating reach contour < 100 ms, one warm-started Monte Carlo sample (recalibration +
 * maximum) < 5 ms, and 1,000 samples of one test < 2 s.
 */
import { getTest } from '../../src/lib/data/dataset.ts';
import { fly } from '../../src/lib/physics/flight.ts';
import { internalsOf, type EstimateResult } from '../../src/lib/physics/index.ts';
import { maximiseRange, reachContour } from '../../src/lib/physics/infer.ts';
import { keplerFromRangeApogee, minimumEnergyRange } from '../../src/lib/physics/kepler.ts';
import { runSample, runSamples } from '../../src/lib/physics/montecarlo.ts';
import { scrambledHalton } from '../../src/lib/physics/sampling.ts';
import { PRIOR_DIMENSIONS } from '../../src/lib/physics/priors.ts';
import { calibrate } from '../../src/lib/physics/calibrate.ts';
import { flownVehicle } from '../../src/lib/physics/vehicle.ts';
import { estimateTest } from '../../src/lib/scene/engine.ts';
import type { BenchSuite } from './index.ts';

/** The nominal estimate of a test with a small Monte Carlo run, for its setup (warm start) and internals. */
function prepared(testId: string) {
	if (!getTest(testId)) throw new Error(`bench: unknown test ${testId}`);
	const est = estimateTest(testId, { samples: 8, seed: 99 }) as EstimateResult;
	const inner = internalsOf(est);
	if (!inner?.setup)
		throw new Error(`bench: ${testId} has no Monte Carlo setup (${JSON.stringify(est)})`);
	return inner;
}

let hs12: ReturnType<typeof prepared>;
let hs14: ReturnType<typeof prepared>;
const halton = scrambledHalton(PRIOR_DIMENSIONS.length, 3);
let sampleIndex = 0;
let sink = 0;

const setupAll = () => {
	hs12 ??= prepared('2022-01-30-hwasong-12');
	hs14 ??= prepared('2017-07-28-hwasong-14');
};

export const physicsSuite: BenchSuite = {
	name: 'physics',
	cases: [
		{
			name: 'Kepler inference (range + apogee -> burnout state, minimum-energy range)',
			targetMs: 0.01,
			fn: () => {
				const k = keplerFromRangeApogee({ rangeKm: 800 + (sink & 7), apogeeKm: 2000 });
				if (k.ok) sink += minimumEnergyRange({ burnoutSpeedKms: k.burnoutSpeedKms }).ok ? 1 : 0;
			}
		},
		{
			name: 'one powered trajectory (HS-12 standard flight, drag, rotating Earth, lift-off to impact)',
			targetMs: 2,
			setup: setupAll,
			fn: () => {
				const v = flownVehicle(hs12.calibrated, hs12.cal.fit.dvKms, 1);
				sink += fly(v, hs12.best.steering, { ...hs12.geom, azimuthDeg: 90 }).rangeKm;
			}
		},
		{
			name: 'one powered trajectory (HS-14 two-stage lofted test, rotating Earth)',
			targetMs: 2,
			setup: setupAll,
			fn: () => {
				const v = flownVehicle(hs14.calibrated, hs14.cal.fit.dvKms, 1);
				sink += fly(v, hs14.cal.fit.steering, hs14.geom).rangeKm;
			}
		},
		{
			name: 'calibration + range maximum for one test (30 Jan 2022, no Monte Carlo)',
			targetMs: 20,
			timeMs: 2000,
			setup: setupAll,
			fn: () => {
				const c = calibrate(hs12.model, hs12.obs, hs12.geom);
				const v = flownVehicle(hs12.calibrated, c.fit.dvKms, 1);
				sink += maximiseRange(v, hs12.base).rangeKm ?? 0;
			}
		},
		{
			name: '360-azimuth rotating reach contour (72 flights + interpolation)',
			targetMs: 100,
			timeMs: 2000,
			setup: setupAll,
			fn: () => {
				const v = flownVehicle(hs12.calibrated, hs12.cal.fit.dvKms, 1);
				sink += reachContour(v, hs12.best.steering, {
					latDeg: hs12.geom.latDeg,
					lonDeg: hs12.geom.lonDeg
				}).points.length;
			}
		},
		{
			name: 'one Monte Carlo sample, warm-started (HS-12 30 Jan 2022: recalibrate + maximise)',
			targetMs: 5,
			timeMs: 3000,
			setup: setupAll,
			fn: () => {
				sink += runSample(hs12.setup!, halton, sampleIndex++ % 4096).evaluations;
			}
		},
		{
			name: 'one Monte Carlo sample, warm-started (HS-14 28 Jul 2017, two stages)',
			targetMs: 5,
			timeMs: 3000,
			setup: setupAll,
			fn: () => {
				sink += runSample(hs14.setup!, halton, sampleIndex++ % 4096).evaluations;
			}
		},
		{
			name: '1,000 Monte Carlo samples of one test (HS-12 30 Jan 2022, one core)',
			targetMs: 2000,
			timeMs: 1,
			iterations: 3,
			setup: setupAll,
			fn: () => {
				sink += runSamples(hs12.setup!, 1, 0, 1000).length;
			}
		}
	]
};
