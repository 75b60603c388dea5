// Reach models (Kepler floor and powered estimate with its band and rotating-Earth sweep) of every test,
// computed once at build time and prerendered as a static JSON asset. The /map page inlines only the default
// test's models (the rest would be ~55 KB of script to parse before the page is interactive) and fetches
// this file when the reader picks another test.
import { json } from '@sveltejs/kit';
import { testIds } from '$lib/data/dataset';
import { reachModelsWithPowered } from '$lib/geo/reachModelsPowered';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	json(Object.fromEntries(testIds.map((id) => [id, reachModelsWithPowered(id)])));
