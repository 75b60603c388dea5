/**
 * Detects where the free-text "Additional Information" states a flown distance or a reached altitude
 * that disagrees with the numeric columns. Heuristic by design, so it only reads plain statements of
 * fact: sentences about what a missile "could", "would" or "is capable of" doing, estimates of maximum
 * range and comparisons ("1000 km farther") are skipped.
 */
import type { CellIssue } from './types.ts';

export interface NoteFigure {
	kind: 'apogee' | 'distance';
	km: number;
	/** The words the figure was read from. */
	text: string;
}

const HYPOTHETICAL =
	/\b(could|would|might|may|capable|if|maximi[sz]e|maximum|max\.?|potential|estimated range|range of|minimum|expected|intend)/i;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const KM = String.raw`\s*(?:km|kilomet(?:er|re)s?)\b`;
const LEAD = String.raw`(?:about|approximately|approx\.?|around|roughly|some|only|nearly|almost|over|more than|just)?\s*`;

const DISTANCE_RE = new RegExp(
	String.raw`\b(?:travel(?:l)?ed|flew|flown|flying)\s+(?:for\s+)?${LEAD}${NUMBER}${KM}(?!\s*(?:farther|further|more|less|short|away|from|west|east|north|south))`,
	'gi'
);
const APOGEE_RE = new RegExp(
	String.raw`\b(?:altitude|apogee|height)\s*(?:of|:)?\s*${LEAD}${NUMBER}${KM}|${NUMBER}${KM}\s*(?:apogee|altitude|high)\b`,
	'gi'
);

function sentences(text: string): string[] {
	return text.split(/(?<=[.!?])\s+(?=[A-Z])/);
}

/** The figures a note states as fact. */
export function noteFigures(notes: string): NoteFigure[] {
	const out: NoteFigure[] = [];
	for (const sentence of sentences(notes)) {
		if (HYPOTHETICAL.test(sentence)) continue;
		for (const m of sentence.matchAll(DISTANCE_RE)) {
			out.push({ kind: 'distance', km: Number(m[1].replace(/,/g, '')), text: m[0].trim() });
		}
		for (const m of sentence.matchAll(APOGEE_RE)) {
			const n = m[1] ?? m[2];
			out.push({ kind: 'apogee', km: Number(n.replace(/,/g, '')), text: m[0].trim() });
		}
	}
	return out.filter((f) => Number.isFinite(f.km));
}

/** Relative difference above which a note and a column are said to disagree. */
export const NOTE_TOLERANCE = 0.1;

/**
 * Compares the note's figures with the parsed columns. A column with no value while the note gives one
 * is an info flag; a difference above 10 % is a warning.
 */
export function noteIssues(
	notes: string | null,
	apogeeKm: number | null,
	distanceKm: number | null
): { field: 'apogee' | 'distance'; issue: CellIssue }[] {
	if (!notes) return [];
	const out: { field: 'apogee' | 'distance'; issue: CellIssue }[] = [];
	for (const f of noteFigures(notes)) {
		const column = f.kind === 'apogee' ? apogeeKm : distanceKm;
		const name = f.kind === 'apogee' ? 'Apogee' : 'Distance Travelled';
		if (column === null) {
			out.push({
				field: f.kind,
				issue: {
					code: 'notes-give-value',
					severity: 'info',
					message: `${name} has no value, but Additional Information says "${f.text}".`
				}
			});
		} else if (Math.abs(f.km - column) > NOTE_TOLERANCE * Math.max(f.km, column)) {
			out.push({
				field: f.kind,
				issue: {
					code: 'notes-contradict',
					severity: 'warning',
					message: `${name} is ${column} km, but Additional Information says "${f.text}".`
				}
			});
		}
	}
	return out;
}
