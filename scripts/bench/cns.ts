/**
 * CNS import benchmarks: the real October 2019 release (135 rows, read from ../shared when present;
 * target < 25 ms) and a synthetic 10,000-row file built by repeating our quirks fixture (target < 1.5 s),
 * which is what a reader's browser does on /tests when they load a file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { importCns } from '../../src/lib/data/cns/import.ts';
import { missiles, tests } from '../../src/lib/data/dataset.ts';
import type { BenchCase, BenchSuite } from './index.ts';

const REAL = new URL(
	'../../../shared/data/cns/north_korea_missile_test_database_2019-10.csv',
	import.meta.url
);
const FIXTURE = new URL('../../src/lib/data/cns/fixtures/cns-quirks.csv', import.meta.url);

function synthetic(rows: number): string {
	const [header, ...body] = csvParseRows(readFileSync(FIXTURE, 'utf8').replace(/^\ufeff/, ''));
	const out = [header];
	for (let i = 0; out.length <= rows; i++) out.push(body[i % body.length]);
	return csvFormatRows(out);
}

const cases: BenchCase[] = [];
if (existsSync(REAL)) {
	const text = readFileSync(REAL, 'utf8');
	cases.push({
		name: 'importCns: real CNS 2019 release (135 rows), linked to the dataset',
		targetMs: 25,
		fn: () => importCns(text, { tests, missiles })
	});
}
let big = '';
cases.push({
	name: 'importCns: 10,000 rows of every quirk',
	targetMs: 1500,
	timeMs: 2000,
	setup: () => {
		big = synthetic(10_000);
	},
	fn: () => importCns(big, { tests, missiles })
});

export const cnsSuite: BenchSuite = { name: 'cns', cases };
