/**
 * `importFile(bytes, options)`: any supported database file to records. A pure function of the bytes (and
 * the dataset's tests and missiles for linking), with no DOM or Node API, so it runs unchanged in the CLI,
 * in tests and in a Web Worker. It reads the rows in slices, reporting progress and yielding to the event
 * loop between slices, so a worker can receive a cancel while it runs; cancellation is an AbortSignal.
 */
import { linkCns, readCnsRows, splitCnsText, type ImportOptions } from '../cns/import.ts';
import type { LinkableTest, MissileNames } from '../cns/link.ts';
import type { CnsProblem, CnsRecord } from '../cns/types.ts';
import { makeCrosswalk, crosswalkTable, type CrosswalkMatch } from './crosswalk.ts';
import { decodeBytes } from './decode.ts';
import { detectFormat, ImportError, parseJson, type Detected } from './detect.ts';
import {
	companionKind,
	nagixEntries,
	nagixProblems,
	readNagixEntry,
	readNagixFacilities,
	readNagixMissiles,
	type NagixContext
} from './nagix.ts';
import { assignSalvos, fromCns } from './record.ts';
import type {
	ImportFormat,
	ImportProblem,
	ImportProgress,
	ImportRecord,
	ImportResult,
	TextEncodingName
} from './types.ts';
import { readXlsxRows } from './xlsx.ts';

export interface ImportFileOptions {
	/** Skip detection and read the file as this format (a wrong choice gives raw-only records and problems). */
	format?: ImportFormat;
	/** nagix companion files, as bytes: missile.en.json and facility.en.json. */
	companions?: { missiles?: Uint8Array; facilities?: Uint8Array };
	/** Dataset tests to link rows to (same missile, same UTC or KST date). */
	tests?: readonly LinkableTest[];
	/** Dataset missiles for the name crosswalk (aliases as strings or objects). */
	missiles?: readonly MissileNames[];
	onProgress?: (progress: ImportProgress) => void;
	signal?: AbortSignal;
	/** Rows read between two progress reports and yields (default 2,000). */
	sliceRows?: number;
}

const DEFAULT_SLICE = 2000;

/** Lets other tasks (a cancel message in a worker) run between slices. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads a database file. Throws `ImportError` (with a one-line message) for a file that is none of the formats; an AbortSignal's reason when cancelled. */
export async function importFile(
	input: Uint8Array | ArrayBuffer,
	options: ImportFileOptions = {}
): Promise<ImportResult> {
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	const { signal } = options;
	const report = (stage: ImportProgress['stage'], rowsDone: number, rowsTotal: number | null) => {
		const rowsPart = rowsTotal ? (0.8 * rowsDone) / rowsTotal : 0;
		const base = { decode: 0, parse: 0.05, rows: 0.15, link: 0.95, done: 1 }[stage];
		options.onProgress?.({
			stage,
			rowsDone,
			rowsTotal,
			fraction: stage === 'rows' ? base + rowsPart : base
		});
	};
	signal?.throwIfAborted();
	report('decode', 0, null);
	const detected = detectFormat(bytes, options.format);
	report('parse', 0, null);
	signal?.throwIfAborted();
	const lookup = makeCrosswalk(options.missiles ?? []);
	let result: ImportResult;
	if (detected.format === 'nagix') {
		result = await importNagix(detected.text, detected.encoding, options, lookup, report);
	} else {
		result = await importCnsFile(detected, options, report);
	}
	result.problems.unshift(...detected.problems);
	report('done', result.records.length, result.records.length);
	return result;
}

type Report = (stage: ImportProgress['stage'], rowsDone: number, rowsTotal: number | null) => void;

/** Runs `step(i)` for i in [0, total), in slices, with progress, yields and cancellation between them. */
async function inSlices(
	total: number,
	options: ImportFileOptions,
	report: Report,
	step: (i: number) => void
): Promise<void> {
	const slice = Math.max(1, options.sliceRows ?? DEFAULT_SLICE);
	for (let start = 0; start < total; start += slice) {
		options.signal?.throwIfAborted();
		report('rows', start, total);
		const end = Math.min(total, start + slice);
		for (let i = start; i < end; i++) step(i);
		if (end < total) await yieldToEventLoop();
	}
	options.signal?.throwIfAborted();
}

async function importCnsFile(
	detected: Exclude<Detected, { format: 'nagix' }>,
	options: ImportFileOptions,
	report: Report
): Promise<ImportResult> {
	const problems: CnsProblem[] = [];
	let rows: string[][];
	let lineOf: number[];
	let where: (line: number) => string;
	if (detected.format === 'cns-xlsx') {
		let sheet;
		try {
			sheet = await readXlsxRows(detected.bytes);
		} catch (error) {
			throw new ImportError(
				'bad-xlsx',
				`The file is a ZIP archive but not a readable XLSX workbook (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Open it in a spreadsheet and save it as .xlsx or CSV.`
			);
		}
		problems.push(...sheet.problems);
		rows = sheet.rows;
		lineOf = rows.map((_, i) => i + 1);
		where = (line) => `${sheet.sheet} row ${line}`;
	} else {
		const split = splitCnsText(detected.text, problems);
		rows = split?.rows ?? [];
		lineOf = split?.lineOf ?? [];
		where = (line) => `line ${line}`;
	}
	const cnsOptions: ImportOptions = { tests: options.tests, missiles: options.missiles };
	const testsById = new Map((options.tests ?? []).map((t) => [t.id, t]));
	const records: ImportRecord[] = [];
	const iterator = readCnsRows(rows, lineOf, cnsOptions, problems);
	const one: CnsRecord[] = [];
	await inSlices(rows.length, options, report, () => {
		const next = iterator.next();
		if (next.done) return;
		one[0] = next.value;
		linkCns(one, problems, cnsOptions);
		records.push(fromCns(next.value, where(next.value.line), testsById));
	});
	// Drain: the reader adds its file-level problems after the last row.
	for (let next = iterator.next(); !next.done; next = iterator.next()) {
		linkCns([next.value], problems, cnsOptions);
		records.push(fromCns(next.value, where(next.value.line), testsById));
	}
	report('link', records.length, records.length);
	assignSalvos(records);
	const lookup = makeCrosswalk(options.missiles ?? []);
	const crosswalk = crosswalkTable(
		records.map((r) => ({ name: r.missileName, key: null })),
		lookup
	);
	return {
		format: detected.format,
		encoding: detected.format === 'cns-csv' ? detected.encoding : null,
		records,
		problems: dedupeLinkProblems(problems),
		crosswalk
	};
}

