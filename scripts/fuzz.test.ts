/**
 * Bounded fuzzing of the command line and the importer, with fixed seeds (the same probes every run):
 * numeric options of `ring`, `infer` and `profile`; generated CNS CSV files in every encoding the
 * importer reads (UTF-8 with and without a byte-order mark, UTF-16 LE/BE with and without one,
 * Windows-1252); generated nagix JSON; random bytes; and a 130,000-row CSV through `import` and
 * `import-cns`. Commands run in-process (runCli), so the suite spawns no process.
 *
 * Every probe must be answered (exit 0, valid JSON under --json) or refused (exit 2 with one line on
 * stderr, no control characters); a file we generated as valid must give one record per row with every
 * cell's text intact. The counts (tried, answered, refused, crashed, rows lost) are printed at the end.
 */
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CNS_COLUMNS } from '../src/lib/data/cns/import.ts';
import { missiles, tests } from '../src/lib/data/dataset.ts';
import { ImportError } from '../src/lib/data/import/detect.ts';
import { importFile } from '../src/lib/data/import/import-file.ts';
import { IMPORT_FORMATS } from '../src/lib/data/import/types.ts';
import { runCli } from './lib/run-cli.ts';

const SEED = 20261202;
type Counts = {
	tried: number;
	answered: number;
	refused: number;
	crashed: number;
	rowsLost: number;
};
const sections = new Map<string, Counts>();
/** The counts of the running section (one per describe block). */
let counts: Counts;
function section(name: string): void {
	counts = { tried: 0, answered: 0, refused: 0, crashed: 0, rowsLost: 0 };
	sections.set(name, counts);
}
const dir = mkdtempSync(join(tmpdir(), 'lofted-fuzz-'));

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	const total: Counts = { tried: 0, answered: 0, refused: 0, crashed: 0, rowsLost: 0 };
	const lines = ['fuzz probes (tried, answered, refused with exit 2, crashed, rows lost):'];
	for (const [name, c] of sections) {
		for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
		lines.push(`  ${name}: ${JSON.stringify(c)}`);
	}
	lines.push(`  total: ${JSON.stringify(total)}`);
	console.log(lines.join('\n'));
});

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

interface Probe {
	status: number;
	stdout: string;
	stderr: string;
}

/** Runs the CLI in-process and counts the outcome; a thrown error counts as a crash (exit 1). */
async function probe(argv: string[]): Promise<Probe> {
	counts.tried++;
	const out: string[] = [];
	const err: string[] = [];
	let status: number;
	try {
		status = await runCli(argv, {
			stdout: async (c) => void out.push(c),
			stderr: async (c) => void err.push(c)
		});
	} catch {
		status = 1;
	}
	if (status === 0) counts.answered++;
	else if (status === 2) counts.refused++;
	else counts.crashed++;
	return { status, stdout: out.join(''), stderr: err.join('') };
}

function expectWellBehaved(run: Probe, json: boolean): void {
	expect([0, 2]).toContain(run.status);
	if (run.status === 2) {
		expect(run.stderr).toMatch(/^error: [^\n]+\n$/);
		expect(run.stderr).not.toMatch(CONTROL);
		expect(run.stdout).toBe('');
	} else if (json) expect(() => JSON.parse(run.stdout)).not.toThrow();
}

/** Hostile option values: other notations, non-numbers, control characters, huge and empty values. */
const hostile = fc.oneof(
	fc.constantFrom(
		'0x10',
		'0b101',
		'0o17',
		'0X1F',
		'Infinity',
		'-Infinity',
		'NaN',
		'',
		' ',
		'1e999',
		'-1e-999',
		'1_000',
		'١٢',
		'12\n',
		'\u001b[31m5',
		'5\u0007',
		'1,5',
		'+',
		'-',
		'.',
		'5e',
		'−5',
		'5 km',
		'\u202e8',
		'9'.repeat(400),
		'--5'
	),
	fc.string({ unit: 'binary', maxLength: 12 })
);

