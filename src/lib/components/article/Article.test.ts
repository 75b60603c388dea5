import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Article as ArticleData } from '$lib/data/article.ts';
import { article, resolveFact, type ResolvedFact } from '$lib/data/facts.ts';
import Article from './Article.svelte';

const facts: Record<string, ResolvedFact> = {};
for (const block of article.blocks)
	for (const run of block.runs)
		if (run.type === 'annotation') facts[run.fact] ??= resolveFact(run.fact);
const verdicts = Object.fromEntries(
	Object.entries(facts).map(([id, f]) => [id, f.claim?.verdict ?? null])
);

describe('Article (server render)', () => {
	const { body } = render(Article, { props: { article, verdicts } });

	it('renders the headline as the only h1 and every block in order', () => {
		expect(body.match(/<h1\b/g)).toHaveLength(1);
		expect(body.match(/data-block="\d+"/g)).toHaveLength(article.blocks.length);
		expect(body.indexOf('data-block="0"')).toBeLessThan(body.indexOf('data-block="12"'));
	});

	it('renders each annotation as a link to its endnote, with data-fact and data-verdict, before hydration', () => {
		const links = [...body.matchAll(/<a class="annotation[^"]*"[^>]*>/g)].map((m) => m[0]);
		const annotationCount = article.blocks
			.flatMap((b) => b.runs)
			.filter((r) => r.type === 'annotation').length;
		expect(links).toHaveLength(annotationCount);
		const monday = links.find((l) => l.includes('data-fact="launch-day-monday"'))!;
		expect(monday).toContain('href="/claims#note-launch-day-monday"');
		expect(monday).toContain('data-verdict="incorrect"');
		// What the browser's button needs: the panel slot it controls (which exists) and its name.
		const panel = monday.match(/data-panel="([^"]+)"/)?.[1];
		expect(panel).toMatch(/^fact-panel-\d+$/);
		expect(body).toMatch(new RegExp(`<div class="panel-slot[^"]*" id="${panel}"`));
		expect(monday).toContain('data-label="Fact check of “on Monday”: Incorrect"');
		expect(body).not.toContain('<button');
	});

	it('gives the first occurrence of a repeated claim the id the endnote links back to', () => {
		expect(body.match(/id="ref-launch-day-sunday"/g)).toHaveLength(1);
		expect(body.match(/data-fact="launch-day-sunday"/g)).toHaveLength(3);
	});

	it('shows a loud fallback for an unknown block type instead of dropping it silently', () => {
		const broken = {
			...article,
			blocks: [...article.blocks, { type: 'sidebar', runs: [{ type: 'text', text: 'Boxed text' }] }]
		} as unknown as ArticleData;
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => errors.push(args);
		try {
			const out = render(Article, { props: { article: broken, verdicts } }).body;
			expect(out).toContain('data-testid="unknown-block"');
			expect(out).toContain('role="alert"');
			expect(out).toContain('Unknown article block “sidebar”');
		} finally {
			console.error = original;
		}
		expect(errors.length).toBeGreaterThan(0);
	});
});
