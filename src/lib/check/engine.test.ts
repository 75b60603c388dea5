/**
 * Today's engine view: flight times on Kepler arcs checked against the closed-form arc through the same
 * range and apogee, and the stand-in for the Monte Carlo's P5-P95 read from `estimateTest`.
 */
import { describe, expect, it } from 'vitest';
import { estimateTest, keplerFromBurnout, keplerFromRangeApogee } from '../physics/index.ts';
import { depressedArcTime, estimateEngineView, minimumEnergyArc } from './engine.ts';

describe('flight-time arcs', () => {
	it.each([1000, 3496, 8000, 13000])(
		'the minimum-energy arc over %d km is the closed-form arc through its range and apogee',
		(rangeKm) => {
			const me = minimumEnergyArc(rangeKm)!;
			const halfPsiDeg = rangeKm / 6371.0088 / 2 / (Math.PI / 180);
			const fwd = keplerFromBurnout({
				burnoutSpeedKms: me.speedKms,
				burnoutAngleDeg: 45 - halfPsiDeg / 2
			});
			if (!fwd.ok || fwd.apogeeKm === null) throw new Error('no arc');
			const closed = keplerFromRangeApogee({ rangeKm, apogeeKm: fwd.apogeeKm });
			if (!closed.ok) throw new Error(closed.message);
			expect(me.timeS).toBeCloseTo(closed.freeFlightTimeS, 3);
			expect(closed.rangeKm).toBeCloseTo(rangeKm, 6);
		}
	);

	it('a depressed arc at the minimum-energy speed is the minimum-energy arc, and faster speeds arrive sooner', () => {
		const me = minimumEnergyArc(3496)!;
		expect(depressedArcTime(me.speedKms * (1 + 1e-9), 3496)).toBeCloseTo(me.timeS, -1);
		const faster = depressedArcTime(me.speedKms * 1.1, 3496)!;
		const fastest = depressedArcTime(me.speedKms * 1.3, 3496)!;
		expect(faster).toBeLessThan(me.timeS);
		expect(fastest).toBeLessThan(faster);
		expect(depressedArcTime(me.speedKms * 0.99, 3496)).toBeNull();
	});
});

describe('estimateEngineView', () => {
	it('uses the powered band as the P5-P95 stand-in and says so', () => {
		const est = estimateTest('2022-01-30-hwasong-12');
		if (!est.ok || !est.powered?.bandKm) throw new Error('no powered estimate');
		const view = estimateEngineView('2022-01-30-hwasong-12')!;
		expect(view.rangeKm).toEqual({
			p05: est.powered.bandKm[0],
			p50: est.powered.standardRangeKm,
			p95: est.powered.bandKm[1]
		});
		expect(view.basis).toMatch(/standing in for the P5–P95/);
		const guam = view.timesToTarget['andersen-afb'];
		expect(guam.depressedS!).toBeLessThan(guam.minimumEnergyS!);
		expect(view.timesToTarget['washington-dc'].minimumEnergyS).toBeNull();
	});

	it('has no upper figure for an orbital vehicle, and nothing for an unknown test', () => {
		const view = estimateEngineView('2022-11-18-hwasong-17')!;
		expect(view.orbital).toBe(true);
		expect(view.rangeKm.p95).toBeNull();
		expect(estimateEngineView('no-such-test')).toBeNull();
	});
});
