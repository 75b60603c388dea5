/**
 * The profile charts' inputs from the dataset and the engine, at build time: each test's reported figures
 * (`ProfileTestInput`) and the engine's packed profile. Pages receive these as data; the charts lay them
 * out with the pure viz functions.
 */
import { getMissile, tests } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import type { SourceRef, Test } from '../data/types.ts';
import {
	packProfile,
	seriesFromInputs,
	type PackedProfile,
	type ProfileTestInput,
	type SeriesSelection
} from '../viz/profileSeries.ts';
import { profileForTest } from './engine.ts';

/** The chart's view of one test. */
export function profileInput(test: Test): ProfileTestInput {
	const date = test.launch.kst.slice(0, 10);
	const name = getMissile(test.missileId)?.name ?? test.missileId;
	const f = summarizeFigures(test);
	const sources = new Map<string, SourceRef>();
	for (const r of [...(f.apogeeKm?.reports ?? []), ...(f.rangeKm?.reports ?? [])])
		for (const s of r.sources) if (!sources.has(s.url)) sources.set(s.url, s);
	return {
		id: test.id,
		label: `${date} ${name}`,
		shortLabel: `${name.replace(/^Hwasong-/i, 'HS-')} ${date}`,
		trajectory: test.trajectory,
		apogeeKm: f.apogeeKm?.central ?? null,
		rangeKm: f.rangeKm?.central ?? null,
		sources: [...sources.values()]
	};
}

/** Every test's input, by id. */
export function profileInputs(): Record<string, ProfileTestInput> {
	return Object.fromEntries(tests.map((t) => [t.id, profileInput(t)]));
}

/** The engine's profile of a test, packed for a page or a JSON file (the engine runs: build time only). */
export function packedProfile(testId: string): PackedProfile {
	return packProfile(profileForTest(testId));
}

/** The curves for dataset test ids (tests, benchmarks and the CLI; pages use `seriesFromInputs`). */
export function seriesForTests(
	testIds: readonly string[],
	engine: Readonly<Record<string, PackedProfile | undefined>> = {},
	samples?: number
): SeriesSelection {
	return seriesFromInputs(testIds, profileInputs(), engine, samples);
}
