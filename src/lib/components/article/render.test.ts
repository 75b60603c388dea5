import { describe, expect, it } from 'vitest';
import { annotations } from '$lib/data/article.ts';
import { article, claims } from '$lib/data/facts.ts';
import { articlePageProps, renderArticlePage, renderEndnotes, staticMarkup } from './render.ts';

describe('renderArticlePage (the article page as static HTML)', () => {
	const props = articlePageProps();
	const html = renderArticlePage(props);

	it('carries no hydration markers (the HTML is never hydrated)', () => {
		expect(html).not.toContain('<!--');
		expect(renderEndnotes()).not.toContain('<!--');
	});

	it('holds the article, every annotation as a link, and the facts panel', () => {
		expect(html).toContain('data-testid="article"');
		expect(html).toContain('data-annotations="links"');
		expect(html.match(/<a class="annotation/g)).toHaveLength([...annotations(article)].length);
		expect(html).toContain('data-testid="facts-panel"');
		expect(html).toContain(`All ${claims.length} claims as a list`);
	});

	it('counts each verdict once per claim; the legend shows each verdict that occurs, with its count', () => {
		const total = Object.values(props.verdictCounts).reduce((a, b) => a + b, 0);
		expect(total).toBe(claims.length);
		expect(props.verdictCounts.incorrect).toBeGreaterThan(0);
		const legend = html.slice(
			html.indexOf('class="legend'),
			html.indexOf('</ul>', html.indexOf('class="legend'))
		);
		const shown = [...legend.matchAll(/data-verdict="([^"]+)"/g)].map((m) => m[1]);
		expect(shown.sort()).toEqual(Object.keys(props.verdictCounts).sort());
		for (const [v, n] of Object.entries(props.verdictCounts))
			expect(legend).toMatch(new RegExp(`data-verdict="${v}"[^]*?× ${n}<`));
	});

	it('gives the facts panel one row per figure, each with a source', () => {
		expect(props.panel.map((r) => r.label)).toEqual([
			'Missile',
			'Date and time',
			'Launch site',
			'Range',
			'Apogee',
			'Flight time',
			'Impact area'
		]);
		for (const row of props.panel) expect(row.sources.length, row.label).toBeGreaterThan(0);
		expect(props.panel[1].lines).toEqual([
			'Sunday 30 January 2022, 07:52 KST (UTC+9)',
			'Saturday 29 January 2022, 22:52 UTC'
		]);
	});
});

describe('renderEndnotes', () => {
	it('renders one note per claim, each with the id the article links to', () => {
		const html = renderEndnotes();
		expect(html.match(/<li class="note/g)).toHaveLength(claims.length);
		for (const c of claims) expect(html).toContain(`id="note-${c.id}"`);
	});
});

describe('staticMarkup', () => {
	it('drops hydration markers, keeps elements and escaped text that looks like a comment', () => {
		expect(staticMarkup('<!--[--><p>a &lt;!-- b --&gt;<!---->c</p><!--]--><!--$s1-->')).toBe(
			'<p>a &lt;!-- b --&gt;c</p>'
		);
	});
});
