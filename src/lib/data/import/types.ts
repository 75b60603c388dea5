/**
 * Shapes shared by every importer (CNS CSV, CNS XLSX, nagix JSON): one `ImportRecord` per row of the file,
 * never fewer, never more; every quirk met is an `ImportFlag` on its record, every file-level matter an
 * `ImportProblem`. The CLI prints these as they are (`import --json`).
 */
import type { Outcome } from '../types.ts';
import type { Confirmation, DatePrecision, Severity } from '../cns/types.ts';

export type { Severity } from '../cns/types.ts';

export type ImportFormat = 'cns-csv' | 'cns-xlsx' | 'nagix';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['cns-csv', 'cns-xlsx', 'nagix'];

/** How the bytes were read as text (XLSX is read as a spreadsheet and has none). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** One quirk in one field of one row: what was found and what was done about it. */
export interface ImportFlag {
	/** The record field (or 'row', 'link', 'date', ...) the quirk concerns. */
	field: string;
	/** Stable machine-readable code, e.g. 'placeholder-bearing', 'utc-to-kst', 'formula'. */
	code: string;
	severity: Severity;
	message: string;
	/** The raw text of the cell or value, where there is one. */
	raw?: string;
}

/** A matter of the whole file: its encoding, format, missing columns, the companion files... */
export interface ImportProblem {
	code: string;
	severity: Severity;
	message: string;
	/** Data-row numbers concerned, where it applies. */
	rows?: number[];
}

export interface ImportRecord {
	/** 1-based position among the file's data rows. */
	row: number;
	/** Where the row is in the file: "line 12" (CSV), "Sheet1 row 12" (XLSX), "timeBins[3].data[2]" (JSON). */
	at: string;
	/** Launch date, UTC, ISO YYYY-MM-DD, where the day is known. */
	date: string | null;
	/** The same launch's date in Korea (KST, UTC+9), where the time of day makes it certain. */
	dateKst: string | null;
	/** Launch time, UTC, HH:MM (HH:MM:SS when the seconds are not zero). */
	timeUtc: string | null;
	month: string | null;
	year: number | null;
	datePrecision: DatePrecision | null;
	/** The missile's name as the file gives it (nagix: the name from missile.en.json, else its key). */
	missileName: string | null;
	/** The file's class for the missile (SRBM, IRBM, ICBM, SLV...). */
	missileType: string | null;
	/** The dataset's missile id, through the name crosswalk (see `crosswalk`). */
	missileId: string | null;
	facilityName: string | null;
	facilityLat: number | null;
	facilityLon: number | null;
	landing: string | null;
	apogeeKm: number | null;
	/** Ends of an apogee given as a range ("between 50 and 60 km"); apogeeKm is then null. */
	apogeeLowKm: number | null;
	apogeeHighKm: number | null;
	distanceKm: number | null;
	distanceLowKm: number | null;
	distanceHighKm: number | null;
	/** Initial heading, degrees clockwise from north (nagix only; its 90 placeholder is read as null). */
	bearingDeg: number | null;
	/** Place in a salvo: the n-th of `size` missiles fired the same day (null for a single launch). */
	salvo: { position: number; size: number } | null;
	outcome: Outcome | null;
	confirmation: Confirmation | null;
	notes: string | null;
	sources: string | null;
	/** The dataset test this row matches (same missile, same UTC or KST date), if any. */
	testId: string | null;
	/** The raw text of every cell or value, keyed by the file's own column or field name. */
	raw: Record<string, string>;
	flags: ImportFlag[];
}

/** One distinct missile name of the file and the dataset missile it maps to. */
export interface CrosswalkEntry {
	/** The name as the file gives it (nagix: the display name, or the key without a missile file). */
	name: string;
	/** The nagix key ("hwasong-12"), where there is one. */
	key: string | null;
	missileId: string | null;
	/** What matched: our id, our name, one of our aliases, or the importer's built-in designations. */
	matchedBy: 'id' | 'name' | 'alias' | 'built-in' | null;
	/** For a match through an alias: whether the dataset calls that alias confirmed. */
	aliasStatus: 'confirmed' | 'unconfirmed' | null;
	rows: number;
}

export interface ImportResult {
	format: ImportFormat;
	/** The text encoding the bytes were read in (null for XLSX). */
	encoding: TextEncodingName | null;
	records: ImportRecord[];
	problems: ImportProblem[];
	crosswalk: CrosswalkEntry[];
}

export interface ImportProgress {
	stage: 'decode' | 'parse' | 'rows' | 'link' | 'done';
	rowsDone: number;
	/** Null until the rows have been counted. */
	rowsTotal: number | null;
	/** 0 to 1, over the whole import. */
	fraction: number;
}
