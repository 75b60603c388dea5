import { describe, expect, it } from 'vitest';
import { inverse } from './geodesic.ts';
import { sceneToGeoJSON, splitLine } from './scene.ts';
import { presetGeodesics, sceneForView } from './view.ts';

const view = {
	testId: '2022-01-30-hwasong-12',
	site: null,
	rotation: false,
	customRangeKm: 13000,
	userTargets: [{ lat: 21.3, lon: -157.9, name: 'Pearl Harbor' }]
};

describe('sceneForView', () => {
	const scene = sceneForView(view);

	it('draws the flown track about 800 km due east of Mupyong-ni, marked as an estimate', () => {
		expect(scene.site.id).toBe('mupyong-ni');
		expect(scene.impact?.estimated).toBe(true);
		expect(scene.impact?.basis).toMatch(/estimated/);
		const inv = inverse(scene.site, scene.impact!);
		expect(inv.distanceKm).toBeCloseTo(800, 3);
		expect(inv.azimuthDeg).toBeCloseTo(90, 6);
		expect(scene.track[0]).toEqual([scene.site.lon, scene.site.lat]);
	});

	it('has the Kepler floor ring and band, the custom ring, and the user target in the table', () => {
		expect(scene.rings.map((r) => r.id)).toEqual(['kepler-band', 'kepler', 'custom']);
		expect(scene.rows.find((r) => r.name === 'Pearl Harbor')?.origin).toBe('user');
	});

	it('computes ring geometry step by step, the same as reading it at once', () => {
		const stepped = sceneForView({ ...view, points: 180 });
		const eager = sceneForView({ ...view, points: 180 });
		for (const [i, ring] of stepped.rings.entries()) {
			const steps = ring.geometrySteps();
			let pauses = 0;
			while (!steps.next().done) pauses++;
			// 180 points in steps of 90: one pause per circle; a band (two circles) pauses three times.
			expect(pauses).toBe(ring.filled ? 3 : 1);
			expect(ring.displayRings).toEqual(eager.rings[i].displayRings);
			expect(ring.shapes).toEqual(eager.rings[i].shapes);
			// Done once: stepping again does no work.
			expect(ring.geometrySteps().next().done).toBe(true);
		}
	});

	it('finishes a half-stepped ring when its geometry is read', () => {
		const scene = sceneForView({ ...view, points: 360 });
		const ring = scene.rings.find((r) => r.id === 'custom')!;
		const steps = ring.geometrySteps();
		steps.next();
		expect(ring.shapes[0].vertices.length).toBeGreaterThan(360);
		expect(steps.next().done).toBe(true);
	});

	it('build-time geodesics for named sites only: the same numbers, no other site', () => {
		const all = presetGeodesics();
		const one = presetGeodesics(['mupyong-ni']);
		expect(Object.keys(one)).toEqual(['mupyong-ni']);
		expect(one['mupyong-ni']).toEqual(all['mupyong-ni']);
		expect(presetGeodesics(['no-such-site'])).toEqual({});
	});

	it('gives the same table with the build-time geodesics, solving none for preset targets', () => {
		const geodesics = presetGeodesics();
		expect(Object.keys(geodesics)).toContain('mupyong-ni');
		for (const site of [null, { kind: 'preset' as const, id: 'sunan' }]) {
			const plain = sceneForView({ ...view, site });
			const baked = sceneForView({
				...view,
				site,
				geodesics: JSON.parse(JSON.stringify(geodesics))
			});
			expect(baked.rows).toEqual(plain.rows);
		}
		// The table is read, not re-solved: a (deliberately wrong) entry shows up in the row; added
		// points are always solved.
		const wrong = { ...geodesics, 'mupyong-ni': { ...geodesics['mupyong-ni'] } };
		const guam = scene.rows.find((r) => r.id === 'andersen-afb')!;
		wrong['mupyong-ni'][guam.id] = { distanceKm: 1, azimuthDeg: 2 };
		const rows = sceneForView({ ...view, geodesics: wrong }).rows;
		expect(rows.find((r) => r.id === guam.id)?.distanceKm).toBe(1);
		expect(rows.find((r) => r.origin === 'user')?.distanceKm).toBeCloseTo(
			scene.rows.find((r) => r.origin === 'user')!.distanceKm,
			9
		);
	});

	it('computes the track on first read; none without an impact', () => {
		expect(scene.track).toBe(scene.track);
		expect(scene.track).toHaveLength(65);
		expect(sceneForView({ ...view, site: { kind: 'point', lat: 39, lon: 125 } }).track).toEqual([]);
	});

	it('moves no flown track to a site the test was not launched from', () => {
		const moved = sceneForView({ ...view, site: { kind: 'point', lat: 39, lon: 125 } });
		expect(moved.impact).toBeNull();
		expect(moved.site.name).toBe('Chosen site 39.00 N, 125.00 E');
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
