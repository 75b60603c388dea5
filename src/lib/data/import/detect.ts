/**
 * Which format a file is, from its bytes: an XLSX workbook (a ZIP archive), nagix JSON, or a CNS CSV
 * (text whose first row names CNS columns). Anything else is an `ImportError` whose one-line message
 * says what the file seems to be and what to give instead.
 */
import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import { cnsHeaderScore } from '../cns/import.ts';
import { decodeBytes } from './decode.ts';
import { companionKind, looksLikeNagixTests } from './nagix.ts';
import type { ImportFormat, ImportProblem, TextEncodingName } from './types.ts';

/** A file that is none of the formats, or cannot be read as the one asked for. */
export class ImportError extends Error {
	constructor(
		readonly code: string,
		message: string
	) {
		super(message);
		this.name = 'ImportError';
	}
}

export type Detected =
	| { format: 'cns-xlsx'; bytes: Uint8Array; problems: ImportProblem[] }
	| {
			format: 'cns-csv' | 'nagix';
			text: string;
			encoding: TextEncodingName;
			problems: ImportProblem[];
	  };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function parseJson(
	text: string
): { ok: true; value: unknown } | { ok: false; error: string } {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return {
			ok: false,
			error: error instanceof Error ? error.message.split('\n')[0] : String(error)
		};
	}
}

const FORMATS = 'a CNS CSV, a CNS XLSX workbook or a nagix test.en.json';

/** Detects the format (or checks the one asked for). Throws ImportError for a file that is none of them. */
export function detectFormat(bytes: Uint8Array, forced?: ImportFormat): Detected {
	if (bytes.length === 0)
		throw new ImportError('empty-file', `The file is empty (0 bytes); give ${FORMATS}.`);
	const zip = startsWith(bytes, ZIP);
	if (forced === 'cns-xlsx' || (zip && forced === undefined)) {
		if (!zip)
			throw new ImportError(
				'not-xlsx',
				'The file is not an XLSX workbook (it does not start as a ZIP archive); try --format cns-csv, or leave --format out to detect it.'
			);
		return { format: 'cns-xlsx', bytes, problems: [] };
	}
	if (forced === undefined) refuseKnownBinaries(bytes);
	const decoded = decodeBytes(bytes);
	const fatal = decoded.problems.find((p) => p.severity === 'error');
	if (fatal) throw new ImportError(fatal.code, fatal.message);
	const base = { text: decoded.text, encoding: decoded.encoding, problems: decoded.problems };
	if (forced === 'nagix') return { format: 'nagix', ...base };
	if (forced === 'cns-csv') return { format: 'cns-csv', ...base };
	const head = decoded.text.replace(/^\ufeff/, '').trimStart();
	if (head.startsWith('{') || head.startsWith('[')) {
		jsonFormat(decoded.text);
		return { format: 'nagix', ...base };
	}
	if (looksBinary(head))
		throw new ImportError(
			'binary',
			`The file is binary data, not text or a workbook; give ${FORMATS}.`
		);
	const header = firstRow(head);
	if (cnsHeaderScore(header) >= 3) return { format: 'cns-csv', ...base };
	throw new ImportError(
		'unrecognised',
		`The file is text but not a CNS CSV: its first row (${JSON.stringify(header.slice(0, 4).join(',').slice(0, 60))}) names no CNS columns such as "Date", "Missile Name", "Apogee"; give ${FORMATS}.`
	);
}

function refuseKnownBinaries(bytes: Uint8Array): void {
	if (startsWith(bytes, OLE))
		throw new ImportError(
			'xls',
			'The file is an old Excel 97-2003 workbook (.xls), which this importer does not read: open it and save it as .xlsx or CSV.'
		);
	if (startsWith(bytes, PDF)) throw new ImportError('pdf', `The file is a PDF; give ${FORMATS}.`);
}

/** Checks that JSON text is a nagix test file; throws an ImportError that says what it is otherwise. */
function jsonFormat(text: string): void {
	const parsed = parseJson(text);
	if (!parsed.ok)
		throw new ImportError(
			'bad-json',
			`The file looks like JSON but does not parse: ${parsed.error}.`
		);
	if (looksLikeNagixTests(parsed.value)) return;
	const kind = companionKind(parsed.value);
	if (kind === 'missiles')
		throw new ImportError(
			'nagix-missile-file',
			'This is a nagix missile file (missile.en.json: names and classes), not the launches: give test.en.json and pass this one with --missile-file.'
		);
	if (kind === 'facilities')
		throw new ImportError(
			'nagix-facility-file',
			'This is a nagix facility file (facility.en.json: sites and coordinates), not the launches: give test.en.json and pass this one with --facility-file.'
		);
	throw new ImportError(
		'not-nagix',
		`The file is JSON but not a nagix test file (no "timeBins" list of launches); give ${FORMATS}.`
	);
}

/** Control characters (other than tab, newline, return) in more than 1 % of the first 1,000 characters. */
function looksBinary(text: string): boolean {
	const sample = text.slice(0, 1000);
	if (sample.length === 0) return false;
	// eslint-disable-next-line no-control-regex
	const controls = (sample.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g) ?? []).length;
	return controls > sample.length / 100;
}

/** The cells of the first non-blank line, split by the delimiter the line uses most. */
function firstRow(text: string): string[] {
	const line = text.slice(0, 65536).split(/\r?\n|\r/, 1)[0] ?? '';
	const counts = { ',': 0, '\t': 0, ';': 0 };
	for (const ch of line) if (ch in counts) counts[ch as keyof typeof counts]++;
	const rows =
		counts['\t'] > counts[','] && counts['\t'] >= counts[';']
			? tsvParseRows(line)
			: counts[';'] > counts[',']
				? dsvFormat(';').parseRows(line)
				: csvParseRows(line);
	return rows[0] ?? [];
}
