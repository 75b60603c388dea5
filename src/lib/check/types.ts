/**
 * The article checker's shapes: what `checkReport` returns (the contract of `check-article --json` and of
 * the /check page) and the small engine interface it is given.
 */
import type { Missile, Place, SourceRef, Test } from '../data/types.ts';

export const CLAIM_KINDS = [
	'apogee',
	'range',
	'flightTime',
	'launchTime',
	'impactTime',
	'date',
	'rangeEstimate',
	'distance',
	'timeToTarget',
	'missile',
	'place'
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Units a claim's value is stated in. Dates, times, missiles and places have none (null). */
export type ClaimUnit = 'km' | 'mi' | 'm' | 'ft' | 's' | 'min' | 'h';

export type CheckVerdict = 'correct' | 'incorrect' | 'unverified';

/** How a number is qualified in the text: "about 800", "more than 6,000", "up to 13,000", "4,500 to 5,000". */
export type StatedQualifier = 'exact' | 'about' | 'more-than' | 'less-than' | 'range';

export interface CheckedClaim {
	/** Stable within one result: `c<start>`. */
	id: string;
	/** The words of the report this claim covers (text.slice(start, end)). */
	text: string;
	start: number;
	end: number;
	kind: ClaimKind;
	/**
	 * The value as stated: a number for quantities (the lower end of a stated span); for times an ISO
	 * 8601 date-time in Korean time (`2022-01-30T07:52:00+09:00`), or `HH:MM` KST when the date is
	 * unknown; for dates `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, a weekday or the phrase; for names the name.
	 */
	value: number | string;
	/** Upper end of a stated span ("4,500 to 5,000 km"), else absent. */
	valueHigh?: number;
	unit: ClaimUnit | null;
	qualifier?: StatedQualifier;
	verdict: CheckVerdict;
	/** One or two plain sentences: what the data says and why the verdict follows. */
	reason: string;
	/** The dataset test the claim is about, or null (a launch the dataset does not hold, or none). */
	testId: string | null;
	/** Pages that support the dataset values the verdict rests on (empty when there are none). */
	sources: SourceRef[];
	/** Who the report says gave the figure, as written ("Japan's Defense Ministry"), when it says. */
	attributedTo?: string;
}

export type NoticeLevel = 'error' | 'warning' | 'info';

/** A message about the input as a whole: why nothing was checked, or what to keep in mind. */
export interface CheckNotice {
	level: NoticeLevel;
	code:
		| 'empty'
		| 'too-long'
		| 'not-english'
		| 'no-claims'
		| 'unknown-launch'
		| 'ambiguous-launch'
		| 'html-stripped';
	message: string;
}

/** Which launch the report describes and why the checker thinks so. */
export interface LaunchMatch {
	/** The dataset test, or null when the launch is not in the dataset. */
	testId: string | null;
	/** Plain words: "dated 30 January 2022 and names the Hwasong-12; 2 figures match". */
	evidence: string;
}

export interface CheckResult {
	/** The text that was checked (HTML reduced to its text); claim offsets point into it. */
	text: string;
	/** Dataset tests the report describes, the main one first. */
	tests: string[];
	/** The main launch and any earlier launches the report compares it with. */
	launches: LaunchMatch[];
	claims: CheckedClaim[];
	summary: { total: number; correct: number; incorrect: number; unverified: number };
	notices: CheckNotice[];
}

/** The dataset the checker reads (plain data, so a page can pass it from `load`). */
export interface CheckData {
	tests: readonly Test[];
	missiles: readonly Missile[];
	places: readonly Place[];
}

/** Flight time to one place on the two trajectories a "time to target" claim is set against. */
export interface TargetTime {
	/** Geodesic distance from the test's launch site, km. */
	distanceKm: number;
	/** Minimum-energy trajectory, s; null when the vehicle cannot reach the place. */
	minimumEnergyS: number | null;
	/** Depressed trajectory at the vehicle's full burnout speed, s; null when out of reach. */
	depressedS: number | null;
}

/**
 * What the checker needs from the engine for one dataset test. Plain data, so `load` can compute it at
 * build time and hand it to the browser. `rangeKm` is the standard-range distribution (P5, P50, P95);
 * a null bound means "no finite figure" (an orbital vehicle has no P95).
 */
export interface EngineView {
	testId: string;
	rangeKm: { p05: number | null; p50: number | null; p95: number | null };
	/** The calibrated vehicle reaches orbital speed on a range-maximising programme. */
	orbital: boolean;
	/** One phrase naming what the range figures are, quoted in reasons, e.g. "the engine's band (…)". */
	basis: string;
	/** One phrase naming how the times to targets were computed. */
	timeBasis: string;
	/** By place id, for every place in the dataset. */
	timesToTarget: Record<string, TargetTime>;
}

/** The engine for a dataset test id, or null when it has nothing for that test. */
export type EngineLookup = (testId: string) => EngineView | null;

export interface CheckDeps {
	data: CheckData;
	engine: EngineLookup;
}

export interface CheckOptions {
	/** 'html' strips markup first; 'auto' (default) strips it when the text looks like HTML. */
	format?: 'text' | 'html' | 'auto';
}
