// The article's endnotes as an HTML fragment (the `<li>` items) in JSON, prerendered (JSON, not .html, so it
// is not mistaken for a page). The /claims page fetches it only when reached by client-side navigation; on
// a full load the prerendered page already contains the endnotes.
import { json } from '@sveltejs/kit';
import { renderEndnotes } from '$lib/components/article/render.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json({ html: renderEndnotes() });
