import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import countries50 from 'world-atlas/countries-50m.json';
import countries110 from 'world-atlas/countries-110m.json';
import { basemapFromTopology, placeInWindow, poleCap } from './basemap.ts';
import type { Position } from './ring.ts';

const basemap = basemapFromTopology(countries50 as unknown as Topology, 150);
const coarse = basemapFromTopology(countries110 as unknown as Topology, 150);
const points = (rings: Position[][]) => rings.reduce((n, r) => n + r.length, 0);

/** The widest jump between consecutive vertices, in degrees of longitude. */
const widestStep = (ring: Position[]) =>
	ring.reduce((m, p, i) => (i === 0 ? 0 : Math.max(m, Math.abs(p[0] - ring[i - 1][0]))), 0);

describe('basemapFromTopology (Pacific-centred world-atlas 50m)', () => {
	it('draws no stripes: no land ring steps more than 10 degrees of longitude between vertices', () => {
		// A ring crossing 180 drawn naively jumps ~360 degrees; pole caps close with two long pole edges.
		const worst = Math.max(...basemap.land.map((r) => widestStep(r.slice(0, -2))));
		expect(worst).toBeLessThan(10);
	});

	it('keeps the Aleutians whole and beside the Pacific: land at Attu (173.2 E) and Adak (176.6 W = 183.4)', () => {
		const hasLandNear = (x: number, y: number) =>
			basemap.land.some((r) =>
				r.some(([lx, ly]) => Math.abs(lx - x) < 0.3 && Math.abs(ly - y) < 0.3)
			);
		expect(hasLandNear(173.2, 52.85)).toBe(true);
		expect(hasLandNear(360 - 176.65, 51.88)).toBe(true);
		// ...and not only at the far-left copy (-176.6), which a naive placement would use.
		expect(hasLandNear(-176.65, 51.88)).toBe(false);
	});

	it('places Guam, Tokyo and Washington inside the window [-30, 330]', () => {
		const inside = (x: number, y: number) =>
			basemap.land.some((r) =>
				r.some(([lx, ly]) => Math.abs(lx - x) < 0.5 && Math.abs(ly - y) < 0.5)
			);
		expect(inside(144.8, 13.45)).toBe(true);
		expect(inside(139.7, 35.6)).toBe(true);
		expect(inside(360 - 77.0, 38.9)).toBe(true);
	});

	it('closes Antarctica along the south pole', () => {
		const caps = basemap.land.filter((r) => r.some((p) => p[1] === -90));
		expect(caps.length).toBeGreaterThanOrEqual(1);
		const xs = caps[0].map((p) => p[0]);
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(720);
	});

	it('groups the land rings into polygons (outline, holes, copies), covering every ring once', () => {
		expect(basemap.landPolygons.reduce((a, n) => a + n, 0)).toBe(basemap.land.length);
		expect(Math.min(...basemap.landPolygons)).toBeGreaterThanOrEqual(1);
		// Some polygon has more than its outline (a lake, or a copy one world over).
		expect(Math.max(...basemap.landPolygons)).toBeGreaterThan(1);
		expect(coarse.landPolygons.reduce((a, n) => a + n, 0)).toBe(coarse.land.length);
	});

	it('has country borders, placed in the window', () => {
		expect(basemap.borders.length).toBeGreaterThan(100);
		for (const line of basemap.borders) expect(widestStep(line)).toBeLessThan(10);
	});
});

describe('basemapFromTopology (world-atlas 110m, drawn below zoom 3)', () => {
	it('draws no stripes and closes Antarctica along the south pole', () => {
		const worst = Math.max(...coarse.land.map((r) => widestStep(r.slice(0, -2))));
		expect(worst).toBeLessThan(10);
		expect(coarse.land.some((r) => r.some((p) => p[1] === -90))).toBe(true);
		for (const line of coarse.borders) expect(widestStep(line)).toBeLessThan(10);
	});

	it('puts Guam, Japan and Alaska in the window, with about a tenth of the 50m points', () => {
		const near = (x: number, y: number, tol: number) =>
			coarse.land.some((r) =>
				r.some(([lx, ly]) => Math.abs(lx - x) < tol && Math.abs(ly - y) < tol)
			);
		expect(near(139.7, 35.6, 1.5)).toBe(true);
		expect(near(360 - 150, 61, 3)).toBe(true);
		expect(near(-150, 61, 3)).toBe(false);
		const ratio = points(coarse.land) / points(basemap.land);
		expect(ratio).toBeGreaterThan(0.05);
		expect(ratio).toBeLessThan(0.15);
	});
});

describe('placeInWindow', () => {
	it('unwraps a ring that crosses 180 and adds a copy where it leaves the window', () => {
		const ring: Position[] = [
			[179, 60],
			[-179, 60],
			[-179, 61],
			[179, 61],
			[179, 60]
		];
		expect(placeInWindow(ring, 150)).toEqual([
			[
				[179, 60],
				[181, 60],
				[181, 61],
				[179, 61],
				[179, 60]
			]
		]);
		const atEdge = placeInWindow(
			[
				[-35, 0],
				[-25, 0],
				[-25, 1],
				[-35, 0]
			],
			150
		);
		expect(atEdge).toHaveLength(2);
		expect(atEdge.map((r) => r[0][0]).sort((a, b) => a - b)).toEqual([-35, 325]);
	});

	it('poleCap closes a ring circling the north pole at 90', () => {
		const ring: Position[] = [0, 90, 180, 270, 360].map(
			(x) => [x > 180 ? x - 360 : x, 80] as Position
		);
		const cap = poleCap(ring, 0);
		expect(cap.filter((p) => p[1] === 90)).toHaveLength(2);
	});
});
