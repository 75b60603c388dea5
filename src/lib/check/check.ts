/**
 * The article checker: a report's text in, every claim out with its verdict, reason and sources.
 * Rule-based and deterministic; the dataset and the engine are passed in (see `defaults.ts` for the
 * ones the CLI uses), so the same call runs in Node, at build time and in a browser.
 */
import type { Place, Reporter, Test } from '../data/types.ts';
import { analyse, type SentenceInfo } from './analyse.ts';
import { LAUNCH_WORDS, REACH_WORDS } from './cues.ts';
import { lexiconOf } from './lexicon.ts';
import { FIGURE_QUANTITY, resolveLaunches, type Resolution } from './launches.ts';
import type { ClockMention, DateMention, PlaceMention, QuantityMention } from './mentions.ts';
import { prepareInput } from './text.ts';
import type {
	CheckDeps,
	CheckOptions,
	CheckResult,
	CheckedClaim,
	EngineLookup,
	EngineView,
	LaunchMatch
} from './types.ts';
import { clockVerdict, dateVerdict } from './verdictDates.ts';
import { checkStatedConversion, figureVerdict } from './verdictFigures.ts';
import {
	distanceVerdict,
	estimateVerdict,
	reachVerdict,
	timeToTargetVerdict
} from './verdictEngine.ts';
import { launchSiteVerdict, missileVerdict } from './verdictNames.ts';
import type { Verdict } from './words.ts';

/** An engine lookup over views computed elsewhere (at build time, in a page's `load`). */
export function engineFromViews(views: Readonly<Record<string, EngineView>>): EngineLookup {
	return (id) => views[id] ?? null;
}

/** Checks a report. Never throws on any text; bad input comes back as notices with no claims. */
export function checkReport(raw: string, deps: CheckDeps, options: CheckOptions = {}): CheckResult {
	const input = prepareInput(raw, options);
	if (!input.ok) return result(input.text, [], [], input.notices);
	const sentences = analyse(input.text, lexiconOf(deps.data));
	const res = resolveLaunches(sentences, deps.data);
	const ctx: Ctx = { deps, res, text: input.text };
	const claims = sentences.flatMap((s) => sentenceClaims(s, ctx)).sort((a, b) => a.start - b.start);
	// Which launch a report is about only matters once it says something to check.
	const notices = [...input.notices, ...(claims.length ? res.notices : [])];
	if (!claims.length)
		notices.push({
			level: 'warning',
			code: 'no-claims',
			message:
				'No numbers, dates, times or names of missiles and places were found to check. The checker reads English reports of missile launches: paste the article’s text.'
		});
	const launches: LaunchMatch[] = [{ testId: res.primary?.id ?? null, evidence: res.evidence }];
	for (const id of new Set(claims.map((c) => c.testId)))
		if (id && id !== res.primary?.id)
			launches.push({ testId: id, evidence: 'named in a comparison' });
	return result(input.text, launches, claims, notices);
}

function result(
	text: string,
	launches: LaunchMatch[],
	claims: CheckedClaim[],
	notices: CheckResult['notices']
): CheckResult {
	const count = (v: string) => claims.filter((c) => c.verdict === v).length;
	return {
		text,
		tests: launches.map((l) => l.testId).filter((x): x is string => x !== null),
		launches,
		claims,
		summary: {
			total: claims.length,
			correct: count('correct'),
			incorrect: count('incorrect'),
			unverified: count('unverified')
		},
		notices
	};
}

interface Ctx {
	deps: CheckDeps;
	res: Resolution;
	text: string;
}

function claim(
	ctx: Ctx,
	m: { start: number; end: number },
	kind: CheckedClaim['kind'],
	value: CheckedClaim['value'],
	unit: CheckedClaim['unit'],
	test: Test | null,
	v: Verdict,
	extra: Partial<CheckedClaim> = {}
): CheckedClaim {
	return {
		id: `c${m.start}`,
		text: ctx.text.slice(m.start, m.end),
		start: m.start,
		end: m.end,
		kind,
		value,
		unit,
		verdict: v.verdict,
		reason: v.reason,
		testId: test?.id ?? null,
		sources: v.sources,
		...extra
	};
}

