/**
 * Range rings and reach contours on the WGS84 ellipsoid, and their two flat renderings:
 * - RFC 7946 GeoJSON (longitudes in [-180, 180]): a shape crossing the antimeridian is split into a
 *   MultiPolygon, a shape covering a pole is closed along that pole, and a shape covering both poles
 *   becomes the world minus the unreachable region, so a plain planar point-in-polygon test on
 *   (lon, lat) classifies any point on Earth correctly;
 * - a continuous, Pacific-friendly rendering for a map (longitudes unwrapped around a chosen centre,
 *   e.g. 150 E, drawn with the even-odd fill rule) with no band across the map at 180.
 *
 * The known failure modes of range rings elsewhere (Turf #2626, Leaflet.Geodesic #106, Cesium #998):
 * rings past 180 jump by 360 and rings larger than the pole distance fill the wrong side. Both are
 * handled here and tested in ring.test.ts.
 */
import { direct, distanceKm, type LatLon } from './geodesic.ts';

/** A GeoJSON position: [longitude, latitude] in degrees. */
export type Position = [number, number];

export interface PolygonGeometry {
	type: 'Polygon';
	coordinates: Position[][];
}
export interface MultiPolygonGeometry {
	type: 'MultiPolygon';
	coordinates: Position[][][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** The largest radius accepted: beyond it a ring nears the antipode, where geodesics stop being unique. */
export const MAX_RING_RADIUS_KM = 19_500;

/** The region within a range (a function of azimuth) of a centre, as a closed loop of vertices. */
export interface ReachShape {
	center: LatLon;
	/**
	 * The boundary, counter-clockwise around the centre (interior on the left), closed: the last vertex
	 * is the first shifted by `windingDeg` in longitude. Longitudes are continuous (may leave [-180, 180]).
	 */
	vertices: Position[];
	/** +360 when the loop circles the north pole eastward, -360 when it circles the south pole, else 0. */
	windingDeg: 0 | 360 | -360;
	containsNorthPole: boolean;
	containsSouthPole: boolean;
}

const NORTH_POLE: LatLon = { lat: 90, lon: 0 };
const SOUTH_POLE: LatLon = { lat: -90, lon: 0 };

/** Wraps a longitude difference to (-180, 180]. */
function wrapDelta(d: number): number {
	let r = d % 360;
	if (r > 180) r -= 360;
	else if (r <= -180) r += 360;
	return r;
}

function checkCenter(center: LatLon): void {
	if (!Number.isFinite(center.lat) || center.lat < -90 || center.lat > 90) {
		throw new RangeError(`Centre latitude must be between -90 and 90 degrees; got ${center.lat}.`);
	}
	if (!Number.isFinite(center.lon)) {
		throw new RangeError(`Centre longitude must be a finite number of degrees; got ${center.lon}.`);
	}
}

function checkPoints(points: number): void {
	if (!Number.isInteger(points) || points < 8 || points > 100_000) {
		throw new RangeError(`A ring needs a whole number of points from 8 to 100,000; got ${points}.`);
	}
}

function checkRadius(radiusKm: number, what = 'Radius'): void {
	if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RING_RADIUS_KM) {
		throw new RangeError(
			`${what} must be more than 0 and at most ${MAX_RING_RADIUS_KM.toLocaleString('en-US')} km; got ${radiusKm}.`
		);
	}
}

/**
 * The region reachable from `center` when the range depends on the launch azimuth (e.g. on a rotating
 * Earth). `rangeAtAzimuthKm(azimuthDeg)` must be continuous and periodic in azimuth.
 * `points` vertices are placed at equal azimuth steps; extra vertices are added where the boundary passes
 * near a pole, so that consecutive vertices never differ by more than a few degrees of longitude.
 */
export function reachShape(
	center: LatLon,
	rangeAtAzimuthKm: (azimuthDeg: number) => number,
	points = 720
): ReachShape {
	return drain(reachShapeSteps(center, rangeAtAzimuthKm, points));
}

/** Azimuth steps `reachShapeSteps` computes between two pauses. */
export const REACH_SHAPE_STEP_POINTS = 90;

/**
 * `reachShape` as a generator that pauses (yields) every REACH_SHAPE_STEP_POINTS azimuth steps and returns
 * the same shape: a caller on the browser's main thread can spread one ring over several short tasks.
 */
export function* reachShapeSteps(
	center: LatLon,
	rangeAtAzimuthKm: (azimuthDeg: number) => number,
	points = 720
): Generator<void, ReachShape, undefined> {
	checkCenter(center);
	checkPoints(points);
	const rangeAt = (az: number): number => {
		const r = rangeAtAzimuthKm(((az % 360) + 360) % 360);
		checkRadius(r, `Range at azimuth ${(((az % 360) + 360) % 360).toFixed(1)} deg`);
		return r;
	};
	const vertexAt = (az: number): Position => {
		const p = direct(center, az, rangeAt(az));
		return [p.lon, p.lat];
	};
	// Counter-clockwise around the centre = azimuth decreasing.
	const maxLonStepDeg = Math.max(4, (4 * 360) / points);
	const vertices: Position[] = [];
	let prevAz = 0;
	let prev = vertexAt(0);
	vertices.push(prev);
	const refine = (azA: number, a: Position, azB: number, b: Position, depth: number): void => {
		if (depth < 14 && Math.abs(wrapDelta(b[0] - a[0])) > maxLonStepDeg) {
			const azM = (azA + azB) / 2;
			const m = vertexAt(azM);
			refine(azA, a, azM, m, depth + 1);
			refine(azM, m, azB, b, depth + 1);
			return;
		}
		vertices.push(b);
	};
	for (let i = 1; i <= points; i++) {
		const az = (-360 * i) / points;
		const p = i === points ? vertexAt(0) : vertexAt(az);
		refine(prevAz, prev, az, p, 0);
		prevAz = az;
		prev = p;
		if (i % REACH_SHAPE_STEP_POINTS === 0 && i < points) yield;
	}
	// Unwrap: consecutive longitudes differ by less than 180 degrees (after refinement, by a few degrees).
	for (let i = 1; i < vertices.length; i++) {
		const d = wrapDelta(vertices[i][0] - vertices[i - 1][0]);
		vertices[i] = [vertices[i - 1][0] + d, vertices[i][1]];
	}
	const total = vertices[vertices.length - 1][0] - vertices[0][0];
	const turns = Math.round(total / 360);
	if (Math.abs(total - turns * 360) > 1e-6 || Math.abs(turns) > 1) {
		throw new Error(
			`Reach boundary did not close (longitude change ${total.toFixed(6)} deg); try more points.`
		);
	}
	const windingDeg = (turns * 360) as 0 | 360 | -360;
	// Which poles lie inside: azimuth 0 leads straight to the north pole, 180 to the south pole.
	let containsNorthPole = rangeAt(0) > distanceKm(center, NORTH_POLE);
	let containsSouthPole = rangeAt(180) > distanceKm(center, SOUTH_POLE);
	// A boundary through a pole is ambiguous by distance; the winding then decides.
	if (windingDeg === 360) [containsNorthPole, containsSouthPole] = [true, false];
	else if (windingDeg === -360) [containsNorthPole, containsSouthPole] = [false, true];
	else if (containsNorthPole !== containsSouthPole) {
		// Winding 0 means both poles or neither; trust the winding over a boundary-grazing distance test.
		containsNorthPole = containsSouthPole = false;
	}
	return { center, vertices, windingDeg, containsNorthPole, containsSouthPole };
}

/**
 * The geodesic circle of `radiusKm` around `center` (WGS84): every vertex lies exactly `radiusKm` from the
 * centre along the shortest geodesic (see ring.test.ts).
 */
export function geodesicRing(center: LatLon, radiusKm: number, points = 720): ReachShape {
	return drain(geodesicRingSteps(center, radiusKm, points));
}

/** `geodesicRing` in pauseable steps (see `reachShapeSteps`). */
export function* geodesicRingSteps(
	center: LatLon,
	radiusKm: number,
	points = 720
): Generator<void, ReachShape, undefined> {
	checkRadius(radiusKm);
	return yield* reachShapeSteps(center, () => radiusKm, points);
}

/** Runs a steppable computation to the end and returns its result. */
export function drain<T>(steps: Iterator<unknown, T, undefined>): T {
	for (;;) {
		const r = steps.next();
		if (r.done) return r.value;
	}
}

/** Twice the signed planar area (positive = counter-clockwise). */
export function signedArea2(ring: Position[]): number {
	let s = 0;
	for (let i = 0, n = ring.length; i < n; i++) {
		const [x1, y1] = ring[i];
		const [x2, y2] = ring[(i + 1) % n];
		s += x1 * y2 - x2 * y1;
	}
	return s;
}

function closeRing(ring: Position[]): Position[] {
	const out = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
	const first = out[0];
	const last = out[out.length - 1];
	if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
	return out;
}

function orient(ring: Position[], counterClockwise: boolean): Position[] {
	const ccw = signedArea2(ring) > 0;
	return ccw === counterClockwise ? ring : [...ring].reverse();
}

/** Loop vertices (open: without the closing duplicate) shifted so that the smallest longitude is in [-180, 180). */
function normalizedLoop(vertices: Position[]): Position[] {
	const open = vertices.slice(0, -1);
	let minX = Infinity;
	for (const [x] of open) minX = Math.min(minX, x);
	const shift = -360 * Math.floor((minX + 180) / 360);
	return open.map(([x, y]) => [x + shift, y] as Position);
}

/** Where the segment a-b crosses x = x0 (a and b on different sides). */
function crossing(a: Position, b: Position, x0: number): Position {
	const t = (x0 - a[0]) / (b[0] - a[0]);
	return [x0, a[1] + t * (b[1] - a[1])];
}

/** Sutherland-Hodgman clip of a closed loop against the half-plane x <= x0 (keepLeft) or x >= x0. */
function clipHalfPlane(loop: Position[], x0: number, keepLeft: boolean): Position[] {
	const inside = (p: Position) => (keepLeft ? p[0] <= x0 : p[0] >= x0);
	const out: Position[] = [];
	for (let i = 0, n = loop.length; i < n; i++) {
		const a = loop[i];
		const b = loop[(i + 1) % n];
		const ia = inside(a);
		const ib = inside(b);
		if (ia) out.push(a);
		if (ia !== ib) out.push(crossing(a, b, x0));
	}
	return out;
}

/**
 * Splits a loop (no pole inside) into the pieces west and east of the antimeridian, each with longitudes
 * in [-180, 180] and meeting it exactly at +/-180. One piece when the loop does not cross 180.
 */
function splitLoop(vertices: Position[]): Position[][] {
	const loop = normalizedLoop(vertices);
	let maxX = -Infinity;
	for (const [x] of loop) maxX = Math.max(maxX, x);
	if (maxX <= 180) return [loop];
	const west = clipHalfPlane(loop, 180, true);
	const east = clipHalfPlane(loop, 180, false).map(([x, y]) => [x - 360, y] as Position);
	return [west, east].filter((r) => r.length >= 3);
}

/** The boundary sampled as lat = f(lon) over exactly [-180, 180] (a pole-covering loop is monotone in lon). */
function capCurve(vertices: Position[]): Position[] {
	// Increasing longitude: the north-pole loop runs eastward already, the south-pole loop westward.
	let open = vertices.slice(0, -1);
	if (vertices[vertices.length - 1][0] < vertices[0][0])
		open = [...vertices].reverse().slice(0, -1);
	const shift = -360 * Math.floor((open[0][0] + 180) / 360);
	const base = open.map(([x, y]) => [x + shift, y] as Position);
	const seq: Position[] = [
		...base.map(([x, y]) => [x - 360, y] as Position),
		...base,
		...base.map(([x, y]) => [x + 360, y] as Position)
	];
	const curve: Position[] = [];
	for (let i = 1; i < seq.length; i++) {
		const a = seq[i - 1];
		const b = seq[i];
		if (a[0] < -180 && b[0] >= -180) curve.push(crossing(a, b, -180));
		if (b[0] > -180 && b[0] < 180) curve.push(b);
		if (a[0] < 180 && b[0] >= 180) {
			curve.push(crossing(a, b, 180));
			break;
		}
	}
	return curve;
}

/** The crossings of a loop with x = 180 and the two arcs between them (west arc, east arc shifted -360). */
function arcsAcross180(vertices: Position[]): { west: Position[]; east: Position[] } {
	const loop = normalizedLoop(vertices);
	const n = loop.length;
	const side = (p: Position) => p[0] >= 180;
	const starts: number[] = [];
	for (let i = 0; i < n; i++) if (side(loop[i]) !== side(loop[(i + 1) % n])) starts.push(i);
	if (starts.length !== 2) {
		throw new Error(
			`The unreachable region crosses the antimeridian ${starts.length / 2} times; expected once.`
		);
	}
	const arc = (from: number, to: number): Position[] => {
		const a = crossing(loop[from], loop[(from + 1) % n], 180);
		const pts: Position[] = [a];
		for (let i = (from + 1) % n; ; i = (i + 1) % n) {
			pts.push(loop[i]);
			if (i === to) break;
		}
		pts.push(crossing(loop[to], loop[(to + 1) % n], 180));
		return pts;
	};
	const arc1 = arc(starts[0], starts[1]);
	const arc2 = arc(starts[1], starts[0]);
	const westFirst = !side(loop[(starts[0] + 1) % n]) ? arc1 : arc2;
	const eastFirst = westFirst === arc1 ? arc2 : arc1;
	return { west: westFirst, east: eastFirst.map(([x, y]) => [x - 360, y] as Position) };
}

const WORLD: Position[] = [
	[-180, -90],
	[180, -90],
	[180, 90],
	[-180, 90],
	[-180, -90]
];

/**
 * RFC 7946 geometry of a reach shape: exterior rings counter-clockwise, holes clockwise, longitudes in
 * [-180, 180]. Crossing 180: a MultiPolygon of the west and east pieces. Covering one pole: one polygon
 * closed along the pole (through (180, +/-90) and (-180, +/-90)). Covering both poles: the world with the
 * unreachable region cut out (a notch on each side when that region straddles 180).
 */
export function shapeToGeoJSON(shape: ReachShape): AreaGeometry {
	const { vertices, containsNorthPole: n, containsSouthPole: s } = shape;
	if (n !== s) {
		const curve = capCurve(vertices);
		const ring: Position[] = n
			? [...curve, [180, 90], [-180, 90]]
			: [...[...curve].reverse(), [-180, -90], [180, -90]];
		return { type: 'Polygon', coordinates: [orient(closeRing(ring), true)] };
	}
	if (!n) {
		const pieces = splitLoop(vertices).map((r) => [orient(closeRing(r), true)]);
		return pieces.length === 1
			? { type: 'Polygon', coordinates: pieces[0] }
			: { type: 'MultiPolygon', coordinates: pieces };
	}
	// Both poles: the world minus the unreachable region around the antipode.
	const loop = normalizedLoop(vertices);
	if (Math.max(...loop.map((p) => p[0])) <= 180) {
		return { type: 'Polygon', coordinates: [WORLD, orient(closeRing(loop), false)] };
	}
	const { west, east } = arcsAcross180(vertices);
	// The west arc leaves and rejoins x = 180, the east arc x = -180: walk the world's edge, detouring
	// around each (lower end first on the east edge, upper end first on the west edge).
	const westUp = west[0][1] <= west[west.length - 1][1] ? west : [...west].reverse();
	const eastDown = east[0][1] >= east[east.length - 1][1] ? east : [...east].reverse();
	const ring: Position[] = [[-180, -90], [180, -90], ...westUp, [180, 90], [-180, 90], ...eastDown];
	return { type: 'Polygon', coordinates: [orient(closeRing(ring), true)] };
}

/** A reach shape as one RFC 7946 Feature. */
export function shapeToFeature(
	shape: ReachShape,
	properties: Record<string, unknown> = {}
): { type: 'Feature'; properties: Record<string, unknown>; geometry: AreaGeometry } {
	return { type: 'Feature', properties, geometry: shapeToGeoJSON(shape) };
}

/**
 * Rings for a flat map centred on `centerLon` (e.g. 150 for a Pacific view), longitudes continuous over
 * [centerLon - 540, centerLon + 540] (three world widths, so panning never shows an edge), to be filled
 * with the even-odd rule. Stacking several shapes' rings with even-odd fill draws the band between them
 * (an annulus), whatever poles each covers.
 */
export function shapeToDisplayRings(shape: ReachShape, centerLon: number): Position[][] {
	const { vertices, containsNorthPole: n, containsSouthPole: s } = shape;
	const x0 = centerLon - 540;
	const x1 = centerLon + 540;
	if (n !== s) {
		const curve = capCurve(vertices).slice(0, -1);
		const pts: Position[] = [];
		for (let k = -2; k <= 3; k++) {
			for (const [x, y] of curve) {
				const xs = x + 360 * k;
				if (xs >= x0 && xs <= x1) pts.push([xs, y]);
			}
		}
		const poleLat = n ? 90 : -90;
		return [[...pts, [x1, pts[pts.length - 1][1]], [x1, poleLat], [x0, poleLat], [x0, pts[0][1]]]];
	}
	// A loop: one copy near the centre plus one world width either side.
	const open = vertices.slice(0, -1);
	const meanX = open.reduce((a, p) => a + p[0], 0) / open.length;
	const shift = 360 * Math.round((centerLon - meanX) / 360);
	const rings: Position[][] = [-360, 0, 360].map((k) =>
		open.map(([x, y]) => [x + shift + k, y] as Position)
	);
	if (n) {
		rings.unshift([
			[x0, -90],
			[x1, -90],
			[x1, 90],
			[x0, 90]
		]);
	}
	return rings;
}

/** Even-odd planar point-in-polygon on (lon, lat) over every ring of a GeoJSON area geometry. */
export function pointInGeometry(geometry: AreaGeometry, point: Position): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let inside = false;
	for (const polygon of polygons) {
		for (const ring of polygon) if (pointInRing(ring, point)) inside = !inside;
	}
	return inside;
}

/** Crossing-number test of one closed ring. */
export function pointInRing(ring: Position[], [px, py]: Position): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}
