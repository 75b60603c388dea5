import { describe, expect, it } from 'vitest';
import { requireTest } from '../data/dataset.ts';
import { inverse } from '../geo/geodesic.ts';
import { sceneToGeoJSON, splitLine } from '../viz/mapScene.ts';
import { testAzimuthDeg } from './engine.ts';
import { sceneForView } from './map.ts';

const view = {
	testId: '2022-01-30-hwasong-12',
	site: null,
	rotation: false,
	customRangeKm: 13000,
	userTargets: [{ lat: 21.3, lon: -157.9, name: 'Pearl Harbor' }]
};

describe('sceneForView', () => {
	const scene = sceneForView(view);

	it("draws the flown track the reported 800 km from Mupyong-ni along the engine's launch azimuth", () => {
		expect(scene.site.id).toBe('mupyong-ni');
		expect(scene.impact?.estimated).toBe(true);
		expect(scene.impact?.basis).toMatch(/estimated/);
		const inv = inverse(scene.site, scene.impact!);
		expect(inv.distanceKm).toBeCloseTo(800, 3);
		// The same azimuth the engine flies the test along: every page shows one flight.
		expect(inv.azimuthDeg).toBeCloseTo(testAzimuthDeg(requireTest('2022-01-30-hwasong-12')), 6);
		expect(scene.track[0]).toEqual([scene.site.lon, scene.site.lat]);
	});

	it('has the Kepler floor ring and band, the custom ring, and the user target in the table', () => {
		// The engine's powered estimate and its band come with the default models.
		expect(scene.rings.map((r) => r.id)).toEqual([
			'kepler-band',
			'kepler',
			'powered-band',
			'powered',
			'custom'
		]);
		expect(scene.rows.find((r) => r.name === 'Pearl Harbor')?.origin).toBe('user');
	});

	it('computes a ring once, on first read', () => {
		const ring = scene.rings.find((r) => r.id === 'custom')!;
		expect(ring.displayRings).toBe(ring.displayRings);
		expect(ring.shapes[0].vertices.length).toBeGreaterThanOrEqual(360);
	});

	it('computes the track on first read; none without an impact', () => {
		expect(scene.track).toBe(scene.track);
		expect(scene.track).toHaveLength(65);
		expect(sceneForView({ ...view, site: { kind: 'point', lat: 39, lon: 125 } }).track).toEqual([]);
	});

	it('moves no flown track to a site the test was not launched from', () => {
		const moved = sceneForView({ ...view, site: { kind: 'point', lat: 39, lon: 125 } });
		expect(moved.impact).toBeNull();
		expect(moved.site.name).toBe('Chosen site 39.00° N, 125.00° E');
	});

	it('notes that rotation needs a sweep no model provides yet', () => {
		const rot = sceneForView({ ...view, rotation: true });
		if (rot.rotationAvailable) expect(rot.rings.some((r) => r.id === 'rotating')).toBe(true);
		else expect(rot.notes.join(' ')).toMatch(/non-rotating/);
	});

	it('exports RFC 7946 features with longitudes in [-180, 180]', () => {
		const fc = sceneToGeoJSON(scene);
		const kinds = fc.features.map((f) => f.properties.kind);
		expect(kinds.filter((k) => k === 'target')).toHaveLength(11);
		expect(kinds).toContain('impact');
		const walk = (v: unknown): number[][] =>
			Array.isArray(v) && typeof v[0] === 'number'
				? [v as number[]]
				: Array.isArray(v)
					? v.flatMap(walk)
					: [];
		for (const f of fc.features) {
			for (const [x, y] of walk((f.geometry as { coordinates: unknown }).coordinates)) {
				expect(Math.abs(x)).toBeLessThanOrEqual(180);
				expect(Math.abs(y)).toBeLessThanOrEqual(90);
			}
		}
		const custom = fc.features.find((f) => f.properties.id === 'custom')!;
		expect((custom.geometry as { type: string }).type).toBe('Polygon'); // closed along the north pole
	});
});

describe('splitLine', () => {
	it('splits a line crossing 180 into two pieces that meet at the same latitude', () => {
		const pieces = splitLine([
			[170, 50],
			[178, 52],
			[186, 54]
		]);
		expect(pieces).toEqual([
			[
				[170, 50],
				[178, 52],
				[180, 52.5]
			],
			[
				[-180, 52.5],
				[-174, 54]
			]
		]);
	});
	it('leaves a line that stays on one side whole, normalised', () => {
		expect(
			splitLine([
				[190, 0],
				[200, 1]
			])
		).toEqual([
			[
				[-170, 0],
				[-160, 1]
			]
		]);
	});
});
