/**
 * Names the checker recognises, built from the dataset it is given: missiles with their aliases (plus the
 * common designations of missiles the dataset does not hold, so a report about one is not matched to a
 * dataset missile), places by the parts of their names, and the parties that report figures.
 */
import type { Missile, Place, Reporter } from '../data/types.ts';
import type { CheckData } from './types.ts';

/** An alias as the dataset stores it: a plain string, or an object with a name (and status, sources). */
export type AliasLike = string | { name: string };

/**
 * Every name of a missile: its name and its aliases. The one place that reads `aliases`, whether they
 * are strings or `{ name, status, sources }` objects.
 */
export function missileNames(missile: { name: string; aliases: readonly AliasLike[] }): string[] {
	return [missile.name, ...missile.aliases.map((a) => (typeof a === 'string' ? a : a.name))];
}

/** "Hwasong 12-type", "Hwasongpho-12", "Hwansong-12" -> "hwasong12"; "KN-17" -> "kn17". */
export function missileKey(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/hwasongpho|hwansong|hwaseong|hwasung/g, 'hwasong')
		.replace(/[- ]?type\b/g, '')
		.replace(/[^a-z0-9]/g, '');
}

// Missile families written like designations, including ones the dataset may not hold.
const DESIGNATION_SOURCE =
	'\\b(?:Hwa(?:n)?s(?:o|ŏ|eo|u)ng(?:pho)?)[- ]?\\d{1,2}[A-Za-z]?(?:[- ]type)?\\b|\\bKN-?\\d{2}\\b|\\bHS-?\\d{2}\\b|\\bPukguksong-?\\d[A-Za-z]?\\b|\\bMusudan\\b|\\b[NR]odong(?:-\\d)?\\b|\\bScud\\b|\\bTaepodong(?:-\\d)?\\b|\\bUnha(?:-\\d)?\\b|\\bChollima(?:-\\d)?\\b|\\bIskander\\b';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Lexicon {
	missileRe: RegExp;
	missileByKey: Map<string, string>;
	placeRe: RegExp | null;
	placeIdsByName: Map<string, string[]>;
	targetIds: Set<string>;
}

// Spellings reports use that the dataset's place names do not contain.
const PLACE_VARIANTS: Record<string, string[]> = {
	Jagang: ['Chagang'],
	'western Aleutians': ['Aleutians', 'Aleutian Islands']
};
const NOT_A_PLACE = new Set(['Japan', 'North Korea', 'United States', 'DC', 'US', 'USA']);

function placeNames(place: Place): string[] {
	const parts = place.name
		.split(/[,()]/)
		.map((p) => p.trim())
		.filter((p) => p.length > 2 && !NOT_A_PLACE.has(p));
	const names = new Set<string>();
	for (const part of parts) {
		names.add(part);
		const bare = part.replace(/\s+Province$/, '');
		names.add(bare);
		for (const v of PLACE_VARIANTS[bare] ?? []) names.add(v);
	}
	return [...names];
}

const cache = new WeakMap<CheckData, Lexicon>();

/** The lexicon of a dataset (built once per CheckData object). */
export function lexiconOf(data: CheckData): Lexicon {
	const hit = cache.get(data);
	if (hit) return hit;
	const missileByKey = new Map<string, string>();
	const literal: string[] = [];
	for (const m of data.missiles as readonly Missile[])
		for (const name of missileNames(m)) {
			missileByKey.set(missileKey(name), m.id);
			literal.push(escape(name));
		}
	const placeIdsByName = new Map<string, string[]>();
	for (const p of data.places)
		for (const name of placeNames(p))
			placeIdsByName.set(name, [...(placeIdsByName.get(name) ?? []), p.id]);
	// "Pyongyang" is the city, not every site whose name ends in ", Pyongyang".
	for (const p of data.places) if (placeIdsByName.has(p.name)) placeIdsByName.set(p.name, [p.id]);
	const byLength = (a: string, b: string) => b.length - a.length;
	const placeNamesSorted = [...placeIdsByName.keys()].sort(byLength).map(escape);
	const lexicon: Lexicon = {
		missileRe: new RegExp(
			`${DESIGNATION_SOURCE}|\\b(?:${literal.sort(byLength).join('|')})\\b`,
			'g'
		),
		missileByKey,
		placeRe: placeNamesSorted.length
			? new RegExp(`\\b(?:${placeNamesSorted.join('|')})\\b`, 'g')
			: null,
		placeIdsByName,
		targetIds: new Set(data.places.filter((p) => p.kind === 'target').map((p) => p.id))
	};
	cache.set(data, lexicon);
	return lexicon;
}

/** Who reported a figure, by the words a report uses; the first pattern that matches wins. */
export const REPORTER_PATTERNS: [RegExp, Reporter[]][] = [
	[
		/\b(?:South Korean and Japanese|Japanese and South Korean|South Korea and Japan|Japan and South Korea|Seoul and Tokyo|Tokyo and Seoul)\b(?:\s+(?:assessments?|officials|authorities|forces|estimates|militaries|governments))?/gi,
		['JCS', 'JMOD']
	],
	[
		/\b(?:South Korea(?:'s|’s)?|Seoul(?:'s|’s)?|the South(?:'s|’s)?)\s+(?:Joint Chiefs of Staff|joint chiefs(?: of staff)?|military|officials|defen[cs]e ministry)|\bJoint Chiefs of Staff\b|\bJCS\b|\bSouth Korean (?:military|officials|authorities|defen[cs]e ministry)\b|\bSeoul said\b/gi,
		['JCS']
	],
	[
		/\bJapan(?:'s|’s|ese)\s+(?:Defen[cs]e Ministry|Ministry of Defen[cs]e|defen[cs]e (?:minister|ministry|officials?)|government|military|officials|authorities|Coast Guard|prime minister(?:'s|’s)? office)|\bChief Cabinet Secretary\b|\bJapan said\b|\baccording to Tokyo\b/gi,
		['JMOD']
	],
	[
		/\bKCNA\b|\bKorean Central News Agency\b|\b(?:North Korean )?state (?:media|television|TV|news agency)\b|\bstate-run (?:media|TV|television|news agency|broadcaster)\b|\b(?:North Korea|Pyongyang) (?:said|says|claimed|reported|announced)\b|\bthe agency said\b/gi,
		['KCNA']
	],
	[
		/\bPentagon\b|\bU\.?S\.? (?:military|officials?|Indo-Pacific Command|Forces Korea)\b|\b(?:INDO)?PACOM\b/gi,
		['US']
	],
	[
		/\b(?:analysts?|experts?|David Wright|CSIS|38 North|Union of Concerned Scientists)\b/gi,
		['analyst']
	]
];
