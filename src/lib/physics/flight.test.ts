import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { G0_M_S2 } from './constants.ts';
import { fly, stageTimeline, type FlownVehicle } from './flight.ts';

const IRBM: FlownVehicle = {
	launchMassKg: 28000,
	referenceAreaM2: Math.PI * 0.825 ** 2,
	cdScale: 1,
	stages: [
		{ ispVacS: 300, ispSlS: 270, thrustToWeight: 1.8, massRatio: 7.5, structuralFraction: 0.1 }
	]
};
const STANDARD = { verticalRiseS: 8, finalPitchDeg: 20, shape: 0.4 };

describe('fly', () => {
	it('obeys the rocket equation for a near-impulsive vertical burn in vacuum', () => {
		const v: FlownVehicle = {
			launchMassKg: 1000,
			referenceAreaM2: 1,
			cdScale: 1,
			stages: [
				{ ispVacS: 300, ispSlS: 300, thrustToWeight: 200, massRatio: 3, structuralFraction: 0.1 }
			]
		};
		const f = fly(v, { verticalRiseS: 100, finalPitchDeg: 90, shape: 1 }, { drag: false });
		const dv = (300 * G0_M_S2 * Math.log(3)) / 1000;
		const tb = (300 * (1 - 1 / 3)) / 200;
		expect(f.burnoutTimeS).toBeCloseTo(tb, 9);
		expect(f.burnoutSpeedKms / (dv - (G0_M_S2 / 1000) * tb)).toBeCloseTo(1, 3);
		expect(f.burnoutAngleDeg).toBeCloseTo(90, 3);
	});

	it('computes stage masses, burn times and implied payload consistently', () => {
		const v: FlownVehicle = {
			...IRBM,
			launchMassKg: 50000,
			stages: [
				{ ispVacS: 300, ispSlS: 270, thrustToWeight: 1.6, massRatio: 3, structuralFraction: 0.1 },
				{ ispVacS: 315, ispSlS: 280, thrustToWeight: 1.2, massRatio: 3, structuralFraction: 0.12 }
			]
		};
		const tl = stageTimeline(v);
		const p1 = 50000 * (2 / 3);
		const s1 = (0.1 / 0.9) * p1;
		const m2 = 50000 - p1 - s1;
		const p2 = m2 * (2 / 3);
		const s2 = (0.12 / 0.88) * p2;
		expect(tl.stages[1].m0).toBeCloseTo(m2, 6);
		expect(tl.impliedPayloadKg).toBeCloseTo(m2 - p2 - s2, 6);
		expect(tl.stages[0].t1 - tl.stages[0].t0).toBeCloseTo((270 * (2 / 3)) / 1.6, 9);
		expect(tl.stages[1].t1 - tl.stages[1].t0).toBeCloseTo((315 * (2 / 3)) / 1.2, 9);
		const f = fly(v, STANDARD);
		expect(f.events.map((e) => e.name)).toEqual(['staging', 'burnout', 'apogee', 'impact']);
	});

	it('gives the same flight with the closed-form coast as with the integrated coast', () => {
		for (const rotating of [false, true]) {
			const opts = { rotating, latDeg: 40.6, lonDeg: 126.4, azimuthDeg: 80 };
			const a = fly(IRBM, STANDARD, { ...opts, coast: 'kepler' });
			const b = fly(IRBM, STANDARD, { ...opts, coast: 'integrate' });
			expect(b.rangeKm / a.rangeKm).toBeCloseTo(1, 6);
			expect(b.apogeeKm / a.apogeeKm).toBeCloseTo(1, 6);
			expect(b.flightTimeS / a.flightTimeS).toBeCloseTo(1, 6);
			expect(b.impactLatDeg).toBeCloseTo(a.impactLatDeg, 4);
			expect(b.impactLonDeg).toBeCloseTo(a.impactLonDeg, 4);
		}
	});

	it('on a non-rotating Earth the range does not depend on site or azimuth', () => {
		const ref = fly(IRBM, STANDARD).rangeKm;
		for (const [lat, lon, az] of [
			[40, 126, 80],
			[-30, 10, 200],
			[70, -150, 315]
		]) {
			// Equal to the integrator's tolerance (relTol 1e-8 per step).
			expect(
				fly(IRBM, STANDARD, { latDeg: lat, lonDeg: lon, azimuthDeg: az }).rangeKm / ref
			).toBeCloseTo(1, 5);
		}
	});

	it('on the rotating Earth flies farther east than west, and gains less toward Guam (SE) than due east', () => {
		// physics.md: an IRBM of about 4,100 km from Jagang gains roughly +150 km toward Guam and loses
		// roughly 170 km due west; due east gains more than toward Guam.
		const v: FlownVehicle = { ...IRBM, stages: [{ ...IRBM.stages[0], massRatio: 9 }] };
		const site = { latDeg: 40.6, lonDeg: 126.4 };
		const still = fly(v, STANDARD, site).rangeKm;
		const east = fly(v, STANDARD, { ...site, azimuthDeg: 90, rotating: true });
		const guam = fly(v, STANDARD, { ...site, azimuthDeg: 150, rotating: true });
		const west = fly(v, STANDARD, { ...site, azimuthDeg: 270, rotating: true });
		expect(still).toBeGreaterThan(3500);
		expect(still).toBeLessThan(4500);
		expect(guam.rangeKm - still).toBeGreaterThan(80);
		expect(guam.rangeKm - still).toBeLessThan(300);
		expect(east.rangeKm).toBeGreaterThan(guam.rangeKm);
		expect(still - west.rangeKm).toBeGreaterThan(100);
		expect(still - west.rangeKm).toBeLessThan(400);
		// Impact azimuths stay near the launch azimuths (Coriolis deflection of a few degrees).
		expect(Math.abs(east.impactAzimuthDeg - 90)).toBeLessThan(15);
		expect(Math.abs(west.impactAzimuthDeg - 270)).toBeLessThan(15);
	});

	it('reports orbital for a vehicle with more than orbital speed, and never NaN', () => {
		// Ideal delta-v 300 s x g0 x ln 400 = 17.6 km/s: well past escape speed.
		const big: FlownVehicle = { ...IRBM, stages: [{ ...IRBM.stages[0], massRatio: 400 }] };
		const f = fly(big, { verticalRiseS: 8, finalPitchDeg: 20, shape: 1 });
		expect(f.orbital).toBe(true);
		for (const v of Object.values(f))
			if (typeof v === 'number') expect(Number.isNaN(v)).toBe(false);
	});

	it('reports a vehicle that cannot lift off as a failed flight', () => {
		const weak: FlownVehicle = { ...IRBM, stages: [{ ...IRBM.stages[0], thrustToWeight: 0.5 }] };
		const f = fly(weak, STANDARD);
		expect(f.ok).toBe(false);
		expect(f.message).toMatch(/fell back/);
	});

	it('samples profile points from lift-off to impact', () => {
		const f = fly(IRBM, STANDARD, { sampleDtS: 5 });
		const pts = f.points!;
		expect(pts[0]).toMatchObject({ t: 0, altitudeKm: 0, downrangeKm: 0 });
		const last = pts[pts.length - 1];
		expect(last.downrangeKm / f.rangeKm).toBeCloseTo(1, 6);
		expect(last.t).toBeCloseTo(f.flightTimeS, 6);
		expect(Math.max(...pts.map((p) => p.altitudeKm)) / f.apogeeKm).toBeGreaterThan(0.999);
		for (let i = 1; i < pts.length; i++) expect(pts[i].t).toBeGreaterThan(pts[i - 1].t);
	});

	it('gravity-turn programme: no kick stays vertical; a kick turns the flight over', () => {
		const vertical = fly(IRBM, { ...STANDARD, gravityTurn: { kickDeg: 0 } }, { drag: false });
		expect(vertical.rangeKm).toBeLessThan(1);
		expect(vertical.burnoutAngleDeg).toBeCloseTo(90, 3);
		const turned = fly(IRBM, { ...STANDARD, gravityTurn: { kickDeg: 40 } });
		expect(turned.burnoutAngleDeg).toBeLessThan(70);
		expect(turned.rangeKm).toBeGreaterThan(1000);
	});

	it('profile speeds are ground-relative: zero at lift-off on the rotating Earth, same from conic and integrator', () => {
		const opts = { rotating: true, latDeg: 40, lonDeg: 126, azimuthDeg: 80, sampleDtS: 5 };
		const a = fly(IRBM, STANDARD, opts);
		const b = fly(IRBM, STANDARD, { ...opts, coast: 'integrate' });
		expect(a.points![0].speedKms).toBe(0);
		expect(a.points!.at(-1)!.speedKms / b.points!.at(-1)!.speedKms).toBeCloseTo(1, 6);
		expect(a.points!.at(-1)!.downrangeKm / b.points!.at(-1)!.downrangeKm).toBeCloseTo(1, 6);
	});

	it('J2 changes the range by well under 1 %', () => {
		const a = fly(IRBM, STANDARD, { latDeg: 40, lonDeg: 126, azimuthDeg: 80, coast: 'integrate' });
		const b = fly(IRBM, STANDARD, {
			latDeg: 40,
			lonDeg: 126,
			azimuthDeg: 80,
			coast: 'integrate',
			j2: true
		});
		expect(b.rangeKm).not.toBe(a.rangeKm);
		expect(Math.abs(b.rangeKm / a.rangeKm - 1)).toBeLessThan(0.01);
	});

	it('never returns NaN, whatever the vehicle and programme (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.5, max: 4, noNaN: true }),
				fc.double({ min: 1.2, max: 40, noNaN: true }),
				fc.double({ min: -10, max: 89, noNaN: true }),
				fc.double({ min: 0.1, max: 4, noNaN: true }),
				fc.boolean(),
				(tw, mr, pitch, shape, rotating) => {
					const v: FlownVehicle = {
						...IRBM,
						stages: [{ ...IRBM.stages[0], thrustToWeight: tw, massRatio: mr }]
					};
					const f = fly(
						v,
						{ verticalRiseS: 8, finalPitchDeg: pitch, shape },
						{ rotating, latDeg: 40, lonDeg: 126, azimuthDeg: 80 }
					);
					return Object.values(f).every((x) => typeof x !== 'number' || !Number.isNaN(x));
				}
			),
			{ numRuns: 60 }
		);
		expect(true).toBe(true);
	});
});
