import { describe, expect, it } from 'vitest';
import { calibrate, fitTest, signedRange, testSteering } from './calibrate.ts';
import { fly } from './flight.ts';
import { flownVehicle, genericVehicle } from './vehicle.ts';

const geom = { latDeg: 40.6, lonDeg: 126.4, azimuthDeg: 80, rotating: true };

describe('fitTest', () => {
	it.each([
		['one stage, lofted', 1, 6.3, 1],
		['one stage, standard', 1, 6.3, 3],
		['two stages, lofted', 2, 8.8, 1.2]
	])(
		'%s: recovers the delta-v and kick that generated a flight (the truth), to 1e-3',
		(_, stages, dv, kick) => {
			const model = genericVehicle(stages);
			const truth = fly(flownVehicle(model, dv, 1), testSteering(model, kick), geom);
			expect(truth.ok && !truth.orbital).toBe(true);
			const fit = fitTest(model, truth.apogeeKm, signedRange(truth, geom), geom);
			expect(fit.ok).toBe(true);
			expect(fit.dvKms / dv).toBeCloseTo(1, 3);
			expect(fit.kickDeg / kick).toBeCloseTo(1, 2);
		}
	);

	it('warm-started from a nearby solution and its Jacobian, converges in a few flights', () => {
		const model = genericVehicle(2);
		const truth = fly(flownVehicle(model, 8.8, 1), testSteering(model, 1.2), geom);
		const first = fitTest(model, truth.apogeeKm, signedRange(truth, geom), geom);
		const warm = fitTest(model, truth.apogeeKm * 1.02, signedRange(truth, geom) * 0.98, geom, {
			warm: { dvKms: first.dvKms, kickDeg: first.kickDeg, jacobian: first.jacobian }
		});
		expect(warm.ok).toBe(true);
		expect(warm.evaluations).toBeLessThanOrEqual(6);
	});

	it('says so, without NaN, when no flight of the vehicle reproduces the figures', () => {
		// A one-stage rocket cannot loft to 20,000 km: the fit fails with a message.
		const fit = fitTest(genericVehicle(1), 20000, 1000, geom);
		expect(fit.ok).toBe(false);
		expect(fit.message).toMatch(/apogee and range/);
		expect(JSON.stringify(fit.flight)).not.toMatch(/NaN/);
	});
});

describe('calibrate', () => {
	it('fits the free thrust-to-weight to a reported flight time and reports the residual in sigma', () => {
		const model = genericVehicle(2);
		const truth = fly(flownVehicle(model, 8.8, 1.3), testSteering(model, 1.2), geom);
		const obs = (x: number) => ({ central: x, low: x, high: x, relPrecision: 0.005 });
		const cal = calibrate(
			model,
			{
				apogeeKm: obs(truth.apogeeKm),
				rangeKm: obs(signedRange(truth, geom)),
				flightTimeS: obs(truth.flightTimeS)
			},
			geom
		);
		expect(cal.ok).toBe(true);
		// The prior pulls k toward 1; the flight time pulls it toward the truth (1.3).
		expect(cal.fit.freeScale).toBeGreaterThan(1.02);
		expect(cal.fit.freeScale).toBeLessThan(1.35);
		expect(Math.abs(cal.residuals.flightTimeSigma!)).toBeLessThan(1);
		expect(cal.freeScaleInterval[0]).toBeLessThanOrEqual(cal.fit.freeScale);
		expect(cal.freeScaleInterval[1]).toBeGreaterThanOrEqual(cal.fit.freeScale);
	});
});
