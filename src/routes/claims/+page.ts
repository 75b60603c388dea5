// The /claims page's endnotes are static markup, rendered to HTML at prerender and kept out of the
// hydration data (the resolved claims are most of the page's weight): see staticHtml.ts.
import { resolve } from '$app/paths';
import { staticFragment } from '$lib/components/staticHtml.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, fetch }) => {
	if (import.meta.env.SSR) {
		const { renderEndnotes } = await import('$lib/components/article/render.ts');
		return { ...data, notesHtml: renderEndnotes() };
	}
	const notesHtml = await staticFragment({
		containerId: 'notes-list',
		url: resolve('/endnotes.json'),
		fetch,
		failure: (reason) =>
			`<li class="note" role="alert">The list of checks could not be loaded (${reason}); reload the page to see it.</li>`
	});
	return { ...data, notesHtml };
};
