import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Article as ArticleData } from '$lib/data/article.ts';
import { articlePageData } from '$lib/scene/article';
import Article from './Article.svelte';

const { article, facts } = articlePageData();
const annotationCount = article.blocks
	.flatMap((b) => b.runs)
	.filter((r) => r.type === 'annotation').length;

describe('Article (server render: the page ships no script)', () => {
	const { body } = render(Article, { props: { article, facts } });

	it('renders the headline as the only h1 and every block in order', () => {
		expect(body.match(/<h1\b/g)).toHaveLength(1);
		expect(body.match(/data-block="\d+"/g)).toHaveLength(article.blocks.length);
		expect(body.indexOf('data-block="0"')).toBeLessThan(body.indexOf('data-block="12"'));
	});

	it('gives each annotation a marker button that opens its fact check as a native popover', () => {
		const buttons = [...body.matchAll(/<button[^>]*class="marker[^"]*"[^>]*>/g)].map((m) => m[0]);
		expect(buttons).toHaveLength(annotationCount);
		const monday = buttons.find((b) => b.includes('Fact check of “on Monday”'))!;
		expect(monday).toContain('aria-label="Fact check of “on Monday”: Incorrect"');
		const target = monday.match(/popovertarget="([^"]+)"/)?.[1];
		expect(target).toBe('check-launch-day-monday');
		// The popover it opens is in the page, with the check's text.
		const popover = body.slice(body.indexOf(`id="${target}"`));
		expect(popover).toMatch(/^id="check-launch-day-monday"[^>]*data-testid="fact-panel"/);
		expect(popover.slice(0, popover.indexOf('</dialog>'))).toContain('Sunday 30 January 2022');
		// The words are the button's label: clicking them opens the check too.
		const id = monday.match(/\sid="([^"]+)"/)?.[1];
		expect(body).toContain(`for="${id}"`);
	});

	it('has one popover per annotated fact, however often the article mentions it', () => {
		expect(body.match(/<dialog popover/g)).toHaveLength(Object.keys(facts).length);
	});

	it('gives the first occurrence of a repeated claim the id the endnote links back to', () => {
		expect(body.match(/id="ref-launch-day-sunday"/g)).toHaveLength(1);
		expect(body.match(/<span[^>]*data-fact="launch-day-sunday"/g)).toHaveLength(3);
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
			const out = render(Article, { props: { article: broken, facts } }).body;
			expect(out).toContain('data-testid="unknown-block"');
			expect(out).toContain('role="alert"');
			expect(out).toContain('Unknown article block “sidebar”');
		} finally {
			console.error = original;
		}
		expect(errors.length).toBeGreaterThan(0);
	});
});

describe('articlePageData', () => {
	const data = articlePageData();
	it('counts each verdict once per claim', () => {
		const total = Object.values(data.verdictCounts).reduce((a, b) => a + (b ?? 0), 0);
		expect(total).toBe(data.claimCount);
		expect(data.verdictCounts.incorrect).toBeGreaterThan(0);
	});

	it('gives the facts panel one row per figure, each with a source', () => {
		expect(data.panel.map((r) => r.label)).toEqual([
			'Missile',
			'Date and time',
			'Launch site',
			'Range',
			'Apogee',
			'Flight time',
			'Impact area'
		]);
		for (const row of data.panel) expect(row.sources.length, row.label).toBeGreaterThan(0);
		expect(data.panel[1].lines).toEqual([
			'Sunday 30 January 2022, 07:52 KST (UTC+9)',
			'Saturday 29 January 2022, 22:52 UTC'
		]);
	});
});
