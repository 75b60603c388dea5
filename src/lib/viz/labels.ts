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

/** An axis-aligned box in chart units. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	/** The text whose box this is, when it is one (for messages). */
	text?: string;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** Text metrics of the charts' labels, in chart units (the charts scale as a whole). */
export interface TextStyle {
	/** Font size. */
	sizePx: number;
	/** Width of one character as a share of the font size (over-estimated: DejaVu Sans, the widest). */
	charEm: number;
}

export const LABEL_TEXT: TextStyle = { sizePx: 12, charEm: 0.62 };
export const BOLD_LABEL_TEXT: TextStyle = { sizePx: 12, charEm: 0.67 };

/** The box of a one-line text at baseline `y`, anchored at `x` (ascent 0.95 em, descent 0.3 em). */
export function textBox(
	x: number,
	y: number,
	text: string,
	anchor: TextAnchor,
	style: TextStyle = LABEL_TEXT
): Box {
	const w = text.length * style.charEm * style.sizePx;
	const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
	return { x0, y0: y - 0.95 * style.sizePx, x1: x0 + w, y1: y + 0.3 * style.sizePx, text };
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
	return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

/** A label that may sit at one of a few anchor points, and move up or down from where it wants to be. */
export interface MovableLabel {
	text: string;
	/** Wanted baseline. */
	y: number;
	/** Where it may be anchored, in order of preference. */
	at: readonly { x: number; anchor: TextAnchor }[];
	style?: TextStyle;
}

export interface PlacedLabel {
	x: number;
	y: number;
	anchor: TextAnchor;
	box: Box;
}

/**
 * A place for each label such that its box overlaps no other label's and none of `fixed` (tick labels,
 * titles): each label, in the order given, takes the free spot nearest to its wanted baseline (searching
 * up and down in steps of `step` within [minY, maxY], each of its anchor points at each height). A label
 * with no free spot is left out (null): a chart too crowded to name every curve names those it can, and
 * its legend names them all.
 */
export function placeLabels(
	labels: readonly MovableLabel[],
	fixed: readonly Box[],
	minY: number,
	maxY: number,
	step = 2
): (PlacedLabel | null)[] {
	const taken: Box[] = [...fixed];
	return labels.map((l) => {
		const steps = Math.ceil((maxY - minY) / step) + Math.ceil(Math.abs(l.y - minY) / step);
		for (let k = 0; k <= steps; k++) {
			for (const y of k === 0 ? [l.y] : [l.y - k * step, l.y + k * step]) {
				if (y < minY || y > maxY) continue;
				for (const { x, anchor } of l.at) {
					const box = textBox(x, y, l.text, anchor, l.style);
					if (!taken.some((b) => boxesOverlap(box, b, 1))) {
						taken.push(box);
						return { x, y, anchor, box };
					}
				}
			}
		}
		return null;
	});
}

/** Where a point's label sits relative to the point. */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PointLabel {
	/** The point on screen. */
	x: number;
	y: number;
	/** The label's size on screen. */
	width: number;
	height: number;
	/** Sides to try, in order of preference (default: right, left, below, above). */
	sides?: readonly LabelSide[];
}

/** The box a label takes on one side of its point, `gap` away from the point's centre. */
export function sideBox(p: PointLabel, side: LabelSide, gap: number): Box {
	const { x, y, width: w, height: h } = p;
	switch (side) {
		case 'right':
			return { x0: x + gap, y0: y - h / 2, x1: x + gap + w, y1: y + h / 2 };
		case 'left':
			return { x0: x - gap - w, y0: y - h / 2, x1: x - gap, y1: y + h / 2 };
		case 'above':
			return { x0: x - w / 2, y0: y - gap - h, x1: x + w / 2, y1: y - gap };
		case 'below':
			return { x0: x - w / 2, y0: y + gap, x1: x + w / 2, y1: y + gap + h };
	}
}

/**
 * A side for each point's label, in priority order (earlier points choose first), such that no label
 * covers another label or any point's marker (a box `2 * markerRadius` wide) or leaves `area` (the map's
 * box, when given); null when no side is free (the label is then left out: the marker keeps its
 * accessible name).
 */
export function placePointLabels(
	points: readonly PointLabel[],
	markerRadius: number,
	area: Box | null = null,
	gap = markerRadius + 4
): (LabelSide | null)[] {
	const inside = (b: Box) =>
		!area || (b.x0 >= area.x0 && b.y0 >= area.y0 && b.x1 <= area.x1 && b.y1 <= area.y1);
	const markers: Box[] = points.map((p) => ({
		x0: p.x - markerRadius,
		y0: p.y - markerRadius,
		x1: p.x + markerRadius,
		y1: p.y + markerRadius
	}));
	const taken: Box[] = [];
	return points.map((p) => {
		for (const side of p.sides ?? (['right', 'left', 'below', 'above'] as const)) {
			const box = sideBox(p, side, gap);
			if (
				inside(box) &&
				!markers.some((m) => boxesOverlap(box, m)) &&
				!taken.some((t) => boxesOverlap(box, t))
			) {
				taken.push(box);
				return side;
			}
		}
		return null;
	});
}
