/**
 * Shapes of the CNS/NTI North Korea Missile Test Database import.
 * One `CnsRecord` per data row of the CSV, never fewer, never more; every quirk is a `CnsFlag`.
 */
import type { Outcome } from '../types.ts';

/** Our key for each CNS column (the file's header text is kept in `raw`). */
export type CnsField =
	| 'index'
	| 'date'
	| 'entered'
	| 'launchTime'
	| 'missileName'
	| 'missileType'
	| 'agency'
	| 'facilityName'
	| 'facilityLocation'
	| 'otherName'
	| 'lat'
	| 'lon'
	| 'landingLocation'
	| 'apogee'
	| 'distance'
	| 'confirmation'
	| 'outcome'
	| 'notes'
	| 'sources';

/**
 * - info: a documented quirk, normalised with no loss (e.g. "150 km" read as 150).
 * - warning: a value chosen by a documented rule that may be wrong (e.g. a typo unit "330 lm" read as km).
 * - error: the cell could not be read; the value is null and the raw text is kept.
 */
export type Severity = 'info' | 'warning' | 'error';

/** One quirk in one cell (or the row, field 'row'; or the dataset link, field 'link'). */
export interface CnsFlag {
	field: CnsField | 'row' | 'link';
	/** Stable machine-readable code, e.g. 'unit-in-number', 'range-in-words', 'month-only'. */
	code: string;
	severity: Severity;
	/** What was found and what was done about it, in words. */
	message: string;
	/** The cell's raw text. */
	raw?: string;
}

/** A quirk found by a cell parser, before the importer attaches the field and raw text. */
export interface CellIssue {
	code: string;
	severity: Severity;
	message: string;
}

export interface Parsed<T> {
	value: T | null;
	issues: CellIssue[];
}

export type Qualifier = 'exact' | 'about' | 'more-than' | 'less-than';

export interface KmValue {
	/** A single value in km; null for blank/unknown/unreadable cells and for ranges ("between 110 and 670 km"). */
	km: number | null;
	/** Ranges keep both ends (km). */
	lowKm: number | null;
	highKm: number | null;
	qualifier: Qualifier | null;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateValue {
	/** ISO YYYY-MM-DD where the day is known. */
	date: string | null;
	/** ISO YYYY-MM where the month is known. */
	month: string | null;
	year: number | null;
	precision: DatePrecision | null;
}

export type Confirmation = 'confirmed' | 'unconfirmed';

export interface CnsRecord {
	/** 1-based data-row number (the header is not counted). */
	row: number;
	/** 1-based physical line where the row starts in the file (quoted cells may span lines). */
	line: number;
	/** The file's own index column ("F1"), as a number when it is one. */
	sourceIndex: number | null;
	/** ISO YYYY-MM-DD where the day is known, else null (see month, year, datePrecision). */
	date: string | null;
	month: string | null;
	year: number | null;
	datePrecision: DatePrecision | null;
	/** "Date Entered/Updated", ISO YYYY-MM-DD. */
	enteredDate: string | null;
	/** "Launch Time (UTC)" as 24-hour HH:MM (HH:MM:SS when the seconds are not zero). */
	launchTimeUtc: string | null;
	missileName: string | null;
	missileType: string | null;
	/** Our missile id (e.g. 'hwasong-12') where the CNS name maps to one. */
	missileId: string | null;
	agency: string | null;
	facilityName: string | null;
	facilityLocation: string | null;
	otherName: string | null;
	facilityLat: number | null;
	facilityLon: number | null;
	landingLocation: string | null;
	apogeeKm: number | null;
	apogeeLowKm: number | null;
	apogeeHighKm: number | null;
	apogeeQualifier: Qualifier | null;
	distanceKm: number | null;
	distanceLowKm: number | null;
	distanceHighKm: number | null;
	distanceQualifier: Qualifier | null;
	confirmation: Confirmation | null;
	outcome: Outcome | null;
	notes: string | null;
	sources: string | null;
	/** The curated dataset's test id this row matches by date and missile, if any. */
	testId: string | null;
	/** The raw text of every cell, keyed by the file's header text (extra cells: "(column N)"). */
	raw: Record<string, string>;
	flags: CnsFlag[];
}

/** A file-level issue: missing or extra columns, ragged rows, empty file, BOM, blank lines... */
export interface CnsProblem {
	code: string;
	severity: Severity;
	message: string;
	/** Data-row numbers concerned, where it applies. */
	rows?: number[];
}

export interface CnsImport {
	records: CnsRecord[];
	problems: CnsProblem[];
}
