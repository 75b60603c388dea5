/**
 * `import-cns FILE.csv [--json]`: reads a CNS/NTI North Korea Missile Test Database CSV export.
 * --json prints `{ records, problems }` (one record per data row); otherwise a summary table.
 */
import { readFileSync, statSync } from 'node:fs';
import { importCns } from '../../src/lib/data/cns/index.ts';
import { missiles, tests } from '../../src/lib/data/dataset.ts';
import type { CnsImport } from '../../src/lib/data/cns/types.ts';
import { CliError, table, type Command } from '../lib/cli-kit.ts';

function readInput(file: string): string {
	let size: number;
	try {
		const stat = statSync(file);
		if (!stat.isFile())
			throw new CliError(`"${file}" is not a file; give the path of a CNS CSV export.`);
		size = stat.size;
	} catch (error) {
		if (error instanceof CliError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(
			code === 'ENOENT'
				? `File not found: "${file}". Give the path of a CNS CSV export, e.g. import-cns ../shared/data/cns/north_korea_missile_test_database_2019-10.csv`
				: `Cannot read "${file}" (${code ?? 'unknown error'}); check the path and its permissions.`
		);
	}
	if (size > 200 * 1024 * 1024)
		throw new CliError(`"${file}" is ${Math.round(size / 1e6)} MB; a CNS export is under 1 MB.`);
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(
			`Cannot read "${file}" (${code ?? 'unknown error'}); check its permissions.`
		);
	}
}

export function summarize(result: CnsImport): string {
	const { records, problems } = result;
	const bySeverity = { info: 0, warning: 0, error: 0 };
	const byCode = new Map<string, number>();
	for (const r of records)
		for (const f of r.flags) {
			bySeverity[f.severity] += 1;
			const key = `${f.field}: ${f.code} (${f.severity})`;
			byCode.set(key, (byCode.get(key) ?? 0) + 1);
		}
	const lines: string[] = [];
	lines.push(
		`${records.length} records (one per data row); flags: ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} info.`
	);
	if (problems.length > 0) {
		lines.push('', 'File problems:');
		for (const p of problems) lines.push(`  [${p.severity}] ${p.code}: ${p.message}`);
	}
	lines.push(
		'',
		table(
			[
				'row',
				'date',
				'missile',
				'id',
				'apogee km',
				'distance km',
				'outcome',
				'test',
				'flags (w/e)'
			],
			records.map((r) => [
				r.row,
				r.date ?? r.month ?? r.year,
				r.missileName,
				r.missileId,
				r.apogeeKm ?? (r.apogeeLowKm !== null ? `${r.apogeeLowKm}–${r.apogeeHighKm}` : null),
				r.distanceKm ??
					(r.distanceLowKm !== null ? `${r.distanceLowKm}–${r.distanceHighKm}` : null),
				r.outcome,
				r.testId,
				`${r.flags.length} (${r.flags.filter((f) => f.severity !== 'info').length})`
			])
		)
	);
	if (byCode.size > 0) {
		lines.push('', 'Flags by kind:');
		lines.push(
			table(
				['field: code (severity)', 'count'],
				[...byCode.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, n])
			)
		);
	}
	return lines.join('\n');
}

export const importCnsCommand: Command = {
	name: 'import-cns',
	summary: 'Read a CNS/NTI North Korea missile test database CSV: one record per row, with flags.',
	usage: 'import-cns FILE.csv [--json]',
	options: {},
	allowPositionals: true,
	run(_values, positionals) {
		if (positionals.length === 0)
			throw new CliError('Give the CSV file to read: import-cns FILE.csv [--json]');
		if (positionals.length > 1)
			throw new CliError(
				`Give one file, not ${positionals.length} (${positionals.join(', ')}): import-cns FILE.csv [--json]`
			);
		const text = readInput(positionals[0]);
		const result = importCns(text, { tests, missiles });
		return { json: result, text: summarize(result) };
	}
};
