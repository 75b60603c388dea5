/**
 * Everything the range map draws for one view, from explicit inputs: launch site, flown ground track and
 * impact point, reach rings (Kepler floor, powered estimate and their bands, a custom radius, the
 * rotating-Earth contour) and the target table. The map's layers, its table, the PNG and GeoJSON exports
 * and the `reach` CLI command all read this one object, so what the reader sees and what they download
 * agree. Pure and dataset-free: the page builds it in the browser from what its `load` returned
 * (scene/map.ts gathers those inputs from the dataset at build time).
 */
import { direct, geodesicPath, inverse, type LatLon } from '../geo/geodesic.ts';
import {
	rangeByAzimuth,
	verdictFor,
	type ModelVerdict,
	type ReachModel,
	type TargetInput
} from '../geo/reach.ts';
import type { TestReachModels } from '../geo/reachModels.ts';
import {
	geodesicRing,
	reachShape,
	shapeToDisplayRings,
	shapeToFeature,
	MAX_RING_RADIUS_KM,
	type Position,
	type ReachShape
} from '../geo/ring.ts';
import { formatDeg, formatKm, formatKmBand, formatLatLon } from './format.ts';

/** Longitude the Pacific-centred map window is centred on. */
export const PACIFIC_CENTER_LON = 150;

/** What the map needs to know about a dataset test (scene/map.ts builds one per test at build time). */
export interface MapTest {
	id: string;
	/** "2022-01-30 Hwasong-12". */
	label: string;
	missileId: string;
	siteId: string;
	/** The reported ground range (central), km: the length of the drawn track; null when not reported. */
	flownRangeKm: number | null;
	/** The engine's launch azimuth for this test, deg (the direction the drawn track takes). */
	azimuthDeg: number;
	/** Impact coordinates when a source gives them. */
	impact: LatLon | null;
	/** Where the reporters put the impact, in their words. */
	impactDescription: string;
	/** Publishers of the reported apogee and range, for the map's source line. */
	publishers: string[];
}

/** A place the map can launch from or aim at. */
export interface MapPlace extends LatLon {
	id: string;
	name: string;
}

export type RingId = 'kepler' | 'powered' | 'powered-band' | 'kepler-band' | 'custom' | 'rotating';

export interface SceneRing {
	id: RingId;
	/** Legend text, e.g. "Kepler floor 4,124 km". */
	label: string;
	/** Radius of a circle, km; null for a band and the rotating contour. */
	radiusKm: number | null;
	/** A band's inner and outer radius, km. */
	bandKm: [number, number] | null;
	/** Whether the display rings are a filled band (annulus) rather than an outline. */
	filled: boolean;
	/** One shape for a ring or contour, two (inner, outer) for a band. Computed on first read. */
	readonly shapes: ReachShape[];
	/** Even-odd rings for the flat map, continuous around the window centre. Computed on first read. */
	readonly displayRings: Position[][];
}

export interface SceneSite extends LatLon {
	/** Place id, or null when the reader chose a point. */
	id: string | null;
	name: string;
}

export interface ImpactPoint extends LatLon {
	/** True when no source gives coordinates: the point is drawn from range and azimuth. */
	estimated: boolean;
	azimuthDeg: number;
	distanceKm: number;
	/** What the point rests on, one sentence. */
	basis: string;
}

/** One target of the table: distance and azimuth from the site, and each model's verdict (if any). */
export interface SceneTarget extends TargetInput {
	distanceKm: number;
	azimuthDeg: number;
	verdicts: { kepler: ModelVerdict | null; powered: ModelVerdict | null };
	/** The model the margin is from: powered when available, else Kepler; null without models. */
	primaryModel: 'kepler' | 'powered' | null;
	/** Margin of the primary model, km (+ in reach by, − short by); NaN without models. */
	marginKm: number;
}

export interface MapScene {
	testId: string;
	site: SceneSite;
	/** Null when the site shown is not the test's own, or the test has no reported range. */
	impact: ImpactPoint | null;
	/** Flown ground track in display coordinates; empty exactly when `impact` is null. */
	readonly track: Position[];
	rings: SceneRing[];
	rows: SceneTarget[];
	rotation: boolean;
	/** Whether the verdicts used a rotating-Earth sweep (false when no model provides one). */
	rotationAvailable: boolean;
	/** The reach models; null when the test lacks the figures they need. */
	models: TestReachModels | null;
	customRangeKm: number | null;
	centerLon: number;
	/** Notes for the reader: missing models, fallbacks. */
	notes: string[];
}

export interface SceneInput {
	test: MapTest;
	site: SceneSite;
	models: TestReachModels | null;
	/** Why there are no models (shown as a note), when `models` is null. */
	modelsMissing?: string;
	rotation: boolean;
	customRangeKm: number | null;
	targets: readonly TargetInput[];
	centerLon?: number;
	/** Vertices per ring (default 360: a straight Web Mercator segment stays within 1 km of the ring). */
	points?: number;
}

/** The chosen launch site: the test's own (null), a place by id, or a point the reader picked. */
export type SiteChoice =
	{ kind: 'preset'; id: string } | { kind: 'point'; lat: number; lon: number };

