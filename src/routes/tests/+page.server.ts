// The catalogue's rows (each test's figures summarised across reporters and the engine's standard range)
// and what the in-browser CNS importer needs to link a file to our tests, computed at build time.
import { catalogueRows, cnsContext } from '$lib/scene/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ rows: catalogueRows(), cns: cnsContext() });