/** Linking row by row repeats a link failure once per row: keep one. */
function dedupeLinkProblems(problems: ImportProblem[]): ImportProblem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = `${p.code}\u0000${p.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function readCompanion(
	bytes: Uint8Array | undefined,
	kind: 'missiles' | 'facilities',
	problems: ImportProblem[]
): unknown {
	if (!bytes) return undefined;
	const decoded = decodeBytes(bytes);
	const parsed = parseJson(decoded.text);
	const file = kind === 'missiles' ? 'missile file' : 'facility file';
	if (!parsed.ok) {
		problems.push({
			code: `bad-${kind}-file`,
			severity: 'error',
			message: `The ${file} is not valid JSON (${parsed.error}); it was not used.`
		});
		return undefined;
	}
	const seen = companionKind(parsed.value);
	if (seen !== kind) {
		problems.push({
			code: `bad-${kind}-file`,
			severity: 'error',
			message: `The ${file} does not look like nagix's ${kind === 'missiles' ? 'missile.en.json ({ key: { name, type } })' : 'facility.en.json ({ facilities: { key: { name, lat, lon } } })'}; it was not used.`
		});
		return undefined;
	}
	return parsed.value;
}

async function importNagix(
	text: string,
	encoding: TextEncodingName,
	options: ImportFileOptions,
	lookup: (name: string | null) => CrosswalkMatch,
	report: Report
): Promise<ImportResult> {
	const problems: ImportProblem[] = [];
	const parsed = parseJson(text);
	if (!parsed.ok) throw new ImportError('bad-json', `The file is not valid JSON: ${parsed.error}.`);
	const listed = nagixEntries(parsed.value);
	if ('error' in listed)
		throw new ImportError('not-nagix', `The JSON is not a nagix test file: ${listed.error}.`);
	const missilesJson = readCompanion(options.companions?.missiles, 'missiles', problems);
	const facilitiesJson = readCompanion(options.companions?.facilities, 'facilities', problems);
	const ctx: NagixContext = {
		missiles: missilesJson === undefined ? null : readNagixMissiles(missilesJson),
		facilities: facilitiesJson === undefined ? null : readNagixFacilities(facilitiesJson),
		extraFields: new Set()
	};
	const { entries } = listed;
	const records: ImportRecord[] = [];
	const tests = options.tests ?? [];
	await inSlices(entries.length, options, report, (i) => {
		const r = readNagixEntry(entries[i], i + 1, ctx);
		r.missileId = nagixMatch(r, lookup).missileId;
		linkNagix(r, tests);
		records.push(r);
	});
	report('link', records.length, records.length);
	assignSalvos(records, (r) => seriesOf(r));
	problems.push(...nagixProblems(ctx));
	if (records.length === 0)
		problems.push({
			code: 'no-data-rows',
			severity: 'warning',
			message: 'The file lists no launches.'
		});
	const byName = new Map(records.map((r) => [r.missileName, r]));
	const crosswalk = crosswalkTable(
		records.map((r) => ({
			name: r.missileName,
			key: r.missileName ? (r.raw.missile ?? null) : null
		})),
		(name) => nagixMatch(byName.get(name)!, lookup)
	);
	return { format: 'nagix', encoding, records, problems, crosswalk };
}

/** A nagix row's missile in the dataset: by its display name, else by the file's key ("hwasong-12"). */
function nagixMatch(
	r: ImportRecord,
	lookup: (name: string | null) => CrosswalkMatch
): CrosswalkMatch {
	const byName = lookup(r.missileName);
	return byName.missileId || !r.missileName ? byName : lookup(r.raw.missile ?? null);
}

/** The file's own salvo number (`series`), when it is a positive whole number. */
function seriesOf(r: ImportRecord): number | null {
	const raw = r.raw.series;
	if (raw === undefined) return null;
	return /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

/** Links a nagix row to a dataset test by missile and by UTC (or KST) date. */
function linkNagix(r: ImportRecord, tests: readonly LinkableTest[]): void {
	if (!r.missileId || !r.date) return;
	const test = tests.find(
		(t) =>
			t.missileId === r.missileId &&
			(t.launch.utc.slice(0, 10) === r.date ||
				(r.dateKst !== null && t.launch.kst.slice(0, 10) === r.dateKst))
	);
	if (test) r.testId = test.id;
}
