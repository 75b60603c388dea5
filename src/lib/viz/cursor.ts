/**
 * The chart cursor: which curve and which sample the crosshair reads. Pure functions for keyboard stepping and
 * for finding the sample nearest the pointer.
 */
import { bisector } from 'd3-array';
import type { ProfilePoint } from './series.ts';

export interface Cursor {
	seriesIndex: number;
	pointIndex: number;
}

const byTime = bisector((p: ProfilePoint) => p.t);

/** Index of the sample whose time is closest to `tS` (points sorted by time). -1 for an empty list. */
export function nearestByTime(points: ProfilePoint[], tS: number): number {
	if (points.length === 0) return -1;
	const i = byTime.center(points, tS);
	return Math.max(0, Math.min(points.length - 1, i));
}

/** Keys the chart handles; anything else returns null (let the browser have it). */
export const CURSOR_KEYS = [
	'ArrowLeft',
	'ArrowRight',
	'ArrowUp',
	'ArrowDown',
	'Home',
	'End',
	'PageUp',
	'PageDown'
] as const;

/**
 * The cursor after a key press. Left/Right step one sample, PageUp/PageDown (or Shift+arrow) ten; Home/End
 * jump to launch/impact; Up/Down switch to the previous/next curve at the sample nearest the same time.
 * With no cursor yet, any handled key starts at the first curve's launch. Returns null for other keys.
 */
export function stepCursor(
	cursor: Cursor | null,
	key: string,
	series: { points: ProfilePoint[] }[],
	shift = false
): Cursor | null {
	if (!(CURSOR_KEYS as readonly string[]).includes(key)) return null;
	const nonEmpty = series.some((s) => s.points.length > 0);
	if (!nonEmpty) return null;
	if (!cursor || !series[cursor.seriesIndex] || series[cursor.seriesIndex].points.length === 0) {
		const first = series.findIndex((s) => s.points.length > 0);
		return { seriesIndex: first, pointIndex: 0 };
	}
	const pts = series[cursor.seriesIndex].points;
	const last = pts.length - 1;
	const clamp = (i: number) => Math.max(0, Math.min(last, i));
	const big = 10;
	switch (key) {
		case 'ArrowRight':
			return { ...cursor, pointIndex: clamp(cursor.pointIndex + (shift ? big : 1)) };
		case 'ArrowLeft':
			return { ...cursor, pointIndex: clamp(cursor.pointIndex - (shift ? big : 1)) };
		case 'PageDown':
			return { ...cursor, pointIndex: clamp(cursor.pointIndex + big) };
		case 'PageUp':
			return { ...cursor, pointIndex: clamp(cursor.pointIndex - big) };
		case 'Home':
			return { ...cursor, pointIndex: 0 };
		case 'End':
			return { ...cursor, pointIndex: last };
		case 'ArrowUp':
		case 'ArrowDown': {
			const dir = key === 'ArrowDown' ? 1 : -1;
			const tS = pts[clamp(cursor.pointIndex)].t;
			for (let s = cursor.seriesIndex + dir; s >= 0 && s < series.length; s += dir) {
				if (series[s].points.length > 0) {
					return { seriesIndex: s, pointIndex: nearestByTime(series[s].points, tS) };
				}
			}
			return cursor;
		}
	}
	return null;
}

/** Where the cursor lands when a chart first gets keyboard focus: the first point of the first non-empty series. */
export function firstCursor(series: readonly { points: readonly unknown[] }[]): Cursor | null {
	const seriesIndex = series.findIndex((s) => s.points.length > 0);
	return seriesIndex >= 0 ? { seriesIndex, pointIndex: 0 } : null;
}

/** The (series, sample) nearest a screen position among projected curves; null when there are none. */
export function nearestOnScreen(
	projected: { x: number; y: number }[][],
	px: number,
	py: number,
	maxDistancePx = Infinity
): Cursor | null {
	let best: Cursor | null = null;
	let bestD2 = maxDistancePx * maxDistancePx;
	projected.forEach((pts, seriesIndex) => {
		pts.forEach((p, pointIndex) => {
			const d2 = (p.x - px) ** 2 + (p.y - py) ** 2;
			if (d2 < bestD2) {
				bestD2 = d2;
				best = { seriesIndex, pointIndex };
			}
		});
	});
	return best;
}
