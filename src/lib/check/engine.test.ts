/**
 * The checker reads the same Monte Carlo the pages show: its range figures are the engine's P5/P50/P95 and
 * its times to a target the engine's flight times for that target.
 */
import { describe, expect, it } from 'vitest';
import { engineForTest } from '../scene/engine.ts';
import { estimateEngineView } from './engine.ts';

describe('estimateEngineView', () => {
	it('carries the Monte Carlo percentiles and the flight times of the test page', () => {
		const summary = engineForTest('2022-01-30-hwasong-12');
		if (!summary.ok || !summary.estimate.montecarlo) throw new Error('no Monte Carlo');
		const mc = summary.estimate.montecarlo;
		const view = estimateEngineView('2022-01-30-hwasong-12')!;
		expect(view.rangeKm).toEqual({ p05: mc.p05, p50: mc.p50, p95: mc.p95 });
		expect(view.basis).toMatch(/P5–P95 of the engine’s Monte Carlo/);
		const guam = view.timesToTarget['andersen-afb'];
		const guamReport = summary.targets.find((t) => t.id === 'andersen-afb')!;
		expect(guam.minimumEnergyS).toBe(guamReport.flightTimeS.minimumEnergy.p50);
		// Independent sanity: a depressed flight is faster than the minimum-energy one, and a minimum-energy
		// flight to Guam (about 3,400 km) lasts longer than the 14 minutes the press quotes.
		expect(guam.depressedS!).toBeLessThan(guam.minimumEnergyS!);
		expect(guam.minimumEnergyS!).toBeGreaterThan(14 * 60);
	});

	it('has no median for an orbital vehicle, and nothing for an unknown or inapplicable test', () => {
		const view = estimateEngineView('2022-11-18-hwasong-17')!;
		expect(view.orbital).toBe(true);
		expect(view.rangeKm.p50).toBeNull();
		expect(estimateEngineView('no-such-test')).toBeNull();
		expect(estimateEngineView('2016-04-15-musudan')).toBeNull();
	});
});
