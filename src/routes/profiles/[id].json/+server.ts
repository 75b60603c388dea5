// One test's engine profile (flown and standard flights, packed), prerendered per test at build time: the
// /profiles page fetches it when the reader adds a test to the comparison, so the engine never runs in
// the reader's browser.
import { json } from '@sveltejs/kit';
import { testIds } from '$lib/data/dataset';
import { packedProfile } from '$lib/scene/profiles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => testIds.map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => json(packedProfile(params.id));
