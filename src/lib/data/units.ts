/**
 * The single unit-conversion module. Every conversion in Lofted (pages, CLI, physics inputs) goes through
 * these functions and constants; no other file hard-codes a conversion factor.
 *
 * Exact definitions:
 * - international mile = 1.609344 km (international yard and pound agreement, 1959)
 * - nautical mile = 1.852 km (international definition, 1929)
 * - standard gravity g0 = 9.80665 m/s², so 1 tonne-force (tf) = 9.80665 kN
 * - avoirdupois pound = 0.45359237 kg
 */

export const KM_PER_MILE = 1.609344;

// en-US grouping without Intl: the first Intl.NumberFormat of a page costs about 30 ms of main thread
// (120 ms on a throttled phone) to load its locale data, for what is a comma every three digits.
/**
 * "4,124" (digits = 0), "1,242.74" (digits = 2): en-US grouping, fixed decimals, rounded like
 * Number#toFixed; the same strings as Intl.NumberFormat('en-US') with min = max fraction digits.
 */
export function groupedNumber(x: number, digits = 0): string {
	if (!Number.isFinite(x)) return String(x);
	const fixed = Math.abs(x).toFixed(digits);
	const dot = fixed.indexOf('.');
	const int = dot < 0 ? fixed : fixed.slice(0, dot);
	const frac = dot < 0 ? '' : fixed.slice(dot);
	const sign = x < 0 && Number(fixed) !== 0 ? '-' : '';
	return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}

/** Like groupedNumber with at most `maxDigits` decimals and no trailing zeros: "12.5", "12", "1,240". */
export function groupedNumberUpTo(x: number, maxDigits: number): string {
	const s = groupedNumber(x, maxDigits);
	return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export const KM_PER_NAUTICAL_MILE = 1.852;
/** Standard gravity in m/s² (also kN per tonne-force). */
export const G0_MS2 = 9.80665;
export const KN_PER_TF = G0_MS2;
export const KG_PER_LB = 0.45359237;
export const S_PER_MIN = 60;

export const kmToMi = (km: number): number => km / KM_PER_MILE;
export const miToKm = (mi: number): number => mi * KM_PER_MILE;
export const kmToNmi = (km: number): number => km / KM_PER_NAUTICAL_MILE;
export const nmiToKm = (nmi: number): number => nmi * KM_PER_NAUTICAL_MILE;
export const sToMin = (s: number): number => s / S_PER_MIN;
export const minToS = (min: number): number => min * S_PER_MIN;
/** Tonne-force to kilonewtons (80 tf = 784.532 kN). */
export const tfToKN = (tf: number): number => tf * KN_PER_TF;
export const kNToTf = (kN: number): number => kN / KN_PER_TF;
export const lbToKg = (lb: number): number => lb * KG_PER_LB;
export const kgToLb = (kg: number): number => kg / KG_PER_LB;
/** Minutes and seconds ("47 min 12 s") to seconds. */
export const minSecToS = (min: number, s = 0): number => min * S_PER_MIN + s;

export type ConversionVerdict = 'correct' | 'rounded' | 'truncated' | 'wrong';

export interface ConversionCheck {
	valueKm: number;
	statedMi: number;
	/** valueKm / 1.609344, unrounded. */
	exactMi: number;
	/** exactMi rounded to the stated figure's last digit (what the text should say at that precision). */
	expectedMi: number;
	verdict: ConversionVerdict;
	/** One plain sentence, e.g. "2,000 km = 1,242.74 mi; 1,242 mi is truncated: it should round to 1,243 mi." */
	message: string;
}

const EPS = 1e-9;

/** Decimal places a stated number shows: 497 -> 0, 497.1 -> 1. */
function decimalsOf(x: number): number {
	const s = String(x);
	if (s.includes('e')) return 0;
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : s.length - dot - 1;
}

const roundTo = (x: number, step: number) => Math.round(x / step + EPS) * step;
const truncTo = (x: number, step: number) => Math.floor(x / step + EPS) * step;
const same = (a: number, b: number, step: number) => Math.abs(a - b) < step * 1e-6;

/**
 * Checks a km -> mile conversion as printed in a text.
 * - 'correct': the stated miles equal the exact value rounded to the stated figure's last digit (800 km -> 497 mi);
 * - 'truncated': they equal the exact value cut off instead of rounded (2,000 km -> 1,242 mi; should be 1,243);
 * - 'rounded': a round number that is the exact value rounded to 10, 100, ... (4,500 km -> "2,800 mi");
 * - 'wrong': anything else.
 */
export function checkConversion({
	valueKm,
	statedMi
}: {
	valueKm: number;
	statedMi: number;
}): ConversionCheck {
	if (!Number.isFinite(valueKm) || !Number.isFinite(statedMi))
		throw new RangeError(
			`checkConversion needs finite numbers; got valueKm=${valueKm}, statedMi=${statedMi}.`
		);
	const exactMi = kmToMi(valueKm);
	const decimals = decimalsOf(statedMi);
	const step = 10 ** -decimals;
	const expectedMi = roundTo(exactMi, step);
	const head = `${groupedNumber(valueKm, decimalsOf(valueKm))} km = ${groupedNumber(exactMi, 2)} mi; ${groupedNumber(statedMi, decimals)} mi`;
	const base = { valueKm, statedMi, exactMi, expectedMi };

	if (same(statedMi, expectedMi, step))
		return { ...base, verdict: 'correct', message: `${head} is correct.` };
	if (same(statedMi, truncTo(exactMi, step), step))
		return {
			...base,
			verdict: 'truncated',
			message: `${head} is truncated: it should round to ${groupedNumber(expectedMi, decimals)} mi.`
		};
	if (decimals === 0) {
		// The coarsest power of ten that the stated figure is a multiple of and that rounding reproduces.
		let matched = 0;
		for (let coarse = 10; coarse <= Math.abs(statedMi); coarse *= 10) {
			if (!same(statedMi % coarse, 0, 1)) break;
			if (same(statedMi, roundTo(exactMi, coarse), 1)) matched = coarse;
		}
		if (matched > 0)
			return {
				...base,
				verdict: 'rounded',
				message: `${head} is rounded to the nearest ${groupedNumber(matched, 0)} (fine for an approximate figure; ${groupedNumber(expectedMi, 0)} mi at full precision).`
			};
	}
	return {
		...base,
		verdict: 'wrong',
		message: `${head} is wrong: it should be ${groupedNumber(expectedMi, decimals)} mi.`
	};
}