/** Resolves a site choice against the known places; throws a message naming the missing place. */
export function resolveSite(
	choice: SiteChoice | null,
	test: MapTest,
	places: readonly MapPlace[]
): SceneSite {
	if (choice?.kind === 'point')
		return {
			id: null,
			name: `Chosen site ${formatLatLon(choice)}`,
			lat: choice.lat,
			lon: choice.lon
		};
	const id = choice?.kind === 'preset' ? choice.id : test.siteId;
	const p = places.find((x) => x.id === id) ?? places.find((x) => x.id === test.siteId);
	if (!p)
		throw new Error(`Launch site "${id}" is not in data/places.json; add it or pick a preset.`);
	return { id: p.id, name: p.name, lat: p.lat, lon: p.lon };
}

/** Shifts a line by whole turns so its mean longitude is near `centerLon`. */
function shiftNear(line: Position[], centerLon: number): Position[] {
	if (line.length === 0) return line;
	const mean = line.reduce((a, p) => a + p[0], 0) / line.length;
	const dx = 360 * Math.round((centerLon - mean) / 360);
	return line.map(([x, y]) => [x + dx, y] as Position);
}

/** A ring whose geometry is computed on first read and kept (a legend or table needs only its label). */
function lazyRing(
	base: Omit<SceneRing, 'shapes' | 'displayRings'>,
	geometry: () => { shapes: ReachShape[]; displayRings: Position[][] }
): SceneRing {
	let g: ReturnType<typeof geometry> | null = null;
	return {
		...base,
		get shapes() {
			return (g ??= geometry()).shapes;
		},
		get displayRings() {
			return (g ??= geometry()).displayRings;
		}
	};
}

function circle(id: RingId, label: string, site: LatLon, radiusKm: number, c: number, n: number) {
	return lazyRing({ id, label, radiusKm, bandKm: null, filled: false }, () => {
		const shape = geodesicRing(site, radiusKm, n);
		return { shapes: [shape], displayRings: shapeToDisplayRings(shape, c) };
	});
}

function band(id: RingId, label: string, site: LatLon, b: [number, number], c: number, n: number) {
	const [lowKm, highKm] = b;
	if (!(highKm > lowKm) || lowKm <= 0 || highKm > MAX_RING_RADIUS_KM) return null;
	return lazyRing({ id, label, radiusKm: null, bandKm: b, filled: true }, () => {
		const inner = geodesicRing(site, lowKm, n);
		const outer = geodesicRing(site, highKm, n);
		return {
			shapes: [inner, outer],
			displayRings: [...shapeToDisplayRings(outer, c), ...shapeToDisplayRings(inner, c)]
		};
	});
}

function modelRings(model: ReachModel, site: LatLon, c: number, n: number): SceneRing[] {
	const out: SceneRing[] = [];
	const b = model.bandKm
		? band(
				`${model.id}-band` as RingId,
				`${model.label} band ${formatKmBand(model.bandKm[0], model.bandKm[1])}`,
				site,
				model.bandKm,
				c,
				n
			)
		: null;
	if (b) out.push(b);
	if (model.rangeKm > 0 && model.rangeKm <= MAX_RING_RADIUS_KM)
		out.push(
			circle(model.id, `${model.label} ${formatKm(model.rangeKm, 0)}`, site, model.rangeKm, c, n)
		);
	return out;
}

/** Where the test came down: the reported point, or the reported range along the engine's azimuth. */
export function impactPoint(test: MapTest, site: LatLon, rangeKm: number): ImpactPoint {
	if (test.impact) {
		const inv = inverse(site, test.impact);
		return {
			...test.impact,
			estimated: false,
			azimuthDeg: inv.azimuthDeg,
			distanceKm: inv.distanceKm,
			basis: 'reported coordinates'
		};
	}
	const p = direct(site, test.azimuthDeg, rangeKm);
	return {
		lat: p.lat,
		lon: p.lon,
		estimated: true,
		azimuthDeg: test.azimuthDeg,
		distanceKm: rangeKm,
		basis: `estimated: the reported range of ${formatKm(rangeKm, 0)} along the engine's launch azimuth of ${formatDeg(test.azimuthDeg)} (no source gives coordinates; reported: ${test.impactDescription})`
	};
}

/** Distance, azimuth and the verdict of each model for every target, nearest first. */
export function sceneTargets(
	site: LatLon,
	targets: readonly TargetInput[],
	models: TestReachModels | null,
	rotation: boolean
): SceneTarget[] {
	return targets
		.map((t) => {
			const { distanceKm, azimuthDeg } = inverse(site, t);
			const v = (m: ReachModel | null | undefined) =>
				m ? verdictFor(m, distanceKm, azimuthDeg, rotation) : null;
			const verdicts = { kepler: v(models?.kepler), powered: v(models?.powered) };
			const primary = verdicts.powered ?? verdicts.kepler;
			return {
				...t,
				distanceKm,
				azimuthDeg,
				verdicts,
				primaryModel: verdicts.powered
					? ('powered' as const)
					: verdicts.kepler
						? ('kepler' as const)
						: null,
				marginKm: primary ? primary.marginKm : Number.NaN
			};
		})
		.sort((a, b) => a.distanceKm - b.distanceKm);
}

