// The claims page: every claim of the article, resolved at build time. Static HTML: following a link to a
// note opens its <details>, so the page needs no script.
import { claimList } from '$lib/scene/article';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({ claims: claimList() });
