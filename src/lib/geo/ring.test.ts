import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as geographiclibNs from 'geographiclib-geodesic';
import {
	REACH_SHAPE_STEP_POINTS,
	geodesicRing,
	geodesicRingSteps,
	pointInGeometry,
	reachShape,
	shapeToDisplayRings,
	shapeToGeoJSON,
	signedArea2,
	type AreaGeometry,
	type Position
} from './ring.ts';
import type { LatLon } from './geodesic.ts';

// Independent reference: geographiclib's own inverse, called directly (not through geodesic.ts).
type GeographicLib = typeof import('geographiclib-geodesic');
const lib: GeographicLib =
	(geographiclibNs as unknown as { default?: GeographicLib }).default ?? geographiclibNs;
const WGS84 = lib.Geodesic.WGS84;
const refDistanceM = (a: LatLon, lon: number, lat: number) =>
	WGS84.Inverse(a.lat, a.lon, lat, lon, lib.Geodesic.DISTANCE).s12 as number;

const MUPYONG: LatLon = { lat: 40.611208, lon: 126.425743 };

/** Deterministic uniform points on the sphere (mulberry32). */
function randomPoints(seed: number, count: number): Position[] {
	let a = seed >>> 0;
	const rand = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pts: Position[] = [];
	for (let i = 0; i < count; i++) {
		const lat = (Math.asin(2 * rand() - 1) * 180) / Math.PI;
		const lon = rand() * 360 - 180;
		pts.push([lon, lat]);
	}
	return pts;
}

function allRings(g: AreaGeometry): Position[][] {
	return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/**
 * Classifies points with the planar test and with the geodesic distance; counts disagreements away from
 * the boundary (within `toleranceKm` of the radius a 720-gon may legitimately differ from the circle).
 */
function classify(center: LatLon, radiusKm: number, geometry: AreaGeometry, points: Position[]) {
	let disagree = 0;
	let nearBoundary = 0;
	let inside = 0;
	const toleranceKm = 2;
	for (const p of points) {
		const dKm = refDistanceM(center, p[0], p[1]) / 1000;
		if (Math.abs(dKm - radiusKm) < toleranceKm) {
			nearBoundary++;
			continue;
		}
		const expected = dKm < radiusKm;
		if (expected) inside++;
		if (pointInGeometry(geometry, p) !== expected) disagree++;
	}
	return { disagree, nearBoundary, inside };
}

describe('geodesicRing', () => {
	it.each([
		['Mupyong-ni, 4,500 km (reaches past 180 E)', MUPYONG, 4500],
		['Mupyong-ni, 13,000 km (covers the north pole)', MUPYONG, 13000],
		['Mupyong-ni, 16,000 km (covers both poles)', MUPYONG, 16000],
		['Attu, 1,000 km (crosses 180)', { lat: 52.85, lon: 173.18 }, 1000],
		['near the south pole, 2,000 km', { lat: -80, lon: -170 }, 2000]
	])('puts every vertex at the radius to 1 m: %s', (_label, center, radiusKm) => {
		const ring = geodesicRing(center, radiusKm, 720);
		expect(ring.vertices.length).toBeGreaterThanOrEqual(721);
		let worstM = 0;
		for (const [lon, lat] of ring.vertices) {
			worstM = Math.max(worstM, Math.abs(refDistanceM(center, lon, lat) - radiusKm * 1000));
		}
		expect(worstM).toBeLessThan(1);
	});

	it('keeps longitudes continuous (LONG_UNROLL): no jump of 360 between neighbours', () => {
		// Mupyong-ni 4,500 km reaches 180 E in the north-east: unrolled, the ring runs past 180 to ~184 E.
		const ring = geodesicRing(MUPYONG, 4500);
		const lons = ring.vertices.map((p) => p[0]);
		expect(Math.max(...lons)).toBeGreaterThan(180);
		for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i] - lons[i - 1])).toBeLessThan(5);
		expect(ring.windingDeg).toBe(0);
	});

	it('reports which poles a ring covers, from the pole distances (about 5,480 km and 14,530 km from Mupyong-ni)', () => {
		// Meridian arc from 40.6 N to the pole: (90 - 40.6) deg x ~111.0 km/deg at high latitudes = ~5,490 km.
		expect(geodesicRing(MUPYONG, 5400).containsNorthPole).toBe(false);
		expect(geodesicRing(MUPYONG, 5600).containsNorthPole).toBe(true);
		expect(geodesicRing(MUPYONG, 5600).windingDeg).toBe(360);
		expect(geodesicRing(MUPYONG, 14400).containsSouthPole).toBe(false);
		const both = geodesicRing(MUPYONG, 14700);
		expect([both.containsNorthPole, both.containsSouthPole, both.windingDeg]).toEqual([
			true,
			true,
			0
		]);
		expect(geodesicRing({ lat: -60, lon: 170 }, 4000).windingDeg).toBe(-360);
	});

	it('rejects radii and point counts it cannot draw, saying why', () => {
		expect(() => geodesicRing(MUPYONG, 0)).toThrow(/more than 0/);
		expect(() => geodesicRing(MUPYONG, 25000)).toThrow(/at most 19,500 km/);
		expect(() => geodesicRing(MUPYONG, Number.NaN)).toThrow(/Radius/);
		expect(() => geodesicRing(MUPYONG, 4500, 3)).toThrow(/from 8 to 100,000/);
		expect(() => geodesicRing({ lat: 91, lon: 0 }, 4500)).toThrow(/latitude/);
	});
});

