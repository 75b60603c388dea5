/** Missile names, places and reporting parties in one sentence. */
import { REPORTER_PATTERNS, missileKey, type Lexicon } from './lexicon.ts';
import {
	matchesIn,
	overlaps,
	type MissileMention,
	type PlaceMention,
	type ReporterMention
} from './mentions.ts';

export function extractMissiles(
	text: string,
	offset: number,
	sentence: number,
	lexicon: Lexicon
): MissileMention[] {
	const out: MissileMention[] = [];
	for (const { m, start, end } of matchesIn(lexicon.missileRe, text, offset)) {
		if (overlaps(out, start, end)) continue;
		const name = m[0];
		out.push({
			type: 'missile',
			name,
			missileId: lexicon.missileByKey.get(missileKey(name)) ?? null,
			start,
			end,
			sentence
		});
	}
	return out;
}

// A place name used for its government or as a speaker ("Pyongyang said", "Tokyo's response").
const ACTOR_AFTER =
	/^(?:'s|’s|\s+(?:said|says|warned|condemned|claimed|announced|reported|accused|insists?|responded|denied)\b)/;

export function extractPlaces(
	text: string,
	offset: number,
	sentence: number,
	lexicon: Lexicon
): PlaceMention[] {
	if (!lexicon.placeRe) return [];
	const out: PlaceMention[] = [];
	for (const { m, start, end } of matchesIn(lexicon.placeRe, text, offset)) {
		if (ACTOR_AFTER.test(text.slice(end - offset, end - offset + 14))) continue;
		const placeIds = lexicon.placeIdsByName.get(m[0]) ?? [];
		out.push({
			type: 'place',
			name: m[0],
			placeIds,
			target: placeIds.some((id) => lexicon.targetIds.has(id)),
			start,
			end,
			sentence
		});
	}
	return out;
}

export function extractReporters(
	text: string,
	offset: number,
	sentence: number
): ReporterMention[] {
	const out: ReporterMention[] = [];
	for (const [re, reporters] of REPORTER_PATTERNS)
		for (const { m, start, end } of matchesIn(re, text, offset)) {
			if (overlaps(out, start, end)) continue;
			out.push({ type: 'reporter', name: m[0], reporters, start, end, sentence });
		}
	return out.sort((a, b) => a.start - b.start);
}
