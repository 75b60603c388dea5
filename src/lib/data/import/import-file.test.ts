import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { missiles, tests } from '../dataset.ts';
import { importCns } from '../cns/import.ts';
import { compareReleases } from './compare.ts';
import { makeCrosswalk } from './crosswalk.ts';
import { detectFormat, ImportError } from './detect.ts';
import { importFile } from './import-file.ts';
import type { ImportProgress } from './types.ts';

const CNS_FIXTURE = readFileSync(new URL('../cns/fixtures/cns-quirks.csv', import.meta.url));
const NAGIX = readFileSync(new URL('./fixtures/nagix-test.en.json', import.meta.url));
const MISSILE_FILE = readFileSync(new URL('./fixtures/nagix-missile.en.json', import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The quirks fixture's header and its rows as wide as the header (no ragged, blank or empty rows). */
function regularRows(): string[][] {
	const [header, ...body] = csvParseRows(CNS_FIXTURE.toString('utf8').replace(/^\ufeff/, ''));
	return [header, ...body.filter((r) => r.length === header.length && r.some((c) => c !== ''))];
}

/** An XLSX workbook whose cells are the given rows of text. */
async function xlsxOf(rows: string[][], sheets: { name: string; rows: string[][] }[] = []) {
	const main = { sheet: 'CNS', data: rows.map((r) => r.map((value) => ({ value }))) };
	const others = sheets.map((s) => ({
		sheet: s.name,
		data: s.rows.map((r) => r.map((value) => ({ value })))
	}));
	const blob = await writeXlsxFile([main, ...others]).toBlob();
	return new Uint8Array(await blob.arrayBuffer());
}

describe('detectFormat', () => {
	it('tells the three formats apart by their bytes', async () => {
		expect(detectFormat(CNS_FIXTURE).format).toBe('cns-csv');
		expect(detectFormat(NAGIX).format).toBe('nagix');
		expect(detectFormat(await xlsxOf([['Date', 'Missile Name', 'Apogee']])).format).toBe(
			'cns-xlsx'
		);
	});

	it.each([
		['an empty file', new Uint8Array(), /empty \(0 bytes\)/],
		[
			'an Excel 97 .xls',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
			/\.xls.*save it as \.xlsx or CSV/
		],
		['a PDF', utf8('%PDF-1.7\n...'), /PDF/],
		[
			'text that is not CNS',
			utf8('name,age\nAda,36\n'),
			/not a CNS CSV: its first row \("name,age"\)/
		],
		['JSON that is not nagix', utf8('{"launches": []}'), /JSON but not a nagix test file/],
		['broken JSON', utf8('{"timeBins": [}'), /does not parse/],
		['a nagix missile file', MISSILE_FILE, /missile file.*give test\.en\.json.*--missile-file/],
		[
			'binary noise',
			new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 37) % 32 || 1)),
			/binary data/
		]
	])('refuses %s with a one-line reason', (_, bytes, message) => {
		let error: unknown;
		try {
			detectFormat(bytes);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ImportError);
		expect((error as Error).message).toMatch(message);
		expect((error as Error).message).not.toContain('\n');
	});

	it('refuses --format cns-xlsx for a file that is not a workbook', () => {
		expect(() => detectFormat(CNS_FIXTURE, 'cns-xlsx')).toThrow(/not an XLSX workbook/);
	});
});

