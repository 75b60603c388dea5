import { describe, expect, it } from 'vitest';
import { timeLayout } from './timeLayout.ts';
import type { ProfileSeries } from './series.ts';

const s: ProfileSeries = {
	id: 'x/lofted',
	testId: 'x',
	role: 'lofted',
	label: 'x',
	shortLabel: 'x',
	model: 'fixture',
	colorIndex: 1,
	timeOrigin: 'burnout',
	points: [
		{ t: 0, altitudeKm: 0, downrangeKm: 0, speedKms: 5.5 },
		{ t: 806, altitudeKm: 2000, downrangeKm: 400, speedKms: 0.54 },
		{ t: 1613, altitudeKm: 0, downrangeKm: 800, speedKms: 5.5 }
	]
};

describe('timeLayout', () => {
	const l = timeLayout([s], { width: 400, panelHeight: 200 });

	it('labels the time axis in whole minutes covering the flight (26.9 min over 340 px -> 0 to 30 every 10)', () => {
		expect(l.timeTicks.map((t) => t.label)).toEqual(['0', '10', '20', '30']);
		expect(l.timeTicks[0].at).toBe(l.x0);
		expect(l.timeTicks[l.timeTicks.length - 1].at).toBe(l.x1);
	});

	it('places samples by time and value in each panel', () => {
		const [alt, speed] = l.panels;
		// 806 s of a 1,800 s axis.
		expect(l.x.domain()).toEqual([0, 1800]);
		expect(l.projectedX[0][1]).toBeCloseTo(l.x0 + ((l.x1 - l.x0) * 806) / 1800, 1);
		expect(alt.projectedY[0][1]).toBeCloseTo(alt.y(2000), 1);
		expect(alt.projectedY[0][0]).toBeCloseTo(alt.y1, 1);
		expect(speed.projectedY[0][0]).toBeCloseTo(speed.y(5.5), 1);
		expect(speed.y0).toBeGreaterThan(alt.y1);
	});

	it('ends each value axis on a nice number at or above the largest value', () => {
		const [alt, speed] = l.panels;
		expect(alt.y.domain()[1]).toBeGreaterThanOrEqual(2000);
		expect(speed.y.domain()[1]).toBe(6);
	});
});
