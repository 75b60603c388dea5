/**
 * The words that say what a number is about ("altitude", "flew", "could reach"), what a date or time is
 * the date of ("launched", "said", "before the election"), and when a sentence turns to another launch
 * ("than", "the previous record").
 */

export type QuantityCue = 'apogee' | 'climb' | 'range' | 'estimate' | 'distance';

const LEFT_CUES: [QuantityCue, RegExp][] = [
	['apogee', /\b(?:altitudes?|apogee|heights?|peak|ceiling|high)\b/gi],
	// Verbs of climbing say "apogee" less surely: "soared 800 km toward the open sea" is a range.
	['climb', /\b(?:soar(?:ed|ing|s)?|r(?:ose|ising)|climb(?:ed|ing|s)?)\b/gi],
	[
		'estimate',
		/\b(?:could|can|would|might|capable|potential(?:ly)?|theoretical(?:ly)?|in theory|able to|enough to|max(?:imum)? range|estimated range|range-maximi[sz]ing|as far as|(?:has|have|having|with|to have) a (?:maximum |potential |possible |theoretical )?range)\b/gi
	],
	[
		'range',
		/\b(?:fl(?:ew|ying|own|ies)|travel+(?:ed|ing|s)?|cover(?:ed|ing|s)?|distances?|range|downrange|went|journey(?:ed)?)\b/gi
	]
];

/** The cue nearest the end of `left` (the words just before a number), if any. */
export function nearestLeftCue(left: string): { cue: QuantityCue; index: number } | null {
	let best: { cue: QuantityCue; index: number } | null = null;
	for (const [cue, re] of LEFT_CUES) {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(left)))
			if (!best || m.index + m[0].length > best.index) best = { cue, index: m.index + m[0].length };
	}
	return best;
}

/** Right after a number: "6,000 km high", "3,400 km away", "200 km west of", "toward the open sea". */
export function rightCue(right: string): QuantityCue | null {
	const r = right.slice(0, 40);
	if (/^\s*(?:high|up|in altitude|in height|into (?:the sky|space)|above)\b/i.test(r))
		return 'apogee';
	if (
		/^\s*(?:away|from|off|(?:north|south)?(?:east|west)(?:ward)?(?: of)?|north of|south of|short of|beyond)\b/i.test(
			r
		)
	)
		return 'distance';
	if (
		/^\s*(?:downrange|toward|towards|to the (?:east|west)|eastward|before (?:landing|falling|splashing|crashing))\b/i.test(
			r
		)
	)
		return 'range';
	return null;
}

/** A modal or trajectory phrase that turns "range"/"fly" into a capability: "could fly", "if fired on a standard trajectory". */
export const ESTIMATE_CONTEXT =
	/\b(?:could|can|would|might|capable|potential(?:ly)?|theoretical(?:ly)?|in theory|able to|standard trajectory|normal trajectory|ordinary trajectory|conventional trajectory|flatter(?: trajectory)?|range-maximi[sz]ing|if (?:fired|launched|flown)|when (?:it(?:'s|’s| is) )?(?:fired|launched|flown)|maximum range|estimated range|(?:has|have|having|with|to have) a (?:maximum |potential |possible |theoretical )?range)\b/i;

export const LAUNCH_WORDS =
	/\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|fire|test-fir(?:ed|ing|e|es)|test-launch(?:ed|ing|es)?|test(?:ed|ing|s)?|test-firing|flight test|blast(?:ed)? off|lift(?:ed)? off|detected|conducted)\b/gi;
export const IMPACT_WORDS =
	/\b(?:fell|fall(?:ing|s|en)?|land(?:ed|ing|s)?|splash(?:ed|ing|es)?(?: down)?|crash(?:ed|ing|es)?|came down|coming down|impact(?:ed)?|hit the (?:sea|water))\b/gi;
export const REPORT_WORDS =
	/\b(?:said|says|say|saying|reported|reports|report|confirmed|confirms|confirm|announced|announces|announcement|told|released|published|added|revealed|stated|statement|claimed|claims|declared|briefing|noted|cited|citing|urged|condemned|warned|threatened)\b/gi;
export const OTHER_EVENT_WORDS =
	/\b(?:before|after|ahead of|following|during|until|election|summit|meeting|drills?|exercises?|talks|visit|sanctions?|Olympics|Games)\b/gi;
export const FLIGHT_WORDS =
	/\b(?:fl(?:ew|ight|ying|own|ies)|lasted|in the air|airborne|aloft|spent|remained|stayed|travel+(?:ed|ing)?|after (?:launch|lift-off|liftoff)|for)\b/i;
export const REACH_WORDS =
	/\b(?:reach(?:ed|ing|es)?|hit(?:ting)?|strik(?:e|ing)|arrive|get to|in range|within range|within reach)\b/i;

/**
 * Words after which a sentence speaks of another launch: "than the 2,800 km reached on July 4", "the
 * previous record", "was also tested". A "than" before a number ("more than 6,000 km") is a qualifier.
 */
export const COMPARISON_CUE =
	/(?<!\b(?:rather|other) )\bthan\b(?!\s+(?:about |around |some |nearly |roughly )?\d)|\b(?:previous(?:ly)?|earlier (?:test|launch|flight)s?|the last (?:time|test|launch|missile)|last (?:tested|launched|fired)|record|compared|against|versus|vs\.?|prior|which was also|was also|also (?:tested|launched|fired|flown)|when (?:North Korea|it|Pyongyang) (?:launched|fired|tested))\b/i;

/**
 * The word of `patterns` that governs position `at`: the nearest one before it in the same clause ("fired
 * a missile on Friday", "said on Monday"), else the nearest one after it ("On Thursday, Japan said").
 */
export function governingWord(
	text: string,
	at: number,
	patterns: { name: string; re: RegExp }[]
): { name: string; index: number } | null {
	const clauseStart = Math.max(0, text.lastIndexOf(';', at) + 1);
	let before: { name: string; index: number; end: number } | null = null;
	let after: { name: string; index: number } | null = null;
	for (const { name, re } of patterns) {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(text))) {
			const end = m.index + m[0].length;
			if (end <= at && m.index >= clauseStart) {
				if (!before || end > before.end) before = { name, index: m.index, end };
			} else if (m.index >= at && (!after || m.index < after.index))
				after = { name, index: m.index };
		}
	}
	return before ?? after;
}