/**
 * A value for a numeric option: mostly a decimal number in [min, max] (fast-check's doubles lean to the
 * extremes, hundredths to ordinary values), sometimes just outside it, sometimes hostile.
 */
const numeric = (min: number, max: number) =>
	fc.oneof(
		{ weight: 3, arbitrary: fc.double({ min, max, noNaN: true }).map(String) },
		{
			weight: 4,
			arbitrary: fc
				.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) })
				.map((n) => String(n / 100))
		},
		{
			weight: 1,
			arbitrary: fc.integer({ min: Math.floor(min) - 10, max: Math.ceil(max) + 10 }).map(String)
		},
		{ weight: 1, arbitrary: hostile }
	);

const optional = (name: string, min: number, max: number) =>
	fc.option(
		numeric(min, max).map((v) => [`--${name}`, v]),
		{ nil: [] as string[] }
	);

/** Now and then an option given twice. */
const repeated = fc.oneof(
	{ weight: 9, arbitrary: fc.constant(false) },
	{ weight: 1, arbitrary: fc.constant(true) }
);

describe('fuzz: numeric options', () => {
	beforeEach((context) => section(context.task.name.split(':')[0]));

	it('ring: every probe is answered or refused with one line', async () => {
		await fc.assert(
			fc.asyncProperty(
				numeric(-90, 90),
				numeric(-180, 360),
				numeric(0, 19500),
				fc.option(
					fc
						.oneof(fc.integer({ min: 0, max: 3000 }).map(String), hostile)
						.map((v) => ['--points', v]),
					{ nil: [] as string[] }
				),
				fc.boolean(),
				repeated,
				async (lat, lon, radius, points, json, repeat) => {
					const argv = ['ring', '--lat', lat, '--lon', lon, '--radius-km', radius, ...points];
					if (repeat) argv.push('--lat', '10');
					if (json) argv.push('--json');
					expectWellBehaved(await probe(argv), json);
				}
			),
			{ seed: SEED, numRuns: 250 }
		);
	}, 120_000);

	it('infer: every probe is answered or refused with one line', async () => {
		await fc.assert(
			fc.asyncProperty(
				numeric(50, 12000),
				numeric(20, 7000),
				optional('flight-time-s', 60, 5000),
				optional('burnout-altitude-km', 0, 400),
				optional('azimuth-deg', 0, 360),
				fc.boolean(),
				async (range, apogee, time, burnout, azimuth, json) => {
					const argv = ['infer', '--range-km', range, '--apogee-km', apogee, ...time, ...burnout];
					argv.push(...azimuth, '--no-band');
					if (json) argv.push('--json');
					expectWellBehaved(await probe(argv), json);
				}
			),
			{ seed: SEED, numRuns: 60 }
		);
	}, 180_000);

	it('profile: every probe is answered or refused with one line', async () => {
		await fc.assert(
			fc.asyncProperty(
				numeric(0.5, 120),
				fc.constantFrom(...tests.map((t) => t.id), 'nope'),
				async (dt, id) => {
					expectWellBehaved(await probe(['profile', '--test', id, '--dt-s', dt, '--json']), true);
				}
			),
			{ seed: SEED, numRuns: 30 }
		);
	}, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Generated files

/** Cell text: mostly ASCII, with the characters CSV and encodings trip on. */
const cellChar = fc.oneof(
	{ weight: 12, arbitrary: fc.constantFrom(...'abcXYZ019 .-/:'.split('')) },
	{ weight: 3, arbitrary: fc.constantFrom(',', '"', '\n', '\r\n', '\t', ';', '=', '+', '@') },
	{ weight: 2, arbitrary: fc.constantFrom('é', '°', '\u00a0', '€', '—', '’', '한', '🚀') }
);
const cell = fc.array(cellChar, { maxLength: 12 }).map((a) => a.join(''));

/** A CNS CSV: at least three documented columns, in some order, and rows exactly as wide. */
const cnsTable = fc
	.shuffledSubarray(
		CNS_COLUMNS.map((c) => c.label),
		{ minLength: 3 }
	)
	.chain((header) =>
		fc
			.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
				maxLength: 25
			})
			.map((rows) => [header, ...rows])
	);

type Encoding =
	| 'utf-8'
	| 'utf-8-bom'
	| 'utf-16le'
	| 'utf-16be'
	| 'utf-16le-bom'
	| 'utf-16be-bom'
	| 'windows-1252';
const ENCODINGS: Encoding[] = [
	'utf-8',
	'utf-8-bom',
	'utf-16le',
	'utf-16be',
	'utf-16le-bom',
	'utf-16be-bom',
	'windows-1252'
];

/** Windows-1252 bytes for the characters `cellChar` uses (others become "?"). */
const CP1252: Record<string, number> = {
	é: 0xe9,
	'°': 0xb0,
	'\u00a0': 0xa0,
	'€': 0x80,
	'—': 0x97,
	'’': 0x92
};

function encode(text: string, encoding: Encoding): { bytes: Uint8Array; text: string } {
	if (encoding === 'windows-1252') {
		const safe = [...text].map((c) => (c.charCodeAt(0) < 0x80 || c in CP1252 ? c : '?')).join('');
		return {
			bytes: new Uint8Array([...safe].map((c) => CP1252[c] ?? c.charCodeAt(0))),
			text: safe
		};
	}
	if (encoding.startsWith('utf-8')) {
		const body = new TextEncoder().encode(text);
		return {
			bytes: encoding === 'utf-8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body,
			text
		};
	}
	const le = encoding.startsWith('utf-16le');
	const units: number[] = encoding.endsWith('bom') ? [0xfeff] : [];
	for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
	const bytes = new Uint8Array(units.length * 2);
	units.forEach((u, i) => {
		bytes[2 * i + (le ? 0 : 1)] = u & 0xff;
		bytes[2 * i + (le ? 1 : 0)] = u >> 8;
	});
	return { bytes, text };
}

/** Imports and counts; an ImportError is a refusal, any other exception a crash. */
async function importProbe(bytes: Uint8Array, format?: (typeof IMPORT_FORMATS)[number]) {
	counts.tried++;
	try {
		const result = await importFile(bytes, { tests, missiles, format });
		counts.answered++;
		return result;
	} catch (error) {
		if (error instanceof ImportError) {
			counts.refused++;
			expect(error.message).not.toContain('\n');
			return null;
		}
		counts.crashed++;
		throw error;
	}
}

describe('fuzz: the importer on generated files', () => {
	beforeEach((context) => section(context.task.name.split(',')[0]));

	it('reads every generated CNS CSV, in every encoding, one record per row with its cells intact', async () => {
		await fc.assert(
			fc.asyncProperty(cnsTable, fc.constantFrom(...ENCODINGS), async (table, encoding) => {
				const { bytes, text } = encode(csvFormatRows(table), encoding);
				const expected = csvFormatRows(table) === text ? table : null;
				const result = await importProbe(bytes);
				expect(result).not.toBeNull();
				const [header, ...rows] = table;
				counts.rowsLost += Math.max(0, rows.length - result!.records.length);
				expect(result!.records).toHaveLength(rows.length);
				if (expected)
					result!.records.forEach((r, i) =>
						header.forEach((h, j) => expect(r.raw[h]).toBe(rows[i][j]))
					);
			}),
			{ seed: SEED, numRuns: 300 }
		);
	}, 120_000);

	it('reads every generated nagix file, one record per entry, whatever the values', async () => {
		const value = fc.oneof(
			fc.constantFrom('unknown', 'na', 'N/A', '', '2000', '1,380', 'about 800 km', '90', '=1+1'),
			fc.double({ noNaN: false }),
			fc.integer({ min: -10, max: 10000 }),
			fc.boolean(),
			fc.constant(null),
			fc.string({ maxLength: 8 }),
			fc.array(fc.integer(), { maxLength: 2 })
		);
		const entry = fc.oneof(
			{
				weight: 8,
				arbitrary: fc.record(
					{
						date: fc.oneof(
							fc.constantFrom('2017-05-13', '1990-05', '1984', '2017-02-30', 'x'),
							value
						),
						time: fc.oneof(
							fc.constantFrom('20:28 (UTC)', 'unknown', '25:00 (UTC)', '8:28 PM'),
							value
						),
						series: value,
						missile: fc.oneof(
							fc.constantFrom('hwasong-12', 'kn-17', 'unknown', 'Hwasong-17'),
							value
						),
						facility: value,
						apogee: value,
						distance: value,
						bearing: value,
						outcome: value,
						description: value
					},
					{ requiredKeys: [] }
				)
			},
			{ weight: 1, arbitrary: value }
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(entry, { maxLength: 8 }), { maxLength: 5 }),
				fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be'),
				async (bins, encoding) => {
					const json = JSON.stringify({
						timeBins: bins.map((data, i) => ({ data, year: 2000 + i }))
					});
					const result = await importProbe(encode(json, encoding).bytes);
					expect(result).not.toBeNull();
					const entries = bins.flat().length;
					counts.rowsLost += Math.max(0, entries - result!.records.length);
					expect(result!.records).toHaveLength(entries);
				}
			),
			{ seed: SEED, numRuns: 200 }
		);
	}, 120_000);

	it('answers or refuses random bytes, detected or forced into each format, without crashing', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.uint8Array({ maxLength: 300 }),
					fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new TextEncoder().encode(s))
				),
				fc.constantFrom(undefined, ...IMPORT_FORMATS),
				async (bytes, format) => {
					await importProbe(bytes, format);
				}
			),
			{ seed: SEED, numRuns: 300 }
		);
	}, 120_000);
});

