import { describe, expect, it } from 'vitest';
import { keplerArcFromBurnout, keplerArcFromRangeApogee, minimumEnergyArc } from './keplerArc.ts';
import { EARTH_RADIUS_KM, MU_KM3_S2 } from '../physics/constants.ts';

describe('keplerArcFromRangeApogee', () => {
	// Check values from ../shared/reference/physics.md (surface burnout, R = 6371.0088 km):
	// 800 km range, 2,000 km apogee -> v_bo about 5.50 km/s, gamma about 82.5 deg, free flight about 27 min.
	const arc = keplerArcFromRangeApogee(800, 2000);

	it('matches the reference values for the 30 Jan 2022 test', () => {
		expect(arc.ok).toBe(true);
		if (!arc.ok) return;
		expect(arc.burnoutSpeedKms).toBeCloseTo(5.5, 1);
		expect(arc.burnoutGammaDeg).toBeCloseTo(82.5, 0);
		expect(arc.flightTimeS / 60).toBeGreaterThan(26);
		expect(arc.flightTimeS / 60).toBeLessThan(28.5);
	});

	it('flies through the reported apogee at mid-flight and lands at the reported range', () => {
		if (!arc.ok) throw new Error(arc.message);
		const top = arc.points.reduce((b, p) => (p.altitudeKm > b.altitudeKm ? p : b));
		expect(top.altitudeKm).toBeCloseTo(2000, -1);
		expect(top.downrangeKm).toBeCloseTo(400, -1);
		expect(top.t).toBeCloseTo(arc.flightTimeS / 2, -1);
		const last = arc.points[arc.points.length - 1];
		expect(last.downrangeKm).toBeCloseTo(800, 6);
		expect(last.altitudeKm).toBe(0);
		expect(arc.points[0]).toMatchObject({ t: 0, altitudeKm: 0, downrangeKm: 0 });
	});

	it('conserves energy along the arc (vis-viva: v^2/2 - mu/r is constant)', () => {
		if (!arc.ok) throw new Error(arc.message);
		const energy = (p: { altitudeKm: number; speedKms: number }) =>
			p.speedKms ** 2 / 2 - MU_KM3_S2 / (EARTH_RADIUS_KM + p.altitudeKm);
		const e0 = energy(arc.points[0]);
		for (const p of arc.points.slice(1, -1)) expect(energy(p)).toBeCloseTo(e0, 6);
	});

	it('needs a faster, steeper shot for a higher apogee at the same range', () => {
		const low = keplerArcFromRangeApogee(800, 1000);
		const high = keplerArcFromRangeApogee(800, 3000);
		if (!low.ok || !high.ok) throw new Error('unexpected failure');
		expect(high.burnoutSpeedKms).toBeGreaterThan(low.burnoutSpeedKms);
		expect(high.burnoutGammaDeg).toBeGreaterThan(low.burnoutGammaDeg);
	});

	it('refuses impossible inputs with a message saying what to change', () => {
		const low = keplerArcFromRangeApogee(4000, 50);
		expect(low.ok).toBe(false);
		if (!low.ok) expect(low.message).toMatch(/too low.*raise the apogee/);
		const bad = keplerArcFromRangeApogee(NaN, 2000);
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.message).toMatch(/Range must be a positive number/);
	});
});

describe('minimumEnergyArc', () => {
	it('gives about 4,120 km at the 30 Jan 2022 burnout speed (reference value)', () => {
		const lofted = keplerArcFromRangeApogee(800, 2000);
		if (!lofted.ok) throw new Error(lofted.message);
		const std = minimumEnergyArc(lofted.burnoutSpeedKms);
		if (!std.ok) throw new Error(std.message);
		expect(std.rangeKm).toBeGreaterThan(4050);
		expect(std.rangeKm).toBeLessThan(4200);
		// The minimum-energy shot is flatter than 45 degrees and lower than the lofted one.
		expect(std.burnoutGammaDeg).toBeLessThan(45);
		expect(std.apogeeKm).toBeLessThan(2000);
	});

	it('is the longest range at that speed: 2 degrees either side flies shorter', () => {
		const std = minimumEnergyArc(5);
		if (!std.ok) throw new Error(std.message);
		for (const d of [-2, 2]) {
			const other = keplerArcFromBurnout(5, std.burnoutGammaDeg + d);
			if (!other.ok) throw new Error(other.message);
			expect(other.rangeKm).toBeLessThan(std.rangeKm);
		}
	});

	it('refuses orbital speeds', () => {
		const orbital = minimumEnergyArc(8);
		expect(orbital.ok).toBe(false);
	});
});
