// The article page: its content is static HTML rendered at build time (+page.ts, render.ts); the page data
// is only what the page's head needs.
import { article } from '$lib/data/facts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ title: article.title });
