import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireTest, tests } from './dataset.ts';
import {
	figurePrecision,
	lastDigitStep,
	significantDigits,
	summarizeFigures,
	summarizeReports
} from './figures.ts';
import type { Qualifier, ReportedFigure, Reporter } from './types.ts';

const SRC = [
	{
		url: 'https://example.org/',
		publisher: 'Example',
		tier: 'wire' as const,
		checked: '2026-12-02'
	}
];
const fig = (
	reporter: Reporter,
	value: number,
	qualifier: Qualifier,
	asReported = `${value}`
): ReportedFigure => ({ reporter, value, qualifier, asReported, sources: SRC });

describe('digits helpers', () => {
	it.each([
		[2111.5, 0.1, 5],
		[4500, 100, 2],
		[787, 1, 3],
		[2000, 1000, 1],
		[1100, 100, 2],
		[999.2, 0.1, 4],
		[30, 10, 1]
	])('%d: last digit step %d, %d significant digits', (x, step, digits) => {
		expect(lastDigitStep(x)).toBeCloseTo(step, 12);
		expect(significantDigits(x)).toBe(digits);
	});
});

describe('figurePrecision', () => {
	it('exact: half the last digit, at least 0.5 %', () => {
		expect(figurePrecision(fig('KCNA', 4500, 'exact', '4,500 km'), 'km')).toBeCloseTo(
			50 / 4500,
			12
		);
		expect(figurePrecision(fig('KCNA', 2111.5, 'exact', '2,111.5 km'), 'km')).toBe(0.005);
		// 53 min: half a minute of 53 minutes
		expect(figurePrecision(fig('KCNA', 3180, 'exact', '53 min'), 's')).toBeCloseTo(0.5 / 53, 12);
		// 47 min 12 s is given to the second
		expect(figurePrecision(fig('KCNA', 2832, 'exact', '47 min 12 s'), 's')).toBe(0.005);
	});

	it('about: 10 % for one significant digit, else 5 %', () => {
		expect(figurePrecision(fig('JMOD', 2000, 'about', 'about 2,000 km'), 'km')).toBe(0.1);
		expect(figurePrecision(fig('JMOD', 1800, 'about', 'about 30 min'), 's')).toBe(0.1);
		expect(figurePrecision(fig('JMOD', 1100, 'about', 'about 1,100 km'), 'km')).toBe(0.05);
		expect(figurePrecision(fig('JMOD', 4260, 'about', 'about 71 min'), 's')).toBe(0.05);
		// "30 minutes" is one significant digit of minutes, not 1,800 s
		expect(figurePrecision(fig('JMOD', 1800, 'about', '30 minutes'), 's')).toBe(0.1);
	});
});

