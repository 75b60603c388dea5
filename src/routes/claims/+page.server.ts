// The claims page: how many claims the article makes (the list itself is static HTML, see +page.ts).
import { claims } from '$lib/data/facts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ claimCount: claims.length });
