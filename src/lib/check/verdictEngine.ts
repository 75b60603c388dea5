/**
 * Verdicts that rest on the physics: a standard-range estimate ("could reach 15,000 km") against the
 * missile's observed standard flights and the engine's P5-P95 for the test; a distance to a place against
 * the WGS84 geodesic; a time to a target against the engine's minimum-energy and depressed flight times;
 * "capable of hitting Guam" against the distance and the engine's range. An estimate is not a fact, and
 * the reasons say so.
 */
import { summarizeFigures } from '../data/figures.ts';
import type { Place, Test } from '../data/types.ts';
import { distanceKm } from '../geo/geodesic.ts';
import type { QuantityMention } from './mentions.ts';
import type { CheckData, EngineView } from './types.ts';
import { duration, km, sourcesOf, testWords, unverified, type Verdict } from './words.ts';

/** The stated span a number covers, widened for an estimate's wording (at least 10 %). */
function statedSpan(q: QuantityMention, rel = 0.1): [number, number] {
	const tol = (x: number) => Math.max(q.halfStepSi, rel * x);
	if (q.qualifier === 'more-than') return [q.si, Infinity];
	if (q.qualifier === 'less-than') return [0, q.si];
	return [q.si - tol(q.si), (q.siHigh ?? q.si) + tol(q.siHigh ?? q.si)];
}

/** The farthest standard (not lofted) flight of the same missile in the dataset, if any. */
function observedStandard(test: Test, data: CheckData): { test: Test; rangeKm: number } | null {
	let best: { test: Test; rangeKm: number } | null = null;
	for (const t of data.tests) {
		if (t.missileId !== test.missileId || t.trajectory !== 'standard') continue;
		const r = summarizeFigures(t).rangeKm;
		if (r && (!best || r.central > best.rangeKm)) best = { test: t, rangeKm: r.central };
	}
	return best;
}

function engineSpan(e: EngineView): [number, number] {
	return [e.rangeKm.p05 ?? 0, e.orbital || e.rangeKm.p95 === null ? Infinity : e.rangeKm.p95];
}

const whole = (x: number) => km(Math.round(x));

function engineWords(e: EngineView): string {
	const [lo, hi] = engineSpan(e);
	const span =
		hi === Infinity
			? lo > 0
				? `at least ${whole(lo)}, no upper limit`
				: 'no limit'
			: `${whole(lo).replace(' km', '')}–${whole(hi)}`;
	return `${span}: ${e.basis}`;
}

/** A standard-range estimate for the missile of `test`. */
export function estimateVerdict(
	q: QuantityMention,
	test: Test | null,
	data: CheckData,
	engine: EngineView | null
): Verdict {
	if (!test)
		return unverified(
			'The launch this estimate is about is not in the dataset, so there is no engine estimate to set it against.'
		);
	const [lo, hi] = statedSpan(q);
	const seen = observedStandard(test, data);
	if (seen && seen.rangeKm >= lo && (seen.rangeKm <= hi || q.qualifier === 'more-than'))
		return {
			verdict: 'correct',
			reason: `A missile of this type flew about ${km(seen.rangeKm)} on a standard trajectory (${testWords(seen.test)}), so the estimate fits an observed flight; it is still an estimate of the maximum.`,
			sources: sourcesOf(...seen.test.figures.rangeKm.map((r) => r.sources))
		};
	if (!engine)
		return unverified(`The engine has no standard-range estimate for ${testWords(test)}.`);
	const [elo, ehi] = engineSpan(engine);
	const inside = lo <= ehi && hi >= elo;
	return {
		verdict: inside ? 'correct' : 'incorrect',
		reason: inside
			? `Inside the engine’s range for ${testWords(test)} (${engineWords(engine)}): consistent with the physics, though an estimate is not a measured fact.`
			: `Outside the engine’s range for ${testWords(test)} (${engineWords(engine)}): the engine, itself an estimate, does not support it.`,
		sources: []
	};
}

/** Geodesic distances from the candidate origins to the places, km: [min, max]. */
function distanceSpan(origins: Place[], targets: Place[]): [number, number] {
	const ds = origins.flatMap((o) => targets.map((t) => distanceKm(o, t)));
	return [Math.min(...ds), Math.max(...ds)];
}

