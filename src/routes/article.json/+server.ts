// The article page's content as an HTML fragment in JSON, prerendered (JSON, not .html, so it is not
// mistaken for a page). The article page fetches it only when reached by client-side navigation; on a
// full load the prerendered page already contains it.
import { json } from '@sveltejs/kit';
import { renderArticlePage } from '$lib/components/article/render.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json({ html: renderArticlePage() });
