import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = 'src/lib/data/cns/fixtures/cns-quirks.csv';

function cli(...args: string[]) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
}

describe('npm run -s cli -- import-cns', () => {
	it('prints { records, problems } with one record per data row under --json', () => {
		const run = cli('import-cns', FIXTURE, '--json');
		expect(run.status).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(Object.keys(out)).toEqual(['records', 'problems']);
		expect(out.records).toHaveLength(14);
		const first = out.records[0];
		for (const key of ['row', 'date', 'missileName', 'apogeeKm', 'distanceKm', 'raw', 'flags'])
			expect(first).toHaveProperty(key);
		expect(out.records.find((r: { row: number }) => r.row === 4).distanceKm).toBe(330);
	});

	it('prints a summary table without --json', () => {
		const run = cli('import-cns', FIXTURE);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('14 records (one per data row)');
		expect(run.stdout).toMatch(/distance: unit-typo \(warning\)\s+1/);
	});

	it('decodes Windows-1252 and UTF-16 files, said once in problems', () => {
		const dir = mkdtempSync(join(tmpdir(), 'lofted-import-cns-'));
		try {
			const csv =
				'Date,Missile Name,Facility Location,Apogee\n14-May-17,Hwasong-12,Chiha-ri\u00a0,2111.5 km\n';
			writeFileSync(join(dir, 'cp1252.csv'), Buffer.from(csv, 'latin1'));
			writeFileSync(
				join(dir, 'utf16.csv'),
				Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])
			);
			for (const [file, code] of [
				['cp1252.csv', 'windows-1252'],
				['utf16.csv', 'utf-16']
			]) {
				const out = JSON.parse(cli('import-cns', join(dir, file), '--json').stdout);
				expect(out.problems[0].code).toBe(code);
				expect(out.records).toHaveLength(1);
				expect(out.records[0].facilityLocation).toBe('Chiha-ri');
				expect(out.records[0].raw['Facility Location']).toBe('Chiha-ri\u00a0');
				expect(out.records[0].apogeeKm).toBe(2111.5);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('exits 2 with one line for a missing file or no file', () => {
		for (const args of [['import-cns', 'no/such/file.csv'], ['import-cns']]) {
			const run = cli(...args);
			expect(run.status).toBe(2);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(run.stderr).toMatch(/^error: /);
		}
	});
});
