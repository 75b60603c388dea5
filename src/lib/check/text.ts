/**
 * The report as text: size limits, HTML, a language check, and sentences with their offsets.
 * Everything here is linear in the input and bounded: the largest text read is MAX_TEXT_CHARS.
 */
import { htmlToText, looksLikeHtml } from './html.ts';
import type { CheckNotice, CheckOptions } from './types.ts';

/** Longest text checked: about 30,000 words, several times a long report. */
export const MAX_TEXT_CHARS = 200_000;
/** Longest HTML page reduced to text (pages carry far more markup than words). */
export const MAX_HTML_CHARS = 10_000_000;
/** A sentence longer than this is cut into pieces (a list of numbers without full stops, say). */
export const MAX_SENTENCE_CHARS = 1_500;

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export type PreparedInput =
	| { ok: true; text: string; notices: CheckNotice[] }
	| { ok: false; text: string; notices: CheckNotice[] };

/** The text to check, or the reason nothing can be checked (empty, too long). */
export function prepareInput(raw: string, options: CheckOptions = {}): PreparedInput {
	const notices: CheckNotice[] = [];
	const format = options.format ?? 'auto';
	const isHtml = format === 'html' || (format === 'auto' && looksLikeHtml(raw));
	const limit = isHtml ? MAX_HTML_CHARS : MAX_TEXT_CHARS;
	if (raw.length > limit) return tooLong(raw.length, isHtml);
	let text = raw;
	if (isHtml) {
		text = htmlToText(raw);
		notices.push({
			level: 'info',
			code: 'html-stripped',
			message: `Read as HTML: markup, scripts and styles were removed, leaving ${group(text.length)} characters of text.`
		});
		if (text.length > MAX_TEXT_CHARS) return tooLong(text.length, false);
	}
	text = text.replace(/\r\n?/g, '\n');
	if (text.trim() === '')
		return {
			ok: false,
			text,
			notices: [
				...notices,
				{
					level: 'error',
					code: 'empty',
					message:
						'There is no text to check. Paste the text of a report (or choose a .txt or .html file).'
				}
			]
		};
	const language = languageNotice(text);
	if (language) notices.push(language);
	return { ok: true, text, notices };
}

function tooLong(length: number, isHtml: boolean): PreparedInput {
	const limit = isHtml ? MAX_HTML_CHARS : MAX_TEXT_CHARS;
	const mb = (length / 1e6).toFixed(1);
	return {
		ok: false,
		text: '',
		notices: [
			{
				level: 'error',
				code: 'too-long',
				message: `This ${isHtml ? 'page' : 'text'} is ${group(length)} characters (${mb} MB); the checker reads up to ${group(limit)} characters${isHtml ? ' of HTML' : ' (about 30,000 words)'}. Paste one report at a time, or only the article's text.`
			}
		]
	};
}

const STOPWORDS = new Set(
	'the of and to in is was on that for it with as said by from at its has have be were an which this after'.split(
		' '
	)
);
const SCRIPTS: [RegExp, string][] = [
	[/[\uac00-\ud7af\u1100-\u11ff]/g, 'Korean'],
	[/[\u3040-\u30ff]/g, 'Japanese'],
	[/[\u4e00-\u9fff]/g, 'Chinese or Japanese'],
	[/[\u0400-\u04ff]/g, 'Cyrillic'],
	[/[\u0600-\u06ff]/g, 'Arabic']
];

/** A warning when the text does not look like English (the checker's words are English words). */
export function languageNotice(text: string): CheckNotice | null {
	const sample = text.slice(0, 20_000);
	const letters = (sample.match(/\p{L}/gu) ?? []).length;
	if (letters < 20) return null;
	for (const [re, name] of SCRIPTS) {
		const n = (sample.match(re) ?? []).length;
		if (n / letters > 0.3) return notEnglish(`it is mostly in ${name} script`);
	}
	const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < 12) return null;
	const common = words.filter((w) => STOPWORDS.has(w)).length;
	return common / words.length < 0.06 ? notEnglish('few common English words') : null;
}

function notEnglish(why: string): CheckNotice {
	return {
		level: 'warning',
		code: 'not-english',
		message: `This does not look like English (${why}). The checker reads English reports: it will miss most claims in another language. Paste an English report, or an English translation.`
	};
}

export interface Sentence {
	start: number;
	end: number;
	text: string;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS =
	/(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Adm|No|St|Sen|Rep|Gov|approx|vs|est|Inc|Co|Corp|Jr|Sr)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$/;
// After "a.m."/"p.m." a capitalised word starts a new sentence unless it belongs to the time.
const TIME_TAIL =
	/^\s+(?:KST|JST|GMT|UTC|ET|EST|EDT|PST|PDT|CET|Korea|Korean|Seoul|Tokyo|Pyongyang|Japan|Washington|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|on|in|\()/;

/** Sentences with their offsets: split at . ! ? before a capital, digit or quote, and at line breaks. */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	const boundary = /[.!?]["'’”)]*(?=\s+["'‘“(]?[A-Z0-9])|\n+/g;
	let start = 0;
	let m: RegExpExecArray | null;
	while ((m = boundary.exec(text))) {
		const end = m.index + m[0].length;
		if (m[0][0] !== '\n' && !isSentenceEnd(text, m.index, end)) continue;
		push(out, text, start, m[0][0] === '\n' ? m.index : end);
		start = end;
	}
	push(out, text, start, text.length);
	return out;
}

function isSentenceEnd(text: string, dot: number, end: number): boolean {
	const before = text.slice(Math.max(0, dot - 12), dot + 1);
	if (/\b[ap]\.m\.$/i.test(before)) return !TIME_TAIL.test(text.slice(end, end + 12));
	return !ABBREVIATIONS.test(before);
}

function push(out: Sentence[], text: string, start: number, end: number) {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	for (let s = start; s < end; s += MAX_SENTENCE_CHARS) {
		const e = Math.min(end, s + MAX_SENTENCE_CHARS);
		out.push({ start: s, end: e, text: text.slice(s, e) });
	}
}
