/**
 * A one-line-per-input view of the Monte Carlo, in the shape the one-at-a-time band used to have: for each
 * sampled input, the weighted median range of the samples whose input lies in its lowest fifth and in its
 * highest fifth. Unlike the old variants, every other input varies too, so interactions are included.
 */
import type { Sensitivity } from './estimate.ts';
import type { McSample, McSetup } from './montecarlo.ts';
import { PRIOR_DIMENSIONS } from './priors.ts';
import { rankCorrelation, weightedQuantile } from './stats.ts';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export function senseRows(setup: McSetup, samples: McSample[]): Sensitivity[] {
	const w = samples.map((s) => s.weight);
	const ranges = samples.map((s) => s.rangeKm);
	const overall = weightedQuantile(ranges, w, 0.5);
	const rows: { row: Sensitivity; rho: number }[] = [];
	PRIOR_DIMENSIONS.forEach((d, i) => {
		if (!setup.ranges[d.key]) return;
		const x = samples.map((s) => s.inputs[i]);
		const lo = weightedQuantile(x, w, 0.2);
		const hi = weightedQuantile(x, w, 0.8);
		const median = (keep: (v: number) => boolean) => {
			const idx = x.map((v, j) => (keep(v) ? j : -1)).filter((j) => j >= 0);
			return weightedQuantile(
				idx.map((j) => ranges[j]),
				idx.map((j) => w[j]),
				0.5
			);
		};
		const low = median((v) => v <= lo);
		const high = median((v) => v >= hi);
		const swing = Math.max(Math.abs(low - overall), Math.abs(high - overall));
		const digits = Math.abs(lo) >= 100 ? 0 : 3;
		rows.push({
			rho: Math.abs(rankCorrelation(x, ranges, w)),
			row: {
				key: d.key,
				label: d.label,
				lowValue: round(weightedQuantile(x, w, 0.1), digits),
				highValue: round(weightedQuantile(x, w, 0.9), digits),
				lowRangeKm: Number.isFinite(low) ? round(low, 1) : null,
				highRangeKm: Number.isFinite(high) ? round(high, 1) : null,
				swingKm: Number.isFinite(swing) ? round(swing, 1) : null,
				lowOrbital: low === Infinity,
				highOrbital: high === Infinity
			}
		});
	});
	return rows.sort((a, b) => b.rho - a.rho).map((r) => r.row);
}
