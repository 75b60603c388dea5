/**
 * From a map view (test, site, options, added points) to the scene: joins the dataset (test, launch site,
 * preset targets) with the reach models. Used by the map component, at prerender and by the CLI.
 */
import { getPlace, places, requireTest, tests } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import { inverse, type LatLon } from './geodesic.ts';
import type { TargetGeodesic, TargetInput } from './reach.ts';
import { reachModelsForTest, type TestReachModels } from './reachModels.ts';
import { buildScene, type MapScene, type SceneSite } from './scene.ts';

export interface ViewInput {
	testId: string;
	/** Null = the test's own launch site; a preset id; or a point the reader chose. */
	site: { kind: 'preset'; id: string } | { kind: 'point'; lat: number; lon: number } | null;
	rotation: boolean;
	customRangeKm: number | null;
	userTargets: readonly { lat: number; lon: number; name: string }[];
	points?: number;
	/** Models computed elsewhere (e.g. with the powered estimate at build time); default: Kepler floor only. */
	models?: TestReachModels;
	/** `presetGeodesics()` computed elsewhere (at build time): the scene then solves none for preset targets. */
	geodesics?: PresetGeodesics;
}

/** Launch-site id -> target id -> geodesic from the site to that preset target. */
export type PresetGeodesics = Readonly<Record<string, Readonly<Record<string, TargetGeodesic>>>>;

/**
 * The geodesic from every launch site in the dataset (presets and tests' own sites), or from the sites
 * named, to every preset target: pure and static, so a server load computes it at build time and the
 * page's hydration reuses it.
 */
export function presetGeodesics(onlySiteIds?: readonly string[]): PresetGeodesics {
	const siteIds = new Set(
		onlySiteIds ?? [...launchSites.map((s) => s.id), ...tests.map((t) => t.siteId)]
	);
	const out: Record<string, Record<string, TargetGeodesic>> = {};
	for (const id of siteIds) {
		const site = getPlace(id);
		if (!site) continue;
		out[id] = {};
		for (const t of presetTargets) {
			const { distanceKm, azimuthDeg } = inverse(site, t);
			out[id][t.id] = { distanceKm, azimuthDeg };
		}
	}
	return out;
}

/** The preset targets (Guam, Tokyo, ..., Washington DC) from the dataset. */
export const presetTargets: readonly TargetInput[] = places
	.filter((p) => p.kind === 'target')
	.map((p) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon, origin: 'dataset' as const }));

/** Launch-site presets from the dataset. */
export const launchSites = places.filter((p) => p.kind === 'launch-site');

/** Missile id -> the test of that missile with the farthest Kepler floor (its strongest showing). */
export function missileTests(): Record<string, string> {
	const out: Record<string, string> = {};
	const best: Record<string, number> = {};
	for (const t of tests) {
		let floor = -1;
		try {
			floor = reachModelsForTest(t.id).kepler.rangeKm;
		} catch {
			continue;
		}
		if (!(t.missileId in best) || floor > best[t.missileId]) {
			best[t.missileId] = floor;
			out[t.missileId] = t.id;
		}
	}
	return out;
}

/** Short readable name of a point, e.g. "40.61 N, 126.43 E". */
export function formatLatLon({ lat, lon }: LatLon): string {
	const l = ((((lon + 180) % 360) + 360) % 360) - 180;
	return `${Math.abs(lat).toFixed(2)} ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(l).toFixed(2)} ${l >= 0 ? 'E' : 'W'}`;
}

export function sceneForView(input: ViewInput): MapScene {
	const test = requireTest(input.testId);
	const testSite = getPlace(test.siteId);
	let site: SceneSite;
	if (input.site?.kind === 'point') {
		site = {
			id: null,
			name: `Chosen site ${formatLatLon(input.site)}`,
			lat: input.site.lat,
			lon: input.site.lon
		};
	} else {
		const id = input.site?.kind === 'preset' ? input.site.id : test.siteId;
		const p = getPlace(id) ?? testSite;
		if (!p)
			throw new Error(`Launch site "${id}" is not in data/places.json; add it or pick a preset.`);
		site = { id: p.id, name: p.name, lat: p.lat, lon: p.lon };
	}
	const models = input.models?.testId === test.id ? input.models : reachModelsForTest(test.id);
	const flown = summarizeFigures(test).rangeKm?.central ?? null;
	const targets: TargetInput[] = [
		...presetTargets,
		...input.userTargets.map((t, i) => ({
			id: `user-${i + 1}`,
			name: t.name,
			lat: t.lat,
			lon: t.lon,
			origin: 'user' as const
		}))
	];
	return buildScene({
		test,
		flownRangeKm: flown,
		site,
		siteIsTestSite: site.id === test.siteId,
		models,
		rotation: input.rotation,
		customRangeKm: input.customRangeKm,
		targets,
		knownGeodesics: site.id === null ? undefined : input.geodesics?.[site.id],
		points: input.points
	});
}
