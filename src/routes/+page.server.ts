// The article page: the article, every annotated fact's check and the test's facts panel, resolved at
// build time (scene/article.ts). The page needs no script: the fact checks are native popovers.
import { articlePageData } from '$lib/scene/article';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => articlePageData();
