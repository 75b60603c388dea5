// The /claims page's endnotes are static markup: rendered to HTML at prerender and kept out of the hydration data (the
// resolved claims are most of the page's weight). In the browser, hydration keeps the prerendered nodes of
// the `{@html}` block (Svelte does not repair `{@html}` on hydration: the server value wins), so the client
// passes a placeholder; after client-side navigation there are no such nodes and the fragment is fetched.
import { resolve } from '$app/paths';
import type { PageLoad } from './$types';

/** Non-empty placeholder: "keep the prerendered endnotes" (an empty string would not claim them). */
const KEEP_PRERENDERED = ' ';
let fetched: string | undefined;

export const load: PageLoad = async ({ data, fetch }) => {
	if (import.meta.env.SSR) {
		const { renderEndnotes } = await import('$lib/components/article/endnotes.ts');
		return { ...data, notesHtml: renderEndnotes() };
	}
	if (fetched === undefined && document.getElementById('notes-list')?.firstElementChild) {
		return { ...data, notesHtml: KEEP_PRERENDERED };
	}
	if (fetched === undefined) {
		const res = await fetch(resolve('/endnotes.json'));
		fetched = res.ok
			? ((await res.json()) as { html: string }).html
			: `<li class="note">The list of checks could not be loaded (HTTP ${res.status}); reload the page to see it.</li>`;
	}
	return { ...data, notesHtml: fetched };
};
