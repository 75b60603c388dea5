/**
 * The engine as the checker sees it: the Monte Carlo of `engineForTest()` for a dataset test, the same
 * result every page shows. Range figures are the P5/P50/P95 of the standard range (non-rotating Earth; null
 * where the samples reach orbital speed); times to a target are the median minimum-energy flight time over
 * the samples that reach it and the calibrated rocket's fastest (depressed) flight.
 */
import { getTest } from '../data/dataset.ts';
import { engineForTest, type EngineOptions, type EngineSummary } from '../scene/engine.ts';
import type { EngineLookup, EngineView, TargetTime } from './types.ts';

export const TIME_BASIS =
	'the engine’s minimum-energy flight time (median of its Monte Carlo samples that reach the place) and the calibrated rocket’s fastest depressed flight';

function basis(summary: EngineSummary): string {
	const mc = summary.estimate.montecarlo;
	return mc
		? `the P5–P95 of the engine’s Monte Carlo (${mc.samples.toLocaleString('en-US')} samples, seed ${mc.seed}; standard trajectory, non-rotating Earth)`
		: 'the engine’s calibrated estimate (no Monte Carlo was run)';
}

function times(summary: EngineSummary): Record<string, TargetTime> {
	const out: Record<string, TargetTime> = {};
	for (const t of summary.targets)
		out[t.id] = {
			distanceKm: t.distanceKm,
			minimumEnergyS: t.flightTimeS.minimumEnergy.p50,
			depressedS: t.flightTimeS.depressed?.seconds ?? null
		};
	return out;
}

/** The engine view of one dataset test; null when the engine has no estimate for it. */
export function estimateEngineView(
	testId: string,
	options: Pick<EngineOptions, 'samples'> = {}
): EngineView | null {
	if (!getTest(testId)) return null;
	const summary = engineForTest(testId, options);
	if (!summary.ok) return null;
	const mc = summary.estimate.montecarlo;
	const kepler = summary.estimate.kepler;
	const rangeKm = mc
		? { p05: mc.p05, p50: mc.p50, p95: mc.p95 }
		: {
				p05: kepler.orbital ? null : kepler.standardRangeKm,
				p50: summary.estimate.powered?.standardRangeKm ?? null,
				p95: null
			};
	const orbital = mc ? mc.p50 === null : kepler.orbital || !!summary.estimate.powered?.orbital;
	return {
		testId,
		rangeKm,
		orbital,
		basis: basis(summary),
		timesToTarget: times(summary),
		timeBasis: TIME_BASIS
	};
}

/** `estimateEngineView`, computed once per test. */
export function estimateEngine(options: Pick<EngineOptions, 'samples'> = {}): EngineLookup {
	const cache = new Map<string, EngineView | null>();
	return (id) => {
		if (!cache.has(id)) cache.set(id, estimateEngineView(id, options));
		return cache.get(id)!;
	};
}
