/**
 * Importer for the CNS/NTI North Korea Missile Test Database CSV export.
 *
 * Contract: exactly one record per data row (a row of cells; blank lines hold no cells and are listed
 * in `problems`), never an exception. Columns are found by header name, so reordered, extra or missing
 * columns work (each is listed in `problems`). Every cell's raw text is kept in `record.raw`; every
 * quirk met while reading it is a flag on the record. CSV parsing is d3-dsv's.
 */
import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import {
	cellHygiene,
	clip,
	parseCoordinate,
	parseDate,
	parseEnum,
	parseKm,
	parseText,
	parseTime
} from './cells.ts';
import { linkRecords, missileIdForName, type LinkableTest, type MissileNames } from './link.ts';
import { noteIssues } from './notes.ts';
import type {
	CellIssue,
	CnsField,
	CnsFlag,
	CnsImport,
	CnsProblem,
	CnsRecord,
	Confirmation
} from './types.ts';
import type { Outcome } from '../types.ts';
import { errorMessage } from '../../errors.ts';

interface ColumnSpec {
	field: CnsField;
	/** The header text in the CNS releases. */
	label: string;
	/** Other spellings seen or plausible, normalised (lowercase alphanumerics). */
	aliases: string[];
}

/** The documented columns, in the documented order. */
export const CNS_COLUMNS: ColumnSpec[] = [
	{ field: 'index', label: 'F1', aliases: ['', 'f1', 'id', 'index', 'no', 'number', 'unnamed0'] },
	{ field: 'date', label: 'Date', aliases: ['date', 'launchdate', 'dateutc'] },
	{
		field: 'entered',
		label: 'Date Entered/Updated',
		aliases: ['dateenteredupdated', 'dateentered', 'dateupdated', 'lastupdated', 'updated']
	},
	{
		field: 'launchTime',
		label: 'Launch Time (UTC)',
		aliases: ['launchtimeutc', 'launchtime', 'timeutc', 'time']
	},
	{ field: 'missileName', label: 'Missile Name', aliases: ['missilename', 'missile', 'name'] },
	{ field: 'missileType', label: 'Missile Type', aliases: ['missiletype', 'type', 'class'] },
	{
		field: 'agency',
		label: 'Launch Agency/Authority',
		aliases: ['launchagencyauthority', 'launchagency', 'launchauthority', 'agency']
	},
	{ field: 'facilityName', label: 'Facility Name', aliases: ['facilityname', 'facility'] },
	{ field: 'facilityLocation', label: 'Facility Location', aliases: ['facilitylocation'] },
	{ field: 'otherName', label: 'Other Name', aliases: ['othername', 'othernames'] },
	{
		field: 'lat',
		label: 'Facility Latitude',
		aliases: ['facilitylatitude', 'latitude', 'lat']
	},
	{
		field: 'lon',
		label: 'Facility Longitude',
		aliases: ['facilitylongitude', 'longitude', 'lon', 'long', 'lng']
	},
	{ field: 'landingLocation', label: 'Landing Location', aliases: ['landinglocation', 'landing'] },
	{ field: 'apogee', label: 'Apogee', aliases: ['apogee', 'apogeekm', 'maxaltitude', 'altitude'] },
	{
		field: 'distance',
		label: 'Distance Travelled',
		aliases: ['distancetravelled', 'distancetraveled', 'distance', 'distancekm', 'range']
	},
	{
		field: 'confirmation',
		label: 'Confirmation Status',
		aliases: ['confirmationstatus', 'confirmation', 'confirmed']
	},
	{ field: 'outcome', label: 'Test Outcome', aliases: ['testoutcome', 'outcome', 'result'] },
	{
		field: 'notes',
		label: 'Additional Information',
		aliases: ['additionalinformation', 'additionalinfo', 'notes', 'comments']
	},
	{ field: 'sources', label: 'Source(s)', aliases: ['sources', 'source', 'references'] }
];

const LABEL: Record<CnsField, string> = Object.fromEntries(
	CNS_COLUMNS.map((c) => [c.field, c.label])
) as Record<CnsField, string>;

