// Build-time rendering of the article page's content and of the endnotes to static HTML (server only:
// imports svelte/server, the dataset and the resolver). The pages insert these strings with `{@html}`, so
// the browser neither downloads the resolved facts as page data nor hydrates the components.
import { render } from 'svelte/server';
import { annotations, type Verdict } from '$lib/data/article.ts';
import { getMissile, getPlace, requireTest } from '$lib/data/dataset.ts';
import { article, claims, launchTimeWords, resolveFact } from '$lib/data/facts.ts';
import ArticlePage, { type ArticlePageProps } from './ArticlePage.svelte';
import Endnotes from './Endnotes.svelte';
import type { FactsPanelRow } from './FactsPanel.svelte';

import { staticMarkup } from '../staticHtml.ts';

export { staticMarkup };

/** The `<li>` items of the endnote list, every claim in text order, as an HTML string. */
export function renderEndnotes(): string {
	const facts = claims.map((c) => resolveFact(c.id));
	return staticMarkup(render(Endnotes, { props: { facts } }).body);
}

/** Everything the article page shows, resolved against the dataset. */
export function articlePageProps(): ArticlePageProps {
	const verdicts: Record<string, Verdict | null> = {};
	for (const a of annotations(article))
		verdicts[a.run.fact] ??= resolveFact(a.run.fact).claim?.verdict ?? null;
	const verdictCounts: Record<string, number> = {};
	for (const c of claims) {
		const v = resolveFact(c.id).claim?.verdict;
		if (v) verdictCounts[v] = (verdictCounts[v] ?? 0) + 1;
	}

	const test = requireTest(article.testId);
	const path = (field: string) => `test.${test.id}.${field}`;
	const row = (label: string, field: string, lines?: string[], note?: string): FactsPanelRow => {
		const f = resolveFact(path(field));
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
	const panel: FactsPanelRow[] = [
		row('Missile', 'missile', missile ? [`${missile.name} (${missile.class})`] : undefined),
		row('Date and time', 'launch', [when.kst, when.utc]),
		row('Launch site', 'site', site ? [site.name] : undefined, test.siteNote),
		row('Range', 'rangeKm'),
		row('Apogee', 'apogeeKm'),
		row('Flight time', 'flightTimeS'),
		row('Impact area', 'impact')
	];
	return { article, verdicts, claimCount: claims.length, verdictCounts, panel, testId: test.id };
}

/** The article page's content (article, facts panel, link to the claims) as an HTML string. */
export function renderArticlePage(props: ArticlePageProps = articlePageProps()): string {
	return staticMarkup(render(ArticlePage, { props }).body);
}
