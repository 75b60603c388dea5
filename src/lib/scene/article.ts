/**
 * What the article page and the claims list show, resolved against the dataset at build time: the
 * article's blocks, each annotated fact's check (verdict, explanation, values, sources), the verdict
 * counts, and the facts panel of the test the article is about.
 */
import { annotations, type Article, type Verdict } from '../data/article.ts';
import { getMissile, getPlace, requireTest } from '../data/dataset.ts';
import type { SourceRef } from '../data/types.ts';
import {
	article,
	claims,
	launchTimeWords,
	resolveFact,
	validateArticleFiles,
	type FactReport,
	type ResolvedFact
} from './facts/index.ts';

/** One row of the facts panel beside the article. */
export interface FactsPanelRow {
	label: string;
	factId: string;
	/** The value, one string per line, each with its unit. */
	lines: string[];
	reports: FactReport[];
	sources: SourceRef[];
	note?: string;
}

export interface ArticlePageData {
	article: Article;
	/** Every fact the article annotates, resolved, by id. */
	facts: Record<string, ResolvedFact>;
	claimCount: number;
	/** Claims per verdict. */
	verdictCounts: Partial<Record<Verdict, number>>;
	panel: FactsPanelRow[];
	testId: string;
}

function panelRows(testId: string): FactsPanelRow[] {
	const test = requireTest(testId);
	const row = (label: string, field: string, lines?: string[], note?: string): FactsPanelRow => {
		const f = resolveFact(`test.${test.id}.${field}`);
		return {
			label,
			factId: f.id,
			lines: lines ?? [f.value],
			reports: f.reports,
			sources: f.sources,
			...(note ? { note } : {})
		};
	};
	const missile = getMissile(test.missileId);
	const site = getPlace(test.siteId);
	const when = launchTimeWords(test.launch);
	return [
		row('Missile', 'missile', missile ? [`${missile.name} (${missile.class})`] : undefined),
		row('Date and time', 'launch', [when.kst, when.utc]),
		row('Launch site', 'site', site ? [site.name] : undefined, test.siteNote),
		row('Range', 'rangeKm'),
		row('Apogee', 'apogeeKm'),
		row('Flight time', 'flightTimeS'),
		row('Impact area', 'impact')
	];
}

export function articlePageData(): ArticlePageData {
	validateArticleFiles();
	const facts: Record<string, ResolvedFact> = {};
	for (const a of annotations(article)) facts[a.run.fact] ??= resolveFact(a.run.fact);
	const verdictCounts: Partial<Record<Verdict, number>> = {};
	for (const c of claims) verdictCounts[c.verdict] = (verdictCounts[c.verdict] ?? 0) + 1;
	return {
		article,
		facts,
		claimCount: claims.length,
		verdictCounts,
		panel: panelRows(article.testId),
		testId: article.testId
	};
}

/** Every claim, resolved, in the order of claims.json (the /claims page). */
export function claimList(): ResolvedFact[] {
	validateArticleFiles();
	return claims.map((c) => resolveFact(c.id));
}
