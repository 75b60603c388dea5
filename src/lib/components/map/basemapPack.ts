/**
 * The basemap as the worker hands it to the main thread: coordinates in transferable typed arrays (no
 * structured-clone cost for ~100,000 points), grouped into layers of at most about `maxPoints` points
 * (whole polygons each, so a layer can be drawn on its own; BasemapLayer draws them all as one path).
 *
 * Land is cut only between whole polygons (an outline with its holes and copies, `Basemap.landPolygons`),
 * so each layer's even-odd fill is the same as the whole land's. Layers hold polygons sorted by longitude,
 * so each covers a narrow part of the map and a canvas redraw after adding one touches few others.
 * Pure: no DOM, no Leaflet (runs in the worker and in Node tests).
 */
import type { Basemap } from '$lib/geo/basemap';
import type { Position } from '$lib/geo/ring';

export interface PackedRings {
	/** lon, lat pairs, all rings one after another. */
	coords: Float64Array;
	/** Number of points in each ring. */
	lengths: Uint32Array;
	/** Number of rings in each layer (consecutive rings; sums to `lengths.length`). */
	layers: Uint32Array;
}

export interface PackedBasemap {
	land: PackedRings;
	borders: PackedRings;
	centerLon: number;
}

/**
 * Points per layer: converting, projecting, clipping and simplifying ~2,500 points takes Leaflet a few ms
 * on a laptop (more while its code is still cold).
 */
export const BASEMAP_LAYER_POINTS = 2500;

/**
 * Packs rings, cut into layers of whole groups (`groupSizes[k]` consecutive rings each; default: every
 * ring its own group), ordered by the groups' westernmost longitude, at most `maxPoints` points per layer
 * unless one group alone has more.
 */
export function packRings(
	rings: readonly Position[][],
	groupSizes: readonly number[] = rings.map(() => 1),
	maxPoints = BASEMAP_LAYER_POINTS
): PackedRings {
	const groups: { rings: Position[][]; points: number; west: number }[] = [];
	let at = 0;
	for (const size of groupSizes) {
		const g = rings.slice(at, at + size);
		at += size;
		let points = 0;
		let west = Infinity;
		for (const r of g) {
			points += r.length;
			for (const [x] of r) if (x < west) west = x;
		}
		groups.push({ rings: g, points, west });
	}
	if (at !== rings.length)
		throw new Error(
			`The group sizes cover ${at} rings, not ${rings.length}: pass one size per polygon (Basemap.landPolygons).`
		);
	groups.sort((a, b) => a.west - b.west);

	const total = groups.reduce((n, g) => n + g.points, 0);
	const coords = new Float64Array(total * 2);
	const lengths = new Uint32Array(rings.length);
	const layers: number[] = [];
	let i = 0;
	let k = 0;
	let layerRings = 0;
	let layerPoints = 0;
	for (const g of groups) {
		if (layerRings > 0 && layerPoints + g.points > maxPoints) {
			layers.push(layerRings);
			layerRings = layerPoints = 0;
		}
		for (const r of g.rings) {
			lengths[k++] = r.length;
			for (const [x, y] of r) {
				coords[i++] = x;
				coords[i++] = y;
			}
		}
		layerRings += g.rings.length;
		layerPoints += g.points;
	}
	if (layerRings > 0) layers.push(layerRings);
	return { coords, lengths, layers: Uint32Array.from(layers) };
}

/** Land (cut at polygon boundaries) and borders (cut between lines), packed for the main thread. */
export function packBasemap(basemap: Basemap, maxPoints = BASEMAP_LAYER_POINTS): PackedBasemap {
	return {
		land: packRings(basemap.land, basemap.landPolygons, maxPoints),
		borders: packRings(basemap.borders, undefined, maxPoints),
		centerLon: basemap.centerLon
	};
}

/** The buffers to transfer (not copy) with postMessage. */
export function transferables({ land, borders }: PackedBasemap): Transferable[] {
	return [land, borders].flatMap((p) => [p.coords.buffer, p.lengths.buffer, p.layers.buffer]);
}

/**
 * Calls `make(rings)` for each layer, one per step of the returned generator (rings as point arrays built
 * by `point(lon, lat)`, e.g. Leaflet LatLngs), and yields its result.
 */
export function* unpackLayers<P, T>(
	packed: PackedRings,
	point: (lon: number, lat: number) => P,
	make: (rings: P[][]) => T
): Generator<T, void, undefined> {
	const { coords, lengths, layers } = packed;
	let i = 0;
	let k = 0;
	for (const count of layers) {
		const rings: P[][] = [];
		for (let end = k + count; k < end; k++) {
			const len = lengths[k];
			const ring = new Array<P>(len);
			for (let j = 0; j < len; j++, i += 2) ring[j] = point(coords[i], coords[i + 1]);
			rings.push(ring);
		}
		yield make(rings);
	}
}

/** All rings as [lon, lat] positions, in packed order (for the PNG export, which draws everything). */
export function unpackAll(packed: PackedRings): Position[][] {
	const out: Position[][] = [];
	for (const layer of unpackLayers(
		packed,
		(x, y): Position => [x, y],
		(rings) => rings
	))
		out.push(...layer);
	return out;
}
