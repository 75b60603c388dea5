import { describe, expect, it } from 'vitest';
import { firstCursor, nearestByTime, nearestOnScreen, stepCursor } from './cursor.ts';
import type { ProfilePoint } from './series.ts';

const pts = (times: number[]): ProfilePoint[] =>
	times.map((t) => ({ t, altitudeKm: t, downrangeKm: t / 10, speedKms: 1 }));
const series = [
	{ points: pts([0, 10, 20, 30]) },
	{ points: [] },
	{ points: pts([0, 4, 8, 12, 16, 20, 24]) }
];

describe('nearestByTime', () => {
	it('finds the closest sample in time, clamping outside the flight', () => {
		expect(nearestByTime(series[0].points, 14)).toBe(1);
		expect(nearestByTime(series[0].points, 16)).toBe(2);
		expect(nearestByTime(series[0].points, -5)).toBe(0);
		expect(nearestByTime(series[0].points, 99)).toBe(3);
		expect(nearestByTime([], 3)).toBe(-1);
	});
});

describe('stepCursor', () => {
	it('starts at the first curve at launch for any handled key', () => {
		expect(stepCursor(null, 'ArrowRight', series)).toEqual({ seriesIndex: 0, pointIndex: 0 });
	});

	it('steps one sample with Left/Right and stops at the ends', () => {
		expect(stepCursor({ seriesIndex: 0, pointIndex: 1 }, 'ArrowRight', series)?.pointIndex).toBe(2);
		expect(stepCursor({ seriesIndex: 0, pointIndex: 3 }, 'ArrowRight', series)?.pointIndex).toBe(3);
		expect(stepCursor({ seriesIndex: 0, pointIndex: 0 }, 'ArrowLeft', series)?.pointIndex).toBe(0);
	});

	it('jumps to launch and impact with Home/End and ten samples with Shift or PageDown', () => {
		const c = { seriesIndex: 2, pointIndex: 3 };
		expect(stepCursor(c, 'Home', series)?.pointIndex).toBe(0);
		expect(stepCursor(c, 'End', series)?.pointIndex).toBe(6);
		expect(stepCursor(c, 'PageDown', series)?.pointIndex).toBe(6);
		expect(stepCursor(c, 'ArrowLeft', series, true)?.pointIndex).toBe(0);
	});

	it('switches curve with Up/Down at the same time, skipping empty curves', () => {
		// t = 20 s on curve 0 -> curve 2 sample at t = 20 s (index 5); curve 1 is empty.
		expect(stepCursor({ seriesIndex: 0, pointIndex: 2 }, 'ArrowDown', series)).toEqual({
			seriesIndex: 2,
			pointIndex: 5
		});
		// t = 12 s on curve 2 -> curve 0 at t = 10 s (index 1).
		expect(stepCursor({ seriesIndex: 2, pointIndex: 3 }, 'ArrowUp', series)).toEqual({
			seriesIndex: 0,
			pointIndex: 1
		});
		expect(stepCursor({ seriesIndex: 2, pointIndex: 3 }, 'ArrowDown', series)).toEqual({
			seriesIndex: 2,
			pointIndex: 3
		});
	});

	it('ignores other keys and empty selections', () => {
		expect(stepCursor(null, 'a', series)).toBeNull();
		expect(stepCursor(null, 'ArrowRight', [{ points: [] }])).toBeNull();
	});
});

describe('nearestOnScreen', () => {
	it('picks the closest projected sample within the radius', () => {
		const projected = [
			[
				{ x: 0, y: 0 },
				{ x: 10, y: 0 }
			],
			[{ x: 10, y: 8 }]
		];
		expect(nearestOnScreen(projected, 9, 5)).toEqual({ seriesIndex: 1, pointIndex: 0 });
		expect(nearestOnScreen(projected, 9, 1)).toEqual({ seriesIndex: 0, pointIndex: 1 });
		expect(nearestOnScreen(projected, 100, 100, 20)).toBeNull();
	});
});

describe('firstCursor', () => {
	it('lands on the first point of the first series that has points', () => {
		expect(firstCursor([{ points: [] }, { points: [1, 2] }, { points: [3] }])).toEqual({
			seriesIndex: 1,
			pointIndex: 0
		});
	});
	it('is null when no series has a point', () => {
		expect(firstCursor([{ points: [] }])).toBeNull();
		expect(firstCursor([])).toBeNull();
	});
});
