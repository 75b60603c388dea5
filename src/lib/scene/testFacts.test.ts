import { describe, expect, it } from 'vitest';
import { getTest, tests } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import type { ReportedFigure } from '../data/types.ts';
import { conflicts, keplerFloor, reportInterval } from './testFacts.ts';

const fig = (value: number, qualifier: ReportedFigure['qualifier'], asReported: string) =>
	({ reporter: 'JMOD', value, qualifier, asReported, sources: [] }) as ReportedFigure;

describe('conflicts between reporters', () => {
	it('"about 2,000 km" (±10 %) and "2,111.5 km" (±0.5 %) overlap: no conflict', () => {
		expect(
			conflicts([fig(2000, 'about', 'about 2,000 km'), fig(2111.5, 'exact', '2,111.5 km')], 'km')
		).toEqual([]);
	});

	it('"800 km" and "about 1,000 km" do not overlap: a conflict of 20 %', () => {
		const c = conflicts([fig(787, 'exact', '787 km'), fig(1000, 'about', 'about 1,000 km')], 'km');
		expect(c).toHaveLength(1);
		expect(c[0].relDiff).toBeCloseTo(0.213, 3);
	});

	it('treats "more than 4,000 km" as open above', () => {
		expect(reportInterval(fig(4000, 'more-than', 'more than 4,000 km'), 'km').high).toBe(Infinity);
		expect(
			conflicts([fig(4000, 'more-than', '>4,000 km'), fig(4500, 'exact', '4,500 km')], 'km')
		).toEqual([]);
		expect(
			conflicts([fig(4000, 'more-than', '>4,000 km'), fig(3000, 'exact', '3,000 km')], 'km')
		).toHaveLength(1);
	});
});

describe('Kepler floor from the reported figures', () => {
	it('the 14 May 2017 Hwasong-12 (787 km, 2,111.5 km): burnout speed just above the vertical-shot speed', () => {
		const s = summarizeFigures(getTest('2017-05-14-hwasong-12')!);
		const k = keplerFloor(s.rangeKm, s.apogeeKm, s.flightTimeS);
		expect(k.ok).toBe(true);
		if (!k.ok) return;
		// Independent check: a vertical shot to 2,111.5 km needs v = sqrt(2 mu h / (R (R + h))) = 5.58 km/s;
		// a 787 km lofted arc needs slightly more.
		const mu = 398600.4418;
		const R = 6371.0088;
		const vertical = Math.sqrt((2 * mu * 2111.5) / (R * (R + 2111.5)));
		expect(vertical).toBeCloseTo(5.58, 2);
		expect(k.floor.burnoutSpeedKms.central).toBeGreaterThan(vertical);
		expect(k.floor.burnoutSpeedKms.central).toBeLessThan(vertical * 1.05);
		expect(k.floor.burnoutSpeedKms.low).toBeLessThanOrEqual(k.floor.burnoutSpeedKms.central);
		expect(k.floor.burnoutSpeedKms.high).toBeGreaterThanOrEqual(k.floor.burnoutSpeedKms.central);
	});

	it('every test with a reported flight time passes the floor check', () => {
		for (const t of tests) {
			const s = summarizeFigures(t);
			const k = keplerFloor(s.rangeKm, s.apogeeKm, s.flightTimeS);
			if (k.ok && k.floor.reportedFlightTimeS !== null) expect(k.floor.check).toBe('consistent');
		}
	});

	it('says why when a figure is missing', () => {
		const k = keplerFloor(null, null, null);
		expect(k.ok).toBe(false);
		if (!k.ok) expect(k.reason).toContain('range');
	});
});
