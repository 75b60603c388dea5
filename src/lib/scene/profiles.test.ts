import { describe, expect, it } from 'vitest';
import { packProfile, unpackCurve } from '../viz/profileSeries.ts';
import { keyPoints } from '../viz/series.ts';
import { seriesForTests } from './profiles.ts';
import { testIds } from '../data/dataset.ts';
import { DEFAULT_PROFILE_TEST_IDS, MAX_PROFILE_TESTS } from '../state/profilesUrl.ts';
import { boxesOverlap, type Box } from '../viz/labels.ts';
import { CHART_WIDTHS, profileLayout } from '../viz/profileLayout.ts';
import { timeLayout } from '../viz/timeLayout.ts';

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

describe('seriesForTests with engine profiles', () => {
	const pts = (n: number, scale: number) =>
		Array.from({ length: n }, (_, i) => ({
			t: i * 10,
			altitudeKm: Math.sin((Math.PI * i) / (n - 1)) * scale,
			downrangeKm: i * 8,
			speedKms: 5 - i * 0.01
		}));

	it('draws the powered flights, timed from launch, with burnout at the engine burnout time', () => {
		const packed = packProfile({
			ok: true,
			source: 'powered',
			lofted: pts(101, 2000),
			standard: pts(101, 900),
			standardOrbital: false,
			loftedSummary: { burnoutTimeS: 84 },
			standardSummary: { burnoutTimeS: 84 },
			note: 'fixture'
		});
		const { series, problems } = seriesForTests(['2022-01-30-hwasong-12'], {
			'2022-01-30-hwasong-12': packed
		});
		expect(problems).toEqual([]);
		expect(series).toHaveLength(2);
		expect(series[0].model).toMatch(/^Calibrated powered flight \(engine, 3-DOF\)/);
		expect(series[0].timeOrigin).toBe('launch');
		// 84 s lies between samples at 80 s and 90 s; 80 s is nearer.
		expect(keyPoints(series[0])[0].point.t).toBe(80);
		expect(series[1].model).toMatch(/range-maximising programme/);
	});

	it('round-trips through packing at 0.1 s / 0.1 km / 0.001 km/s', () => {
		const packed = packProfile({
			ok: true,
			source: 'powered',
			lofted: [{ t: 1.234, altitudeKm: 10.26, downrangeKm: 0.04, speedKms: 1.23456 }],
			standard: [],
			standardOrbital: true,
			loftedSummary: null,
			standardSummary: null,
			note: ''
		});
		expect(packed.ok && unpackCurve(packed.lofted)).toEqual([
			{ t: 1.2, altitudeKm: 10.3, downrangeKm: 0, speedKms: 1.235 }
		]);
	});

	it('says when the standard flight would orbit, and when samples are not finite', () => {
		const packed = packProfile({
			ok: true,
			source: 'powered',
			lofted: [...pts(11, 6000), { t: NaN, altitudeKm: 1, downrangeKm: 1, speedKms: 1 }],
			standard: [],
			standardOrbital: true,
			loftedSummary: null,
			standardSummary: null,
			note: ''
		});
		const { series, problems } = seriesForTests(['2022-11-18-hwasong-17'], {
			'2022-11-18-hwasong-17': packed
		});
		expect(series.map((s) => s.role)).toEqual(['lofted']);
		expect(series[0].points).toHaveLength(11);
		expect(problems.join(' ')).toMatch(/1 engine samples were not finite/);
		expect(problems.join(' ')).toMatch(/would reach orbit speed/);
	});

	it('falls back to Kepler arcs, and says why, when the engine failed', () => {
		const { series, problems } = seriesForTests(['2022-01-30-hwasong-12'], {
			'2022-01-30-hwasong-12': { ok: false, message: 'worker crashed' }
		});
		expect(series[0].model).toMatch(/^Kepler arc from reported figures/);
		expect(problems[0]).toMatch(/engine gave no profile \(worker crashed\)/);
	});
});

describe('chart labels never overlap (every test, every chart width, both modes)', () => {
	const overlaps = (boxes: Box[]) => {
		const out: string[] = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++)
				if (boxesOverlap(boxes[i], boxes[j])) out.push(`“${boxes[i].text}” × “${boxes[j].text}”`);
		return out;
	};
	const selections = [
		[...DEFAULT_PROFILE_TEST_IDS],
		...testIds.map((id) => [id]),
		testIds.slice(0, MAX_PROFILE_TESTS)
	];

	it.each(
		CHART_WIDTHS.flatMap((width) => (['curved', 'flat'] as const).map((mode) => [width, mode]))
	)('altitude-downrange chart at %i units, %s', (width, mode) => {
		for (const ids of selections) {
			const { series } = seriesForTests(ids);
			const layout = profileLayout(series, {
				mode: mode as 'curved' | 'flat',
				width: width as number
			});
			expect(overlaps(layout.textBoxes), ids.join(',')).toEqual([]);
		}
	});

	it.each(CHART_WIDTHS.map((w) => [w]))('time chart at %i units', (width) => {
		for (const ids of selections) {
			const layout = timeLayout(seriesForTests(ids).series, { width });
			expect(overlaps(layout.textBoxes), ids.join(',')).toEqual([]);
		}
	});
});
