/**
 * Equal-aspect framing: fit a box of kilometres into a pixel box so that one kilometre is the same number of
 * pixels along x and along y (a trajectory drawn "to scale"). Built on d3-scale linear scales.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { PlanePointKm } from './earth.ts';

export interface BoundsKm {
	x0Km: number;
	x1Km: number;
	y0Km: number;
	y1Km: number;
}

export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface EqualAspectFrame {
	x: ScaleLinear<number, number>;
	/** y grows upward in kilometres, downward on screen. */
	y: ScaleLinear<number, number>;
	/** Pixels per kilometre, the same on both axes. */
	pxPerKm: number;
	/** The plot area in pixels. */
	plot: { x0: number; y0: number; x1: number; y1: number };
}

/** The smallest box containing every point (throws on an empty list: there is nothing to frame). */
export function boundsOf(points: Iterable<PlanePointKm>): BoundsKm {
	let x0Km = Infinity;
	let x1Km = -Infinity;
	let y0Km = Infinity;
	let y1Km = -Infinity;
	for (const p of points) {
		if (!Number.isFinite(p.xKm) || !Number.isFinite(p.yKm)) continue;
		if (p.xKm < x0Km) x0Km = p.xKm;
		if (p.xKm > x1Km) x1Km = p.xKm;
		if (p.yKm < y0Km) y0Km = p.yKm;
		if (p.yKm > y1Km) y1Km = p.yKm;
	}
	if (!Number.isFinite(x0Km))
		throw new Error('boundsOf: no finite points to frame; pass at least one.');
	return { x0Km, x1Km, y0Km, y1Km };
}

/** Grow a box by a fraction of its larger side on every edge. */
export function padBounds(b: BoundsKm, fraction: number): BoundsKm {
	const padKm = Math.max(b.x1Km - b.x0Km, b.y1Km - b.y0Km) * fraction;
	return { x0Km: b.x0Km - padKm, x1Km: b.x1Km + padKm, y0Km: b.y0Km - padKm, y1Km: b.y1Km + padKm };
}

/**
 * Fit `bounds` inside `width` x `height` minus `margins` at one scale for both axes, centred on the spare
 * axis. A zero-size box is treated as 1 km so the scale stays finite.
 */
export function equalAspectFrame(
	bounds: BoundsKm,
	width: number,
	height: number,
	margins: Margins
): EqualAspectFrame {
	const plotW = Math.max(1, width - margins.left - margins.right);
	const plotH = Math.max(1, height - margins.top - margins.bottom);
	const spanXKm = Math.max(1, bounds.x1Km - bounds.x0Km);
	const spanYKm = Math.max(1, bounds.y1Km - bounds.y0Km);
	const pxPerKm = Math.min(plotW / spanXKm, plotH / spanYKm);
	const cxKm = (bounds.x0Km + bounds.x1Km) / 2;
	const cyKm = (bounds.y0Km + bounds.y1Km) / 2;
	const halfWKm = plotW / pxPerKm / 2;
	const halfHKm = plotH / pxPerKm / 2;
	const plot = {
		x0: margins.left,
		y0: margins.top,
		x1: margins.left + plotW,
		y1: margins.top + plotH
	};
	const x = scaleLinear()
		.domain([cxKm - halfWKm, cxKm + halfWKm])
		.range([plot.x0, plot.x1]);
	const y = scaleLinear()
		.domain([cyKm - halfHKm, cyKm + halfHKm])
		.range([plot.y1, plot.y0]);
	return { x, y, pxPerKm, plot };
}

/**
 * The height (px) that frames `bounds` at `width` without spare vertical space, clamped to
 * [minHeight, maxHeight]: wide comparisons get a short chart, tall lofted-only ones a tall chart.
 */
export function heightForAspect(
	bounds: BoundsKm,
	width: number,
	margins: Margins,
	minHeight: number,
	maxHeight: number
): number {
	const plotW = Math.max(1, width - margins.left - margins.right);
	const spanXKm = Math.max(1, bounds.x1Km - bounds.x0Km);
	const spanYKm = Math.max(1, bounds.y1Km - bounds.y0Km);
	const natural = (plotW * spanYKm) / spanXKm + margins.top + margins.bottom;
	return Math.round(Math.min(maxHeight, Math.max(minHeight, natural)));
}
