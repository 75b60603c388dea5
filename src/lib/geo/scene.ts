/**
 * Everything the range map draws for one view, computed once from pure inputs: launch site, flown ground
 * track and impact, reach rings (Kepler floor, powered estimate and its band, a custom radius, the
 * rotating-Earth contour), and the target table. The map component, the PNG and GeoJSON exports and the
 * `reach` CLI command all read this one object, so what the reader sees and what they download agree.
 */
import type { Test } from '../data/types.ts';
import { groupedNumber } from '../data/units.ts';
import { geodesicPath, type LatLon } from './geodesic.ts';
import { impactPoint, type ImpactPoint } from './impact.ts';
import {
	rangeByAzimuth,
	targetRows,
	type ReachModel,
	type TargetGeodesic,
	type TargetInput,
	type TargetRow
} from './reach.ts';
import type { TestReachModels } from './reachModels.ts';
import {
	drain,
	geodesicRingSteps,
	reachShapeSteps,
	shapeToDisplayRings,
	shapeToFeature,
	MAX_RING_RADIUS_KM,
	type Position,
	type ReachShape
} from './ring.ts';

/** Longitude the Pacific-centred map window is centred on. */
export const PACIFIC_CENTER_LON = 150;

export type RingId = 'kepler' | 'powered' | 'powered-band' | 'kepler-band' | 'custom' | 'rotating';

export interface SceneRing {
	id: RingId;
	/** Legend text, e.g. "Kepler floor 4,124 km". */
	label: string;
	/** Radius for a circle, km; null for the rotating contour. */
	radiusKm: number | null;
	/** For a band: the inner and outer radius, km. */
	bandKm: [number, number] | null;
	/** One shape for a ring or contour, two (inner, outer) for a band. */
	shapes: ReachShape[];
	/** Even-odd rings for the flat map, continuous around the window centre. */
	displayRings: Position[][];
	/** Whether the display rings are a filled band (annulus) rather than an outline. */
	filled: boolean;
	/**
	 * Computes `shapes` and `displayRings` in bounded steps (each `next()` is a few dozen geodesics), for a
	 * caller that spreads the work over several short tasks; reading them afterwards costs nothing. Reading
	 * them before the steps are done finishes the work at once.
	 */
	geometrySteps(): Generator<void, void, undefined>;
}

type RingGeometry = Pick<SceneRing, 'shapes' | 'displayRings'>;

export interface SceneSite extends LatLon {
	/** Preset id, or null when the reader moved the site. */
	id: string | null;
	name: string;
}

export interface MapScene {
	testId: string;
	site: SceneSite;
	/** Null when the test's own site is not the one shown (the flown track is not moved with the site). */
	impact: ImpactPoint | null;
	/**
	 * Flown ground track, display coordinates (continuous longitudes near the window centre); empty
	 * exactly when `impact` is null. Computed on first read.
	 */
	readonly track: Position[];
	rings: SceneRing[];
	rows: TargetRow[];
	rotation: boolean;
	/** Whether the shown verdicts used a rotating-Earth sweep (false when no model provides one). */
	rotationAvailable: boolean;
	models: TestReachModels;
	customRangeKm: number | null;
	centerLon: number;
	/** Notes for the reader: missing models, fallbacks. */
	notes: string[];
}

export interface SceneInput {
	test: Pick<Test, 'id' | 'impact' | 'siteId'>;
	/** The test's own reported ground range (central), km: the length of the drawn track. */
	flownRangeKm: number | null;
	site: SceneSite;
	/** True when `site` is the test's own launch site. */
	siteIsTestSite: boolean;
	models: TestReachModels;
	rotation: boolean;
	customRangeKm: number | null;
	targets: readonly TargetInput[];
	/** Geodesics from `site` to preset targets already solved, by target id (see `targetRows`). */
	knownGeodesics?: Readonly<Record<string, TargetGeodesic>>;
	centerLon?: number;
	points?: number;
}

const km = (x: number) => `${groupedNumber(Math.round(x))} km`;

function shiftNear(line: Position[], centerLon: number): Position[] {
	if (line.length === 0) return line;
	const mean = line.reduce((a, p) => a + p[0], 0) / line.length;
	const dx = 360 * Math.round((centerLon - mean) / 360);
	return line.map(([x, y]) => [x + dx, y] as Position);
}

/**
 * A ring whose geometry (`shapes`, `displayRings`) is computed on first read, or step by step through
 * `geometrySteps`, and kept: legends, verdicts and the prerendered table need only the labels and radii,
 * so hydration does not pay for the geodesics (issue 7: the map draws them after mount, in slices).
 */
