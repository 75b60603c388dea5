/**
 * `import-cns FILE.csv [--json]`: reads a CNS/NTI North Korea Missile Test Database CSV export.
 * --json prints `{ records, problems }` (one record per data row, streamed); otherwise a summary table.
 * The bytes are decoded as `import` does (UTF-8, UTF-16, Windows-1252), the decoding said in `problems`.
 * For XLSX and nagix files, and KST dates, use `import`.
 */
import { importCns } from '../../src/lib/data/cns/index.ts';
import { missiles, tests } from '../../src/lib/data/dataset.ts';
import { decodeBytes } from '../../src/lib/data/import/decode.ts';
import type { CnsImport } from '../../src/lib/data/cns/types.ts';
import { CliError, table, writeJsonStreamed, type Command } from '../lib/cli-kit.ts';
import { readFileBytes } from './import.ts';

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
		const bytes = readFileBytes(
			positionals[0],
			'a CNS CSV export, e.g. import-cns ../shared/data/cns/north_korea_missile_test_database_2019-10.csv'
		);
		const decoded = decodeBytes(bytes);
		const result = importCns(decoded.text, { tests, missiles });
		result.problems.unshift(...decoded.problems);
		return {
			json: result,
			get text() {
				return summarize(result);
			},
			writeJson: (write) => writeJsonStreamed(write, { ...result }, ['records'])
		};
	}
};