/** A distance to a place ("Guam is 3,400 km away") against the geodesic from the launch area. */
export function distanceVerdict(q: QuantityMention, targets: Place[], origins: Place[]): Verdict {
	if (!targets.length || !origins.length)
		return unverified(
			'A distance to or from a place the dataset does not hold: nothing to measure it against.'
		);
	const [dlo, dhi] = distanceSpan(origins, targets);
	// A place is not a point: allow 3 % for where on Guam or in Pyongyang the distance is taken.
	const [lo, hi] = statedSpan(q, 0.03);
	const ok = lo <= dhi && hi >= dlo;
	const span =
		Math.round(dlo) === Math.round(dhi)
			? km(Math.round(dlo))
			: `${km(Math.round(dlo))}–${km(Math.round(dhi))}`;
	return {
		verdict: ok ? 'correct' : 'incorrect',
		reason: `${targets.map((t) => t.name).join(' / ')} is ${span} from ${origins.map((o) => o.name).join(' or ')} on the WGS84 geodesic; the report’s ${km(q.si)}${q.valueHigh ? '–' + km(q.siHigh!) : ''} ${ok ? 'agrees' : 'does not'}.`,
		sources: sourcesOf(...targets.map((t) => t.sources), ...origins.map((o) => o.sources))
	};
}

/** A time to a target ("Guam in 14 minutes") against the engine's depressed and minimum-energy flights. */
export function timeToTargetVerdict(
	q: QuantityMention,
	target: Place | null,
	test: Test | null,
	engine: EngineView | null
): Verdict {
	if (!target || !test || !engine)
		return unverified('The engine has no flight time to this place for this launch.');
	const t = engine.timesToTarget[target.id];
	if (!t || t.minimumEnergyS === null)
		return unverified(
			`On the engine’s estimate ${target.name} (${km(Math.round(t?.distanceKm ?? 0))}) is out of this missile’s reach, so no flight time applies.`
		);
	const fastest = t.depressedS ?? t.minimumEnergyS;
	const [lo, hi] = statedSpan(q);
	const span = `${duration(Math.round(fastest))} depressed, ${duration(Math.round(t.minimumEnergyS))} minimum-energy`;
	const where = `${target.name}, ${km(Math.round(t.distanceKm))} from the launch site`;
	if (hi < fastest * 0.9)
		return {
			verdict: 'incorrect',
			reason: `Faster than the engine’s quickest flight to ${where} (${span}; ${engine.timeBasis}).`,
			sources: target.sources
		};
	if (lo > t.minimumEnergyS * 1.1)
		return {
			verdict: 'incorrect',
			reason: `Slower than the engine’s minimum-energy flight to ${where} (${span}; ${engine.timeBasis}); a lofted path takes longer, but “reach in” means the quickest path.`,
			sources: target.sources
		};
	return {
		verdict: 'correct',
		reason: `Within the engine’s flight times to ${where} (${span}; ${engine.timeBasis}): an estimate, not a measured fact.`,
		sources: target.sources
	};
}

/** "Capable of hitting Guam": the place's distance against the engine's range (and observed flights). */
export function reachVerdict(
	targets: Place[],
	test: Test | null,
	site: Place | null,
	data: CheckData,
	engine: EngineView | null
): Verdict {
	if (!test || !site)
		return unverified('The launch is not in the dataset: no range to set the place against.');
	const seen = observedStandard(test, data);
	const [elo, ehi] = engine ? engineSpan(engine) : [seen?.rangeKm ?? NaN, seen?.rangeKm ?? NaN];
	const reach = Math.max(elo, seen?.rangeKm ?? 0);
	if (!Number.isFinite(reach) || reach === 0)
		return unverified(`No range estimate for ${testWords(test)}.`);
	const ds = targets.map((t) => distanceKm(site, t));
	const names = targets.map((t, i) => `${t.name} is ${whole(ds[i])}`).join(', ');
	const against =
		seen && seen.rangeKm >= elo
			? `a missile of this type flew ${whole(seen.rangeKm)} on a standard trajectory (${testWords(seen.test)})`
			: engine
				? `the engine’s standard range for ${testWords(test)} is ${engineWords(engine)}`
				: `no engine estimate`;
	const from = `from ${site.name}`;
	const sources = sourcesOf(
		...targets.map((t) => t.sources),
		...(seen ? seen.test.figures.rangeKm.map((r) => r.sources) : [])
	);
	if (ds.every((d) => d <= reach))
		return {
			verdict: 'correct',
			reason: `In reach: ${names} ${from}, and ${against}. An estimate of reach, not a demonstrated strike.`,
			sources
		};
	if (ds.every((d) => d > ehi))
		return {
			verdict: 'incorrect',
			reason: `Out of reach on the estimate: ${names} ${from}; ${against}.`,
			sources
		};
	return unverified(`Depends on the assumptions: ${names} ${from}; ${against}.`);
}
