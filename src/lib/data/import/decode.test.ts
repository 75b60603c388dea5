import { describe, expect, it } from 'vitest';
import { decodeBytes, utf16ByNulPattern } from './decode.ts';

/** UTF-16 bytes written by hand (not through TextDecoder/TextEncoder, which the decoder itself uses). */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
	const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const hi = unit >> 8;
		const lo = unit & 0xff;
		out.push(...(order === 'le' ? [lo, hi] : [hi, lo]));
	}
	return new Uint8Array(out);
}

const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
const CSV = 'Date,Missile Name,Apogee\n14-May-17,Hwasong-12,2111.5 km\n';

describe('decodeBytes', () => {
	it('reads plain UTF-8 as it is, with no problem', () => {
		const d = decodeBytes(new TextEncoder().encode('Chiha-ri\u00a0, 39°49′'));
		expect(d).toEqual({ text: 'Chiha-ri\u00a0, 39°49′', encoding: 'utf-8', problems: [] });
	});

	it('removes a UTF-8 byte-order mark and says so', () => {
		const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
		expect(d.text).toBe('A');
		expect(d.problems.map((p) => p.code)).toEqual(['bom']);
	});

	it.each([
		['le', true],
		['be', true],
		['le', false],
		['be', false]
	] as const)(
		'decodes UTF-16 %s (byte-order mark: %s) to the same text, said once',
		(order, bom) => {
			const d = decodeBytes(utf16(CSV, order, bom));
			expect(d.text).toBe(CSV);
			expect(d.encoding).toBe(`utf-16${order}`);
			expect(d.problems).toHaveLength(1);
			expect(d.problems[0]).toMatchObject({ code: 'utf-16', severity: 'info' });
			expect(d.problems[0].message).toContain(bom ? 'byte-order mark' : 'NUL bytes');
		}
	);

	it('reads bytes that are not UTF-8 as Windows-1252: no-break space A0, degree sign B0, euro 80', () => {
		const d = decodeBytes(latin1("Chiha-ri\u00a0,39\u00b049'N,") as Uint8Array);
		expect(d.text).toBe("Chiha-ri\u00a0,39°49'N,");
		expect(d.encoding).toBe('windows-1252');
		expect(d.problems).toHaveLength(1);
		expect(d.problems[0].message).toMatch(/first at byte 8, 0xA0.*Windows-1252.*2 byte/);
		// 0x80 is the euro sign in Windows-1252 (in ISO-8859-1 it would be a control character).
		expect(decodeBytes(new Uint8Array([0x80, 0x41])).text).toBe('€A');
	});

	it('refuses UTF-32 with one line saying how to convert', () => {
		const d = decodeBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
		expect(d.problems[0]).toMatchObject({ code: 'utf-32', severity: 'error' });
		expect(d.problems[0].message).toContain('iconv');
	});

	it('says an odd-length UTF-16 file lost its last byte', () => {
		const bytes = new Uint8Array([...utf16('AB', 'le', true), 0x43]);
		expect(decodeBytes(bytes).problems.map((p) => p.code)).toEqual(['utf-16', 'utf-16-odd-length']);
	});
});

describe('utf16ByNulPattern', () => {
	it('finds the byte order from where the NULs are, and nothing in ASCII or UTF-8', () => {
		expect(utf16ByNulPattern(utf16('Date,Apogee', 'le', false))).toBe('utf-16le');
		expect(utf16ByNulPattern(utf16('Date,Apogee', 'be', false))).toBe('utf-16be');
		expect(utf16ByNulPattern(new TextEncoder().encode('Date,Apogee'))).toBeNull();
		expect(utf16ByNulPattern(new Uint8Array([0, 0, 0, 0, 0, 0]))).toBeNull();
	});
});
