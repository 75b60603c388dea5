import { spawnSync } from 'node:child_process';
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

	it('exits 2 with one line for a missing file or no file', () => {
		for (const args of [['import-cns', 'no/such/file.csv'], ['import-cns']]) {
			const run = cli(...args);
			expect(run.status).toBe(2);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(run.stderr).toMatch(/^error: /);
		}
	});
});
