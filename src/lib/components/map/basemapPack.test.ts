import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json';
import { basemapFromTopology } from '$lib/geo/basemap';
import type { Position } from '$lib/geo/ring';
import { packBasemap, packRings, unpackAll, unpackLayers } from './basemapPack.ts';

/** A closed square ring of `n` + 1 points whose west edge is at `west`. */
function ring(west: number, n = 4): Position[] {
	const pts: Position[] = [];
	for (let i = 0; i < n; i++) pts.push([west + (i % 2), Math.floor(i / 2)]);
	pts.push(pts[0]);
	return pts;
}

const layersOf = (packed: ReturnType<typeof packRings>) => [
	...unpackLayers(
		packed,
		(x, y): Position => [x, y],
		(rings) => rings
	)
];

describe('packRings', () => {
	it('keeps every point and cuts layers at most maxPoints long, west to east', () => {
		// Three 5-point rings given east to west; 10 points per layer -> two rings, then one.
		const packed = packRings([ring(30), ring(10), ring(20)], undefined, 10);
		expect(Array.from(packed.layers)).toEqual([2, 1]);
		expect(layersOf(packed)).toEqual([[ring(10), ring(20)], [ring(30)]]);
	});

	it('never splits a group (a polygon with its holes), even one larger than maxPoints', () => {
		const outer = ring(0, 8);
		const hole = ring(0.2);
		const packed = packRings([ring(50), outer, hole, ring(60)], [1, 2, 1], 6);
		const layers = layersOf(packed);
		expect(layers).toEqual([[outer, hole], [ring(50)], [ring(60)]]);
	});

	it('rejects group sizes that do not cover the rings, saying what to pass', () => {
		expect(() => packRings([ring(0), ring(1)], [1])).toThrow(/landPolygons/);
	});
});

describe('packBasemap', () => {
	const basemap = basemapFromTopology(countries110 as unknown as Topology, 150);
	const packed = packBasemap(basemap, 2000);

	it('cuts the 1:110m land into several layers of whole polygons, losing no ring', () => {
		expect(packed.land.layers.length).toBeGreaterThan(3);
		const sorted = (rings: Position[][]) => rings.map((r) => JSON.stringify(r)).sort();
		expect(sorted(unpackAll(packed.land))).toEqual(sorted(basemap.land));
		expect(sorted(unpackAll(packed.borders))).toEqual(sorted(basemap.borders));
	});

	it('keeps layers near maxPoints (a larger one holds a single polygon)', () => {
		let k = 0;
		for (const count of packed.land.layers) {
			let points = 0;
			for (let end = k + count; k < end; k++) points += packed.land.lengths[k];
			if (points > 2000) {
				// One polygon alone: its rings are all one group in landPolygons.
				expect(basemap.landPolygons).toContain(count);
			}
		}
		expect(k).toBe(packed.land.lengths.length);
	});
});