function rotatingRing(model: ReachModel, site: LatLon, c: number, n: number): SceneRing {
	const sweep = model.rotating!.map((s) => ({
		azimuthDeg: s.azimuthDeg,
		rangeKm: Math.min(s.rangeKm, MAX_RING_RADIUS_KM)
	}));
	const ranges = sweep.map((s) => s.rangeKm);
	return lazyRing(
		{
			id: 'rotating',
			label: `${model.label}, rotating Earth (${formatKmBand(Math.min(...ranges), Math.max(...ranges))} by azimuth)`,
			radiusKm: null,
			bandKm: null,
			filled: false
		},
		() => {
			const shape = reachShape(site, rangeByAzimuth(sweep), n);
			return { shapes: [shape], displayRings: shapeToDisplayRings(shape, c) };
		}
	);
}

/** Builds the whole view. Pure: same inputs, same scene (at prerender, in the browser, in the CLI). */
export function buildScene(input: SceneInput): MapScene {
	const c = input.centerLon ?? PACIFIC_CENTER_LON;
	const n = input.points ?? 360;
	const { site, models, test } = input;
	const notes = models
		? [...models.notes]
		: [input.modelsMissing ?? 'No reach model for this test.'];
	const rings: SceneRing[] = [];
	if (models) {
		rings.push(...modelRings(models.kepler, site, c, n));
		if (models.powered) rings.push(...modelRings(models.powered, site, c, n));
	}
	const sweepModel = [models?.powered, models?.kepler].find(
		(m): m is ReachModel => !!m?.rotating && m.rotating.length > 0
	);
	if (input.rotation && sweepModel) rings.push(rotatingRing(sweepModel, site, c, n));
	else if (input.rotation && models)
		notes.push(
			'Rotation is on, but no model provides a rotating-Earth azimuth sweep yet: rings and verdicts are for a non-rotating Earth.'
		);
	if (input.customRangeKm !== null)
		rings.push(
			circle(
				'custom',
				`Custom range ${formatKm(input.customRangeKm, 0)}`,
				site,
				input.customRangeKm,
				c,
				n
			)
		);

	const ownSite = site.id === test.siteId;
	const impact =
		ownSite && test.flownRangeKm !== null && test.flownRangeKm > 0
			? impactPoint(test, site, test.flownRangeKm)
			: null;
	let track: Position[] | null = null;
	return {
		testId: test.id,
		site,
		impact,
		get track() {
			track ??= impact
				? shiftNear(
						geodesicPath(site, impact, 64).map((p) => [p.lon, p.lat] as Position),
						c
					)
				: [];
			return track;
		},
		rings,
		rows: sceneTargets(site, input.targets, models, input.rotation),
		rotation: input.rotation,
		rotationAvailable: !!sweepModel,
		models,
		customRangeKm: input.customRangeKm,
		centerLon: c,
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

type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown };

const r7 = (x: number) => Math.round(x * 1e7) / 1e7;
const roundDeep = (v: unknown): unknown =>
	Array.isArray(v) ? v.map(roundDeep) : typeof v === 'number' ? r7(v) : v;

/** The scene as one RFC 7946 FeatureCollection: rings (band edges as separate rings), site, track, targets. */
export function sceneToGeoJSON(scene: MapScene): {
	type: 'FeatureCollection';
	features: Feature[];
} {
	const features: Feature[] = [];
	for (const ring of scene.rings) {
		const roles = ring.shapes.length === 2 ? ['band-inner', 'band-outer'] : ['ring'];
		ring.shapes.forEach((shape, i) => {
			const f = shapeToFeature(shape, {
				kind: 'reach',
				id: ring.id,
				role: roles[i],
				label: ring.label,
				radiusKm: ring.bandKm ? ring.bandKm[i] : ring.radiusKm,
				testId: scene.testId,
				rotatingEarth: ring.id === 'rotating'
			}) as Feature;
			const g = f.geometry as { coordinates: unknown };
			g.coordinates = roundDeep(g.coordinates);
			features.push(f);
		});
	}
	const point = (p: LatLon) => ({ type: 'Point', coordinates: [r7(p.lon), r7(p.lat)] });
	features.push({
		type: 'Feature',
		properties: { kind: 'launch-site', id: scene.site.id, name: scene.site.name },
		geometry: point(scene.site)
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
			properties: { kind: 'impact', estimated: scene.impact.estimated, basis: scene.impact.basis },
			geometry: point(scene.impact)
		});
	}
	for (const row of scene.rows) {
		const lead = row.verdicts.powered ?? row.verdicts.kepler;
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
					kepler: row.verdicts.kepler?.verdict ?? null,
					powered: row.verdicts.powered?.verdict ?? null
				},
				marginKm: lead ? Math.round(lead.marginKm) : null
			},
			geometry: point(row)
		});
	}
	return { type: 'FeatureCollection', features };
}
