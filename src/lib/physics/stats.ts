/**
 * Statistics of weighted samples (importance weights from the Monte Carlo): quantiles, the effective sample
 * size and Spearman's rank correlation. Values may be +Infinity (an orbital sample, farther than any
 * finite range): they sort last, a quantile that falls among them is Infinity, and they take the top ranks.
 */

/**
 * Weighted quantile q (0-1): the value below which a fraction q of the total weight lies, interpolated
 * linearly between the weight midpoints of neighbouring samples (Hyndman and Fan's definition 5 when the
 * weights are equal). NaN when no sample carries weight.
 */
export function weightedQuantile(values: number[], weights: number[], q: number): number {
	const idx = values.map((_, i) => i).filter((i) => weights[i] > 0 && !Number.isNaN(values[i]));
	if (idx.length === 0) return Number.NaN;
	idx.sort((a, b) => values[a] - values[b]);
	const total = idx.reduce((s, i) => s + weights[i], 0);
	const target = q * total;
	let cum = 0;
	let prevMid = -Infinity;
	let prevVal = values[idx[0]];
	for (const i of idx) {
		const mid = cum + weights[i] / 2;
		if (target <= mid) {
			if (prevMid === -Infinity || values[i] === prevVal) return values[i];
			if (!Number.isFinite(values[i])) return values[i];
			return prevVal + ((target - prevMid) / (mid - prevMid)) * (values[i] - prevVal);
		}
		cum += weights[i];
		prevMid = mid;
		prevVal = values[i];
	}
	return values[idx[idx.length - 1]];
}

/** Kish's effective sample size (sum w)^2 / sum w^2. */
export function effectiveSampleSize(weights: number[]): number {
	let s = 0,
		s2 = 0;
	for (const w of weights) {
		s += w;
		s2 += w * w;
	}
	return s2 > 0 ? (s * s) / s2 : 0;
}

/** Mid-ranks (1-based, ties share their mean rank). */
export function ranks(values: number[]): number[] {
	const idx = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
	const out = new Array<number>(values.length);
	for (let i = 0; i < idx.length;) {
		let j = i;
		while (j + 1 < idx.length && values[idx[j + 1]] === values[idx[i]]) j++;
		const r = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) out[idx[k]] = r;
		i = j + 1;
	}
	return out;
}

/** Weighted Pearson correlation. 0 when either variable is constant. */
export function weightedCorrelation(x: number[], y: number[], w: number[]): number {
	let sw = 0,
		mx = 0,
		my = 0;
	for (let i = 0; i < x.length; i++) {
		sw += w[i];
		mx += w[i] * x[i];
		my += w[i] * y[i];
	}
	if (sw <= 0) return 0;
	mx /= sw;
	my /= sw;
	let cxy = 0,
		cxx = 0,
		cyy = 0;
	for (let i = 0; i < x.length; i++) {
		const dx = x[i] - mx,
			dy = y[i] - my;
		cxy += w[i] * dx * dy;
		cxx += w[i] * dx * dx;
		cyy += w[i] * dy * dy;
	}
	return cxx > 0 && cyy > 0 ? cxy / Math.sqrt(cxx * cyy) : 0;
}

/** Spearman's rank correlation with importance weights: weighted Pearson correlation of the mid-ranks. */
export function rankCorrelation(x: number[], y: number[], w: number[]): number {
	const keep = w.map((wi, i) => (wi > 0 ? i : -1)).filter((i) => i >= 0);
	const xs = keep.map((i) => x[i]);
	const ys = keep.map((i) => y[i]);
	return weightedCorrelation(
		ranks(xs),
		ranks(ys),
		keep.map((i) => w[i])
	);
}