function lazyRing(
	base: Omit<SceneRing, 'shapes' | 'displayRings' | 'geometrySteps'>,
	geometry: () => Generator<void, RingGeometry, undefined>
): SceneRing {
	let g: RingGeometry | null = null;
	// One computation, shared by every reader (a slice-by-slice drawer and a getter that finishes it).
	let pending: Generator<void, RingGeometry, undefined> | null = null;
	function* steps(): Generator<void, RingGeometry, undefined> {
		pending ??= geometry();
		while (!g) {
			const r = pending.next();
			if (r.done) g = r.value;
			else yield;
		}
		return g;
	}
	return {
		...base,
		get shapes() {
			return drain(steps()).shapes;
		},
		get displayRings() {
			return drain(steps()).displayRings;
		},
		*geometrySteps() {
			yield* steps();
		}
	};
}

function circle(
	id: RingId,
	label: string,
	site: LatLon,
	radiusKm: number,
	centerLon: number,
	points: number
): SceneRing {
	return lazyRing({ id, label, radiusKm, bandKm: null, filled: false }, function* () {
		const shape = yield* geodesicRingSteps(site, radiusKm, points);
		return { shapes: [shape], displayRings: shapeToDisplayRings(shape, centerLon) };
	});
}

function band(
	id: RingId,
	label: string,
	site: LatLon,
	[lowKm, highKm]: [number, number],
	centerLon: number,
	points: number
): SceneRing | null {
	if (!(highKm > lowKm) || lowKm <= 0 || highKm > MAX_RING_RADIUS_KM) return null;
	return lazyRing(
		{ id, label, radiusKm: null, bandKm: [lowKm, highKm], filled: true },
		function* () {
			const inner = yield* geodesicRingSteps(site, lowKm, points);
			yield;
			const outer = yield* geodesicRingSteps(site, highKm, points);
			return {
				shapes: [inner, outer],
				displayRings: [
					...shapeToDisplayRings(outer, centerLon),
					...shapeToDisplayRings(inner, centerLon)
				]
			};
		}
	);
}

function modelRings(
	model: ReachModel,
	site: LatLon,
	centerLon: number,
	points: number
): SceneRing[] {
	const out: SceneRing[] = [];
	if (model.bandKm) {
		const b = band(
			`${model.id}-band` as RingId,
			`${model.label} band ${km(model.bandKm[0])} – ${km(model.bandKm[1])}`,
			site,
			model.bandKm,
			centerLon,
			points
		);
		if (b) out.push(b);
	}
	if (model.rangeKm > 0 && model.rangeKm <= MAX_RING_RADIUS_KM)
		out.push(
			circle(
				model.id,
				`${model.label} ${km(model.rangeKm)}`,
				site,
				model.rangeKm,
				centerLon,
				points
			)
		);
	return out;
}

/** Builds the whole view. Pure: same inputs, same scene (also at prerender time and in the CLI). */
export function buildScene(input: SceneInput): MapScene {
	const centerLon = input.centerLon ?? PACIFIC_CENTER_LON;
	const points = input.points ?? 720;
	const { site, models } = input;
	const notes = [...models.notes];

	const rings: SceneRing[] = [];
	rings.push(...modelRings(models.kepler, site, centerLon, points));
	if (models.powered) rings.push(...modelRings(models.powered, site, centerLon, points));

	const sweepModel = [models.powered, models.kepler].find(
		(m): m is ReachModel => !!m && !!m.rotating && m.rotating.length > 0
	);
	if (input.rotation) {
		if (sweepModel) {
			const sweep = sweepModel.rotating!.map((s) => ({
				azimuthDeg: s.azimuthDeg,
				rangeKm: Math.min(s.rangeKm, MAX_RING_RADIUS_KM)
			}));
			const rangeAt = rangeByAzimuth(sweep);
			rings.push(
				lazyRing(
					{
						id: 'rotating',
						label: `${sweepModel.label}, rotating Earth (${km(Math.min(...sweep.map((s) => s.rangeKm)))} – ${km(Math.max(...sweep.map((s) => s.rangeKm)))} by azimuth)`,
						radiusKm: null,
						bandKm: null,
						filled: false
					},
					function* () {
						const shape = yield* reachShapeSteps(site, rangeAt, points);
						return { shapes: [shape], displayRings: shapeToDisplayRings(shape, centerLon) };
					}
				)
			);
		} else {
			notes.push(
				'Rotation is on, but no model provides a rotating-Earth azimuth sweep yet: rings and verdicts are for a non-rotating Earth.'
			);
		}
	}
	if (input.customRangeKm !== null) {
		rings.push(
			circle(
				'custom',
				`Custom range ${km(input.customRangeKm)}`,
				site,
				input.customRangeKm,
				centerLon,
				points
			)
		);
	}

	let impact: ImpactPoint | null = null;
	if (input.siteIsTestSite && input.flownRangeKm !== null && input.flownRangeKm > 0)
		impact = impactPoint(input.test, site, input.flownRangeKm);
	// Like the rings, the track is only drawn (after mount): computed on first read.
	let track: Position[] | null = null;

	return {
		testId: input.test.id,
		site,
		impact,
		get track() {
			track ??= impact
				? shiftNear(
						geodesicPath(site, impact, 64).map((p) => [p.lon, p.lat] as Position),
						centerLon
					)
				: [];
			return track;
		},
		rings,
		rows: targetRows(site, input.targets, models, input.rotation, input.knownGeodesics),
		rotation: input.rotation,
		rotationAvailable: !!sweepModel,
		models,
		customRangeKm: input.customRangeKm,
		centerLon,
		notes
	};
}

