// The article page's content (article, facts panel, link to the claims) is static markup rendered to HTML
// at prerender: it is neither hydration data nor hydrated (see staticHtml.ts); annotate.svelte.ts makes
// the annotations interactive.
import { resolve } from '$app/paths';
import { staticFragment } from '$lib/components/staticHtml.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, fetch }) => {
	if (import.meta.env.SSR) {
		const { renderArticlePage } = await import('$lib/components/article/render.ts');
		return { ...data, html: renderArticlePage() };
	}
	const html = await staticFragment({
		containerId: 'article-page',
		url: resolve('/article.json'),
		fetch,
		failure: (reason) =>
			`<p class="load-error" role="alert">The article could not be loaded (${reason}); reload the page to see it.</p>`
	});
	return { ...data, html };
};
