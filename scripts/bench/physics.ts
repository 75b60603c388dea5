/**
 * Physics benchmarks (medians printed by `npm run bench`; targets are reported, not asserted):
 * Kepler inference < 10 us, one powered trajectory < 2 ms, calibration + inference for one test < 20 ms,
 * a 360-azimuth rotating reach contour < 100 ms.
 */
import { getMissile, getPlace, getTest } from '../../src/lib/data/dataset.ts';
import { summarizeFigures } from '../../src/lib/data/figures.ts';
import { calibrate } from '../../src/lib/physics/calibrate.ts';
import { fly } from '../../src/lib/physics/flight.ts';
import { maximiseRange, reachContour } from '../../src/lib/physics/infer.ts';
import { keplerFromRangeApogee, minimumEnergyRange } from '../../src/lib/physics/kepler.ts';
import { flownVehicle, vehicleFromMissile } from '../../src/lib/physics/vehicle.ts';
import type { BenchSuite } from './index.ts';

const TEST_ID = '2022-01-30-hwasong-12';
const test = getTest(TEST_ID)!;
const model = vehicleFromMissile(getMissile(test.missileId)!);
const site = getPlace(test.siteId)!;
const s = summarizeFigures(test);
const obs = { apogeeKm: s.apogeeKm!, rangeKm: s.rangeKm!, flightTimeS: s.flightTimeS };
const geom = { latDeg: site.lat, lonDeg: site.lon, azimuthDeg: 80, rotating: true };
const cal = calibrate(model, obs, geom);
const vehicle = flownVehicle(model, cal.fit.dvKms, cal.fit.freeScale);
const best = maximiseRange(vehicle, model.verticalRiseS);

// A two-stage ICBM case for the trajectory benchmark as well (longer flight, staging).
const icbmTest = getTest('2017-11-29-hwasong-15')!;
const icbmModel = vehicleFromMissile(getMissile(icbmTest.missileId)!);
const icbmVehicle = flownVehicle(icbmModel, 9.0, 1.2);

let sink = 0;

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
			name: 'one powered trajectory (HS-12, drag, rotating Earth, lift-off to impact)',
			targetMs: 2,
			fn: () => {
				sink += fly(vehicle, best.programme, { ...geom, azimuthDeg: 90 }).rangeKm;
			}
		},
		{
			name: 'one powered trajectory (HS-15 two-stage lofted, rotating Earth)',
			targetMs: 2,
			fn: () => {
				sink += fly(
					icbmVehicle,
					{ verticalRiseS: 8, finalPitchDeg: 77, shape: 1 },
					{ latDeg: 39.28, lonDeg: 125.87, azimuthDeg: 80, rotating: true }
				).rangeKm;
			}
		},
		{
			name: 'calibration + inference for one test (30 Jan 2022, no band)',
			targetMs: 20,
			timeMs: 2000,
			fn: () => {
				const c = calibrate(model, obs, geom);
				const v = flownVehicle(model, c.fit.dvKms, c.fit.freeScale);
				sink += maximiseRange(v, model.verticalRiseS).rangeKm ?? 0;
			}
		},
		{
			name: '360-azimuth rotating reach contour (72 flights + interpolation)',
			targetMs: 100,
			timeMs: 2000,
			fn: () => {
				sink += reachContour(vehicle, best.programme, { latDeg: site.lat, lonDeg: site.lon }).points
					.length;
			}
		}
	]
};