/** Splits a continuous line at the antimeridian into RFC 7946 pieces with longitudes in [-180, 180]. */
export function splitLine(line: readonly Position[]): Position[][] {
	const pieces: Position[][] = [];
	let current: Position[] = [];
	const norm = (x: number) => ((((x + 180) % 360) + 360) % 360) - 180;
	for (let i = 0; i < line.length; i++) {
		const p = line[i];
		if (i > 0) {
			const a = line[i - 1];
			const ka = Math.floor((a[0] + 180) / 360);
			const kb = Math.floor((p[0] + 180) / 360);
			if (ka !== kb) {
				const edge = Math.max(ka, kb) * 360 - 180;
				const t = (edge - a[0]) / (p[0] - a[0]);
				const y = a[1] + t * (p[1] - a[1]);
				const goingEast = kb > ka;
				current.push([goingEast ? 180 : -180, y]);
				pieces.push(current);
				current = [[goingEast ? -180 : 180, y]];
			}
		}
		current.push([norm(p[0]), p[1]]);
	}
	if (current.length > 1) pieces.push(current);
	return pieces;
}

type Feature = {
	type: 'Feature';
	properties: Record<string, unknown>;
	geometry: unknown;
};

/** The scene as one RFC 7946 FeatureCollection: rings (band edges as separate rings), site, track, targets. */
export function sceneToGeoJSON(scene: MapScene): {
	type: 'FeatureCollection';
	features: Feature[];
} {
	const r7 = (x: number) => Math.round(x * 1e7) / 1e7;
	const features: Feature[] = [];
	for (const ring of scene.rings) {
		const roles = ring.shapes.length === 2 ? ['band-inner', 'band-outer'] : ['ring'];
		ring.shapes.forEach((shape, i) => {
			features.push(
				shapeToFeature(shape, {
					kind: 'reach',
					id: ring.id,
					role: roles[i],
					label: ring.label,
					radiusKm: ring.bandKm ? ring.bandKm[i] : ring.radiusKm,
					testId: scene.testId,
					rotatingEarth: ring.id === 'rotating'
				})
			);
		});
	}
	features.push({
		type: 'Feature',
		properties: { kind: 'launch-site', id: scene.site.id, name: scene.site.name },
		geometry: { type: 'Point', coordinates: [r7(scene.site.lon), r7(scene.site.lat)] }
	});
	if (scene.impact) {
		const pieces = splitLine(scene.track).map((l) => l.map(([x, y]) => [r7(x), r7(y)]));
		features.push({
			type: 'Feature',
			properties: { kind: 'ground-track', testId: scene.testId, estimated: scene.impact.estimated },
			geometry:
				pieces.length === 1
					? { type: 'LineString', coordinates: pieces[0] }
					: { type: 'MultiLineString', coordinates: pieces }
		});
		features.push({
			type: 'Feature',
			properties: {
				kind: 'impact',
				estimated: scene.impact.estimated,
				basis: scene.impact.basis
			},
			geometry: { type: 'Point', coordinates: [r7(scene.impact.lon), r7(scene.impact.lat)] }
		});
	}
	for (const row of scene.rows) {
		features.push({
			type: 'Feature',
			properties: {
				kind: 'target',
				id: row.id,
				name: row.name,
				origin: row.origin,
				distanceKm: Math.round(row.distanceKm * 10) / 10,
				azimuthDeg: Math.round(row.azimuthDeg * 10) / 10,
				verdicts: {
					kepler: row.verdicts.kepler.verdict,
					powered: row.verdicts.powered?.verdict ?? null
				},
				marginKm: Math.round(row.marginKm)
			},
			geometry: { type: 'Point', coordinates: [r7(row.lon), r7(row.lat)] }
		});
	}
	// Vertex coordinates of the area features: 7 decimals (about 1 cm).
	for (const f of features) {
		const g = f.geometry as { type: string; coordinates: unknown };
		if (g.type === 'Polygon' || g.type === 'MultiPolygon')
			g.coordinates = roundDeep(g.coordinates, r7);
	}
	return { type: 'FeatureCollection', features };
}

function roundDeep(v: unknown, r: (x: number) => number): unknown {
	return Array.isArray(v) ? v.map((x) => roundDeep(x, r)) : typeof v === 'number' ? r(v) : v;
}
