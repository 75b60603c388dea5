/**
 * The real CNS release of October 2019 (135 rows, in ../shared; third-party data, not part of the
 * project) through every CNS path: its CSV as published in the copy we have, the same CSV as the
 * Windows-1252 bytes CNS exports are (the copy's one non-ASCII character, a no-break space after
 * "Chiha-ri", had been replaced by U+FFFD on its way to that copy), and an XLSX workbook made from it here.
 * Skipped, with a message, where ../shared is absent.
 */
import { csvParseRows } from 'd3-dsv';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { missiles, tests } from '../dataset.ts';
import { importFile } from './import-file.ts';
import type { ImportRecord } from './types.ts';

const FILE = fileURLToPath(
	new URL(
		'../../../../../shared/data/cns/north_korea_missile_test_database_2019-10.csv',
		import.meta.url
	)
);
const present = existsSync(FILE);
if (!present)
	console.warn(
		`Skipping the real CNS 2019 release through the CSV and XLSX paths: ${FILE} is absent (it lives outside the project, in ../shared/data/cns).`
	);

/** Windows-1252 bytes of a text whose only non-ASCII character is U+00A0 (the same byte, A0). */
function windows1252(text: string): Uint8Array {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c > 0x7f && c !== 0xa0) throw new Error(`unexpected character U+${c.toString(16)} at ${i}`);
		bytes[i] = c;
	}
	return bytes;
}

const withoutAt = (records: ImportRecord[]) => records.map(({ at: _, ...r }) => r);

describe.skipIf(!present)(
	'the real CNS release of October 2019, through the CSV and XLSX paths',
	async () => {
		const asPublished = present ? readFileSync(FILE) : new Uint8Array();
		const text = new TextDecoder().decode(asPublished).replace('\ufffd', '\u00a0');
		const cp1252 = windows1252(text);
		const options = { tests, missiles };
		const published = await importFile(asPublished, options);
		const csv = await importFile(cp1252, options);
		const blob = await writeXlsxFile(
			csvParseRows(text).map((row) => row.map((value) => ({ value })))
		).toBlob();
		const xlsx = await importFile(new Uint8Array(await blob.arrayBuffer()), options);

		it('reads 135 records from each form', () => {
			expect([published.format, csv.format, xlsx.format]).toEqual([
				'cns-csv',
				'cns-csv',
				'cns-xlsx'
			]);
			for (const r of [published, csv, xlsx]) expect(r.records).toHaveLength(135);
		});

		it('gives identical records through the CSV and the XLSX paths', () => {
			expect(withoutAt(xlsx.records)).toEqual(withoutAt(csv.records));
			expect(xlsx.problems).toEqual([]);
		});

		it('reads the Windows-1252 bytes as such, said once for the file, with no per-cell warning', () => {
			expect(csv.encoding).toBe('windows-1252');
			expect(csv.problems.map((p) => p.code)).toEqual(['windows-1252']);
			const chiha = csv.records.find((r) => r.raw['Facility Location']?.startsWith('Chiha-ri'))!;
			expect(chiha.raw['Facility Location']).toMatch(/^Chiha-ri\u00a0,/);
			expect(chiha.flags.map((f) => f.code)).not.toContain('encoding');
			// The copy as published is valid UTF-8 holding U+FFFD: that cell keeps its warning.
			expect(published.encoding).toBe('utf-8');
			const lost = published.records.find((r) => r.row === chiha.row)!;
			expect(lost.flags.filter((f) => f.code === 'encoding').map((f) => f.field)).toEqual([
				'facilityLocation'
			]);
		});

		it('keeps the UTC and the KST date of the 14 May 2017 Hwasong-12 test', () => {
			// CNS dates this row 14-May-17, the Korean date; its launch was 20:28 UTC on 13 May.
			const r = xlsx.records.find((x) => x.testId === '2017-05-14-hwasong-12')!;
			expect(r).toMatchObject({ date: '2017-05-13', dateKst: '2017-05-14', timeUtc: '20:28' });
			expect(r.raw['Date']).toBe('14-May-17');
			expect(r.flags.map((f) => f.code)).toContain('date-is-kst');
		});

		it("maps the file's missile names to the dataset through the crosswalk", () => {
			const mapped = Object.fromEntries(
				xlsx.crosswalk.filter((c) => c.missileId).map((c) => [c.name, c.missileId])
			);
			expect(mapped).toMatchObject({
				'Hwasong-12': 'hwasong-12',
				'Hwasong-14': 'hwasong-14',
				'Hwasong-15': 'hwasong-15'
			});
			expect(xlsx.crosswalk.reduce((n, c) => n + c.rows, 0)).toBe(
				xlsx.records.filter((r) => r.missileName).length
			);
		});
	}
);
