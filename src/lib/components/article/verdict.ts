/** Visual key for verdicts: a symbol and a tone (colour is never the only cue: the symbol and label carry it too). */
import type { Verdict } from '$lib/data/article.ts';

export type Tone = 'ok' | 'warn' | 'bad' | 'unknown';

export const VERDICT_STYLE: Record<Verdict, { symbol: string; tone: Tone }> = {
	correct: { symbol: '✓', tone: 'ok' },
	'mostly-correct': { symbol: '✓', tone: 'ok' },
	'partly-correct': { symbol: '≈', tone: 'warn' },
	'partly-verified': { symbol: '≈', tone: 'warn' },
	incorrect: { symbol: '✗', tone: 'bad' },
	'cannot-be-verified': { symbol: '?', tone: 'unknown' }
};
