import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SourceList from '../catalogue/SourceList.svelte';
import { renderIsland } from './renderIsland.ts';

const sources = [
	{
		publisher: 'KCNA',
		url: 'https://example.org/kcna',
		via: 'NK News',
		tier: 'official' as const,
		checked: '2026-12-02'
	},
	{
		publisher: 'Japan MoD',
		url: 'https://example.org/mod',
		note: 'a <note> & more',
		tier: 'official' as const,
		checked: '2026-12-02'
	}
];

describe('renderIsland', () => {
	it('is the server render, hydration markers kept, inside one wrapper element', () => {
		const html = renderIsland(SourceList, { sources }, 'isle');
		const body = render(SourceList, { props: { sources }, idPrefix: 'isle' }).body;
		expect(html).toBe(`<div data-island-root="isle">${body}</div>`);
		// Svelte's markers (needed to hydrate it later) are all inside the wrapper...
		expect(body).toContain('<!--[-->');
		expect(body).toContain('<!--]-->');
		// ...so the page's {@html} block, which claims top-level nodes up to the first empty comment (Svelte
		// writes some inside components), sees one element and nothing else.
		expect(html.indexOf('<div data-island-root', 1)).toBe(-1);
		// Text is escaped by Svelte as in any server render.
		expect(html).toContain('a &lt;note> &amp; more');
	});
});
