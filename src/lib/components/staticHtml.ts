// Static HTML fragments in the browser. Some pages (/, /claims) render their content to HTML at prerender
// and insert it with `{@html}`, keeping it out of the hydration data and out of hydration. In the browser,
// hydration keeps the prerendered nodes of an `{@html}` block (Svelte does not repair `{@html}` on
// hydration: the server value wins), so the page's load returns a placeholder; after a client-side
// navigation there are no such nodes and the fragment is fetched from its prerendered JSON twin.
import { escapeHtml } from './html.ts';
import { errorMessage } from '$lib/errors';

/**
 * Server-rendered markup without Svelte's hydration markers (`<!--[-->`, `<!--]-->`, ...): HTML inserted
 * with `{@html}` is never hydrated, and the markers were as many DOM nodes as its elements. Our templates
 * have no comments of their own, and text cannot contain `<!--` unescaped.
 */
export function staticMarkup(body: string): string {
	return body.replace(/<!--[\s\S]*?-->/g, '');
}

/** Non-empty placeholder: "keep the prerendered nodes" (an empty string would not claim them). */
export const KEEP_PRERENDERED = ' ';

const fetched = new Map<string, string>();

export interface FragmentOptions {
	/** Id of the element whose children are the prerendered fragment. */
	containerId: string;
	/** The prerendered JSON (`{ html }`) holding the same fragment. */
	url: string;
	/** The load function's fetch. */
	fetch: typeof fetch;
	/** HTML to show when the fragment cannot be loaded, given the reason (already HTML-escaped). */
	failure: (reason: string) => string;
}

/** The fragment's HTML for the page's `{@html}` in the browser (see the file comment). */
export async function staticFragment(options: FragmentOptions): Promise<string> {
	const { containerId, url } = options;
	const failure = (reason: string) => options.failure(escapeHtml(reason));
	const known = fetched.get(url);
	if (known !== undefined) return known;
	if (document.getElementById(containerId)?.firstElementChild) return KEEP_PRERENDERED;
	try {
		const res = await options.fetch(url);
		if (!res.ok) return failure(`HTTP ${res.status}`);
		const body: unknown = await res.json();
		const html = (body as { html?: unknown } | null)?.html;
		if (typeof html !== 'string') return failure(`no "html" string in ${url}`);
		fetched.set(url, html);
		return html;
	} catch (e) {
		return failure(errorMessage(e));
	}
}
