/**
 * Bytes to text, for files whose encoding nobody states. The rules, in order:
 * 1. A byte-order mark says it: UTF-8 (EF BB BF), UTF-16 LE (FF FE) or BE (FE FF); UTF-32 is refused.
 * 2. No mark, but NUL bytes at every other position: UTF-16 without a mark (NULs at odd offsets: LE).
 * 3. Valid UTF-8 is UTF-8.
 * 4. Anything else is Windows-1252, the encoding of the CNS spreadsheet's CSV exports (a no-break space
 *    after "Chiha-ri" is the byte A0, a degree sign B0). Every byte means something in it, so nothing is
 *    lost; the file is told so once, not in every cell.
 * Decoding uses the platform's TextDecoder (Node, browsers and Web Workers all have these four).
 */
import type { ImportProblem, TextEncodingName } from './types.ts';

export interface Decoded {
	text: string;
	encoding: TextEncodingName;
	problems: ImportProblem[];
}

/** How many leading bytes the NUL-pattern test looks at. */
const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/** 'utf-16le' / 'utf-16be' when NULs fill one byte of each pair in the sniffed part, else null. */
export function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
	if (n < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	// Latin text in UTF-16 has a NUL in (nearly) every pair and none in the other half.
	if (oddNul >= 0.4 * pairs && evenNul <= 0.05 * pairs) return 'utf-16le';
	if (evenNul >= 0.4 * pairs && oddNul <= 0.05 * pairs) return 'utf-16be';
	return null;
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array): string {
	const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
	return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, cp1252High) : text;
}

/**
 * Windows-1252's bytes 80-9F (euro sign, curly quotes, dashes...), as the WHATWG Encoding standard maps
 * them. Some TextDecoder implementations (Node 20's among them) decode these bytes as Latin-1 control
 * characters instead; this puts them right. The five bytes the encoding leaves undefined stay as they are.
 */
const CP1252_80_9F =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function cp1252High(c: string): string {
	return CP1252_80_9F[c.charCodeAt(0) - 0x80];
}

const UTF16_NAME = { 'utf-16le': 'UTF-16 little-endian', 'utf-16be': 'UTF-16 big-endian' };

function utf16(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array, how: string): Decoded {
	const problems: ImportProblem[] = [
		{
			code: 'utf-16',
			severity: 'info',
			message: `The file is ${UTF16_NAME[encoding]} (${how}), not UTF-8; it was decoded as such.`
		}
	];
	if (bytes.length % 2 === 1)
		problems.push({
			code: 'utf-16-odd-length',
			severity: 'warning',
			message: `The file is UTF-16 but has an odd number of bytes (${bytes.length}): its last byte is incomplete and was read as U+FFFD.`
		});
	return { text: decodeWith(encoding, bytes), encoding, problems };
}

/** Decodes a file's bytes by the rules above. Never throws. */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
		return {
			text: '',
			encoding: 'utf-8',
			problems: [
				{
					code: 'utf-32',
					severity: 'error',
					message:
						'The file is UTF-32, which this importer does not read: save it as UTF-8 (e.g. iconv -f UTF-32 -t UTF-8 FILE > FILE.utf8.csv).'
				}
			]
		};
	}
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		return {
			text: decodeWith('utf-8', bytes.subarray(3)),
			encoding: 'utf-8',
			problems: [
				{
					code: 'bom',
					severity: 'info',
					message:
						'The file starts with a UTF-8 byte-order mark (BOM); it was removed before reading.'
				}
			]
		};
	}
	if (startsWith(bytes, [0xff, 0xfe]))
		return utf16('utf-16le', bytes.subarray(2), 'byte-order mark FF FE');
	if (startsWith(bytes, [0xfe, 0xff]))
		return utf16('utf-16be', bytes.subarray(2), 'byte-order mark FE FF');
	const byNul = utf16ByNulPattern(bytes);
	if (byNul) return utf16(byNul, bytes, 'no byte-order mark; found by its NUL bytes');
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
			encoding: 'utf-8',
			problems: []
		};
	} catch {
		return windows1252(bytes);
	}
}

function windows1252(bytes: Uint8Array): Decoded {
	let nonAscii = 0;
	let first = -1;
	for (let i = 0; i < bytes.length; i++)
		if (bytes[i] >= 0x80) {
			nonAscii++;
			if (first < 0) first = i;
		}
	const hex = bytes[first].toString(16).toUpperCase().padStart(2, '0');
	return {
		text: decodeWith('windows-1252', bytes),
		encoding: 'windows-1252',
		problems: [
			{
				code: 'windows-1252',
				severity: 'info',
				message: `The file is not valid UTF-8 (first at byte ${first}, 0x${hex}); it was read as Windows-1252, the encoding of the CNS spreadsheet's CSV exports (${nonAscii} byte(s) outside ASCII, e.g. A0 a no-break space, B0 a degree sign).`
			}
		]
	};
}
