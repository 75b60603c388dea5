// Reach models (Kepler floor and powered estimate with its band and rotating-Earth sweep) of every test,
// computed once at build time and prerendered as a static JSON asset; `missing` says why a test has none.
// The /map page carries only the default test's models and fetches this file when the reader picks another.
import { json } from '@sveltejs/kit';
import { testIds } from '$lib/data/dataset';
import { reachModelsOf } from '$lib/scene/map';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	json(Object.fromEntries(testIds.map((id) => [id, reachModelsOf(id)])));
