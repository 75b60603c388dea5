import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-article-'));

function cli(...args: string[]) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
}

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const KINDS = [
	'apogee',
	'range',
	'flightTime',
	'launchTime',
	'impactTime',
	'date',
	'rangeEstimate',
	'distance',
	'timeToTarget',
	'missile',
	'place'
];

describe('npm run -s cli -- check-article', () => {
	it('prints { tests, claims } with the contract fields under --json', () => {
		const run = cli('check-article', 'data/article/article.txt', '--json');
		expect(run.status).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(out.tests[0]).toBe('2022-01-30-hwasong-12');
		for (const c of out.claims) {
			for (const key of [
				'text',
				'start',
				'end',
				'kind',
				'value',
				'unit',
				'verdict',
				'reason',
				'testId',
				'sources'
			])
				expect(c).toHaveProperty(key);
			expect(KINDS).toContain(c.kind);
			expect(['correct', 'incorrect', 'unverified']).toContain(c.verdict);
			expect([null, 'km', 'mi', 'm', 'ft', 's', 'min', 'h']).toContain(c.unit);
			expect(out.text.slice(c.start, c.end)).toBe(c.text);
		}
		const range = out.claims.find((c: { text: string }) => c.text === 'around 800 kilometres');
		expect(range).toMatchObject({ kind: 'range', value: 800, unit: 'km', verdict: 'correct' });
		expect(range.sources.length).toBeGreaterThan(0);
	});

	it('gives times as ISO 8601 in Korean time and reads HTML without its markup', () => {
		const html = file(
			'report.html',
			'<html><head><script>var x = "launched at 9 p.m.";</script><style>p{}</style></head><body><p>North Korea fired a missile at 7:22 a.m. on Tuesday, 4 October 2022.</p><p>It flew 4,600 km &amp; reached 1,000 km altitude.</p></body></html>'
		);
		const run = cli('check-article', html, '--json');
		expect(run.status).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(out.text).not.toMatch(/<|script|9 p\.m\./);
		const time = out.claims.find((c: { kind: string }) => c.kind === 'launchTime');
		expect(time).toMatchObject({ value: '2022-10-04T07:22:00+09:00', verdict: 'correct' });
	});

	it('prints a summary and one reason per claim without --json', () => {
		const run = cli('check-article', 'data/article/article.txt');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^\d+ claims: \d+ correct, 1 incorrect, \d+ unverified\./);
		expect(run.stdout).toContain(
			'- "on Monday" (incorrect): Monday is not the launch day in Korea'
		);
	});

	it('exits 2 with one line for no file, two files, a missing file, an empty file or a binary file', () => {
		const cases = [
			['check-article'],
			['check-article', 'a.txt', 'b.txt'],
			['check-article', 'no/such/report.txt'],
			['check-article', file('empty.txt', '  \n')],
			['check-article', file('binary.txt', 'abc\u0000def')]
		];
		for (const args of cases) {
			const run = cli(...args);
			expect(run.status, args.join(' ')).toBe(2);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(run.stderr).toMatch(/^error: /);
		}
	});
});
