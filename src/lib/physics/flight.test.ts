import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { G0_M_S2, MU_KM3_S2 } from './constants.ts';
import { fly, flyPowered, stageTimeline, type FlownVehicle } from './flight.ts';
import type { GravityTurnSteering, Steering } from './steering.ts';

const IRBM: FlownVehicle = {
	launchMassKg: 28000,
	referenceAreaM2: Math.PI * 0.825 ** 2,
	cdScale: 1,
	stages: [
		{ ispVacS: 300, ispSlS: 270, thrustToWeight: 1.8, massRatio: 9, structuralFraction: 0.1 }
	]
};
const TURN: GravityTurnSteering = {
	family: 'gravity-turn',
	verticalRiseS: 3,
	kickDeg: 8,
	kickDurationS: 2,
	upper: { law: 'gravity-turn' },
	coastS: 0
};
const TWO_STAGE: FlownVehicle = {
	...IRBM,
	launchMassKg: 50000,
	stages: [
		{ ispVacS: 300, ispSlS: 270, thrustToWeight: 1.6, massRatio: 3, structuralFraction: 0.1 },
		{ ispVacS: 315, ispSlS: 280, thrustToWeight: 1.2, massRatio: 3, structuralFraction: 0.12 }
	]
};

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
		const f = fly(v, { ...TURN, verticalRiseS: 100, kickDeg: 0 }, { drag: false });
		const dv = (300 * G0_M_S2 * Math.log(3)) / 1000;
		const tb = (300 * (1 - 1 / 3)) / 200;
		expect(f.burnoutTimeS).toBeCloseTo(tb, 9);
		expect(f.burnoutSpeedKms / (dv - (G0_M_S2 / 1000) * tb)).toBeCloseTo(1, 3);
		expect(f.burnoutAngleDeg).toBeCloseTo(90, 3);
	});

	it('computes stage masses, burn times and implied payload consistently', () => {
		const tl = stageTimeline(TWO_STAGE);
		const p1 = 50000 * (2 / 3);
		const s1 = (0.1 / 0.9) * p1;
		const m2 = 50000 - p1 - s1;
		const p2 = m2 * (2 / 3);
		const s2 = (0.12 / 0.88) * p2;
		expect(tl.stages[1].m0).toBeCloseTo(m2, 6);
		expect(tl.impliedPayloadKg).toBeCloseTo(m2 - p2 - s2, 6);
		expect(tl.stages[0].burnS).toBeCloseTo((270 * (2 / 3)) / 1.6, 9);
		expect(tl.stages[1].burnS).toBeCloseTo((315 * (2 / 3)) / 1.2, 9);
		const f = fly(TWO_STAGE, {
			...TURN,
			kickDeg: 2,
			upper: { law: 'linear-tangent', finalPitchDeg: 20 }
		});
		expect(f.events.map((e) => e.name)).toEqual(['staging', 'burnout', 'apogee', 'impact']);
	});

	it('puts a coast between the first and second stage: ignition later by the coast, same burn times', () => {
		const steering: Steering = {
			...TURN,
			kickDeg: 2,
			coastS: 20,
			upper: { law: 'linear-tangent', finalPitchDeg: 20 }
		};
		const f = fly(TWO_STAGE, steering);
		const tl = stageTimeline(TWO_STAGE);
		expect(f.events.map((e) => e.name)).toEqual([
			'staging',
			'ignition',
			'burnout',
			'apogee',
			'impact'
		]);
		expect(f.events[1].t - f.events[0].t).toBeCloseTo(20, 9);
		expect(f.burnoutTimeS).toBeCloseTo(tl.stages[0].burnS + 20 + tl.stages[1].burnS, 9);
	});

	it('gives the same flight with the closed-form coast as with the integrated coast', () => {
		for (const rotating of [false, true]) {
			const opts = { rotating, latDeg: 40.6, lonDeg: 126.4, azimuthDeg: 80 };
			const a = fly(IRBM, TURN, { ...opts, coast: 'kepler' });
			const b = fly(IRBM, TURN, { ...opts, coast: 'integrate' });
			expect(b.rangeKm / a.rangeKm).toBeCloseTo(1, 6);
			expect(b.apogeeKm / a.apogeeKm).toBeCloseTo(1, 6);
			expect(b.flightTimeS / a.flightTimeS).toBeCloseTo(1, 6);
			expect(b.impactLatDeg).toBeCloseTo(a.impactLatDeg, 4);
			expect(b.impactLonDeg).toBeCloseTo(a.impactLonDeg, 4);
		}
	});

	it('on a non-rotating Earth the range does not depend on site or azimuth', () => {
		const ref = fly(IRBM, TURN).rangeKm;
		for (const [lat, lon, az] of [
			[40, 126, 80],
			[-30, 10, 200],
			[70, -150, 315]
		])
			expect(
				fly(IRBM, TURN, { latDeg: lat, lonDeg: lon, azimuthDeg: az }).rangeKm / ref
			).toBeCloseTo(1, 5);
	});

	it('on the rotating Earth flies farther east than west, and gains less toward Guam (SE) than due east', () => {
		// physics.md: an IRBM of about 4,100 km from Jagang gains roughly +150 km toward Guam and loses
		// roughly 170 km due west; due east gains more than toward Guam.
		const site = { latDeg: 40.6, lonDeg: 126.4 };
		const still = fly(IRBM, TURN, site).rangeKm;
		const east = fly(IRBM, TURN, { ...site, azimuthDeg: 90, rotating: true });
		const guam = fly(IRBM, TURN, { ...site, azimuthDeg: 150, rotating: true });
		const west = fly(IRBM, TURN, { ...site, azimuthDeg: 270, rotating: true });
		expect(still).toBeGreaterThan(3500);
		expect(still).toBeLessThan(4500);
		expect(guam.rangeKm - still).toBeGreaterThan(80);
		expect(guam.rangeKm - still).toBeLessThan(300);
		expect(east.rangeKm).toBeGreaterThan(guam.rangeKm);
		expect(still - west.rangeKm).toBeGreaterThan(100);
		expect(still - west.rangeKm).toBeLessThan(400);
		expect(Math.abs(east.impactAzimuthDeg - 90)).toBeLessThan(15);
		expect(Math.abs(west.impactAzimuthDeg - 270)).toBeLessThan(15);
	});

	it('reports orbital for a vehicle with more than orbital speed, and never NaN', () => {
		// Ideal delta-v 300 s x g0 x ln 400 = 17.6 km/s: well past escape speed.
		const big: FlownVehicle = { ...IRBM, stages: [{ ...IRBM.stages[0], massRatio: 400 }] };
		const f = fly(big, { ...TURN, kickDeg: 5 });
		expect(f.orbital).toBe(true);
		for (const v of Object.values(f))
			if (typeof v === 'number') expect(Number.isNaN(v)).toBe(false);
	});

	it('reports a vehicle that cannot lift off as a failed flight', () => {
		const weak: FlownVehicle = { ...IRBM, stages: [{ ...IRBM.stages[0], thrustToWeight: 0.5 }] };
		const f = fly(weak, TURN);
		expect(f.ok).toBe(false);
		expect(f.message).toMatch(/fell back/);
	});

	it('samples profile points from lift-off to impact', () => {
		const f = fly(IRBM, TURN, { sampleDtS: 5 });
		const pts = f.points!;
		expect(pts[0]).toMatchObject({ t: 0, altitudeKm: 0, downrangeKm: 0 });
		const last = pts[pts.length - 1];
		expect(last.downrangeKm / f.rangeKm).toBeCloseTo(1, 6);
		expect(last.t).toBeCloseTo(f.flightTimeS, 6);
		expect(Math.max(...pts.map((p) => p.altitudeKm)) / f.apogeeKm).toBeGreaterThan(0.999);
		for (let i = 1; i < pts.length; i++) expect(pts[i].t).toBeGreaterThan(pts[i - 1].t);
	});

	it('gravity turn: no kick stays vertical, on the rotating Earth too; a kick turns the flight over', () => {
		const vertical = fly(IRBM, { ...TURN, kickDeg: 0 }, { drag: false });
		expect(vertical.rangeKm).toBeLessThan(1);
		expect(vertical.burnoutAngleDeg).toBeCloseTo(90, 3);
		// Rotating: the rising vehicle drifts west of the turning ground, but the steering must not turn that
		// drift into a pitch-over of its own.
		const rot = fly(
			IRBM,
			{ ...TURN, kickDeg: 0 },
			{ rotating: true, latDeg: 40, lonDeg: 126, azimuthDeg: 90 }
		);
		expect(rot.burnoutAngleDeg).toBeGreaterThan(85);
		expect(fly(IRBM, { ...TURN, kickDeg: 20 }).burnoutAngleDeg).toBeLessThan(60);
	});

	it('the zero-lift turn carries no angle of attack: q-alpha comes from the kick only', () => {
		const noKick = fly(IRBM, { ...TURN, kickDeg: 0 });
		expect(noKick.maxQKPa).toBeGreaterThan(10);
		expect(noKick.maxQAlphaKPaDeg).toBeLessThan(1e-6);
		// q-alpha scales with the kick (set during the pitch-over at low speed).
		const a = fly(IRBM, { ...TURN, kickDeg: 4 }).maxQAlphaKPaDeg;
		const b = fly(IRBM, { ...TURN, kickDeg: 8 }).maxQAlphaKPaDeg;
		expect(b / a).toBeGreaterThan(1.8);
		expect(b / a).toBeLessThan(2.2);
		// A power-law programme that pitches over early meets maximum dynamic pressure at a large angle.
		const power = fly(IRBM, {
			family: 'power-law',
			verticalRiseS: 8,
			finalPitchDeg: 25,
			shape: 0.3
		});
		expect(power.maxQAlphaKPaDeg).toBeGreaterThan(10 * b);
	});

	it('profile speeds are ground-relative: zero at lift-off on the rotating Earth, same from conic and integrator', () => {
		const opts = { rotating: true, latDeg: 40, lonDeg: 126, azimuthDeg: 80, sampleDtS: 5 };
		const a = fly(IRBM, TURN, opts);
		const b = fly(IRBM, TURN, { ...opts, coast: 'integrate' });
		expect(a.points![0].speedKms).toBe(0);
		expect(a.points!.at(-1)!.speedKms / b.points!.at(-1)!.speedKms).toBeCloseTo(1, 6);
		expect(a.points!.at(-1)!.downrangeKm / b.points!.at(-1)!.downrangeKm).toBeCloseTo(1, 6);
	});

	it('J2 changes the range by well under 1 %', () => {
		const o = { latDeg: 40, lonDeg: 126, azimuthDeg: 80, coast: 'integrate' as const };
		const a = fly(IRBM, TURN, o);
		const b = fly(IRBM, TURN, { ...o, j2: true });
		expect(b.rangeKm).not.toBe(a.rangeKm);
		expect(Math.abs(b.rangeKm / a.rangeKm - 1)).toBeLessThan(0.01);
	});

	it('never returns NaN, whatever the vehicle and steering (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.5, max: 4, noNaN: true }),
				fc.double({ min: 1.2, max: 40, noNaN: true }),
				fc.double({ min: 0, max: 80, noNaN: true }),
				fc.double({ min: 0.5, max: 15, noNaN: true }),
				fc.boolean(),
				(tw, mr, kick, rise, rotating) => {
					const v: FlownVehicle = {
						...IRBM,
						stages: [{ ...IRBM.stages[0], thrustToWeight: tw, massRatio: mr }]
					};
					const f = fly(
						v,
						{ ...TURN, kickDeg: kick, verticalRiseS: rise },
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

/**
 * The gravity turn in its closed form (G. J. Culler and B. D. Fried, "Universal gravity turn trajectories",
 * J. Appl. Phys. 28 (1957) 672; the equations as in Wikipedia, "Gravity turn"): flat Earth, uniform gravity
 * g, no air, thrust along the velocity with a constant thrust-to-weight n. With beta the velocity's angle from
 * the vertical, dv/dt = g (n - cos beta) and v dbeta/dt = g sin beta, so
 *   v(beta) = C tan^n(beta/2) / sin(beta),   dt = v dbeta / (g sin beta).
 */
describe('the gravity turn against its closed form', () => {
	const n = 2;
	const isp = 1e9; // a huge Isp: the mass, so the thrust-to-weight, stays constant to 2e-7
	const burnS = 100;
	const vehicle: FlownVehicle = {
		launchMassKg: 1000,
		referenceAreaM2: 1,
		cdScale: 1,
		stages: [
			{
				ispVacS: isp,
				ispSlS: isp,
				thrustToWeight: n,
				massRatio: 1 / (1 - (burnS * n) / isp),
				structuralFraction: 0.1
			}
		]
	};
	const g = G0_M_S2 / 1000;
	const states: { t: number; v: number; beta: number; work: number }[] = [];
	const steering: GravityTurnSteering = { ...TURN, verticalRiseS: 2, kickDeg: 5, kickDurationS: 2 };
	flyPowered(vehicle, steering, {
		uniformGravity: true,
		drag: false,
		latDeg: 0,
		lonDeg: 0,
		azimuthDeg: 90,
		relTol: 1e-10,
		onState: (t, y) => {
			// Site (0, 0): up is +x, downrange (east) is +y.
			const v = Math.hypot(y[3], y[4], y[5]);
			if (t > 4.5) states.push({ t, v, beta: Math.atan2(y[4], y[3]), work: 0 });
		}
	});

	it('flies a turn well past the kick', () => {
		expect(states.length).toBeGreaterThan(10);
		expect(states.at(-1)!.beta - states[0].beta).toBeGreaterThan(0.2);
	});

	it('speed follows v = C tan^n(beta/2) / sin(beta) to 1e-6', () => {
		const f = (b: number) => Math.tan(b / 2) ** n / Math.sin(b);
		const C = states[0].v / f(states[0].beta);
		for (const s of states) expect(s.v / (C * f(s.beta))).toBeCloseTo(1, 6);
	});

	it('time follows t2 - t1 = integral of v / (g sin beta) dbeta (Simpson) to 1e-6', () => {
		const f = (b: number) => Math.tan(b / 2) ** n / Math.sin(b);
		const C = states[0].v / f(states[0].beta);
		const integrand = (b: number) => (C * f(b)) / (g * Math.sin(b));
		const a = states[0].beta;
		const last = states.at(-1)!;
		const m = 2000;
		const h = (last.beta - a) / m;
		let sum = integrand(a) + integrand(last.beta);
		for (let i = 1; i < m; i++) sum += (i % 2 ? 4 : 2) * integrand(a + i * h);
		expect((sum * h) / 3 / (last.t - states[0].t)).toBeCloseTo(1, 6);
	});
});

describe('what a powered gravity turn conserves', () => {
	const v: FlownVehicle = { ...IRBM, stages: [{ ...IRBM.stages[0], ispSlS: 300, ispVacS: 300 }] };
	const steering: GravityTurnSteering = { ...TURN, verticalRiseS: 3, kickDurationS: 0.5 };
	const options = { drag: false, latDeg: 30, lonDeg: 50, azimuthDeg: 60, relTol: 1e-11 };

	it('in vacuum, thrust along the velocity keeps the flight in one plane (angular momentum direction)', () => {
		let h0: number[] | null = null;
		let worst = 0;
		flyPowered(v, steering, {
			...options,
			onState: (t, y) => {
				if (t < 3.5) return; // the kick is over: zero angle of attack
				const h = [y[1] * y[5] - y[2] * y[4], y[2] * y[3] - y[0] * y[5], y[0] * y[4] - y[1] * y[3]];
				const hn = Math.hypot(...h);
				h0 ??= h.map((c) => c / hn);
				worst = Math.max(worst, 1 - (h0[0] * h[0] + h0[1] * h[1] + h0[2] * h[2]) / hn);
			}
		});
		expect(worst).toBeLessThan(1e-12);
	});

	it('the thrust does work (T/m) v: the change in specific orbital energy equals its integral', () => {
		const s = stageTimeline(v).stages[0];
		const pts = flyPowered(v, steering, { ...options, sampleDtS: 0.01 }).points!.filter(
			(p) => p.t >= 4 && p.t <= s.burnS
		);
		const energy = (p: (typeof pts)[0]) =>
			(p.speedKms * p.speedKms) / 2 - MU_KM3_S2 / (6371.0088 + p.altitudeKm);
		const power = (p: (typeof pts)[0]) =>
			((s.mdot * G0_M_S2 * 300) / (s.m0 - s.mdot * p.t) / 1000) * p.speedKms;
		let work = 0;
		for (let i = 1; i < pts.length; i++)
			work += ((power(pts[i]) + power(pts[i - 1])) / 2) * (pts[i].t - pts[i - 1].t);
		expect(work / (energy(pts.at(-1)!) - energy(pts[0]))).toBeCloseTo(1, 5);
	});
});