describe('fuzz: a 130,000-row CSV through the command line', () => {
	beforeEach((context) => section(context.task.name.split(' --json')[0]));
	const ROWS = 130_000;
	const templates = [
		(i: number) => `${i},9-Apr-84,,,Scud-B,SRBM,,,,,,,,Unknown,300 km,,Success,,`,
		(i: number) =>
			`${i},14-May-17,,08:28:00 PM,Hwasong-12,IRBM,,,,,40.0659,125.2099,,2111.5 km,787 km,Confirmed,Success,,`,
		(i: number) => `${i},Sep-84,,,Unknown,,,,,,,,,N/A,=HYPERLINK("x"),,,"a, quoted",`
	];
	const file = join(dir, 'big.csv');
	writeFileSync(
		file,
		[
			CNS_COLUMNS.map((c) => c.label).join(','),
			...Array.from({ length: ROWS }, (_, i) => templates[i % 3](i + 1))
		].join('\n')
	);

	/** Runs the CLI with a sink that counts lines starting a record instead of keeping the output. */
	async function countRecords(argv: string[], marker: RegExp) {
		counts.tried++;
		let found = 0;
		let carry = '';
		let writes = 0;
		const status = await runCli(argv, {
			stdout: async (chunk) => {
				writes++;
				const text = carry + chunk;
				found += (text.match(marker) ?? []).length;
				carry = text.slice(-40);
				// Do not count a marker twice across the carried tail.
				found -= (carry.match(marker) ?? []).length;
			},
			stderr: async () => {}
		});
		found += (carry.match(marker) ?? []).length;
		if (status === 0) counts.answered++;
		else if (status === 2) counts.refused++;
		else counts.crashed++;
		counts.rowsLost += Math.max(0, ROWS - found);
		return { status, found, writes };
	}

	it('import --json streams all 130,000 records', async () => {
		const run = await countRecords(['import', file, '--json'], /\n {6}"at": "line /g);
		expect(run).toMatchObject({ status: 0, found: ROWS });
		expect(run.writes).toBeGreaterThan(100);
	}, 180_000);

	it('import-cns --json streams all 130,000 records', async () => {
		const run = await countRecords(['import-cns', file, '--json'], /\n {6}"line": /g);
		expect(run).toMatchObject({ status: 0, found: ROWS });
	}, 180_000);
});
