// Reach models (Kepler floor and powered estimate with its band and rotating-Earth sweep) of every test,
// computed once at build time and prerendered as a static JSON asset. The /map page inlines only the default
// test's models (the rest would be ~55 KB of script to parse before the page is interactive) and fetches
// this file when the reader picks another test.
import { json } from '@sveltejs/kit';
import { testIds } from '$lib/data/dataset';
import { reachModelsWithPowered } from '$lib/geo/reachModelsPowered';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Tests without both an apogee and a range have no reach to draw: they are left out of the file. */
function modelsOrNull(id: string) {
	try {
		return reachModelsWithPowered(id);
	} catch {
		return null;
	}
}

export const GET: RequestHandler = () =>
	json(
		Object.fromEntries(
			testIds.flatMap((id) => {
				const models = modelsOrNull(id);
				return models ? [[id, models]] : [];
			})
		)
	);
