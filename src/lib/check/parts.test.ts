/** The checker's parts on their own: HTML to text, numbers as written, names, sentences, zones. */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from './extractQuantities.ts';
import { decodeEntities, htmlToText } from './html.ts';
import { missileKey, missileNames } from './lexicon.ts';
import { parseNumber, writtenStep } from './numbers.ts';
import { splitSentences } from './text.ts';

describe('htmlToText', () => {
	it('keeps the text, drops scripts, styles and comments, and decodes entities', () => {
		const html =
			'<!doctype html><html><head><title>t</title><style>p{color:red}</style></head><body><!-- flew 9 km --><p>It flew 800&nbsp;km &amp; rose to 2,000 km.</p><script>document.write("launched at 9 p.m.")</script><p>Sunday&#8217;s test &#x2014; done</p></body></html>';
		expect(htmlToText(html)).toBe('It flew 800 km & rose to 2,000 km.\n\nSunday’s test — done');
	});

	it('reads a page of unclosed tags in one pass', () => {
		// An angle bracket that never closes is text, as it is to a reader.
		const text = htmlToText('<a'.repeat(500_000) + '<b>x');
		expect(text.length).toBe(1_000_001);
		expect(text.endsWith('<ax')).toBe(true);
		expect(htmlToText('<script>' + 'x'.repeat(1000))).toBe('');
	});

	it('keeps unknown or invalid entities as written', () => {
		expect(decodeEntities('&foo; &#xD800; &#65;')).toBe('&foo; &#xD800; A');
	});
});

describe('numbers as written', () => {
	it.each([
		['4,500', 4500, 100],
		['6,040.9', 6040.9, 0.1],
		['1 000', 1000, 1000],
		['1, 000', 1000, 1000],
		['15 thousand', 15000, 1000],
		['787', 787, 1],
		['half an', 0.5, 1]
	])('%s is %d, precise to %d', (written, value, step) => {
		expect(parseNumber(written)).toBe(value);
		expect(writtenStep(written)).toBe(step);
	});

	it('finds quantities with qualifiers, spans, compounds and conversions', () => {
		const text =
			'It flew about 800 kilometres (497 miles), between 4,500 and 5,000 km, for 47 minutes and 12 seconds, more than 15 thousand km, in the 1990s, 88 nautical miles.';
		const qs = extractQuantities(text, 0, 0);
		expect(qs.map((q) => [text.slice(q.start, q.end), q.qualifier, q.value, q.unit])).toEqual([
			['about 800 kilometres', 'about', 800, 'km'],
			['497 miles', 'about', 497, 'mi'],
			['between 4,500 and 5,000 km', 'range', 4500, 'km'],
			['47 minutes and 12 seconds', 'exact', 2832, 's'],
			['more than 15 thousand km', 'more-than', 15000, 'km']
		]);
		expect(qs[1].conversionOf).toBe(0);
	});
});

describe('missile names', () => {
	it('reads aliases as strings or as { name, status, sources } objects', () => {
		const sources = [{ url: 'https://example.org', publisher: 'X' }];
		expect(missileNames({ name: 'Hwasong-15', aliases: ['KN-22', 'HS-15'] })).toEqual([
			'Hwasong-15',
			'KN-22',
			'HS-15'
		]);
		// The shape data/missiles.json moves to: { name, status, sources }.
		const aliases = [
			{ name: 'KN-22', status: 'confirmed', sources },
			{ name: 'HS-15', status: 'unconfirmed', sources }
		];
		expect(missileNames({ name: 'Hwasong-15', aliases })).toEqual(['Hwasong-15', 'KN-22', 'HS-15']);
	});

	it('treats spellings of one designation alike', () => {
		for (const n of ['Hwasong-17', 'Hwasongpho-17', 'Hwansong-17', 'Hwasong 17-type', 'hwasong17'])
			expect(missileKey(n)).toBe('hwasong17');
		expect(missileKey('KN-22')).toBe('kn22');
	});
});

describe('splitSentences', () => {
	it('does not split at abbreviations or inside a time, and does after "a.m." before a new sentence', () => {
		const text =
			'It fired at 7:23 a.m. South Korea said so. Launched Nov. 28 from the U.S. base at 10 a.m. KST on Monday. Done!';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'It fired at 7:23 a.m.',
			'South Korea said so.',
			'Launched Nov. 28 from the U.S. base at 10 a.m. KST on Monday.',
			'Done!'
		]);
	});
});
