/**
 * Numbers as reports write them: "4,500", "6,040.9", "1 000" and "1, 000" (stray separators), "15
 * thousand", "a thousand", number words up to twelve; and the precision a written number carries.
 */

/** A number written in digits: "4,500", "6,040.9", "1 000", "1, 000", "15 thousand". */
export const DIGITS_SOURCE =
	'(?:\\d{1,3}(?:(?:,\\s?|\\s)\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s+(?:thousand|million))?(?!\\d)';
/** A number written in words (only before a unit written out in full: "an hour", "five minutes"). */
export const WORDS_SOURCE =
	'(?:half an|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)(?:\\s+(?:thousand|hundred))?';

const WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	'half an': 0.5,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60
};

/** The value of a number matched by DIGITS_SOURCE or WORDS_SOURCE, or NaN. */
export function parseNumber(written: string): number {
	const w = written.trim().toLowerCase().replace(/\s+/g, ' ');
	const scale = / thousand$/.test(w)
		? 1e3
		: / million$/.test(w)
			? 1e6
			: / hundred$/.test(w)
				? 100
				: 1;
	const head = w.replace(/ (?:thousand|million|hundred)$/, '');
	if (head in WORDS) return WORDS[head] * scale;
	const digits = head.replace(/,\s?|\s/g, '');
	return /^\d+(?:\.\d+)?$/.test(digits) ? Number(digits) * scale : NaN;
}

/**
 * Place value of the last significant digit as written: "2,111.5" -> 0.1, "4,500" -> 100, "787" -> 1,
 * "15 thousand" -> 1,000, "6,000" -> 1,000. A written zero at the end is read as rounding, as readers do.
 */
export function writtenStep(written: string): number {
	const value = parseNumber(written);
	if (!Number.isFinite(value) || value === 0) return 1;
	const w = written.trim().toLowerCase();
	const dot = w.indexOf('.');
	if (dot >= 0 && /\d\.\d/.test(w)) {
		const decimals = w.slice(dot + 1).match(/^\d+/)?.[0].length ?? 0;
		return 10 ** -decimals;
	}
	const int = Math.round(value);
	let step = 1;
	while (step < int && int % (step * 10) === 0) step *= 10;
	return step;
}
