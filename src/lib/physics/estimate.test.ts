import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getTest, tests } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import { estimate, internalsOf } from './estimate.ts';
import { fly } from './flight.ts';
import { estimateTest, profileForTest, reachContour } from './index.ts';
import { flownVehicle } from './vehicle.ts';

const lofted = tests.filter((t) => t.trajectory === 'lofted');

describe('estimateTest on every lofted test of the dataset', () => {
	it('has lofted tests to estimate', () => {
		expect(lofted.length).toBeGreaterThanOrEqual(10);
	});

	it.each(lofted.map((t) => t.id))(
		'%s: calibrated flight re-flown independently matches apogee and range to 1 %',
		(id) => {
			const est = estimateTest(id);
			expect(est.ok).toBe(true);
			if (!est.ok) return;
			const inner = internalsOf(est)!;
			const s = summarizeFigures(getTest(id)!);
			// Re-fly with the integrated (not closed-form) coast: independent of the calibration's own path.
			const f = fly(
				flownVehicle(inner.model, inner.cal.fit.dvKms, inner.cal.fit.freeScale),
				{
					verticalRiseS: inner.model.verticalRiseS,
					finalPitchDeg: inner.cal.fit.finalPitchDeg,
					shape: 1
				},
				{ ...inner.geom, coast: 'integrate' }
			);
			expect(Math.abs(f.apogeeKm / s.apogeeKm!.central - 1)).toBeLessThan(0.01);
			expect(Math.abs(f.rangeKm / s.rangeKm!.central - 1)).toBeLessThan(0.01);
			expect(Math.abs(est.powered!.residuals.apogeeRel)).toBeLessThan(0.01);
			expect(Math.abs(est.powered!.residuals.rangeRel)).toBeLessThan(0.01);
		}
	);

	it.each(lofted.map((t) => t.id))(
		'%s: a powered estimate with its band, or an explained orbital result',
		(id) => {
			const est = estimateTest(id);
			expect(est.ok).toBe(true);
			if (!est.ok) return;
			const p = est.powered!;
			expect(p).not.toBeNull();
			expect(p.sensitivity.length).toBeGreaterThanOrEqual(4);
			expect(p.assumptions.some((a) => a.basis === 'fitted')).toBe(true);
			if (p.orbital) {
				expect(p.standardRangeKm).toBeNull();
				expect(est.poweredNote).toMatch(/orbital/);
			} else {
				const floor = est.kepler.standardRangeKm!;
				expect(p.standardRangeKm!).toBeGreaterThan(floor);
				expect(p.bandKm![0]).toBeLessThan(p.standardRangeKm!);
				if (p.bandKm![1] !== null) expect(p.bandKm![1]).toBeGreaterThan(p.standardRangeKm!);
				expect(p.dominantAssumption).toBeTruthy();
			}
			// Never NaN anywhere in the output.
			expect(JSON.stringify(est)).not.toMatch(/NaN/);
		}
	);
});

describe('estimate', () => {
	it('Hwasong-12 from 14 May 2017 lands within 15 % of the published 4,500 km (a sanity check, not a target)', () => {
		const est = estimateTest('2017-05-14-hwasong-12');
		expect(est.ok && est.powered?.standardRangeKm).toBeTruthy();
		if (est.ok) expect(Math.abs(est.powered!.standardRangeKm! / 4500 - 1)).toBeLessThan(0.15);
	});

	it('bare figures with a generic vehicle: above the Kepler floor, below 1.3 times it', () => {
		const est = estimate({ rangeKm: 800, apogeeKm: 2000, band: false });
		expect(est.ok).toBe(true);
		if (!est.ok) return;
		expect(est.kepler.standardRangeKm!).toBeGreaterThan(4100);
		const r = est.powered!.standardRangeKm!;
		expect(r / est.kepler.standardRangeKm!).toBeGreaterThan(1);
		expect(r / est.kepler.standardRangeKm!).toBeLessThan(1.3);
		expect(est.powered!.rotating).toEqual([]);
	});

	it('rejects bad input with a typed error', () => {
		expect(estimate({ rangeKm: 0, apogeeKm: 2000 }).ok).toBe(false);
		expect(estimate({ rangeKm: 800, apogeeKm: Number.NaN }).ok).toBe(false);
		expect(estimate({ rangeKm: 800, apogeeKm: 100, burnoutAltitudeKm: 300 }).ok).toBe(false);
		const unknown = estimateTest('1999-01-01-nothing');
		expect(unknown.ok).toBe(false);
		if (!unknown.ok) expect(unknown.message).toMatch(/2022-01-30-hwasong-12/);
	});

	it('flags a flight time too short for the arc', () => {
		const est = estimate({ rangeKm: 800, apogeeKm: 2000, flightTimeS: 600, band: false });
		expect(est.ok).toBe(true);
		if (!est.ok) return;
		expect(est.consistency.consistent).toBe(false);
		expect(est.consistency.flags.map((f) => f.code)).toContain('time-too-short-for-arc');
	});

	it('flags 24 Mar 2022 ("Hwasong-17" per KCNA, a Hwasong-15 per ROK/US): its flight time does not fit a Hwasong-17', () => {
		const est = estimateTest('2022-03-24-hwasong-17');
		expect(est.ok).toBe(true);
		if (est.ok) expect(est.consistency.flags.map((f) => f.code)).toContain('time-mismatch');
	});

	it('any figures give either a typed error or a result without NaN (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -100, max: 25000, noNaN: false }),
				fc.double({ min: -100, max: 9000, noNaN: false }),
				(rangeKm, apogeeKm) => {
					const est = estimate({ rangeKm, apogeeKm, band: false, contour: false });
					if (!est.ok) return typeof est.message === 'string' && est.message.length > 10;
					return !/NaN/.test(JSON.stringify(est));
				}
			),
			{ numRuns: 15 }
		);
		expect(true).toBe(true);
	});

	it('reports progress from 0 to 1', () => {
		const seen: number[] = [];
		estimate({ rangeKm: 800, apogeeKm: 2000, band: false }, (p) => seen.push(p.fraction));
		expect(seen[seen.length - 1]).toBe(1);
		expect([...seen].sort((a, b) => a - b)).toEqual(seen);
	});
});

describe('profileForTest', () => {
	it('30 Jan 2022: the lofted profile peaks at the reported apogee and ends at the reported range', () => {
		const p = profileForTest('2022-01-30-hwasong-12');
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		expect(p.source).toBe('powered');
		const top = Math.max(...p.lofted.map((q) => q.altitudeKm));
		expect(top / 2000).toBeCloseTo(1, 2);
		expect(p.lofted[p.lofted.length - 1].downrangeKm / 800).toBeCloseTo(1, 2);
		const est = estimateTest('2022-01-30-hwasong-12');
		if (est.ok)
			expect(
				p.standard[p.standard.length - 1].downrangeKm / est.powered!.standardRangeKm!
			).toBeCloseTo(1, 3);
	});
});

describe('reachContour', () => {
	it('30 Jan 2022: 360 azimuths, farther east than west', () => {
		const c = reachContour('2022-01-30-hwasong-12');
		expect(c.ok).toBe(true);
		if (!c.ok) return;
		expect(c.points).toHaveLength(360);
		const at = (az: number) => c.points.find((p) => p.azimuthDeg === az)!.rangeKm;
		expect(at(90)).toBeGreaterThan(at(270));
	});
});
