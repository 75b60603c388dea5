/**
 * What the range map needs from the dataset, gathered at build time: one `MapTest` per test (site, flown
 * range, the engine's launch azimuth, reporters), the launch sites and the preset targets, which test
 * stands for each missile, and each test's reach models. The page builds its scene from these in the
 * browser (viz/mapScene.ts); the `reach` CLI command builds the same scene here.
 */
import { getMissile, getPlace, places, requireTest, tests } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import type { Test } from '../data/types.ts';
import type { TargetInput } from '../geo/reach.ts';
import {
	buildScene,
	resolveSite,
	type MapPlace,
	type MapScene,
	type MapTest,
	type SiteChoice
} from '../viz/mapScene.ts';
import { testAzimuthDeg } from './engine.ts';
import { keplerModels, reachModelsOrReason, type TestReachModels } from './reach.ts';

const asPlace = (p: { id: string; name: string; lat: number; lon: number }): MapPlace => ({
	id: p.id,
	name: p.name,
	lat: p.lat,
	lon: p.lon
});

/** Launch-site presets (every launch site in data/places.json). */
export const launchSites: readonly MapPlace[] = places
	.filter((p) => p.kind === 'launch-site')
	.map(asPlace);

/** The preset targets (Guam, Tokyo, ..., Washington DC). */
export const presetTargets: readonly TargetInput[] = places
	.filter((p) => p.kind === 'target')
	.map((p) => ({ ...asPlace(p), origin: 'dataset' as const }));

/** "2022-01-30 Hwasong-12". */
export function testLabel(test: Test): string {
	return `${test.launch.kst.slice(0, 10)} ${getMissile(test.missileId)?.name ?? test.missileId}`;
}

/** The map's view of one test. */
export function mapTest(test: Test): MapTest {
	const f = summarizeFigures(test);
	const publishers = new Set<string>();
	for (const r of [...test.figures.apogeeKm, ...test.figures.rangeKm])
		for (const s of r.sources) publishers.add(s.publisher);
	const { lat, lon } = test.impact;
	return {
		id: test.id,
		label: testLabel(test),
		missileId: test.missileId,
		siteId: test.siteId,
		flownRangeKm: f.rangeKm?.central ?? null,
		azimuthDeg: testAzimuthDeg(test),
		impact: typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null,
		impactDescription: test.impact.description,
		publishers: [...publishers]
	};
}

/** Every test, in dataset order. */
export function mapTests(): MapTest[] {
	return tests.map(mapTest);
}

/**
 * Launch sites the map can be asked for: the presets plus every test's own site (some tests fly from a
 * place that is not a preset).
 */
export function mapSites(): MapPlace[] {
	const out = [...launchSites];
	for (const t of tests) {
		const p = getPlace(t.siteId);
		if (p && !out.some((x) => x.id === p.id)) out.push(asPlace(p));
	}
	return out;
}

/** Missile id -> its test with the farthest Kepler floor (the missile's strongest showing). */
export function missileTests(): Record<string, string> {
	const out: Record<string, string> = {};
	const best: Record<string, number> = {};
	for (const t of tests) {
		const k = keplerModels(t.id);
		if (!k.ok) continue;
		const floor = k.models.kepler.rangeKm;
		if (!(t.missileId in best) || floor > best[t.missileId]) {
			best[t.missileId] = floor;
			out[t.missileId] = t.id;
		}
	}
	return out;
}

/** Missile id -> name, for the missiles `missileTests` names. */
export function missileNames(ids: Iterable<string>): Record<string, string> {
	return Object.fromEntries([...ids].map((id) => [id, getMissile(id)?.name ?? id]));
}

/** Reach models of a test with the engine's estimate, or null and why (a figure not reported). */
export function reachModelsOf(testId: string): {
	models: TestReachModels | null;
	missing: string | null;
} {
	const r = reachModelsOrReason(testId);
	return r.ok ? { models: r.models, missing: null } : { models: null, missing: r.reason };
}

export interface ViewInput {
	testId: string;
	/** Null = the test's own launch site; a preset id; or a point. */
	site: SiteChoice | null;
	rotation: boolean;
	customRangeKm: number | null;
	userTargets: readonly { lat: number; lon: number; name: string }[];
	points?: number;
	/** Models computed elsewhere; default: the engine's (reachModelsOf). */
	models?: TestReachModels;
}

/** The scene of one view, for the CLI and tests (the page builds it from its load data instead). */
export function sceneForView(input: ViewInput): MapScene {
	const test = mapTest(requireTest(input.testId));
	const own = input.models ? { models: input.models, missing: null } : reachModelsOf(test.id);
	return buildScene({
		test,
		site: resolveSite(input.site, test, mapSites()),
		models: own.models,
		modelsMissing: own.missing ?? undefined,
		rotation: input.rotation,
		customRangeKm: input.customRangeKm,
		targets: [
			...presetTargets,
			...input.userTargets.map((t, i) => ({
				id: `user-${i + 1}`,
				name: t.name,
				lat: t.lat,
				lon: t.lon,
				origin: 'user' as const
			}))
		],
		points: input.points
	});
}

/** A scene whose test has reach models (every row then has a Kepler verdict). */
type Row = MapScene['rows'][number];
export type SceneWithModels = Omit<MapScene, 'models' | 'rows'> & {
	models: TestReachModels;
	rows: (Omit<Row, 'verdicts' | 'primaryModel'> & {
		verdicts: {
			kepler: NonNullable<Row['verdicts']['kepler']>;
			powered: Row['verdicts']['powered'];
		};
		primaryModel: 'kepler' | 'powered';
	})[];
};

/** `sceneForView` for callers that need the models: throws why a test has none (the CLI's contract). */
export function sceneWithModels(input: ViewInput): SceneWithModels {
	const scene = sceneForView(input);
	if (!scene.models) throw new Error(`${input.testId}: ${scene.notes.join(' ')}`);
	return scene as unknown as SceneWithModels;
}