describe('geodesicRingSteps', () => {
	it('pauses every REACH_SHAPE_STEP_POINTS azimuths and returns the same ring as geodesicRing', () => {
		for (const [radiusKm, points] of [
			[4500, 360],
			[13000, 720],
			[800, 100]
		]) {
			const steps = geodesicRingSteps(MUPYONG, radiusKm, points);
			let pauses = 0;
			let r = steps.next();
			for (; !r.done; r = steps.next()) pauses++;
			expect(pauses).toBe(Math.ceil(points / REACH_SHAPE_STEP_POINTS) - 1);
			expect(r.value).toEqual(geodesicRing(MUPYONG, radiusKm, points));
		}
	});

	it('rejects a bad radius on its first step', () => {
		const steps = geodesicRingSteps(MUPYONG, 0);
		expect(() => steps.next()).toThrow(/more than 0/);
	});
});

describe('shapeToGeoJSON (RFC 7946)', () => {
	it('splits a ring crossing 180 into a MultiPolygon whose pieces meet at the crossing latitudes', () => {
		const attu = { lat: 52.85, lon: 173.18 };
		const g = shapeToGeoJSON(geodesicRing(attu, 1000));
		expect(g.type).toBe('MultiPolygon');
		if (g.type !== 'MultiPolygon') return;
		expect(g.coordinates).toHaveLength(2);
		const [west, east] = g.coordinates.map((p) => p[0]);
		for (const ring of [west, east]) {
			expect(signedArea2(ring)).toBeGreaterThan(0); // exterior counter-clockwise
			expect(ring[0]).toEqual(ring[ring.length - 1]);
			for (const [x, y] of ring) {
				expect(Math.abs(x)).toBeLessThanOrEqual(180);
				expect(Math.abs(y)).toBeLessThanOrEqual(90);
			}
		}
		const westEdge = west
			.slice(0, -1)
			.filter((p) => p[0] === 180)
			.map((p) => p[1]);
		const eastEdge = east
			.slice(0, -1)
			.filter((p) => p[0] === -180)
			.map((p) => p[1]);
		expect(westEdge).toHaveLength(2);
		expect(eastEdge.sort()).toEqual(westEdge.sort());
		// Independent truth: where the meridian 180 is exactly 1,000 km from Attu (bisection on the inverse).
		const solve = (lo: number, hi: number) => {
			const f = (lat: number) => refDistanceM(attu, 180, lat) - 1e6;
			for (let i = 0; i < 60; i++) {
				const mid = (lo + hi) / 2;
				if (Math.sign(f(mid)) === Math.sign(f(lo))) lo = mid;
				else hi = mid;
			}
			return lo;
		};
		const expected = [solve(20, 53), solve(53, 80)].sort();
		westEdge.sort((a, b) => a - b);
		expect(westEdge[0]).toBeCloseTo(expected[0], 3);
		expect(westEdge[1]).toBeCloseTo(expected[1], 3);
	});

	it('closes a ring covering the north pole along the pole, counter-clockwise', () => {
		const g = shapeToGeoJSON(geodesicRing(MUPYONG, 6000));
		expect(g.type).toBe('Polygon');
		if (g.type !== 'Polygon') return;
		const ring = g.coordinates[0];
		expect(ring).toContainEqual([180, 90]);
		expect(ring).toContainEqual([-180, 90]);
		expect(signedArea2(ring)).toBeGreaterThan(0);
		expect(pointInGeometry(g, [0, 89.9])).toBe(true);
		expect(pointInGeometry(g, [126.4, 40.6])).toBe(true);
		expect(pointInGeometry(g, [-60, -30])).toBe(false);
	});

	it('closes a ring covering the south pole and crossing 180 along the south pole', () => {
		const center = { lat: -60, lon: 175 };
		const g = shapeToGeoJSON(geodesicRing(center, 4000));
		expect(g.type).toBe('Polygon');
		if (g.type !== 'Polygon') return;
		expect(g.coordinates[0]).toContainEqual([-180, -90]);
		expect(signedArea2(g.coordinates[0])).toBeGreaterThan(0);
		expect(pointInGeometry(g, [0, -89.9])).toBe(true);
		expect(pointInGeometry(g, [-178, -58])).toBe(true);
	});

	it('turns a ring covering both poles into the world minus a hole around the antipode', () => {
		const g = shapeToGeoJSON(geodesicRing(MUPYONG, 16000));
		expect(g.type).toBe('Polygon');
		if (g.type !== 'Polygon') return;
		expect(g.coordinates).toHaveLength(2);
		expect(signedArea2(g.coordinates[0])).toBeGreaterThan(0);
		expect(signedArea2(g.coordinates[1])).toBeLessThan(0); // hole clockwise
		// The antipode of Mupyong-ni is 40.6 S, 53.6 W: unreachable; both poles reachable.
		expect(pointInGeometry(g, [-53.574257, -40.611208])).toBe(false);
		expect(pointInGeometry(g, [0, 89.99])).toBe(true);
		expect(pointInGeometry(g, [0, -89.99])).toBe(true);
	});

	it('notches the world on both edges when the unreachable region straddles 180', () => {
		// From 10 N 0 E the antipode is 10 S 180: a 15,000 km ring leaves a hole across the antimeridian.
		const g = shapeToGeoJSON(geodesicRing({ lat: 10, lon: 0 }, 15000));
		expect(g.type).toBe('Polygon');
		if (g.type !== 'Polygon') return;
		expect(g.coordinates).toHaveLength(1);
		expect(signedArea2(g.coordinates[0])).toBeGreaterThan(0);
		expect(pointInGeometry(g, [179.9, -10])).toBe(false);
		expect(pointInGeometry(g, [-179.9, -10])).toBe(false);
		expect(pointInGeometry(g, [10, 10])).toBe(true);
	});

	it.each([
		['4,500 km from Mupyong-ni', MUPYONG, 4500],
		['13,000 km from Mupyong-ni (pole and 180 together)', MUPYONG, 13000],
		['16,000 km from Mupyong-ni (both poles)', MUPYONG, 16000],
		['15,000 km from 10 N 0 E (hole across 180)', { lat: 10, lon: 0 }, 15000],
		['4,000 km from 60 S 175 E (south pole and 180)', { lat: -60, lon: 175 }, 4000],
		['1,500 km from Attu (180 only)', { lat: 52.85, lon: 173.18 }, 1500]
	])(
		'classifies 4,000 random points like the geodesic distance does: %s',
		(_label, center, radiusKm) => {
			const g = shapeToGeoJSON(geodesicRing(center, radiusKm));
			const r = classify(center, radiusKm, g, randomPoints(12345 + radiusKm, 4000));
			expect(r.disagree).toBe(0);
			expect(r.nearBoundary).toBeLessThan(40);
			// Sanity on the sample itself: the share inside roughly matches the cap's area share.
			expect(r.inside).toBeGreaterThan(0);
		}
	);

	it('property: any centre and radius gives a valid RFC 7946 area that agrees with the geodesic distance', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -89, max: 89, noNaN: true }),
				fc.double({ min: -180, max: 180, noNaN: true }),
				fc.double({ min: 50, max: 19000, noNaN: true }),
				fc.integer({ min: 1, max: 1e6 }),
				(lat, lon, radiusKm, seed) => {
					const center = { lat, lon };
					const g = shapeToGeoJSON(geodesicRing(center, radiusKm, 360));
					for (const ring of allRings(g)) {
						expect(ring[0]).toEqual(ring[ring.length - 1]);
						for (const [x, y] of ring) {
							expect(x).toBeGreaterThanOrEqual(-180);
							expect(x).toBeLessThanOrEqual(180);
							expect(Math.abs(y)).toBeLessThanOrEqual(90);
						}
					}
					const r = classify(center, radiusKm, g, randomPoints(seed, 150));
					// 360 vertices: allow the chord sag (a few km for the largest rings) as boundary tolerance.
					expect(r.disagree).toBe(0);
				}
			),
			{ numRuns: 150, seed: 4183 }
		);
	});
});

