/**
 * The offline basemap (Natural Earth 1:110m or 1:50m via world-atlas countries-*.json) for a flat map centred on
 * the Pacific. world-atlas rings are spherical: a ring crossing 180 (Chukotka, Fiji, the Aleutians' western
 * end) jumps from 179.9 to -179.9, and Antarctica circles the pole; drawn naively they become stripes across
 * the map. Here every ring is unwrapped (consecutive longitudes < 180 apart), placed inside the window
 * [centerLon - 180, centerLon + 180), copied one world width over where it pokes out of the window, and a
 * ring circling a pole is closed along that pole.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Position } from './ring.ts';

export interface Basemap {
	/** Land rings, for an even-odd fill. */
	land: Position[][];
	/**
	 * How many consecutive `land` rings make up each land polygon (its outline, holes and their copies one
	 * world over): a drawer may split the land into several layers at these boundaries without changing the
	 * even-odd fill. Sums to `land.length`.
	 */
	landPolygons: number[];
	/** Country borders (not coastlines), as polylines. */
	borders: Position[][];
	/** Longitude the window is centred on. */
	centerLon: number;
}

function unwrap(ring: readonly Position[]): Position[] {
	const out: Position[] = [];
	for (const p of ring) {
		if (out.length === 0) {
			out.push([p[0], p[1]]);
			continue;
		}
		const prev = out[out.length - 1][0];
		let d = (p[0] - prev) % 360;
		if (d > 180) d -= 360;
		else if (d < -180) d += 360;
		out.push([prev + d, p[1]]);
	}
	return out;
}

function shift(ring: Position[], dx: number): Position[] {
	return dx === 0 ? ring : ring.map(([x, y]) => [x + dx, y] as Position);
}

/**
 * Places one unwrapped ring (or line) in the window around `centerLon`: returns one copy, plus a copy one
 * world width over when it crosses the window edge, so the view is continuous at both edges.
 */
export function placeInWindow(ring: readonly Position[], centerLon: number): Position[][] {
	const u = unwrap(ring);
	let minX = Infinity;
	let maxX = -Infinity;
	for (const [x] of u) {
		if (x < minX) minX = x;
		if (x > maxX) maxX = x;
	}
	const mid = (minX + maxX) / 2;
	const dx = 360 * Math.round((centerLon - mid) / 360);
	const placed = shift(u, dx);
	const out = [placed];
	if (minX + dx < centerLon - 180) out.push(shift(placed, 360));
	if (maxX + dx > centerLon + 180) out.push(shift(placed, -360));
	return out;
}

/**
 * A ring circling a pole (longitudes advancing by 360 in total) as a polygon closed along that pole,
 * spanning three world widths around the window so no edge shows.
 */
export function poleCap(ring: readonly Position[], centerLon: number): Position[] {
	const u = unwrap(ring);
	const total = u[u.length - 1][0] - u[0][0];
	const eastward = total > 0;
	const base = eastward ? u : [...u].reverse();
	const dx = 360 * Math.round((centerLon - base[0][0]) / 360) - 180;
	const copies: Position[] = [];
	for (const k of [-1, 0, 1]) {
		for (const [x, y] of base) copies.push([x + dx + 360 * k, y]);
	}
	// Which pole: the side the ring's mean latitude leans toward.
	const meanLat = base.reduce((a, p) => a + p[1], 0) / base.length;
	const poleLat = meanLat < 0 ? -90 : 90;
	const first = copies[0];
	const last = copies[copies.length - 1];
	return [...copies, [last[0], poleLat], [first[0], poleLat]];
}

/** Land, borders: Pacific-centred display geometry from a world-atlas countries topology. */
export function basemapFromTopology(topology: Topology, centerLon = 150): Basemap {
	const objects = topology.objects as Record<string, GeometryObject>;
	if (!objects.land || !objects.countries) {
		throw new Error(
			'Basemap topology needs "land" and "countries" objects (world-atlas countries-110m.json or countries-50m.json).'
		);
	}
	const landGeo = feature(topology, objects.land) as unknown as
		GeoJSON.Feature | GeoJSON.FeatureCollection;
	const features = 'features' in landGeo ? landGeo.features : [landGeo];
	const land: Position[][] = [];
	const landPolygons: number[] = [];
	for (const f of features) {
		const g = f.geometry;
		if (!g) continue;
		const polys =
			g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		for (const poly of polys) {
			const first = land.length;
			for (const ring of poly) {
				const u = unwrap(ring as Position[]);
				const winding = u[u.length - 1][0] - u[0][0];
				if (Math.abs(winding) > 180) land.push(poleCap(ring as Position[], centerLon));
				else land.push(...placeInWindow(ring as Position[], centerLon));
			}
			landPolygons.push(land.length - first);
		}
	}
	const borderGeo = mesh(
		topology,
		objects.countries as Parameters<typeof mesh>[1],
		(a: unknown, b: unknown) => a !== b
	);
	const borders: Position[][] = [];
	for (const line of borderGeo.coordinates)
		borders.push(...placeInWindow(line as Position[], centerLon));
	return { land, landPolygons, borders, centerLon };
}
