/**
 * HTML to plain text without a DOM: nothing is parsed into live nodes, fetched or run. Script, style and
 * other non-text elements are dropped with their content, block ends become line breaks, entities are
 * decoded. Every step is one linear pass over the input (no nested quantifiers), so a large or malformed
 * page costs time in proportion to its length and nothing more.
 */

const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object'];
// A tag's inside is `[^<>]{0,2000}`: it stops at the next angle bracket, so a page full of unclosed `<`
// is still read in one pass. Dropped elements run lazily to their closing tag, or to the end.
const DROPPED_RE = new RegExp(
	`<(${DROPPED.join('|')})\\b[^<>]{0,2000}>[\\s\\S]*?(?:<\\/\\1\\s*>|$)`,
	'gi'
);
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const BLOCK_RE =
	/<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure|figcaption|dd|dt|hr)\b[^<>]{0,2000}>/gi;
const TAG_RE = /<\/?[a-zA-Z][^<>]{0,2000}>|<![^<>]{0,2000}>/g;

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	deg: '°',
	middot: '·',
	shy: ''
};

/** Decodes named (the common ones) and numeric character references; unknown ones are kept as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
				? String.fromCodePoint(code)
				: whole;
		}
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}

/** True when the text looks like an HTML document or fragment rather than prose. */
export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 2000).toLowerCase();
	return /<!doctype html|<html[\s>]|<body[\s>]|<p[\s>]|<div[\s>]|<article[\s>]/.test(head);
}

/** The readable text of an HTML page: paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
	const text = html
		.replace(COMMENT_RE, ' ')
		.replace(DROPPED_RE, ' ')
		.replace(BLOCK_RE, '\n\n')
		.replace(TAG_RE, '');
	return decodeEntities(text)
		.replace(/[ \t\f\v\u00a0]+/g, ' ')
		.replace(/ ?\n ?/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