describe('reachShape', () => {
	it('draws a non-circular contour through the given ranges (rotating Earth)', () => {
		// Longer eastward (azimuth 90) than westward (270), as on a rotating Earth.
		const rangeAt = (az: number) => 4100 + 150 * Math.sin((az * Math.PI) / 180);
		const shape = reachShape(MUPYONG, rangeAt, 720);
		const east = shape.vertices.map((p) => refDistanceM(MUPYONG, p[0], p[1]) / 1000);
		expect(Math.max(...east)).toBeCloseTo(4250, 0);
		expect(Math.min(...east)).toBeCloseTo(3950, 0);
	});
});

describe('shapeToDisplayRings (Pacific-centred map)', () => {
	it('keeps the ring continuous and beside the Pacific centre (no band across the map)', () => {
		const rings = shapeToDisplayRings(geodesicRing(MUPYONG, 4500), 150);
		expect(rings).toHaveLength(3);
		const middle = rings[1];
		for (const [x] of middle) {
			expect(x).toBeGreaterThan(150 - 180);
			expect(x).toBeLessThan(150 + 180);
		}
		for (let i = 1; i < middle.length; i++)
			expect(Math.abs(middle[i][0] - middle[i - 1][0])).toBeLessThan(5);
	});

	it('closes a pole-covering ring along the pole across three world widths', () => {
		const [cap] = shapeToDisplayRings(geodesicRing(MUPYONG, 13000), 150);
		const xs = cap.map((p) => p[0]);
		expect(Math.min(...xs)).toBe(150 - 540);
		expect(Math.max(...xs)).toBe(150 + 540);
		expect(cap.filter((p) => p[1] === 90)).toHaveLength(2);
	});
});

describe('ring resolution drawn on the map (360 vertices, straight in Web Mercator)', () => {
	// The map draws a straight segment between vertices in Web Mercator. The segment's midpoint, taken in
	// Mercator and mapped back, must stay on the ring (independent distance from geographiclib).
	const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	const latOfY = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;
	it.each([
		[4124, 'Kepler floor of 30 Jan 2022'],
		[10000, 'a ring through the tropics and the Arctic'],
		[13000, 'a ring covering the north pole']
	])('%d km (%s): every segment midpoint within 1 km of the radius', (radiusKm) => {
		const shape = geodesicRing(MUPYONG, radiusKm, 360);
		let worst = 0;
		for (let i = 1; i < shape.vertices.length; i++) {
			const [x1, y1] = shape.vertices[i - 1];
			const [x2, y2] = shape.vertices[i];
			const lat = latOfY((mercY(y1) + mercY(y2)) / 2);
			const d = refDistanceM(MUPYONG, (x1 + x2) / 2, lat) / 1000;
			worst = Math.max(worst, Math.abs(d - radiusKm));
		}
		expect(worst).toBeLessThan(1);
		expect(worst).toBeGreaterThan(0);
	});
});
