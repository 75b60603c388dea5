/**
 * One summary number per quantity from several reporters' figures.
 *
 * THE RULE (also in docs/data.md):
 * 1. Central value: KCNA's 'exact' figure where KCNA gave one (KCNA publishes the most precise numbers,
 *    e.g. 2,111.5 km, 4,052 s). Otherwise the median of all 'exact' and 'about' figures (any reporter).
 * 2. 'more-than' figures are lower bounds only and 'less-than' figures upper bounds only: they never set
 *    the central value or widen the span. A lower bound above the smallest estimate raises `low`
 *    (never above the central value); an upper bound below the largest estimate lowers `high` (never
 *    below the central value).
 *    If a quantity has only bounds, the central value is the tightest bound and `boundOnly` is true.
 * 3. low / high: the smallest and largest 'exact'/'about' figures, i.e. the spread between reporters,
 *    adjusted by rule 2.
 * 4. relPrecision (relative, e.g. 0.05 = ±5 %) of the figure(s) that set the central value:
 *    - 'exact': half the last reported digit relative to the value, at least 0.5 %
 *      (787 km -> 0.5 %; 4,500 km -> 50/4,500 = 1.1 %; 53 min -> 0.5/53 = 0.9 %);
 *    - 'about': 10 % when the number as reported has one significant digit (about 800 km, about 30 min),
 *      else 5 % (about 1,100 km, about 71 min);
 *    - bound-only: 10 %.
 *    For a median of two figures, the larger of their two precisions.
 */
import type { Qualifier, ReportedFigure, Test } from './types.ts';

export interface FigureSummary {
	central: number;
	low: number;
	high: number;
	/** Relative precision of the central value, e.g. 0.05 for ±5 %. */
	relPrecision: number;
	/** All reports for this quantity, as in the dataset. */
	reports: ReportedFigure[];
	/** How the central value was chosen. */
	basis: 'kcna-exact' | 'median' | 'bound';
	/** True when only 'more-than'/'less-than' figures exist. */
	boundOnly: boolean;
}

export interface TestFigureSummaries {
	apogeeKm: FigureSummary | null;
	rangeKm: FigureSummary | null;
	flightTimeS: FigureSummary | null;
}

/** The floor for 'exact' figures: 0.5 %. */
export const EXACT_MIN_REL_PRECISION = 0.005;
export const ABOUT_REL_PRECISION = 0.05;
export const ABOUT_ROUND_REL_PRECISION = 0.1;
export const BOUND_REL_PRECISION = 0.1;

/**
 * The number in the unit it was reported in: flight times reported in whole minutes ("about 30 min",
 * "39 min") are counted in minutes; everything else as stored.
 */
function reportedNumber(figure: ReportedFigure, quantity: 'km' | 's'): number {
	if (
		quantity === 's' &&
		/\bmin(?:ute)?s?\b/.test(figure.asReported) &&
		!/\d\s*s\b/.test(figure.asReported)
	)
		return figure.value / 60;
	return figure.value;
}

/** Place value of the last non-zero digit: 2111.5 -> 0.1, 4500 -> 100, 787 -> 1 (12 significant digits at most). */
export function lastDigitStep(x: number): number {
	const a = Math.abs(x);
	if (a === 0 || !Number.isFinite(a)) return 1;
	const [mantissa, expPart] = Number(a.toPrecision(12)).toExponential().split('e');
	const exp = Number(expPart);
	const digits = mantissa.replace('.', '').replace(/0+$/, '');
	return 10 ** (exp - (Math.max(digits.length, 1) - 1));
}

/** Number of significant digits: 2000 -> 1, 1100 -> 2, 2111.5 -> 5. */
export function significantDigits(x: number): number {
	const a = Math.abs(x);
	if (a === 0) return 1;
	const step = lastDigitStep(a);
	return Math.floor(Math.log10(a)) - Math.round(Math.log10(step)) + 1;
}

/** Relative precision of one figure (see the rule at the top of this file). */
export function figurePrecision(figure: ReportedFigure, quantity: 'km' | 's'): number {
	const n = reportedNumber(figure, quantity);
	const q: Qualifier = figure.qualifier;
	if (q === 'exact') return Math.max(EXACT_MIN_REL_PRECISION, (0.5 * lastDigitStep(n)) / n);
	if (q === 'about')
		return significantDigits(n) <= 1 ? ABOUT_ROUND_REL_PRECISION : ABOUT_REL_PRECISION;
	return BOUND_REL_PRECISION;
}

function median(sorted: number[]): number {
	const m = sorted.length >> 1;
	return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** Summarises one quantity's reports; null when there are none. */
export function summarizeReports(
	reports: readonly ReportedFigure[],
	quantity: 'km' | 's'
): FigureSummary | null {
	if (reports.length === 0) return null;
	const estimates = reports.filter((r) => r.qualifier === 'exact' || r.qualifier === 'about');
	const lower = reports.filter((r) => r.qualifier === 'more-than').map((r) => r.value);
	const upper = reports.filter((r) => r.qualifier === 'less-than').map((r) => r.value);

	if (estimates.length === 0) {
		const bound = lower.length ? Math.max(...lower) : Math.min(...upper);
		return {
			central: bound,
			low: bound,
			high: bound,
			relPrecision: BOUND_REL_PRECISION,
			reports: [...reports],
			basis: 'bound',
			boundOnly: true
		};
	}

	const values = estimates.map((r) => r.value).sort((a, b) => a - b);
	const kcna = estimates.find((r) => r.reporter === 'KCNA' && r.qualifier === 'exact');
	let central: number;
	let relPrecision: number;
	if (kcna) {
		central = kcna.value;
		relPrecision = figurePrecision(kcna, quantity);
	} else {
		const byValue = [...estimates].sort((a, b) => a.value - b.value);
		const m = byValue.length >> 1;
		const middle = byValue.length % 2 ? [byValue[m]] : [byValue[m - 1], byValue[m]];
		central = median(values);
		relPrecision = Math.max(...middle.map((r) => figurePrecision(r, quantity)));
	}
	// Bounds narrow the span but never past the central value (a bound that contradicts it is a conflict
	// between reporters, shown through `reports`, not silently resolved).
	let low = values[0];
	let high = values[values.length - 1];
	if (lower.length) low = Math.min(Math.max(low, Math.max(...lower)), central);
	if (upper.length) high = Math.max(Math.min(high, Math.min(...upper)), central);
	return {
		central,
		low,
		high,
		relPrecision,
		reports: [...reports],
		basis: kcna ? 'kcna-exact' : 'median',
		boundOnly: false
	};
}

/** Summaries of a test's apogee (km), ground range (km) and flight time (s). */
export function summarizeFigures(test: Pick<Test, 'figures'>): TestFigureSummaries {
	return {
		apogeeKm: summarizeReports(test.figures.apogeeKm, 'km'),
		rangeKm: summarizeReports(test.figures.rangeKm, 'km'),
		flightTimeS: summarizeReports(test.figures.flightTimeS, 's')
	};
}