function sentenceClaims(s: SentenceInfo, ctx: Ctx): CheckedClaim[] {
	return [
		...quantityClaims(s, ctx),
		...s.clocks.filter((c) => c.kind).map((c) => clockClaim(s, c, ctx)),
		...s.dates.map((d) => dateClaim(s, d, ctx)),
		...s.missiles.map((m) => {
			const test = ctx.res.testFor(s, m.start);
			return claim(ctx, m, 'missile', m.name, null, test, missileVerdict(m, test, ctx.deps.data));
		}),
		...s.places.map((p) => placeClaim(s, p, ctx))
	];
}

const placesById = (ctx: Ctx, ids: readonly string[]) =>
	ids.map((id) => ctx.deps.data.places.find((p) => p.id === id)).filter((p): p is Place => !!p);

/** The nearest reporter named in the sentence, if any. */
function attribution(s: SentenceInfo, at: number): { name: string; reporters: Reporter[] } | null {
	let best: (typeof s.reporters)[number] | null = null;
	for (const r of s.reporters)
		if (!best || Math.abs(r.start - at) < Math.abs(best.start - at)) best = r;
	return best;
}

function quantityClaims(s: SentenceInfo, ctx: Ctx): CheckedClaim[] {
	const verdicts = s.quantities.map((q) => quantityVerdict(s, q, ctx));
	s.quantities.forEach((b, i) => {
		if (b.conversionOf === undefined) return;
		const a = s.quantities[b.conversionOf];
		const conv = checkStatedConversion(a, b);
		const va = verdicts[b.conversionOf];
		const vb = verdicts[i];
		if (conv.result === 'wrong') {
			const blameA = va.verdict === 'incorrect' && vb.verdict === 'correct';
			const target = blameA ? b.conversionOf : i;
			verdicts[target] = {
				...verdicts[target],
				verdict: 'incorrect',
				reason: `${conv.message} ${verdicts[target].reason}`
			};
		} else if (vb.verdict === 'unverified' || vb.verdict === 'correct')
			verdicts[i] = {
				...vb,
				verdict: 'correct',
				reason: `${conv.message} ${vb.verdict === 'correct' ? vb.reason : ''}`.trim()
			};
	});
	return s.quantities.flatMap((q, i) => {
		const kind = q.kind ?? (q.dimension === 'length' ? 'distance' : null);
		if (!kind) return [];
		const who = attribution(s, q.start);
		return [
			claim(ctx, q, kind, q.value, q.unit, ctx.res.testFor(s, q.start), verdicts[i], {
				...(q.valueHigh !== undefined ? { valueHigh: q.valueHigh } : {}),
				qualifier: q.qualifier,
				...(who ? { attributedTo: who.name } : {})
			})
		];
	});
}

function quantityVerdict(s: SentenceInfo, q: QuantityMention, ctx: Ctx): Verdict {
	const test = ctx.res.testFor(s, q.start);
	const { data, engine } = ctx.deps;
	const view = test ? engine(test.id) : null;
	switch (q.kind) {
		case 'apogee':
		case 'range':
		case 'flightTime':
			return figureVerdict(
				q,
				q.kind as keyof typeof FIGURE_QUANTITY,
				test,
				attribution(s, q.start)?.reporters ?? []
			);
		case 'rangeEstimate':
			return estimateVerdict(q, test, data, view);
		case 'timeToTarget': {
			const target = s.places.find((p) => p.target);
			return timeToTargetVerdict(
				q,
				target ? (placesById(ctx, target.placeIds)[0] ?? null) : null,
				test,
				view
			);
		}
		default: {
			const { targets, origins } = distanceEnds(s, q, test, ctx);
			if (!q.kind)
				return {
					verdict: 'unverified',
					reason:
						'A length the checker could not place (not an apogee, a range, an estimate or a distance to a known place).',
					sources: []
				};
			return distanceVerdict(q, targets, origins);
		}
	}
}

