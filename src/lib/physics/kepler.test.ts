import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, MU_KM3_S2 } from './constants.ts';
import {
	keplerArcPoints,
	keplerFromBurnout,
	keplerFromRangeApogee,
	minimumEnergyRange
} from './kepler.ts';

const DU = EARTH_RADIUS_KM;
const DU_PER_TU = Math.sqrt(MU_KM3_S2 / EARTH_RADIUS_KM); // km/s

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
	if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
	return r as Extract<T, { ok: true }>;
}

describe('keplerFromRangeApogee', () => {
	it('reproduces the Bate-Mueller-White worked example (h_bo 0.2 DU, v_bo 2/3 DU/TU, apogee 0.5 DU: Psi 36.4 deg)', () => {
		// Inverse: with Psi = 36.4 deg the burnout speed must come out at 2/3 DU/TU.
		const arc = ok(
			keplerFromRangeApogee({
				rangeKm: ((36.4 * Math.PI) / 180) * DU,
				apogeeKm: 0.5 * DU,
				burnoutAltitudeKm: 0.2 * DU
			})
		);
		expect(arc.burnoutSpeedKms / DU_PER_TU).toBeCloseTo(2 / 3, 3);
		// Forward: v = 2/3 DU/TU at that angle flies 36.4 deg and peaks at 0.5 DU.
		const fwd = ok(
			keplerFromBurnout({
				burnoutSpeedKms: (2 / 3) * DU_PER_TU,
				burnoutAngleDeg: arc.burnoutAngleDeg,
				burnoutAltitudeKm: 0.2 * DU
			})
		);
		expect(fwd.rangeAngleDeg!).toBeCloseTo(36.4, 1);
		expect(fwd.apogeeKm! / DU).toBeCloseTo(0.5, 3);
	});

	it('gives the physics.md check values for 30 Jan 2022 (800 km, 2,000 km apogee)', () => {
		const arc = ok(keplerFromRangeApogee({ rangeKm: 800, apogeeKm: 2000 }));
		expect(arc.burnoutSpeedKms).toBeCloseTo(5.5, 1);
		expect(arc.burnoutAngleDeg).toBeCloseTo(82.5, 1);
		expect(arc.freeFlightTimeS / 60).toBeGreaterThan(26);
		expect(arc.freeFlightTimeS / 60).toBeLessThan(28);
		const me = ok(minimumEnergyRange({ burnoutSpeedKms: arc.burnoutSpeedKms }));
		expect(me.rangeKm!).toBeGreaterThan(4100);
		expect(me.rangeKm!).toBeLessThan(4140);
	});

	it('a vertical shot reaches the energy-conservation apogee (range -> 0)', () => {
		const arc = ok(keplerFromRangeApogee({ rangeKm: 0.001, apogeeKm: 1000 }));
		const r0 = EARTH_RADIUS_KM;
		const ra = r0 + 1000;
		const vVertical = Math.sqrt(2 * MU_KM3_S2 * (1 / r0 - 1 / ra));
		expect(arc.burnoutSpeedKms).toBeCloseTo(vVertical, 5);
		expect(arc.burnoutAngleDeg).toBeCloseTo(90, 3);
	});

	it.each([
		[{ rangeKm: 0, apogeeKm: 2000 }, 'not-positive'],
		[{ rangeKm: -800, apogeeKm: 2000 }, 'not-positive'],
		[{ rangeKm: 800, apogeeKm: Number.NaN }, 'not-finite'],
		[{ rangeKm: 800, apogeeKm: Infinity }, 'not-finite'],
		[{ rangeKm: 800, apogeeKm: 100, burnoutAltitudeKm: 200 }, 'apogee-too-low'],
		[{ rangeKm: 25000, apogeeKm: 2000 }, 'range-too-long'],
		[{ rangeKm: 800, apogeeKm: 2000, burnoutAltitudeKm: -1 }, 'not-positive']
	])('rejects %j with a typed error (%s) and a message', (input, code) => {
		const r = keplerFromRangeApogee(input);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.code).toBe(code);
			expect(r.message.length).toBeGreaterThan(20);
		}
	});
});

