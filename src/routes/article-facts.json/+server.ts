// Every article annotation's resolved fact (fact id -> ResolvedFact), prerendered as a static JSON asset.
// The article page fetches it when the reader first opens a fact-check panel, so the details are not
// serialised into the page's hydration data.
import { json } from '@sveltejs/kit';
import { annotations } from '$lib/data/article.ts';
import { article, resolveFact, type ResolvedFact } from '$lib/data/facts.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const facts: Record<string, ResolvedFact> = {};
	for (const a of annotations(article)) facts[a.run.fact] ??= resolveFact(a.run.fact);
	return json(facts);
};
