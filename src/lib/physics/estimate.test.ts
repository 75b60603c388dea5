import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, internalsOf } from './estimate.ts';

describe('estimate (bare figures, generic vehicle)', () => {
	it('30 Jan 2022 figures: the Kepler floor of physics.md, and a feasible generic rocket near it', () => {
		const est = estimate({ rangeKm: 800, apogeeKm: 2000 });
		expect(est.ok).toBe(true);
		if (!est.ok) return;
		expect(est.kepler.standardRangeKm!).toBeGreaterThan(4100);
		expect(est.kepler.standardRangeKm!).toBeLessThan(4140);
		expect(est.kepler.floorApplies).toBe(true);
		expect(est.feasibility.feasible).toBe(true);
		const p = est.powered!;
		// One stage cannot give the delta-v with a positive payload (physics.md): two stages are chosen.
		expect(p.stageCount).toBe(2);
		expect(p.calibration.impliedPayloadKg).toBeGreaterThan(0);
		expect(p.standardRangeKm! / est.kepler.standardRangeKm!).toBeGreaterThan(1);
		expect(p.standardRangeKm! / est.kepler.standardRangeKm!).toBeLessThan(1.6);
		expect(p.rotating).toEqual([]);
		expect(p.bandKm).toBeNull();
		expect(est.montecarlo).toBeNull();
	});

	it('a forced one-stage generic vehicle is reported infeasible with the reason, never a negative payload', () => {
		const est = estimate({ rangeKm: 800, apogeeKm: 2000, stageCount: 1 });
		expect(est.ok).toBe(true);
		if (!est.ok) return;
		expect(est.feasibility.feasible).toBe(false);
		expect(est.feasibility.reason).toMatch(
			/km\/s of ideal delta-v.*at most 6\.\d\d km\/s with no payload/
		);
		expect(est.powered).toBeNull();
		expect(est.poweredNote).toMatch(/^Infeasible/);
		expect(JSON.stringify(est)).not.toMatch(/"impliedPayloadKg":-/);
	});

	it('refuses figures no ballistic flight has, with a message saying why', () => {
		const cases: [Parameters<typeof estimate>[0], RegExp][] = [
			[{ rangeKm: 800, apogeeKm: 1e9 }, /sphere of influence/],
			[{ rangeKm: 25000, apogeeKm: 2000 }, /half the Earth's circumference/],
			[{ rangeKm: 3000, apogeeKm: 20 }, /too low for a 3,000 km ballistic flight/],
			[{ rangeKm: 800, apogeeKm: 2000, flightTimeS: 600 }, /shorter than the free flight alone/],
			[{ rangeKm: 800, apogeeKm: 100, burnoutAltitudeKm: 300 }, /not above the burnout altitude/],
			[{ rangeKm: 0, apogeeKm: 2000 }, /greater than zero/],
			[{ rangeKm: 800, apogeeKm: Number.NaN }, /finite/]
		];
		for (const [input, message] of cases) {
			const est = estimate(input);
			expect(est.ok).toBe(false);
			if (!est.ok) expect(est.message).toMatch(message);
		}
	});

	it('says when the Kepler floor is not a floor: burnout altitude assumed, or a near-standard arc', () => {
		const high = estimate({ rangeKm: 800, apogeeKm: 2000, burnoutAltitudeKm: 1999 });
		expect(high.ok && high.kepler.floorApplies).toBe(false);
		if (high.ok) expect(high.kepler.floorNote).toMatch(/assumed burnout altitude/);
		const flat = estimate({ rangeKm: 3470, apogeeKm: 204.631 });
		expect(flat.ok && flat.kepler.floorApplies).toBe(false);
		if (flat.ok) {
			expect(flat.kepler.floorNote).toMatch(/depressed|minimum-energy/);
			expect(flat.consistency.flags.map((f) => f.code)).not.toContain('below-kepler-floor');
		}
	});

	it('with samples, runs the Monte Carlo: percentiles in order, band = [P5, P95], deterministic for a seed', () => {
		const run = () => estimate({ rangeKm: 800, apogeeKm: 2000, samples: 24, seed: 5 });
		const a = run();
		const b = run();
		expect(a.ok && b.ok).toBe(true);
		if (!a.ok || !b.ok) return;
		const m = a.montecarlo!;
		expect(m.samples).toBe(24);
		expect(m.p05!).toBeLessThanOrEqual(m.p50!);
		expect(m.p50!).toBeLessThanOrEqual(m.p95!);
		expect(a.powered!.bandKm).toEqual([m.p05, m.p95]);
		expect(JSON.stringify(b.montecarlo)).toBe(JSON.stringify(m));
		expect(internalsOf(a)!.samples).toHaveLength(24);
	});

	it('reports progress from 0 to 1, in order', () => {
		const seen: number[] = [];
		estimate({ rangeKm: 800, apogeeKm: 2000, samples: 10 }, (p) => seen.push(p.fraction));
		expect(seen.at(-1)).toBe(1);
		expect([...seen].sort((x, y) => x - y)).toEqual(seen);
	});

	it('any figures give either a typed error or a result without NaN (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -100, max: 25000, noNaN: false }),
				fc.double({ min: -100, max: 9000, noNaN: false }),
				(rangeKm, apogeeKm) => {
					const est = estimate({ rangeKm, apogeeKm, contour: false });
					if (!est.ok) return typeof est.message === 'string' && est.message.length > 10;
					return !/NaN/.test(JSON.stringify(est));
				}
			),
			{ numRuns: 12 }
		);
		expect(true).toBe(true);
	});
});