describe('importFile on CNS files', () => {
	it('gives the CSV the same records as importCns, in the common shape', async () => {
		const result = await importFile(CNS_FIXTURE, { tests, missiles });
		const direct = importCns(CNS_FIXTURE.toString('utf8'), { tests, missiles });
		expect(result.format).toBe('cns-csv');
		expect(result.records).toHaveLength(direct.records.length);
		result.records.forEach((r, i) => {
			const c = direct.records[i];
			expect(r).toMatchObject({
				row: c.row,
				at: `line ${c.line}`,
				missileName: c.missileName,
				apogeeKm: c.apogeeKm,
				distanceKm: c.distanceKm,
				raw: c.raw
			});
			for (const f of c.flags) expect(r.flags).toContainEqual(f);
		});
	});

	it('reads a CNS workbook through the CSV row reader, and says which sheet it read', async () => {
		// Rows as wide as the header: a sheet has no short rows or blank lines, which a CSV can have. The
		// row with U+FFFD is left out: the XLSX writer drops that character (the real-release test covers it).
		const rows = regularRows().filter((r) => !r.some((c) => c.includes('\ufffd')));
		const bytes = await xlsxOf(rows, [{ name: 'Notes', rows: [['About this file']] }]);
		const xlsx = await importFile(bytes, { tests, missiles });
		const csv = await importFile(utf8(csvFormatRows(rows)), { tests, missiles });
		expect(xlsx.format).toBe('cns-xlsx');
		expect(xlsx.encoding).toBeNull();
		expect(xlsx.problems.map((p) => p.code)).toContain('other-sheets');
		expect(xlsx.records.map(({ at: _, ...r }) => r)).toEqual(
			csv.records.map(({ at: _, ...r }) => r)
		);
		expect(xlsx.records[0].at).toBe('CNS row 2');
	});

	it('reads typed workbook cells: numbers as stored, dates and times in ISO', async () => {
		const header = ['Date', 'Launch Time (UTC)', 'Missile Name', 'Apogee', 'Distance Travelled'];
		const blob = await writeXlsxFile([
			header.map((value) => ({ value })),
			[
				{ value: new Date(Date.UTC(2017, 4, 13)), format: 'd-mmm-yy' },
				{ value: new Date(Date.UTC(1899, 11, 30, 20, 28)), format: 'hh:mm' },
				{ value: 'Hwasong-12' },
				{ value: 2111.5 },
				{ value: 787 }
			]
		]).toBlob();
		const result = await importFile(new Uint8Array(await blob.arrayBuffer()), { tests, missiles });
		expect(result.records[0]).toMatchObject({
			date: '2017-05-13',
			timeUtc: '20:28',
			dateKst: '2017-05-14',
			apogeeKm: 2111.5,
			distanceKm: 787
		});
		expect(result.records[0].raw['Apogee']).toBe('2111.5');
	});

	it('flags cells that a spreadsheet would run as formulas, and leaves negative numbers alone', async () => {
		const csv =
			'Date,Missile Name,Apogee,Additional Information\n1-Jan-20,=HYPERLINK("x"),@SUM(A1),"+1-555"\n2-Jan-20,Test,-5 km,-\n';
		const result = await importFile(utf8(csv), { tests, missiles });
		const [a, b] = result.records;
		expect(a.flags.filter((f) => f.code === 'formula').map((f) => f.field)).toEqual([
			'missileName',
			'apogee',
			'notes'
		]);
		expect(b.flags.filter((f) => f.code === 'formula')).toEqual([]);
	});

	it('decodes a UTF-16 CSV with a byte-order mark: ten rows give ten records, not eleven of nulls', async () => {
		const rows = csvFormatRows(regularRows().slice(0, 11));
		const le = new Uint8Array(2 + rows.length * 2);
		le.set([0xff, 0xfe]);
		for (let i = 0; i < rows.length; i++) {
			le[2 + 2 * i] = rows.charCodeAt(i) & 0xff;
			le[3 + 2 * i] = rows.charCodeAt(i) >> 8;
		}
		const result = await importFile(le, { tests, missiles });
		const plain = await importFile(utf8(rows), { tests, missiles });
		expect(result.records).toHaveLength(10);
		expect(result.records.map((r) => r.apogeeKm)).toEqual(plain.records.map((r) => r.apogeeKm));
		expect(result.problems[0]).toMatchObject({ code: 'utf-16' });
	});
});