/**
 * Where a distance runs: to the nearest named place of the dataset, from a named origin (else from
 * Pyongyang and the launch site). "200 km west of Oshima-Oshima" measures to a place the dataset does
 * not hold: no target, so the distance stays unverified.
 */
function distanceEnds(s: SentenceInfo, q: QuantityMention, test: Test | null, ctx: Ctx) {
	const from = s.places.find((p) =>
		/\bfrom\s+(?:the\s+)?$/i.test(ctx.text.slice(p.start - 12, p.start))
	);
	const dest = s.places
		.filter((p) => p !== from && p.placeIds.length && Math.abs(p.start - q.start) < 120)
		.sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0];
	const after = ctx.text.slice(q.end, q.end + 80);
	const measuredTo = /^\s*(?:\([^)]*\)\s*)?(?:[a-z]+\s+){0,3}(?:of|off)\s+(?:the\s+)?/.exec(after);
	const toOther = measuredTo && dest?.start !== q.end + measuredTo[0].length;
	const targets = dest && !toOther ? placesById(ctx, dest.placeIds) : [];
	const origins = from
		? placesById(ctx, from.placeIds)
		: placesById(ctx, ['pyongyang', ...(test ? [test.siteId] : [])]);
	return { targets, origins };
}

function clockClaim(s: SentenceInfo, c: ClockMention, ctx: Ctx): CheckedClaim {
	const test = ctx.res.testFor(s, c.start);
	const v = clockVerdict(c, test);
	const hhmm = `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
	return claim(ctx, c, c.kind!, v.valueKst ?? hhmm, null, test, v);
}

function dateClaim(s: SentenceInfo, d: DateMention, ctx: Ctx): CheckedClaim {
	const test = d.about === 'launch' || d.since ? ctx.res.testFor(s, d.start) : null;
	const year = ctx.res.yearOf(d);
	const v = dateVerdict(d, s, test, ctx.res.primary, ctx.deps.data, year);
	return claim(
		ctx,
		d,
		'date',
		dateValue(d, year, ctx.text),
		null,
		d.since ? (ctx.res.primary ?? test) : test,
		v
	);
}

function dateValue(d: DateMention, year: number | undefined, text: string): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	if (d.form === 'full' && d.month && d.day)
		return year ? `${year}-${pad(d.month)}-${pad(d.day)}` : `--${pad(d.month)}-${pad(d.day)}`;
	if (d.form === 'month' && d.month)
		return year ? `${year}-${pad(d.month)}` : text.slice(d.start, d.end);
	if (d.form === 'year' && d.year) return String(d.year);
	if (d.form === 'weekday' && d.weekday !== undefined)
		return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
			d.weekday
		];
	return text.slice(d.start, d.end).toLowerCase();
}

const LAUNCH_TEST = new RegExp(LAUNCH_WORDS.source, 'i');

function placeClaim(s: SentenceInfo, p: PlaceMention, ctx: Ctx): CheckedClaim {
	const test = ctx.res.testFor(s, p.start);
	const places = placesById(ctx, p.placeIds);
	const before = ctx.text.slice(s.start, p.start);
	const launchFrom =
		/\b(?:from|at|in|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(before.slice(-40)) &&
		(LAUNCH_TEST.test(before) || /\b(?:flight|took off|started|originated)\b/i.test(before)) &&
		places.some((x) => x.kind !== 'target');
	const reach = p.target && REACH_WORDS.test(s.text) && !launchFrom;
	let v: Verdict;
	if (launchFrom) v = launchSiteVerdict(places, p.name, test, ctx.deps.data);
	else if (reach) {
		const site = test ? (ctx.deps.data.places.find((x) => x.id === test.siteId) ?? null) : null;
		v = reachVerdict(places, test, site, ctx.deps.data, test ? ctx.deps.engine(test.id) : null);
	} else
		v = {
			verdict: 'unverified',
			reason: `${p.name} is named here; the sentence makes no claim about it that the dataset can check.`,
			sources: []
		};
	return claim(ctx, p, 'place', p.name, null, test, v);
}
