/**
 * Everything a test's page shows, computed at build time from the dataset and the engine: launch facts,
 * every reporter's figure with its precision and conflicts, the Kepler floor over the reported spread, the
 * engine's estimate, and the inputs of the embedded map and profile. The page's components only draw it.
 */
import { getMissile, getPlace, requireTest } from '../data/dataset.ts';
import { figurePrecision, summarizeFigures, type FigureSummary } from '../data/figures.ts';
import type { Missile, Place, SourceRef, Test } from '../data/types.ts';
import type { TestReachModels } from '../geo/reachModels.ts';
import type { TargetInput } from '../geo/reach.ts';
import { formatDate } from '../viz/format.ts';
import type { StandardRange } from '../viz/format.ts';
import type { MapPlace, MapTest } from '../viz/mapScene.ts';
import type { PackedProfile, ProfileTestInput } from '../viz/profileSeries.ts';
import { standardRange } from './catalogue.ts';
import { estimateTest } from './engine.ts';
import { mapSites, mapTest, presetTargets, reachModelsOf } from './map.ts';
import { packedProfile, profileInput } from './profiles.ts';
import { conflicts, keplerFloor, type EngineEstimateData, type KeplerFloor } from './testFacts.ts';

/** One reporter's figure as the page lists it. */
export interface FigureRow {
	reporter: string;
	asReported: string;
	qualifier: 'exact' | 'about' | 'more-than' | 'less-than';
	value: number;
	/** Relative precision the wording allows, e.g. 0.1 for "about 2,000 km". */
	relPrecision: number;
	sources: SourceRef[];
	/** True when this report cannot be right together with another one at their precisions. */
	conflict: boolean;
}

/** One reported quantity (apogee, range, flight time). */
export interface FigureBlock {
	anchor: 'apogee' | 'range' | 'flight-time';
	title: string;
	quantity: 'km' | 's';
	summary: FigureSummary | null;
	rows: FigureRow[];
	/** One sentence per pair of reports that cannot both be right. */
	conflicts: string[];
}

export interface TestPageData {
	test: Test;
	/** "Hwasong-12 test, 30 January 2022". */
	title: string;
	missile: Pick<Missile, 'id' | 'name' | 'class' | 'stageCount' | 'propellant'> | null;
	site: Pick<Place, 'id' | 'name' | 'lat' | 'lon' | 'sources'> | null;
	figures: FigureBlock[];
	/** What the dataset lacks for this test, one sentence each (empty when nothing is missing). */
	missing: string[];
	kepler: { ok: true; floor: KeplerFloor } | { ok: false; reason: string };
	estimate: EngineEstimateData;
	standardRange: StandardRange;
	map: {
		test: MapTest;
		sites: MapPlace[];
		targets: TargetInput[];
		models: TestReachModels | null;
		missing: string | null;
	};
	profile: { input: ProfileTestInput; packed: PackedProfile };
}

function figureBlock(
	anchor: FigureBlock['anchor'],
	title: string,
	quantity: 'km' | 's',
	summary: FigureSummary | null
): FigureBlock {
	if (!summary) return { anchor, title, quantity, summary, rows: [], conflicts: [] };
	const found = conflicts(summary.reports, quantity);
	const inConflict = new Set(found.flatMap((c) => [c.a, c.b]));
	const r = summary.reports;
	return {
		anchor,
		title,
		quantity,
		summary,
		rows: r.map((f, i) => ({
			reporter: f.reporter,
			asReported: f.asReported,
			qualifier: f.qualifier,
			value: f.value,
			relPrecision: figurePrecision(f, quantity),
			sources: f.sources,
			conflict: inConflict.has(i)
		})),
		conflicts: found.map(
			(c) =>
				`${r[c.a].reporter}'s “${r[c.a].asReported}” and ${r[c.b].reporter}'s “${r[c.b].asReported}” differ by ${(c.relDiff * 100).toFixed(1)} %, more than either's stated precision allows: they cannot both be right.`
		)
	};
}

/** The engine's estimate as the page shows it (the rotating-Earth contour belongs to the map). */
function engineEstimate(testId: string): EngineEstimateData {
	const r = estimateTest(testId);
	if (!r.ok) return { ok: false, message: r.message };
	return {
		ok: true,
		kepler: r.kepler,
		consistency: r.consistency,
		poweredNote: r.poweredNote,
		powered: r.powered ? { ...r.powered, rotating: [] } : null
	};
}

export function testPageData(testId: string): TestPageData {
	const test = requireTest(testId);
	const m = getMissile(test.missileId);
	const p = getPlace(test.siteId);
	const f = summarizeFigures(test);
	const missing = [
		!f.apogeeKm && 'No apogee was reported for this test.',
		!f.rangeKm && 'No range was reported for this test.',
		!f.flightTimeS && 'No flight time was reported for this test.',
		!p && `The launch site "${test.siteId}" is not in data/places.json.`
	].filter((x): x is string => typeof x === 'string');
	const reach = reachModelsOf(test.id);
	return {
		test,
		title: `${m?.name ?? test.missileId} test, ${formatDate(test.launch.kst)}`,
		missile: m
			? {
					id: m.id,
					name: m.name,
					class: m.class,
					stageCount: m.stageCount,
					propellant: m.propellant
				}
			: null,
		site: p ? { id: p.id, name: p.name, lat: p.lat, lon: p.lon, sources: p.sources } : null,
		figures: [
			figureBlock('apogee', 'Apogee', 'km', f.apogeeKm),
			figureBlock('range', 'Range', 'km', f.rangeKm),
			figureBlock('flight-time', 'Flight time', 's', f.flightTimeS)
		],
		missing,
		kepler: keplerFloor(f.rangeKm, f.apogeeKm, f.flightTimeS),
		estimate: engineEstimate(test.id),
		standardRange: standardRange(estimateTest(test.id)),
		map: {
			test: mapTest(test),
			sites: mapSites(),
			targets: [...presetTargets],
			models: reach.models,
			missing: reach.missing
		},
		profile: { input: profileInput(test), packed: packedProfile(test.id) }
	};
}
