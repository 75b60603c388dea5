import { describe, expect, it } from 'vitest';
import { seriesForTests } from './profileSeries.ts';
import { keyPoints } from './series.ts';

describe('seriesForTests', () => {
	it('draws the 30 Jan 2022 test through its reported 2,000 km apogee and 800 km range', () => {
		const { series, problems } = seriesForTests(['2022-01-30-hwasong-12']);
		expect(problems).toEqual([]);
		expect(series.map((s) => s.role)).toEqual(['lofted', 'standard']);
		const [, apogee, impact] = keyPoints(series[0]);
		expect(apogee.point.altitudeKm).toBeCloseTo(2000, 0);
		expect(impact.point.downrangeKm).toBeCloseTo(800, 3);
		// Reference value (physics.md): minimum-energy range about 4,120 km at that burnout speed.
		const stdImpact = keyPoints(series[1])[2].point.downrangeKm;
		expect(stdImpact).toBeGreaterThan(4050);
		expect(stdImpact).toBeLessThan(4200);
		expect(series[0].model).toMatch(/^Kepler arc from reported figures \(no powered flight\)/);
	});

	it('reports unknown ids instead of dropping them silently', () => {
		const { series, problems } = seriesForTests(['nope']);
		expect(series).toEqual([]);
		expect(problems[0]).toMatch(/Unknown test id “nope”/);
	});

	it('collects the sources of the figures it used', () => {
		const { sources } = seriesForTests(['2022-01-30-hwasong-12']);
		expect(sources.length).toBeGreaterThan(1);
		for (const s of sources) expect(s.url).toMatch(/^https?:\/\//);
	});
});
