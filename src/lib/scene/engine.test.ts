import { describe, expect, it } from 'vitest';
import { getPlace, getTest, tests } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import type { Test } from '../data/types.ts';
import { impactPoint } from '../geo/impact.ts';
import { fly } from '../physics/flight.ts';
import { internalsOf } from '../physics/index.ts';
import { flownVehicle } from '../physics/vehicle.ts';
import {
	engineForTest,
	estimateTest,
	jointForMissile,
	notApplicableReason,
	profileForTest,
	reachContour,
	testAzimuthDeg
} from './engine.ts';

const applicable = tests.filter((t) => notApplicableReason(t) === null);

describe('estimateTest on every test the engine applies to', () => {
	it('applies to every lofted or standard test with apogee and range, and there are such tests', () => {
		expect(applicable.length).toBeGreaterThanOrEqual(10);
		for (const t of tests)
			expect(notApplicableReason(t) === null).toBe(
				(t.trajectory === 'lofted' || t.trajectory === 'standard') &&
					t.outcome !== 'failure' &&
					summarizeFigures(t).apogeeKm !== null &&
					summarizeFigures(t).rangeKm !== null
			);
	});

	it.each(applicable.map((t) => t.id))(
		'%s: the calibrated test flight, re-flown with an integrated coast, matches apogee and range to 1 %',
		(id) => {
			const est = estimateTest(id, { samples: 0 });
			expect(est.ok).toBe(true);
			if (!est.ok) return;
			const inner = internalsOf(est)!;
			const s = summarizeFigures(getTest(id)!);
			const f = fly(
				flownVehicle(inner.calibrated, inner.cal.fit.dvKms, 1),
				inner.cal.fit.steering,
				{
					...inner.geom,
					coast: 'integrate'
				}
			);
			expect(Math.abs(f.apogeeKm / s.apogeeKm!.central - 1)).toBeLessThan(0.01);
			expect(Math.abs(f.rangeKm / s.rangeKm!.central - 1)).toBeLessThan(0.01);
			expect(JSON.stringify(est)).not.toMatch(/NaN/);
			if (est.powered && !est.powered.orbital)
				expect(est.powered.standardRangeKm!).toBeGreaterThan(0.5 * est.kepler.standardRangeKm!);
		}
	);

	it('returns a typed "not applicable" result that says why, for glide and failed tests', () => {
		const base = getTest('2022-01-30-hwasong-12')!;
		const glide = { ...base, trajectory: 'glide' } as unknown as Test;
		const failed = { ...base, trajectory: 'failed-early' } as unknown as Test;
		expect(notApplicableReason(glide)).toMatch(/lofted conversion|ballistic conversion/);
		expect(notApplicableReason(failed)).toMatch(/failed early/);
		const noApogee = { ...base, figures: { ...base.figures, apogeeKm: [] } };
		expect(notApplicableReason(noApogee)).toMatch(/no reported apogee/);
		const unknown = estimateTest('1999-01-01-nothing');
		expect(unknown.ok).toBe(false);
		if (!unknown.ok) expect(unknown.message).toMatch(/2022-01-30-hwasong-12/);
	});

	it('the launch azimuth is the one the map draws the impact toward', () => {
		for (const t of applicable) {
			const site = getPlace(t.siteId)!;
			const map = impactPoint(t, site, summarizeFigures(t).rangeKm!.central);
			expect(testAzimuthDeg(t)).toBeCloseTo(map.azimuthDeg, 6);
		}
	});
});

describe('the Monte Carlo of a dataset test', () => {
	it('P50 converges: two seeds at the default sample count agree within 1 %', () => {
		const a = estimateTest('2022-01-30-hwasong-12', { seed: 1 });
		const b = estimateTest('2022-01-30-hwasong-12', { seed: 2 });
		expect(a.ok && b.ok).toBe(true);
		if (!a.ok || !b.ok) return;
		const [pa, pb] = [a.montecarlo!.p50!, b.montecarlo!.p50!];
		expect(Math.abs(pa / pb - 1)).toBeLessThan(0.01);
		expect(a.montecarlo!.samples).toBe(1000);
	});

	it('engineForTest: payload curve falling with payload, no negative payload, times to every target', () => {
		const e = engineForTest('2022-01-30-hwasong-12', { samples: 120, payloadSamples: 40 });
		expect(e.ok).toBe(true);
		if (!e.ok) return;
		const p50 = e.payload!.points.map((q) => q.p50!);
		for (let i = 1; i < p50.length; i++) expect(p50[i]).toBeLessThan(p50[i - 1]);
		expect(e.payload!.impliedPayloadKg!.p05!).toBeGreaterThan(0);
		const guam = e.targets.find((t) => t.id === 'andersen-afb')!;
		expect(guam.probability).toBeGreaterThan(0);
		expect(guam.flightTimeS.depressed!.seconds).toBeLessThan(guam.flightTimeS.minimumEnergy.p50!);
		expect(guam.flightTimeS.minimumEnergy.p05!).toBeLessThanOrEqual(
			guam.flightTimeS.minimumEnergy.p95!
		);
		expect(JSON.stringify(e)).not.toMatch(/NaN|"impliedPayloadKg":-/);
	});
});

