/** Verdicts on names: the missile a report names, the place it says a missile was launched from. */
import type { Place, Test } from '../data/types.ts';
import { distanceKm } from '../geo/geodesic.ts';
import { missileKey, missileNames } from './lexicon.ts';
import type { MissileMention } from './mentions.ts';
import type { CheckData } from './types.ts';
import { sourcesOf, testWords, unverified, type Verdict } from './words.ts';

export function missileVerdict(m: MissileMention, test: Test | null, data: CheckData): Verdict {
	if (m.missileId === null)
		return unverified(`The dataset does not hold the ${m.name}: nothing to check it against.`);
	if (!test) return unverified(`Named in passing; no launch in the dataset to check it against.`);
	const flown = data.missiles.find((x) => x.id === test.missileId);
	const names = flown ? missileNames(flown) : [test.missileId];
	if (test.missileId === m.missileId)
		return {
			verdict: 'correct',
			reason: `${testWords(test)[0].toUpperCase() + testWords(test).slice(1)} was of the ${names[0]} (also known as ${names.slice(1).join(', ') || 'no other name'}).`,
			sources: sourcesOf(flown?.sources, ...(test.namesAsReported ?? []).map((n) => n.sources))
		};
	const asReported = (test.namesAsReported ?? []).find((n) =>
		missileKey(n.name).includes(missileKey(m.name))
	);
	if (asReported)
		return {
			verdict: 'correct',
			reason: `${asReported.reporter} called the missile of ${testWords(test)} “${asReported.name}”; the dataset records it as the ${names[0]}.`,
			sources: asReported.sources
		};
	return {
		verdict: 'incorrect',
		reason: `${testWords(test)[0].toUpperCase() + testWords(test).slice(1)} was of the ${names[0]}, not the ${m.name}.`,
		sources: sourcesOf(flown?.sources)
	};
}

/** Launch sites within this distance of a named place count as "launched from" it (an area, a city). */
export const SITE_RADIUS_KM = 60;

export function launchSiteVerdict(
	places: Place[],
	name: string,
	test: Test | null,
	data: CheckData
): Verdict {
	if (!test) return unverified('The launch is not in the dataset: no launch site to compare.');
	const site = data.places.find((p) => p.id === test.siteId);
	if (!site)
		return unverified(`The dataset has no coordinates for the launch site of ${testWords(test)}.`);
	const near = places.find((p) => p.id === site.id || distanceKm(p, site) <= SITE_RADIUS_KM);
	return near
		? {
				verdict: 'correct',
				reason: `${testWords(test)[0].toUpperCase() + testWords(test).slice(1)} was from ${site.name}${near.id === site.id ? '' : `, within ${SITE_RADIUS_KM} km of ${name}`}.`,
				sources: sourcesOf(site.sources)
			}
		: {
				verdict: 'incorrect',
				reason: `${testWords(test)[0].toUpperCase() + testWords(test).slice(1)} was from ${site.name}, not ${name}.`,
				sources: sourcesOf(site.sources)
			};
}
