/**
 * Direct labels that do not overlap: a one-dimensional dodge. Each label wants a position; labels are kept in
 * the order of their wanted positions and pushed apart until neighbours are at least `gap` apart, moving the
 * whole block as little as possible (each cluster is centred on the mean of what its members wanted).
 */
export interface DodgeInput {
	/** Wanted position (px). */
	want: number;
}

/**
 * Returns one position per input (same order as the input), with sorted neighbours `gap` or more apart and,
 * when `min`/`max` are given, every position inside [min, max] if the labels fit there at all.
 */
export function dodge(wants: number[], gap: number, min = -Infinity, max = Infinity): number[] {
	const order = wants.map((want, index) => ({ want, index })).sort((a, b) => a.want - b.want);
	// Clusters of labels that touch: each is placed centred on its members' mean wanted position.
	type Cluster = { start: number; count: number; sumWant: number; pos: number };
	const clusters: Cluster[] = [];
	for (const item of order) {
		clusters.push({ start: 0, count: 1, sumWant: item.want, pos: item.want });
		// Merge backwards while the last two clusters overlap.
		while (clusters.length > 1) {
			const b = clusters[clusters.length - 1];
			const a = clusters[clusters.length - 2];
			const aEnd = a.pos + (a.count - 1) * gap;
			if (aEnd + gap <= b.pos) break;
			const merged: Cluster = {
				start: 0,
				count: a.count + b.count,
				sumWant: a.sumWant + b.sumWant,
				pos: 0
			};
			// Centre the run of `count` labels on the mean of their wanted positions (first-label offset).
			merged.pos = merged.sumWant / merged.count - ((merged.count - 1) * gap) / 2;
			clusters.splice(clusters.length - 2, 2, merged);
		}
	}
	const sorted: number[] = [];
	for (const c of clusters) for (let i = 0; i < c.count; i++) sorted.push(c.pos + i * gap);
	// Clamp into [min, max] from both ends, keeping the gaps where the room allows.
	const n = sorted.length;
	if (n > 0 && Number.isFinite(max)) {
		for (let i = n - 1; i >= 0; i--) {
			const limit = i === n - 1 ? max : sorted[i + 1] - gap;
			if (sorted[i] > limit) sorted[i] = limit;
		}
	}
	if (n > 0 && Number.isFinite(min)) {
		for (let i = 0; i < n; i++) {
			const limit = i === 0 ? min : sorted[i - 1] + gap;
			if (sorted[i] < limit) sorted[i] = limit;
		}
	}
	const out = new Array<number>(wants.length);
	order.forEach((item, k) => (out[item.index] = sorted[k]));
	return out;
}
