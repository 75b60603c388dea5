import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from './constants.ts';
import type { FlightResult } from './flight.ts';
import { minimumEnergyRange } from './kepler.ts';
import { depressedTime, minimumEnergyFreeFlightS, minimumEnergyTimeS } from './timeToTarget.ts';

describe('minimumEnergyFreeFlightS (Lambert at minimum energy)', () => {
	it.each([2, 4, 6, 7])(
		'equals the free-flight time of the minimum-energy Kepler arc at %s km/s',
		(v) => {
			const me = minimumEnergyRange({ burnoutSpeedKms: v });
			expect(me.ok && !me.orbital).toBe(true);
			if (!me.ok) return;
			const t = minimumEnergyFreeFlightS(
				EARTH_RADIUS_KM,
				EARTH_RADIUS_KM,
				me.rangeKm! / EARTH_RADIUS_KM
			);
			expect(t / me.freeFlightTimeS!).toBeCloseTo(1, 9);
		}
	);

	it('physics.md: about 17 minutes to a target 3,400 km away (Guam), burn included', () => {
		const t = minimumEnergyTimeS(
			{ burnoutTimeS: 90, burnoutAltitudeKm: 100, burnoutDownrangeKm: 100 },
			3400
		);
		expect(t / 60).toBeGreaterThan(16);
		expect(t / 60).toBeLessThan(18.5);
	});
});

describe('depressedTime', () => {
	const standard = (v: number, h = 100): FlightResult =>
		({
			ok: true,
			orbital: false,
			burnoutSpeedKms: v,
			burnoutAltitudeKm: h,
			burnoutDownrangeKm: 100,
			burnoutTimeS: 90
		}) as FlightResult;

	it('is faster and lower than the minimum-energy flight, never below 100 km, and after burnout', () => {
		const d = depressedTime(standard(5.6), 3400)!;
		const me = minimumEnergyTimeS(
			{ burnoutTimeS: 90, burnoutAltitudeKm: 100, burnoutDownrangeKm: 100 },
			3400
		);
		expect(d.seconds).toBeLessThan(me);
		expect(d.seconds).toBeGreaterThan(90);
		expect(d.apogeeKm).toBeGreaterThanOrEqual(100);
		// Farther targets need higher, slower arcs.
		const far = depressedTime(standard(5.6), 4000)!;
		expect(far.seconds).toBeGreaterThan(d.seconds);
		expect(far.apogeeKm).toBeGreaterThan(d.apogeeKm);
	});

	it('is null out of reach', () => {
		expect(depressedTime(standard(3), 6000)).toBeNull();
	});

	it('cuts off early on the 100 km arc when even that arc at full speed overshoots', () => {
		const near = depressedTime(standard(7.5, 90), 800)!;
		expect(near.apogeeKm).toBe(100);
		expect(near.seconds).toBeLessThan(
			minimumEnergyTimeS({ burnoutTimeS: 90, burnoutAltitudeKm: 90, burnoutDownrangeKm: 100 }, 800)
		);
	});
});