describe('Kepler round trips', () => {
	it.each([
		[800, 2000, 0],
		[933, 2802, 0],
		[950, 4475, 300],
		[2700, 550, 0],
		[10000, 1300, 200]
	])(
		'range %d km, apogee %d km, burnout %d km: inverse then forward returns the inputs',
		(rangeKm, apogeeKm, h) => {
			const arc = ok(keplerFromRangeApogee({ rangeKm, apogeeKm, burnoutAltitudeKm: h }));
			const fwd = ok(
				keplerFromBurnout({
					burnoutSpeedKms: arc.burnoutSpeedKms,
					burnoutAngleDeg: arc.burnoutAngleDeg,
					burnoutAltitudeKm: h
				})
			);
			expect(fwd.rangeKm! / rangeKm).toBeCloseTo(1, 9);
			expect(fwd.apogeeKm! / apogeeKm).toBeCloseTo(1, 9);
			expect(fwd.freeFlightTimeS! / arc.freeFlightTimeS).toBeCloseTo(1, 9);
		}
	);

	it('forward then inverse returns the burnout state (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 7.5, noNaN: true }),
				fc.double({ min: 5, max: 85, noNaN: true }),
				fc.double({ min: 0, max: 500, noNaN: true }),
				(v, gamma, h) => {
					const fwd = keplerFromBurnout({
						burnoutSpeedKms: v,
						burnoutAngleDeg: gamma,
						burnoutAltitudeKm: h
					});
					if (!fwd.ok || fwd.orbital || fwd.rangeKm! >= Math.PI * EARTH_RADIUS_KM * 0.999)
						return true;
					const inv = ok(
						keplerFromRangeApogee({
							rangeKm: fwd.rangeKm!,
							apogeeKm: fwd.apogeeKm!,
							burnoutAltitudeKm: h
						})
					);
					return (
						Math.abs(inv.burnoutSpeedKms - v) < 1e-6 * v &&
						Math.abs(inv.burnoutAngleDeg - gamma) < 1e-5
					);
				}
			),
			{ numRuns: 300 }
		);
		expect(true).toBe(true);
	});
});

describe('minimumEnergyRange', () => {
	it('tends to the flat-Earth v^2/g for slow burnouts', () => {
		const v = 0.1; // km/s: curvature corrections are of order Q = v^2 R / mu ~ 1.6e-4
		const g = MU_KM3_S2 / EARTH_RADIUS_KM ** 2;
		const me = ok(minimumEnergyRange({ burnoutSpeedKms: v }));
		expect(me.rangeKm! / ((v * v) / g)).toBeCloseTo(1, 3);
		expect(me.burnoutAngleDeg!).toBeCloseTo(45, 1);
	});

	it('satisfies gamma = 45 deg - Psi/4 and is the maximum over flight-path angles', () => {
		const v = 6;
		const me = ok(minimumEnergyRange({ burnoutSpeedKms: v, burnoutAltitudeKm: 100 }));
		expect(me.burnoutAngleDeg!).toBeCloseTo(45 - me.rangeAngleDeg! / 4, 9);
		for (const d of [-3, -1, 1, 3]) {
			const other = ok(
				keplerFromBurnout({
					burnoutSpeedKms: v,
					burnoutAngleDeg: me.burnoutAngleDeg! + d,
					burnoutAltitudeKm: 100
				})
			);
			expect(other.rangeKm!).toBeLessThan(me.rangeKm!);
		}
	});

	it('reports orbital speed as orbital, never as a number', () => {
		const vCirc = Math.sqrt(MU_KM3_S2 / EARTH_RADIUS_KM);
		for (const v of [vCirc, vCirc * 1.01, 11.5]) {
			const me = ok(minimumEnergyRange({ burnoutSpeedKms: v }));
			expect(me.orbital).toBe(true);
			expect(me.rangeKm).toBeNull();
		}
		const just = ok(minimumEnergyRange({ burnoutSpeedKms: vCirc * 0.999 }));
		expect(just.orbital).toBe(false);
		expect(Number.isFinite(just.rangeKm)).toBe(true);
	});

	it('rejects zero, negative and non-finite speeds', () => {
		for (const v of [0, -1, Number.NaN])
			expect(minimumEnergyRange({ burnoutSpeedKms: v }).ok).toBe(false);
	});
});

describe('keplerArcPoints', () => {
	it('starts at burnout, peaks at the apogee mid-range and ends at the range after the free-flight time', () => {
		const arc = ok(keplerFromRangeApogee({ rangeKm: 800, apogeeKm: 2000 }));
		const pts = keplerArcPoints(arc, 201);
		expect(pts[0]).toMatchObject({ t: 0, altitudeKm: 0, downrangeKm: 0 });
		const last = pts[pts.length - 1];
		expect(last.downrangeKm).toBeCloseTo(800, 6);
		expect(last.t).toBeCloseTo(arc.freeFlightTimeS, 6);
		const top = pts[100];
		expect(top.altitudeKm).toBeCloseTo(2000, 6);
		expect(top.downrangeKm).toBeCloseTo(400, 6);
		expect(pts.every((p) => Number.isFinite(p.speedKms) && p.speedKms > 0)).toBe(true);
	});
});
