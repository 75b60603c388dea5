// The article page: every claim resolved against the dataset at build time (prerender only: the browser
// receives the annotations' resolved facts, not the dataset, the resolver or the geodesic library).
import { annotations, type Verdict } from '$lib/data/article.ts';
import { requireTest, getPlace, getMissile } from '$lib/data/dataset.ts';
import { article, claims, launchTimeWords, resolveFact } from '$lib/data/facts.ts';
import type { FactsPanelRow } from '$lib/components/article/FactsPanel.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	// Only what the interactive parts need up front: each annotation's verdict. The panel's details come from
	// /article-facts.json on first open; the endnotes are rendered to static HTML in +page.ts.
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

	return {
		article,
		verdicts,
		claimCount: claims.length,
		verdictCounts,
		panel,
		testId: test.id,
		testLabel: `${missile?.name ?? test.missileId}, ${when.kst.split(',')[0]}`
	};
};
