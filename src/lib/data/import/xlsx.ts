/**
 * The CNS database as NTI distributes it: an XLSX workbook. read-excel-file (its DOM-free "universal"
 * build, so it runs in Node and in a Web Worker) gives each sheet's cells; numbers are kept as the text
 * the workbook stores (no float re-formatting), dates and times are written in ISO, and the rows then go
 * through the same CNS row reader as the CSV.
 */
import readXlsxFile from 'read-excel-file/universal';
import { cnsHeaderScore } from '../cns/import.ts';
import type { ImportProblem } from './types.ts';

export interface XlsxRows {
	sheet: string;
	rows: string[][];
	problems: ImportProblem[];
}

type Cell = string | number | boolean | Date | null | undefined | object;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as text. A date cell on Excel's day zero (1899-12-30/31, 1900-01-00) is a time of day; a date
 * cell at midnight is a date; anything else is both.
 */
export function cellText(cell: Cell): string {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) {
		if (Number.isNaN(cell.getTime())) return '';
		const iso = cell.toISOString();
		const time = `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}:${pad(cell.getUTCSeconds())}`;
		if (cell.getUTCFullYear() < 1901) return time;
		return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time.slice(0, 5)}`;
	}
	if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
	return String(cell);
}

/** Reads the workbook's CNS sheet (the one whose header names most CNS columns; the first on a tie). */
export async function readXlsxRows(bytes: Uint8Array): Promise<XlsxRows> {
	const buffer = bytes.buffer.slice(
		bytes.byteOffset,
		bytes.byteOffset + bytes.byteLength
	) as ArrayBuffer;
	const sheets = await readXlsxFile(buffer, { parseNumber: (s: string) => s, trim: false });
	const problems: ImportProblem[] = [];
	if (sheets.length === 0) return { sheet: '', rows: [], problems };
	const asText = sheets.map((s) => ({
		sheet: s.sheet,
		rows: s.data.map((row) => row.map((c) => cellText(c as Cell)))
	}));
	let best = 0;
	asText.forEach((s, i) => {
		if (cnsHeaderScore(firstRow(s.rows)) > cnsHeaderScore(firstRow(asText[best].rows))) best = i;
	});
	if (sheets.length > 1) {
		const others = asText.filter((_, i) => i !== best).map((s) => JSON.stringify(s.sheet));
		problems.push({
			code: 'other-sheets',
			severity: 'info',
			message: `The workbook has ${sheets.length} sheets; ${JSON.stringify(asText[best].sheet)} was read (its header names the most CNS columns), ${others.join(', ')} ${others.length === 1 ? 'was' : 'were'} not.`
		});
	}
	return { sheet: asText[best].sheet, rows: trimGrid(asText[best].rows), problems };
}

/**
 * A sheet is a rectangle: every row is as wide as the widest. Empty cells past the header's last column
 * are the rectangle's padding, not data, so they are dropped (a non-empty one stays and is reported as an
 * extra cell).
 */
function trimGrid(rows: string[][]): string[][] {
	const header = firstRow(rows);
	let width = header.length;
	while (width > 0 && header[width - 1].trim() === '') width--;
	return rows.map((row) => {
		let end = row.length;
		while (end > width && row[end - 1] === '') end--;
		return end === row.length ? row : row.slice(0, end);
	});
}

function firstRow(rows: string[][]): string[] {
	return rows.find((r) => r.some((c) => c.trim() !== '')) ?? [];
}