describe('jointForMissile: one rocket for all tests of a missile', () => {
	it.each(['hwasong-12', 'hwasong-17', 'hwasong-14', 'hwasong-18'])(
		'%s: reproduces each included test within 3 sigma, and says why any other is left out',
		(id) => {
			const j = jointForMissile(id)!;
			expect(j.fit.ok).toBe(true);
			for (const t of j.fit.tests) {
				if (t.included) {
					expect(Math.abs(t.apogeeSigma)).toBeLessThanOrEqual(3);
					expect(Math.abs(t.rangeSigma)).toBeLessThanOrEqual(3);
					if (t.flightTimeSigma !== null)
						expect(Math.abs(t.flightTimeSigma)).toBeLessThanOrEqual(3);
				} else expect(t.reason).toMatch(/sigma|reproduces/);
			}
			expect(j.fit.tests.filter((t) => t.included).length).toBeGreaterThanOrEqual(1);
			expect(j.singleTest).toHaveLength(j.fit.tests.length);
		}
	);

	it('leaves out 24 Mar 2022 ("Hwasong-17" per KCNA, a Hwasong-15 per ROK and US): its flight time', () => {
		const t = jointForMissile('hwasong-17')!.fit.tests.find(
			(x) => x.testId === '2022-03-24-hwasong-17'
		)!;
		expect(t.included).toBe(false);
		expect(t.reason).toMatch(/flight time/);
	});
});

describe('profileForTest and reachContour', () => {
	it('30 Jan 2022: the lofted profile peaks at the reported apogee and ends at the reported range', () => {
		const p = profileForTest('2022-01-30-hwasong-12');
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		expect(p.source).toBe('powered');
		expect(Math.max(...p.lofted.map((q) => q.altitudeKm)) / 2000).toBeCloseTo(1, 2);
		expect(p.lofted.at(-1)!.downrangeKm / 800).toBeCloseTo(1, 2);
		const est = estimateTest('2022-01-30-hwasong-12', { samples: 0 });
		if (est.ok)
			expect(p.standard.at(-1)!.downrangeKm / est.powered!.standardRangeKm!).toBeCloseTo(1, 3);
	});

	it('30 Jan 2022: 360 azimuths on the rotating Earth, farther east than west', () => {
		const c = reachContour('2022-01-30-hwasong-12');
		expect(c.ok).toBe(true);
		if (!c.ok) return;
		expect(c.points).toHaveLength(360);
		const at = (az: number) => c.points.find((p) => p.azimuthDeg === az)!.rangeKm;
		expect(at(90)).toBeGreaterThan(at(270));
	});
});

describe('profileForTest of an orbital rocket', () => {
	it('draws a payload scenario instead of a missing standard curve', () => {
		const p = profileForTest('2022-11-18-hwasong-17');
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		expect(p.standardOrbital).toBe(true);
		expect(p.standard).toEqual([]);
		const s = p.standardScenario!;
		expect(s.addedPayloadKg).toBeGreaterThan(0);
		expect(s.points.length).toBeGreaterThan(10);
		expect(s.points.at(-1)!.downrangeKm / s.summary.rangeKm).toBeCloseTo(1, 3);
		const fine = profileForTest('2022-01-30-hwasong-12');
		expect(fine.ok && fine.standardScenario).toBeNull();
	});
});

describe('reachContour of an orbital rocket', () => {
	it('is orbital as tested, and a finite, lopsided contour with the payload scenario', () => {
		const id = '2022-11-18-hwasong-17';
		const orbital = reachContour(id, { launchAzimuths: 12, outputCount: 36 });
		expect(orbital.ok && orbital.orbital).toBe(true);
		const p = profileForTest(id);
		const added = p.ok ? p.standardScenario!.addedPayloadKg : 0;
		const c = reachContour(id, { addedPayloadKg: added, launchAzimuths: 24, outputCount: 36 });
		expect(c.ok && !c.orbital).toBe(true);
		if (!c.ok) return;
		expect(c.points).toHaveLength(36);
		const east = c.points.find((q) => q.azimuthDeg === 90)!.rangeKm;
		const west = c.points.find((q) => q.azimuthDeg === 270)!.rangeKm;
		expect(east).toBeGreaterThan(west);
	});
});
