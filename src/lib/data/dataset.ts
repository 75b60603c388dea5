/**
 * The typed dataset: data/tests.json, data/missiles.json and data/places.json, validated on import
 * (except in the browser bundle, which ships only files the build already validated).
 * If any file is invalid, importing this module throws a DataValidationError listing every problem as
 * `file › record › field: expected ..., got ...`, so no CLI command, test or prerendered page can read bad data.
 *
 * Pure: no file system, no Svelte. Works in Vite (SSR, client, worker), Vitest and tsx (the CLI).
 */
import missilesJson from '../../../data/missiles.json';
import placesJson from '../../../data/places.json';
import testsJson from '../../../data/tests.json';
import type { Missile, Place, Test } from './types.ts';
import {
	DataValidationError,
	MISSILES_FILE,
	PLACES_FILE,
	TESTS_FILE,
	coreValidators,
	validateDataset
} from './validate.ts';

const raw: Record<string, unknown> = {
	[TESTS_FILE]: testsJson as unknown,
	[MISSILES_FILE]: missilesJson as unknown,
	[PLACES_FILE]: placesJson as unknown
};

// Vite's client bundle (import.meta.env.SSR === false) skips the check: the same files were validated by the
// build (the validate-data plugin, then this module at prerender), and re-validating them costs the
// reader's main thread tens of milliseconds on a phone. Everywhere else (SSR, Vitest, the CLI) it runs.
const viteEnv = (import.meta as ImportMeta & { env?: { SSR?: boolean } }).env;
if (viteEnv?.SSR !== false) {
	const issues = validateDataset(raw, coreValidators);
	if (issues.length > 0) throw new DataValidationError(issues);
}

/** All tests, in file order (chronological). */
export const tests: readonly Test[] = (testsJson as unknown as { tests: Test[] }).tests;
/** All missiles. */
export const missiles: readonly Missile[] = (missilesJson as unknown as { missiles: Missile[] })
	.missiles;
/** All places: launch sites, targets and cities. */
export const places: readonly Place[] = (placesJson as unknown as { places: Place[] }).places;

const testById = new Map(tests.map((t) => [t.id, t]));
const missileById = new Map(missiles.map((m) => [m.id, m]));
const placeById = new Map(places.map((p) => [p.id, p]));

/** The test with this id, or undefined. */
export function getTest(id: string): Test | undefined {
	return testById.get(id);
}
/** The missile with this id, or undefined. */
export function getMissile(id: string): Missile | undefined {
	return missileById.get(id);
}
/** The place with this id, or undefined. */
export function getPlace(id: string): Place | undefined {
	return placeById.get(id);
}

/** Ids of all tests, in file order. */
export const testIds: readonly string[] = tests.map((t) => t.id);

function unknownId(kind: string, id: string, known: readonly string[]): Error {
	return new Error(`Unknown ${kind} id "${id}". Known ${kind} ids: ${known.join(', ')}.`);
}

/** The test with this id; throws a clear message listing the known ids otherwise. */
export function requireTest(id: string): Test {
	const t = testById.get(id);
	if (!t) throw unknownId('test', id, testIds);
	return t;
}
/** The missile with this id; throws a clear message listing the known ids otherwise. */
export function requireMissile(id: string): Missile {
	const m = missileById.get(id);
	if (!m) throw unknownId('missile', id, [...missileById.keys()]);
	return m;
}
/** The place with this id; throws a clear message listing the known ids otherwise. */
export function requirePlace(id: string): Place {
	const p = placeById.get(id);
	if (!p) throw unknownId('place', id, [...placeById.keys()]);
	return p;
}

/** Tests of one missile, in file order. */
export function testsOfMissile(missileId: string): Test[] {
	return tests.filter((t) => t.missileId === missileId);
}
