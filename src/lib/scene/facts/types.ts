/** The shapes the fact resolver returns (shared by every fact kind, the pages and the CLI). */
import type { Verdict } from '../../data/article.ts';
import type { Qualifier, Reporter, SourceRef } from '../../data/types.ts';
import type { ConversionCheck } from '../../data/units.ts';

/** One reporter's figure for a quantity, with its unit and sources. */
export interface FactReport {
	reporter: Reporter;
	/** Plain-words name of the reporter, e.g. "Japan Ministry of Defense". */
	reporterName: string;
	value: number;
	unit: string;
	qualifier: Qualifier;
	/** The words as reported, e.g. "about 2,000 km". */
	asReported: string;
	sources: SourceRef[];
}

/** A number with its unit, and the spread between reporters where there is one. */
export interface FactQuantity {
	value: number;
	unit: string;
	low?: number;
	high?: number;
}

export type FactKind = 'claim' | 'test' | 'missile' | 'place';

/** units.ts `checkConversion` result (verdict and one-sentence message) plus the article's wording. */
export interface ResolvedUnitCheck extends ConversionCheck {
	/** The converted figure as the article prints it, e.g. "1,242 miles". */
	articleText: string;
}

export interface ResolvedFact {
	id: string;
	kind: FactKind;
	/** What the fact is about, e.g. "Range, 30 Jan 2022 Hwasong-12 test". */
	label: string;
	/** The value in words, always with its unit, e.g. "about 800 km (497.1 mi)". */
	value: string;
	/** The number behind `value`, where there is one. */
	quantity: FactQuantity | null;
	/** Every reporter's figure (for a claim: those of the dataset facts it rests on). */
	reports: FactReport[];
	/** Sources for the value (for a claim: the claim's own sources). */
	sources: SourceRef[];
	/** The article's unit conversion, checked (claims with a converted number only). */
	unitCheck: ResolvedUnitCheck | null;
	/** Where sources (or the article and the dataset) disagree, in plain words. */
	conflicts: string[];
	/** Context: notes from the dataset (site notes, unpublished-value notes…). */
	notes: string[];
	/** Claims only. */
	claim?: {
		quote: string;
		verdict: Verdict;
		verdictLabel: string;
		qualifier: string | null;
		explanation: string;
		/** Why no source could be given (the claims the fact sheet could not verify). */
		notFound: string | null;
		factSheetClaim: number;
	};
	/** Claims only: the dataset facts the claim rests on, resolved. */
	facts?: ResolvedFact[];
}

/** Thrown for an id that names no fact; the message says how to find valid ids. */
export class UnknownFactError extends Error {
	constructor(id: string, reason: string) {
		super(
			`Unknown fact id "${id}": ${reason} List every fact id with \`npm run -s cli -- fact --list\`.`
		);
		this.name = 'UnknownFactError';
	}
}

export function assertNever(_x: never, what: string): never {
	throw new Error(`Unhandled ${what}: the fact resolver needs a case for it.`);
}