function normaliseHeader(h: string): string {
	return h
		.replace(/^\ufeff/, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}

export const OUTCOMES: Record<string, Outcome> = {
	success: 'success',
	successful: 'success',
	succeeded: 'success',
	failure: 'failure',
	failed: 'failure',
	fail: 'failure',
	'partial success': 'partial',
	partial: 'partial',
	'partially successful': 'partial',
	unknown: 'unknown'
};
const CONFIRMATIONS: Record<string, Confirmation> = {
	confirmed: 'confirmed',
	unconfirmed: 'unconfirmed',
	'not confirmed': 'unconfirmed'
};

export interface ImportOptions {
	/** Curated tests to link rows to (by date and missile). */
	tests?: readonly LinkableTest[];
	/** Curated missiles whose names and aliases extend the name-to-id table. */
	missiles?: readonly MissileNames[];
}

/** Splits the text into rows of cells with d3-dsv, choosing the delimiter from the first line. */
function parseRows(text: string, problems: CnsProblem[]): string[][] {
	const firstLine = text.slice(0, text.search(/\r?\n|\r|$/));
	const commas = (firstLine.match(/,/g) ?? []).length;
	const tabs = (firstLine.match(/\t/g) ?? []).length;
	const semis = (firstLine.match(/;/g) ?? []).length;
	if (tabs > commas && tabs >= semis) {
		problems.push({
			code: 'delimiter',
			severity: 'info',
			message: 'The file is tab-separated, not comma-separated; read as TSV.'
		});
		return tsvParseRows(text);
	}
	if (semis > commas && semis > tabs) {
		problems.push({
			code: 'delimiter',
			severity: 'info',
			message: 'The file is semicolon-separated, not comma-separated; read with ";".'
		});
		return dsvFormat(';').parseRows(text);
	}
	return csvParseRows(text);
}

/**
 * How many documented CNS columns a header row names (0 when none); a headerless first row of data in
 * the documented order counts as a full header.
 */
export function cnsHeaderScore(header: readonly string[]): number {
	const known = new Set(
		header
			.map(normaliseHeader)
			.filter((h) => h !== '')
			.map((h) => CNS_COLUMNS.find((c) => c.aliases.includes(h))?.field)
			.filter((f) => f !== undefined)
	);
	if (known.size < 3 && header.length >= 15 && /^\s*\d+\s*$/.test(header[0] ?? ''))
		return CNS_COLUMNS.length;
	return known.size;
}

function isBlankLine(cells: string[]): boolean {
	return cells.length === 1 && cells[0] === '';
}

function countNewlines(cells: string[]): number {
	let n = 0;
	for (const c of cells) n += (c.match(/\r\n|\r|\n/g) ?? []).length;
	return n;
}

/**
 * Reads a CNS CSV export. Never throws: file-level issues are `problems`, cell-level ones `flags`.
 */
export function importCns(text: string, options: ImportOptions = {}): CnsImport {
	const problems: CnsProblem[] = [];
	const split = splitCnsText(text, problems);
	const records = split ? [...readCnsRows(split.rows, split.lineOf, options, problems)] : [];
	linkCns(records, problems, options);
	return { records, problems };
}

/**
 * The CSV's rows of cells and the physical line each starts on, or null (with a problem saying why) when
 * there is nothing to read.
 */
export function splitCnsText(
	text: string,
	problems: CnsProblem[]
): { rows: string[][]; lineOf: number[] } | null {
	if (typeof text !== 'string') {
		problems.push({
			code: 'not-text',
			severity: 'error',
			message: 'The input is not text; give the CSV file contents as a string.'
		});
		return null;
	}
	if (text.startsWith('\ufeff')) {
		text = text.slice(1);
		problems.push({
			code: 'bom',
			severity: 'info',
			message: 'The file starts with a byte-order mark (BOM); it was removed before reading.'
		});
	}
	if (text.trim() === '') {
		problems.push({
			code: 'empty-file',
			severity: 'error',
			message:
				'The file is empty: export the CNS spreadsheet as CSV with its header row and try again.'
		});
		return null;
	}
	if (countQuotes(text) % 2 === 1) {
		problems.push({
			code: 'unbalanced-quotes',
			severity: 'error',
			message:
				'The file has an odd number of double quotes: a quoted cell is probably not closed, so the rows after it may have run together. Check the row named in the flags.'
		});
	}
	let rows: string[][];
	try {
		rows = parseRows(text, problems);
	} catch (error) {
		problems.push({
			code: 'csv-error',
			severity: 'error',
			message: `The CSV could not be split into rows (${errorMessage(error)}).`
		});
		return null;
	}
	// Physical line where each parsed row starts.
	const lineOf: number[] = [];
	let line = 1;
	for (const cells of rows) {
		lineOf.push(line);
		line += 1 + countNewlines(cells);
	}
	return { rows, lineOf };
}

function countQuotes(text: string): number {
	let n = 0;
	for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
	return n;
}

/**
 * Reads rows of cells (from a CSV, or a spreadsheet's sheet) as CNS records, one per non-blank row, in
 * order. A generator, so a caller can read a large file in slices and report progress between them; the
 * file-level problems (blank lines, ragged rows) are added once the last row has been read.
 */
export function* readCnsRows(
	rows: string[][],
	lineOf: readonly number[],
	options: ImportOptions,
	problems: CnsProblem[]
): Generator<CnsRecord, void, undefined> {
	// Header: the first non-blank row.
	let headerIndex = rows.findIndex((r) => !isBlankLine(r));
	let header = rows[headerIndex] ?? [];
	const headerNorm = header.map(normaliseHeader);
	const known = headerNorm.filter(
		(h) => h !== '' && CNS_COLUMNS.some((c) => c.aliases.includes(h))
	);
	const columnOf = new Map<CnsField, number>();
	let headerless = false;
	// A header names at least three CNS columns; fewer is a data row or some other file.
	if (known.length < 3) {
		const looksLikeData = header.length >= 15 && /^\s*\d+\s*$/.test(header[0] ?? '');
		if (looksLikeData) {
			headerless = true;
			headerIndex -= 1;
			header = CNS_COLUMNS.map((c) => c.label);
			CNS_COLUMNS.forEach((c, i) => columnOf.set(c.field, i));
			problems.push({
				code: 'no-header',
				severity: 'warning',
				message:
					'The first row is data, not a header: columns were assumed to be in the documented CNS order.'
			});
		} else {
			problems.push({
				code: 'unrecognised-header',
				severity: 'error',
				message: `No CNS column was recognised in the header (${header
					.slice(0, 6)
					.map((h) => `"${clip(h, 30)}"`)
					.join(
						', '
					)}…). Expected columns such as "Date", "Missile Name", "Apogee", "Distance Travelled". Each row is kept with its raw text only.`
			});
		}
	} else {
		const seen = new Map<CnsField, number>();
		headerNorm.forEach((h, i) => {
			// An unnamed column is the index only in first place (pandas/Excel exports).
			const spec = h === '' && i > 0 ? undefined : CNS_COLUMNS.find((c) => c.aliases.includes(h));
			if (!spec) {
				problems.push({
					code: 'extra-column',
					severity: 'info',
					message: `Column ${i + 1} "${clip(header[i], 40)}" is not a documented CNS column; its cells are kept in raw.`
				});
				return;
			}
			if (seen.has(spec.field)) {
				problems.push({
					code: 'duplicate-column',
					severity: 'warning',
					message: `Column ${i + 1} "${clip(header[i], 40)}" repeats "${spec.label}" (column ${(seen.get(spec.field) ?? 0) + 1}); the first one is used, this one is kept in raw.`
				});
				return;
			}
			seen.set(spec.field, i);
			columnOf.set(spec.field, i);
		});
		for (const spec of CNS_COLUMNS) {
			if (!columnOf.has(spec.field)) {
				problems.push({
					code: 'missing-column',
					severity: spec.field === 'index' ? 'info' : 'warning',
					message: `Column "${spec.label}" is missing; every record's ${spec.field} is null.`
				});
			}
		}
		const order = CNS_COLUMNS.filter((c) => columnOf.has(c.field)).map((c) =>
			columnOf.get(c.field)
		);
		if (order.some((v, i) => i > 0 && (v ?? 0) < (order[i - 1] ?? 0))) {
			problems.push({
				code: 'column-order',
				severity: 'info',
				message: 'The columns are not in the documented order; they were matched by header name.'
			});
		}
	}

	// Raw keys: the header text, made unique and non-empty.
	const rawKeys: string[] = [];
	header.forEach((h, i) => {
		let key = h.replace(/^\ufeff/, '').trim() || `(column ${i + 1})`;
		while (rawKeys.includes(key)) key = `${key} (column ${i + 1})`;
		rawKeys.push(key);
	});

	const blankLines: number[] = [];
	const ragged: number[] = [];
	let previousIndex: number | null = null;
	const seenIndexes = new Set<number>();
	let dataRow = 0;
	for (let r = headerIndex + 1; r < rows.length; r++) {
		const cells = rows[r];
		if (isBlankLine(cells)) {
			blankLines.push(lineOf[r]);
			continue;
		}
		dataRow += 1;
		let record: CnsRecord;
		try {
			record = readRow(cells, dataRow, lineOf[r], columnOf, rawKeys, header.length, options);
		} catch (error) {
			record = emptyRecord(dataRow, lineOf[r], rawFor(cells, rawKeys));
			record.flags.push({
				field: 'row',
				code: 'internal-error',
				severity: 'error',
				message: `This row could not be read (${errorMessage(error)}); its raw text is kept.`
			});
		}
		if (cells.length !== header.length && !headerless) ragged.push(dataRow);
		if (headerless && cells.length !== CNS_COLUMNS.length) ragged.push(dataRow);
		// The file's own index column: gaps and repeats are worth knowing about.
		if (record.sourceIndex !== null) {
			if (seenIndexes.has(record.sourceIndex)) {
				record.flags.push({
					field: 'index',
					code: 'index-repeated',
					severity: 'warning',
					message: `The index ${record.sourceIndex} appears on an earlier row too.`
				});
			} else if (previousIndex !== null && record.sourceIndex !== previousIndex + 1) {
				record.flags.push({
					field: 'index',
					code: 'index-gap',
					severity: 'info',
					message: `The index jumps from ${previousIndex} to ${record.sourceIndex}: a row may have been removed from this release.`,
					raw: record.raw[rawKeys[columnOf.get('index') ?? 0]]
				});
			}
			seenIndexes.add(record.sourceIndex);
			previousIndex = record.sourceIndex;
		}
		yield record;
	}

	if (dataRow === 0) {
		problems.push({
			code: 'no-data-rows',
			severity: 'warning',
			message: 'The file has a header but no data rows.'
		});
	}
	if (blankLines.length > 0) {
		problems.push({
			code: 'blank-lines',
			severity: 'info',
			message: `${blankLines.length} blank line(s) (line ${blankLines.slice(0, 10).join(', ')}${blankLines.length > 10 ? '…' : ''}) hold no cells and were skipped; they are not rows.`
		});
	}
	if (ragged.length > 0) {
		problems.push({
			code: 'ragged-rows',
			severity: 'warning',
			message: `${ragged.length} row(s) do not have the header's ${header.length} cells; missing cells are read as absent and extra cells are kept in raw.`,
			rows: ragged
		});
	}
}

/** Links records to the curated tests (see link.ts); a failure is a problem, not an exception. */
export function linkCns(
	records: CnsRecord[],
	problems: CnsProblem[],
	options: ImportOptions
): void {
	try {
		linkRecords(records, options.tests ?? []);
	} catch (error) {
		problems.push({
			code: 'link-error',
			severity: 'warning',
			message: `Rows could not be linked to the curated dataset (${errorMessage(error)}).`
		});
	}
}

function rawFor(cells: string[], rawKeys: string[]): Record<string, string> {
	const raw: Record<string, string> = {};
	cells.forEach((c, i) => {
		raw[rawKeys[i] ?? `(column ${i + 1})`] = c;
	});
	return raw;
}

function emptyRecord(row: number, line: number, raw: Record<string, string>): CnsRecord {
	return {
		row,
		line,
		sourceIndex: null,
		date: null,
		month: null,
		year: null,
		datePrecision: null,
		enteredDate: null,
		launchTimeUtc: null,
		missileName: null,
		missileType: null,
		missileId: null,
		agency: null,
		facilityName: null,
		facilityLocation: null,
		otherName: null,
		facilityLat: null,
		facilityLon: null,
		landingLocation: null,
		apogeeKm: null,
		apogeeLowKm: null,
		apogeeHighKm: null,
		apogeeQualifier: null,
		distanceKm: null,
		distanceLowKm: null,
		distanceHighKm: null,
		distanceQualifier: null,
		confirmation: null,
		outcome: null,
		notes: null,
		sources: null,
		testId: null,
		raw,
		flags: []
	};
}

/** Half the Earth's equatorial circumference: no ground distance can exceed it. */
const HALF_EARTH_KM = 20_037.5;

function readRow(
	cells: string[],
	row: number,
	line: number,
	columnOf: Map<CnsField, number>,
	rawKeys: string[],
	headerLength: number,
	options: ImportOptions
): CnsRecord {
	const record = emptyRecord(row, line, rawFor(cells, rawKeys));
	const flags = record.flags;
	const add = (field: CnsFlag['field'], issues: CellIssue[], raw?: string) => {
		for (const issue of issues)
			flags.push({ field, ...issue, ...(raw === undefined ? {} : { raw }) });
	};
	const cell = (field: CnsField): string | undefined => {
		const i = columnOf.get(field);
		return i === undefined ? undefined : cells[i];
	};
	/** Reads a cell with a parser; a missing cell (short row) is flagged. */
	const read = <T>(field: CnsField, parse: (raw: string) => { value: T; issues: CellIssue[] }) => {
		const raw = cell(field);
		if (raw === undefined) {
			if (columnOf.has(field)) {
				flags.push({
					field,
					code: 'missing-cell',
					severity: 'warning',
					message: `This row is short: it has no "${LABEL[field]}" cell; value is null.`
				});
			}
			return null;
		}
		add(field, cellHygiene(raw, LABEL[field]), raw);
		const result = parse(raw);
		add(field, result.issues, raw);
		return result.value;
	};

	const index = read('index', (raw) => {
		const t = raw.trim();
		if (t === '') return { value: null, issues: [] };
		if (/^\d+$/.test(t)) return { value: Number(t), issues: [] };
		return {
			value: null,
			issues: [
				{
					code: 'unparseable',
					severity: 'warning',
					message: `The index "${clip(raw)}" is not a whole number.`
				}
			]
		};
	});
	record.sourceIndex = index;

	const date = read('date', (raw) => parseDate(raw, 'Date', 'd-mon-yy'));
	if (date) {
		record.date = date.date;
		record.month = date.month;
		record.year = date.year;
		record.datePrecision = date.precision;
	}
	record.enteredDate =
		read('entered', (raw) => parseDate(raw, 'Date Entered/Updated', 'd-mon-yy'))?.date ?? null;
	record.launchTimeUtc = read('launchTime', (raw) => parseTime(raw, 'Launch Time (UTC)'));
	record.missileName = read('missileName', (raw) => parseText(raw, 'Missile Name'));
	record.missileId = missileIdForName(record.missileName, options.missiles);
	record.missileType = read('missileType', (raw) => parseText(raw, 'Missile Type'));
	// Optional columns: blank is their normal state, so a blank cell is not a quirk there.
	const optional = (r: { value: string | null; issues: CellIssue[] }) => ({
		value: r.value,
		issues: r.issues.filter((i) => i.code !== 'blank')
	});
	record.agency = read('agency', (raw) => optional(parseText(raw, 'Launch Agency/Authority')));
	record.facilityName = read('facilityName', (raw) => parseText(raw, 'Facility Name'));
	record.facilityLocation = read('facilityLocation', (raw) => parseText(raw, 'Facility Location'));
	record.otherName = read('otherName', (raw) => optional(parseText(raw, 'Other Name')));
	// Swapped coordinates ("127.5", "39.4") read as each other's axis and land in Korea: swap them back.
	const latRaw = cell('lat');
	const lonRaw = cell('lon');
	let swapped = false;
	if (latRaw !== undefined && lonRaw !== undefined) {
		const asLat = parseCoordinate(lonRaw, 'lat').value;
		const asLon = parseCoordinate(latRaw, 'lon').value;
		const straightLat = parseCoordinate(latRaw, 'lat').value;
		const straightLon = parseCoordinate(lonRaw, 'lon').value;
		const inKorea = (la: number, lo: number) => la >= 33 && la <= 43.5 && lo >= 124 && lo <= 131;
		const straightOk =
			straightLat !== null && straightLon !== null && inKorea(straightLat, straightLon);
		if (!straightOk && asLat !== null && asLon !== null && inKorea(asLat, asLon)) {
			swapped = true;
			record.facilityLat = asLat;
			record.facilityLon = asLon;
			flags.push({
				field: 'lat',
				code: 'lat-lon-swapped',
				severity: 'warning',
				message: `Facility Latitude "${clip(latRaw)}" and Longitude "${clip(lonRaw)}" look swapped (as given the point is not in Korea); read as ${asLat}° N, ${asLon}° E.`,
				raw: latRaw
			});
		}
	}
	if (!swapped) {
		record.facilityLat = read('lat', (raw) => parseCoordinate(raw, 'lat', 'Facility Latitude'));
		record.facilityLon = read('lon', (raw) => parseCoordinate(raw, 'lon', 'Facility Longitude'));
	}
	if (!swapped && record.facilityLat !== null && record.facilityLon !== null) {
		const lat = record.facilityLat;
		const lon = record.facilityLon;
		if (!(lat >= 33 && lat <= 43.5 && lon >= 124 && lon <= 131)) {
			flags.push({
				field: 'lat',
				code: 'outside-korea',
				severity: 'warning',
				message: `The facility (${lat}, ${lon}) is outside the Korean peninsula (33–43.5° N, 124–131° E); check the coordinates.`
			});
		}
	}
	record.landingLocation = read('landingLocation', (raw) => parseText(raw, 'Landing Location'));
	const apogee = read('apogee', (raw) => parseKm(raw, 'Apogee'));
	if (apogee) {
		record.apogeeKm = apogee.km;
		record.apogeeLowKm = apogee.lowKm;
		record.apogeeHighKm = apogee.highKm;
		record.apogeeQualifier = apogee.qualifier;
	}
	const distance = read('distance', (raw) => parseKm(raw, 'Distance Travelled'));
	if (distance) {
		record.distanceKm = distance.km;
		record.distanceLowKm = distance.lowKm;
		record.distanceHighKm = distance.highKm;
		record.distanceQualifier = distance.qualifier;
		const far = distance.km ?? distance.highKm;
		if (far !== null && far > HALF_EARTH_KM) {
			flags.push({
				field: 'distance',
				code: 'implausible',
				severity: 'warning',
				message: `Distance Travelled ${far} km is more than half the Earth's circumference (${HALF_EARTH_KM} km); check the unit.`,
				raw: cell('distance')
			});
		}
	}
	record.confirmation = read('confirmation', (raw) =>
		parseEnum(raw, 'Confirmation Status', CONFIRMATIONS)
	);
	record.outcome = read('outcome', (raw) =>
		parseEnum(raw, 'Test Outcome', OUTCOMES, { unknownValue: 'unknown' })
	);
	// Notes and sources are free text: blank is normal, so only hygiene flags.
	const notesRaw = cell('notes');
	if (notesRaw !== undefined) {
		add('notes', cellHygiene(notesRaw, LABEL.notes), clip(notesRaw));
		record.notes = notesRaw.trim() === '' ? null : notesRaw.trim();
	}
	const sourcesRaw = cell('sources');
	if (sourcesRaw !== undefined) {
		add('sources', cellHygiene(sourcesRaw, LABEL.sources), clip(sourcesRaw));
		record.sources = sourcesRaw.trim() === '' ? null : sourcesRaw.trim();
	}
	for (const { field, issue } of noteIssues(record.notes, record.apogeeKm, record.distanceKm)) {
		flags.push({ field, ...issue, raw: cell(field) });
	}
	if (cells.every((c) => c.trim() === '')) {
		flags.push({
			field: 'row',
			code: 'empty-row',
			severity: 'warning',
			message: 'Every cell of this row is empty.'
		});
	}
	if (cells.length > headerLength) {
		flags.push({
			field: 'row',
			code: 'extra-cells',
			severity: 'warning',
			message: `This row has ${cells.length} cells, ${cells.length - headerLength} more than the header; the extra cells are kept in raw.`
		});
	}
	return record;
}
