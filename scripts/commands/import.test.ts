import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../lib/cli-test-kit.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'src/lib/data/import/fixtures');
const CNS = join(ROOT, 'src/lib/data/cns/fixtures/cns-quirks.csv');
const NAGIX = join(FIXTURES, 'nagix-test.en.json');
const dir = mkdtempSync(join(tmpdir(), 'lofted-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run -s cli -- import', () => {
	it('prints { format, records: [{ row, date, dateKst, missileName, apogeeKm, distanceKm, raw, flags }], problems } under --json', async () => {
		const run = await cli('import', CNS, '--json');
		expect(run.status).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(Object.keys(out)).toEqual(['format', 'encoding', 'records', 'problems', 'crosswalk']);
		expect(out.format).toBe('cns-csv');
		expect(out.records).toHaveLength(14);
		for (const key of [
			'row',
			'date',
			'dateKst',
			'missileName',
			'apogeeKm',
			'distanceKm',
			'raw',
			'flags'
		])
			expect(out.records[0]).toHaveProperty(key);
	});

	it('reads nagix JSON with its companion files, given or found beside it', async () => {
		const given = await cli(
			'import',
			NAGIX,
			'--missile-file',
			join(FIXTURES, 'nagix-missile.en.json'),
			'--facility-file',
			join(FIXTURES, 'nagix-facility.en.json'),
			'--json'
		);
		expect(given.status).toBe(0);
		const a = JSON.parse(given.stdout);
		expect(a.format).toBe('nagix');
		expect(a.records[2]).toMatchObject({
			missileName: 'Hwasong-12',
			facilityName: 'Kusong',
			dateKst: '2017-05-14'
		});
		copyFileSync(NAGIX, join(dir, 'test.en.json'));
		copyFileSync(join(FIXTURES, 'nagix-missile.en.json'), join(dir, 'missile.en.json'));
		const found = JSON.parse((await cli('import', join(dir, 'test.en.json'), '--json')).stdout);
		expect(found.records[2].missileName).toBe('Hwasong-12');
		expect(found.problems.map((p: { code: string }) => p.code)).toEqual([
			'no-facility-file',
			'extra-field',
			'companion-found'
		]);
	});

	it('streams a large result in many writes', async () => {
		const run = await cli('import', NAGIX, '--json');
		expect(JSON.parse(run.stdout).records).toHaveLength(11);
		const header = 'Date,Missile Name,Apogee,Distance Travelled\n';
		writeFileSync(join(dir, 'many.csv'), header + '1-Jan-20,Test,100 km,400 km\n'.repeat(5000));
		const many = await cli('import', join(dir, 'many.csv'), '--json');
		expect(JSON.parse(many.stdout).records).toHaveLength(5000);
		expect(many.stdoutWrites).toBeGreaterThan(10);
	});

	it('prints a summary with the crosswalk without --json', async () => {
		const run = await cli('import', NAGIX);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^nagix \(utf-8\): 11 records \(one per data row\)/);
		expect(run.stdout).toMatch(/bearing: placeholder-bearing \(warning\)\s+3/);
		expect(run.stdout).toContain('Missile names and the dataset missiles they map to:');
	});

	it.each([
		[['import'], /^error: Give the file to read/],
		[['import', 'no/such/file.csv'], /^error: File not found: "no\/such\/file.csv"/],
		[
			['import', NAGIX, '--format', 'xls'],
			/--format must be one of cns-csv, cns-xlsx, nagix; got "xls"/
		],
		[['import', NAGIX, '--format', 'nagix', '--format', 'cns-csv'], /--format is given twice/],
		[['import', NAGIX, '--format', 'cns-xlsx'], /not an XLSX workbook/],
		[['import', join(FIXTURES, 'nagix-missile.en.json')], /nagix missile file.*--missile-file/],
		[['import', 'a\nb\u001b[2J.csv'], /File not found: "a\\nb\\u001b\[2J\.csv"/]
	])('exits 2 with one line for %j', async (args, message) => {
		const run = await cli(...args);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.stdout).toBe('');
	});

	it('refuses a file that is none of the formats, naming the file', async () => {
		writeFileSync(join(dir, 'people.csv'), 'name,age\nAda,36\n');
		const run = await cli('import', join(dir, 'people.csv'));
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/people\.csv": The file is text but not a CNS CSV/);
	});
});