describe('summarizeReports', () => {
	it('returns null without reports', () => {
		expect(summarizeReports([], 'km')).toBeNull();
	});

	it("takes KCNA's exact figure as central even when others differ", () => {
		const s = summarizeReports(
			[fig('KCNA', 933, 'exact'), fig('JMOD', 900, 'about'), fig('JCS', 930, 'about')],
			'km'
		);
		expect(s).toMatchObject({ central: 933, low: 900, high: 933, basis: 'kcna-exact' });
	});

	it('otherwise takes the median of exact/about figures', () => {
		expect(
			summarizeReports([fig('JMOD', 800, 'about'), fig('JCS', 770, 'about')], 'km')
		).toMatchObject({ central: 785, low: 770, high: 800, basis: 'median' });
		expect(
			summarizeReports(
				[fig('JMOD', 1000, 'about'), fig('JCS', 900, 'about'), fig('US', 960, 'about')],
				'km'
			)?.central
		).toBe(960);
	});

	it('treats more-than figures as lower bounds only', () => {
		const s = summarizeReports(
			[fig('JMOD', 700, 'about'), fig('JCS', 900, 'about'), fig('US', 800, 'more-than')],
			'km'
		);
		// central is still the median of the estimates; the bound lifts low to 800
		expect(s).toMatchObject({ central: 800, low: 800, high: 900 });
		const below = summarizeReports(
			[fig('KCNA', 2111.5, 'exact'), fig('JMOD', 2000, 'more-than')],
			'km'
		);
		expect(below).toMatchObject({ central: 2111.5, low: 2111.5, high: 2111.5 });
	});

	it('a quantity with only bounds is flagged bound-only', () => {
		const s = summarizeReports(
			[fig('JMOD', 6000, 'more-than'), fig('JCS', 6200, 'more-than')],
			'km'
		);
		expect(s).toMatchObject({ central: 6200, boundOnly: true, basis: 'bound', relPrecision: 0.1 });
	});

	it('keeps every report', () => {
		const reports = [fig('KCNA', 1, 'exact'), fig('JMOD', 2, 'more-than')];
		expect(summarizeReports(reports, 'km')?.reports).toEqual(reports);
	});

	it('property: low <= central <= high, all finite, precision in (0, 0.5]', () => {
		const arbFigure = fc.record({
			reporter: fc.constantFrom<Reporter>('KCNA', 'JMOD', 'JCS', 'US', 'analyst'),
			value: fc.double({ min: 1, max: 20_000, noNaN: true }),
			qualifier: fc.constantFrom<Qualifier>('exact', 'about', 'more-than', 'less-than')
		});
		fc.assert(
			fc.property(fc.array(arbFigure, { minLength: 1, maxLength: 6 }), (list) => {
				const s = summarizeReports(
					list.map((f) => ({ ...f, asReported: String(f.value), sources: SRC })),
					'km'
				)!;
				expect(Number.isFinite(s.central)).toBe(true);
				expect(s.low).toBeLessThanOrEqual(s.central + 1e-9);
				expect(s.central).toBeLessThanOrEqual(s.high + 1e-9);
				expect(s.relPrecision).toBeGreaterThan(0);
				expect(s.relPrecision).toBeLessThanOrEqual(0.5); // e.g. 'exact 1 km' is ±0.5 km
			})
		);
	});
});

describe('summarizeFigures on the dataset (values from tests.md)', () => {
	it('30 Jan 2022: about 2,000 km apogee, about 800 km range, about 30 min (no KCNA figures)', () => {
		const s = summarizeFigures(requireTest('2022-01-30-hwasong-12'));
		expect(s.apogeeKm).toMatchObject({ central: 2000, low: 2000, high: 2000, relPrecision: 0.1 });
		expect(s.rangeKm).toMatchObject({ central: 800, relPrecision: 0.1 });
		expect(s.flightTimeS).toMatchObject({ central: 30 * 60, relPrecision: 0.1 });
	});

	it('28 Jul 2017: KCNA 3,724.9 km, 998 km, 47 min 12 s', () => {
		const s = summarizeFigures(requireTest('2017-07-28-hwasong-14'));
		expect(s.apogeeKm?.central).toBe(3724.9);
		expect(s.rangeKm).toMatchObject({ central: 998, low: 998, high: 1000 });
		expect(s.flightTimeS?.central).toBe(47 * 60 + 12);
	});

	it('4 Jul 2017: flight time spans 37 min (US PACOM) to about 40 min (Japan)', () => {
		const s = summarizeFigures(requireTest('2017-07-04-hwasong-14')).flightTimeS;
		expect(s).toMatchObject({ central: 39 * 60, low: 37 * 60, high: 40 * 60 });
	});

	it('a summary exists exactly when figures were published', () => {
		for (const t of tests) {
			const s = summarizeFigures(t);
			expect(s.apogeeKm === null, t.id).toBe(t.figures.apogeeKm.length === 0);
			expect(s.rangeKm === null, t.id).toBe(t.figures.rangeKm.length === 0);
		}
		// The reference 15 all have both.
		const both = tests.filter((t) => summarizeFigures(t).apogeeKm && summarizeFigures(t).rangeKm);
		expect(both.length).toBeGreaterThanOrEqual(15);
	});
});