describe('importFile progress and cancellation', () => {
	const big = () => {
		const [header, ...body] = regularRows();
		const rows = [header];
		for (let i = 0; i < 5000; i++) rows.push(body[i % body.length]);
		return utf8(csvFormatRows(rows));
	};

	it('reports growing progress from 0 to 1 in slices', async () => {
		const seen: ImportProgress[] = [];
		const result = await importFile(big(), {
			tests,
			missiles,
			sliceRows: 500,
			onProgress: (p) => seen.push(p)
		});
		expect(result.records).toHaveLength(5000);
		const fractions = seen.map((p) => p.fraction);
		expect(fractions[0]).toBe(0);
		expect(fractions.at(-1)).toBe(1);
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
		expect(seen.filter((p) => p.stage === 'rows').length).toBeGreaterThanOrEqual(10);
	});

	it("stops with the signal's reason when cancelled between slices", async () => {
		const controller = new AbortController();
		let slices = 0;
		const run = importFile(big(), {
			tests,
			missiles,
			sliceRows: 500,
			signal: controller.signal,
			onProgress: (p) => {
				if (p.stage === 'rows' && ++slices === 3)
					controller.abort(new Error('cancelled by the reader'));
			}
		});
		await expect(run).rejects.toThrow('cancelled by the reader');
		expect(slices).toBe(3);
	});
});

describe('compareReleases', () => {
	it('finds the rows added, withdrawn and changed between two releases, with the changed fields', async () => {
		const older = await importFile(NAGIX, { tests, missiles });
		const json = JSON.parse(NAGIX.toString('utf8'));
		const bin2017 = json.timeBins[2].data;
		bin2017.splice(2, 1); // the second missile of the 2017-08-25 salvo is withdrawn
		bin2017[0].apogee = 2111; // the 2017-05-13 apogee is revised
		json.timeBins[3].data[2].missile = 'hwasong-15'; // the unknown 2022-10-03 missile is named
		json.timeBins[3].data.push({
			date: '2024-01-14',
			time: '05:55 (UTC)',
			missile: 'hwasong-16b',
			apogee: 50,
			distance: 1000,
			bearing: 80,
			outcome: 'success'
		});
		const newer = await importFile(utf8(JSON.stringify(json)), { tests, missiles });
		const diff = compareReleases(older, newer);
		expect(diff.removed.map((r) => [r.date, r.missileName, r.raw.series])).toEqual([
			['2017-08-25', 'scud-b-marv', '2']
		]);
		expect(diff.removed[0].flags.at(-1)).toMatchObject({ code: 'withdrawn', severity: 'warning' });
		expect(diff.added.map((r) => r.date)).toEqual(['2024-01-14']);
		expect(diff.changed.map((c) => c.changes.map((f) => [f.field, f.before, f.after]))).toEqual([
			[['apogeeKm', 2111.5, 2111]],
			[['missileName', null, 'hwasong-15']]
		]);
		expect(diff.unchanged).toBe(older.records.length - 1 - 2);
	});
});

describe('makeCrosswalk', () => {
	it('reads plain-string and object aliases alike, and tells how a name matched', () => {
		const lookup = makeCrosswalk([
			{ id: 'hwasong-12', name: 'Hwasong-12', aliases: ['KN-17'] },
			{
				id: 'hwasong-18',
				name: 'Hwasong-18',
				aliases: [
					{ name: 'KN-xx', status: 'unconfirmed' },
					{ name: 'Hwasong 18-type', status: 'confirmed' }
				]
			}
		]);
		expect(lookup('KN-17')).toEqual({
			missileId: 'hwasong-12',
			matchedBy: 'alias',
			aliasStatus: null
		});
		expect(lookup('kn xx')).toEqual({
			missileId: 'hwasong-18',
			matchedBy: 'alias',
			aliasStatus: 'unconfirmed'
		});
		// Our id and our name normalise alike ("hwasong18"): the id is tried first.
		expect(lookup('Hwaseong 18')).toEqual({
			missileId: 'hwasong-18',
			matchedBy: 'id',
			aliasStatus: null
		});
		expect(lookup('Hwasong-18 (KN-xx)').missileId).toBe('hwasong-18');
		expect(lookup('KN-20')).toEqual({
			missileId: 'hwasong-14',
			matchedBy: 'built-in',
			aliasStatus: null
		});
		expect(lookup('Scud-B').missileId).toBeNull();
	});
});
