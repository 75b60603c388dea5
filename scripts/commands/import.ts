/**
 * `import FILE [--format cns-csv|cns-xlsx|nagix] [--missile-file F] [--facility-file F] [--json]`: reads a
 * missile-test database in any of its real forms (CNS CSV, CNS XLSX, nagix JSON) with `importFile`.
 * --json prints `{ format, encoding, records, problems, crosswalk }`, records streamed one at a time;
 * otherwise a summary. A nagix test file picks up missile.en.json and facility.en.json from its folder
 * unless they are given.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { missiles, tests } from '../../src/lib/data/dataset.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import { ImportError } from '../../src/lib/data/import/detect.ts';
import {
	IMPORT_FORMATS,
	type ImportFormat,
	type ImportProblem,
	type ImportResult
} from '../../src/lib/data/import/types.ts';
import { CliError, quote, table, writeJsonStreamed, type Command } from '../lib/cli-kit.ts';

/** Far above any real release (the CNS XLSX is under 1 MB); a guard against reading a disk image. */
const MAX_BYTES = 200 * 1024 * 1024;

/** A file's bytes, or a one-line CliError that says what is wrong with the path. */
export function readFileBytes(file: string, what: string): Uint8Array {
	let size: number;
	try {
		const stat = statSync(file);
		if (!stat.isFile())
			throw new CliError(`${quote(file)} is not a file; give the path of ${what}.`);
		size = stat.size;
	} catch (error) {
		if (error instanceof CliError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(
			code === 'ENOENT'
				? `File not found: ${quote(file)}. Give the path of ${what}.`
				: `Cannot read ${quote(file)} (${code ?? 'unknown error'}); check the path and its permissions.`
		);
	}
	if (size > MAX_BYTES)
		throw new CliError(
			`${quote(file)} is ${Math.round(size / 1e6)} MB, more than the ${MAX_BYTES / 1024 / 1024} MB this command reads; a database release is a few MB at most.`
		);
	try {
		return readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(
			`Cannot read ${quote(file)} (${code ?? 'unknown error'}); check its permissions.`
		);
	}
}

const USAGE =
	'import FILE [--format cns-csv|cns-xlsx|nagix] [--missile-file FILE] [--facility-file FILE] [--json]';

function formatOption(raw: unknown): ImportFormat | undefined {
	if (raw === undefined) return undefined;
	if (typeof raw === 'string' && (IMPORT_FORMATS as readonly string[]).includes(raw))
		return raw as ImportFormat;
	throw new CliError(`--format must be one of ${IMPORT_FORMATS.join(', ')}; got ${quote(raw)}.`);
}

/** A companion file: the one given, else the nagix name beside a .json test file, else none. */
function companion(
	given: unknown,
	file: string,
	name: string,
	problems: ImportProblem[]
): Uint8Array | undefined {
	if (typeof given === 'string') return readFileBytes(given, `nagix's ${name}`);
	const beside = join(dirname(file), name);
	if (!/\.json$/i.test(file) || basename(file) === name || !existsSync(beside)) return undefined;
	problems.push({
		code: 'companion-found',
		severity: 'info',
		message: `Read ${name} from the test file's folder for names${name.startsWith('facility') ? ' and coordinates' : ''}.`
	});
	return readFileBytes(beside, `nagix's ${name}`);
}

export function summarizeImport(result: ImportResult): string {
	const { records, problems } = result;
	const bySeverity = { info: 0, warning: 0, error: 0 };
	const byCode = new Map<string, number>();
	for (const r of records)
		for (const f of r.flags) {
			bySeverity[f.severity] += 1;
			const key = `${f.field}: ${f.code} (${f.severity})`;
			byCode.set(key, (byCode.get(key) ?? 0) + 1);
		}
	const km = (v: number | null, lo: number | null, hi: number | null) =>
		v ?? (lo !== null ? `${lo}–${hi}` : null);
	const lines = [
		`${result.format}${result.encoding ? ` (${result.encoding})` : ''}: ${records.length} records (one per data row); flags: ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} info.`
	];
	if (problems.length > 0) {
		lines.push('', 'File problems:');
		for (const p of problems) lines.push(`  [${p.severity}] ${p.code}: ${p.message}`);
	}
	lines.push(
		'',
		table(
			[
				'row',
				'date UTC',
				'date KST',
				'missile',
				'id',
				'apogee km',
				'distance km',
				'bearing',
				'salvo',
				'test',
				'flags (w/e)'
			],
			records.map((r) => [
				r.row,
				r.date ?? r.month ?? r.year,
				r.dateKst,
				r.missileName,
				r.missileId,
				km(r.apogeeKm, r.apogeeLowKm, r.apogeeHighKm),
				km(r.distanceKm, r.distanceLowKm, r.distanceHighKm),
				r.bearingDeg,
				r.salvo ? `${r.salvo.position}/${r.salvo.size}` : null,
				r.testId,
				`${r.flags.length} (${r.flags.filter((f) => f.severity !== 'info').length})`
			])
		)
	);
	if (byCode.size > 0)
		lines.push(
			'',
			'Flags by kind:',
			table(
				['field: code (severity)', 'count'],
				[...byCode.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, n])
			)
		);
	if (result.crosswalk.length > 0)
		lines.push(
			'',
			'Missile names and the dataset missiles they map to:',
			table(
				['name in the file', 'dataset id', 'matched by', 'rows'],
				result.crosswalk.map((c) => [
					c.name,
					c.missileId,
					c.matchedBy === 'alias' && c.aliasStatus ? `alias (${c.aliasStatus})` : c.matchedBy,
					c.rows
				])
			)
		);
	return lines.join('\n');
}

export const importCommand: Command = {
	name: 'import',
	summary:
		'Read a missile-test database (CNS CSV or XLSX, nagix JSON): one record per row, with flags.',
	usage: USAGE,
	options: {
		format: { type: 'string' },
		'missile-file': { type: 'string' },
		'facility-file': { type: 'string' }
	},
	allowPositionals: true,
	async run(values, positionals) {
		if (positionals.length !== 1)
			throw new CliError(
				positionals.length === 0
					? `Give the file to read: ${USAGE}`
					: `Give one file, not ${positionals.length}: ${USAGE}`
			);
		const file = positionals[0];
		const format = formatOption(values.format);
		const bytes = readFileBytes(file, 'a CNS CSV or XLSX export or a nagix test.en.json');
		const found: ImportProblem[] = [];
		const companions = {
			missiles: companion(values['missile-file'], file, 'missile.en.json', found),
			facilities: companion(values['facility-file'], file, 'facility.en.json', found)
		};
		let result: ImportResult;
		try {
			result = await importFile(bytes, { format, companions, tests, missiles });
		} catch (error) {
			if (error instanceof ImportError) throw new CliError(`${quote(file)}: ${error.message}`);
			throw error;
		}
		if (result.format === 'nagix') result.problems.push(...found);
		const json = {
			format: result.format,
			encoding: result.encoding,
			records: result.records,
			problems: result.problems,
			crosswalk: result.crosswalk
		};
		return {
			json,
			get text() {
				return summarizeImport(result);
			},
			writeJson: (write) => writeJsonStreamed(write, json, ['records'])
		};
	}
};
