/**
 * Does a stated figure match what a reporter gave? Within the precision the wording allows: half the
 * place value of the last written digit of either figure ("about 800 km" covers 750-850; "2,111.5 km"
 * is good to 0.05 km), at least 0.5 % and at most 10 % of the reported value.
 */
import { lastDigitStep } from '../data/figures.ts';
import type { ReportedFigure } from '../data/types.ts';
import type { QuantityMention } from './mentions.ts';

export type Stated = Pick<QuantityMention, 'si' | 'siHigh' | 'halfStepSi' | 'qualifier'>;

export const MIN_REL_TOLERANCE = 0.005;
export const MAX_REL_TOLERANCE = 0.1;

const halfSteps = new WeakMap<ReportedFigure, number>();

/** Half the place value of a reported figure's last digit, in km or s ("about 69 min" -> 30 s). */
export function reportedHalfStep(figure: ReportedFigure, quantity: 'km' | 's'): number {
	let hit = halfSteps.get(figure);
	if (hit === undefined) {
		hit = halfStepOf(figure, quantity);
		halfSteps.set(figure, hit);
	}
	return hit;
}

function halfStepOf(figure: ReportedFigure, quantity: 'km' | 's'): number {
	const inMinutes =
		quantity === 's' && /\bmin/.test(figure.asReported) && !/\d\s*s\b|sec/.test(figure.asReported);
	if (!inMinutes) return lastDigitStep(figure.value) / 2;
	// Flight times of an hour or more are given to the minute ("about 70 minutes" is not 65-75).
	return figure.value >= 3600 ? 30 : (lastDigitStep(figure.value / 60) * 60) / 2;
}

export function tolerance(stated: Stated, figure: ReportedFigure, quantity: 'km' | 's'): number {
	const r = figure.value;
	const tol = Math.max(
		stated.halfStepSi,
		reportedHalfStep(figure, quantity),
		MIN_REL_TOLERANCE * r
	);
	return Math.min(tol, MAX_REL_TOLERANCE * r);
}

const isEstimate = (f: ReportedFigure) => f.qualifier === 'exact' || f.qualifier === 'about';

/** How one reporter's figure bears on a stated one: 'match', 'bound' (same number, given as a bound) or null. */
export function compareFigure(
	stated: Stated,
	figure: ReportedFigure,
	quantity: 'km' | 's'
): 'match' | 'bound' | null {
	const tol = tolerance(stated, figure, quantity);
	const v = stated.si;
	const r = figure.value;
	switch (stated.qualifier) {
		case 'range':
			return isEstimate(figure) && r >= v - tol && r <= (stated.siHigh ?? v) + tol ? 'match' : null;
		case 'more-than':
			if (figure.qualifier === 'more-than') return Math.abs(v - r) <= tol ? 'match' : null;
			return isEstimate(figure) && r >= v - tol && v >= 0.8 * r ? 'match' : null;
		case 'less-than':
			if (figure.qualifier === 'less-than') return Math.abs(v - r) <= tol ? 'match' : null;
			return isEstimate(figure) && r <= v + tol && v <= 1.25 * r ? 'match' : null;
		default:
			if (isEstimate(figure)) return Math.abs(v - r) <= tol ? 'match' : null;
			// The same number as a reporter's bound ("6,000 km" for "more than 6,000 km"): the bound's own
			// round figure does not widen the match.
			return Math.abs(v - r) <= Math.max(stated.halfStepSi, MIN_REL_TOLERANCE * r) ? 'bound' : null;
	}
}

/** The reports a stated figure agrees with (value matches first, then same-number bounds). */
export function matchingReports(
	stated: Stated,
	reports: readonly ReportedFigure[],
	quantity: 'km' | 's'
): { matches: ReportedFigure[]; bounds: ReportedFigure[] } {
	const matches: ReportedFigure[] = [];
	const bounds: ReportedFigure[] = [];
	for (const f of reports) {
		const c = compareFigure(stated, f, quantity);
		if (c === 'match') matches.push(f);
		else if (c === 'bound') bounds.push(f);
	}
	return { matches, bounds };
}

/** True when no report is within 30 % of the stated figure: evidence the report is about another launch. */
export function contradicts(stated: Stated, reports: readonly ReportedFigure[]): boolean {
	if (stated.qualifier !== 'exact' && stated.qualifier !== 'about') return false;
	return reports.length > 0 && reports.every((f) => Math.abs(stated.si - f.value) > 0.3 * f.value);
}
