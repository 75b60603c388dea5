/**
 * Import benchmarks (targets reported, not asserted):
 * - a 350-row database parsed and every row given its Kepler floor, target under 200 ms: a CNS CSV and a
 *   nagix JSON made by repeating our fixtures, and the real October 2019 CNS release (135 rows, from
 *   ../shared when present);
 * - importCns on a synthetic 10,000-row file (target under 1.5 s), what a reader's browser does on /tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { importCns } from '../../src/lib/data/cns/import.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import { missiles, tests } from '../../src/lib/data/dataset.ts';
import { keplerFloors } from '../../src/lib/scene/importFloors.ts';
import type { BenchCase, BenchSuite } from './index.ts';

const REAL = new URL(
	'../../../shared/data/cns/north_korea_missile_test_database_2019-10.csv',
	import.meta.url
);
const FIXTURE = new URL('../../src/lib/data/cns/fixtures/cns-quirks.csv', import.meta.url);
const NAGIX = new URL('../../src/lib/data/import/fixtures/nagix-test.en.json', import.meta.url);

function synthetic(rows: number): string {
	const [header, ...body] = csvParseRows(readFileSync(FIXTURE, 'utf8').replace(/^\ufeff/, ''));
	const out = [header];
	for (let i = 0; out.length <= rows; i++) out.push(body[i % body.length]);
	return csvFormatRows(out);
}

/** The nagix fixture's launches repeated to `rows` entries, one time bin. */
function syntheticNagix(rows: number): Uint8Array {
	const json = JSON.parse(readFileSync(NAGIX, 'utf8'));
	const entries = json.timeBins.flatMap((b: { data: unknown[] }) => b.data).filter(Boolean);
	const data = Array.from({ length: rows }, (_, i) => entries[i % entries.length]);
	return new TextEncoder().encode(JSON.stringify({ timeBins: [{ data, year: 2022 }] }));
}

const options = { tests, missiles };
/** Parse and floor: the whole of what the catalogue needs before the engine runs. */
const parseAndFloor = async (bytes: Uint8Array) =>
	keplerFloors((await importFile(bytes, options)).records);

const cases: BenchCase[] = [];
const csv350 = new TextEncoder().encode(synthetic(350));
const nagix350 = syntheticNagix(350);
cases.push(
	{
		name: 'importFile + Kepler floor of every row: 350-row CNS CSV',
		targetMs: 200,
		fn: () => parseAndFloor(csv350)
	},
	{
		name: 'importFile + Kepler floor of every row: 350-row nagix JSON',
		targetMs: 200,
		fn: () => parseAndFloor(nagix350)
	}
);
if (existsSync(REAL)) {
	const bytes = readFileSync(REAL);
	const text = bytes.toString('utf8');
	cases.push(
		{
			name: 'importFile + Kepler floor of every row: real CNS 2019 release (135 rows)',
			targetMs: 200,
			fn: () => parseAndFloor(bytes)
		},
		{
			name: 'importCns: real CNS 2019 release (135 rows), linked to the dataset',
			targetMs: 25,
			fn: () => importCns(text, options)
		}
	);
}
let big = '';
cases.push({
	name: 'importCns: 10,000 rows of every quirk',
	targetMs: 1500,
	timeMs: 2000,
	setup: () => {
		big = synthetic(10_000);
	},
	fn: () => importCns(big, options)
});

export const cnsSuite: BenchSuite = { name: 'cns', cases };
