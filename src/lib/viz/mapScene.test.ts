import { describe, expect, it } from 'vitest';
import { inverse } from '../geo/geodesic.ts';
import { buildScene, resolveSite, type MapTest } from './mapScene.ts';

const site = { id: 'site', name: 'Launch site, Somewhere', lat: 40, lon: 127 };
const test: MapTest = {
	id: 't',
	label: '2030-01-01 Test',
	missileId: 'm',
	siteId: 'site',
	flownRangeKm: null,
	azimuthDeg: 75,
	impact: null,
	impactDescription: 'not reported',
	publishers: []
};
const targets = [{ id: 'guam', name: 'Guam', lat: 13.58, lon: 144.93, origin: 'dataset' as const }];

describe('buildScene for a test without reported figures', () => {
	const scene = buildScene({
		test,
		site: resolveSite(null, test, [site]),
		models: null,
		modelsMissing: 'No reach rings: no apogee or range was reported for this test.',
		rotation: false,
		customRangeKm: null,
		targets
	});

	it('says what is missing, draws no ring and no track, and still measures the targets', () => {
		expect(scene.notes).toEqual(['No reach rings: no apogee or range was reported for this test.']);
		expect(scene.rings).toEqual([]);
		expect(scene.impact).toBeNull();
		expect(scene.track).toEqual([]);
		expect(scene.rows[0].verdicts).toEqual({ kepler: null, powered: null });
		expect(scene.rows[0].distanceKm).toBeCloseTo(inverse(site, targets[0]).distanceKm, 9);
	});
});

describe('the impact point', () => {
	it('lies the reported range along the azimuth the engine flew, marked as estimated', () => {
		const scene = buildScene({
			test: { ...test, flownRangeKm: 800 },
			site: resolveSite(null, test, [site]),
			models: null,
			rotation: false,
			customRangeKm: null,
			targets: []
		});
		const inv = inverse(site, scene.impact!);
		expect(inv.distanceKm).toBeCloseTo(800, 6);
		expect(inv.azimuthDeg).toBeCloseTo(75, 6);
		expect(scene.impact!.basis).toMatch(/launch azimuth of 75°/);
	});

	it('uses reported coordinates when a source gives them', () => {
		const scene = buildScene({
			test: { ...test, flownRangeKm: 800, impact: { lat: 41, lon: 136 } },
			site: resolveSite(null, test, [site]),
			models: null,
			rotation: false,
			customRangeKm: null,
			targets: []
		});
		expect(scene.impact).toMatchObject({ lat: 41, lon: 136, estimated: false });
	});

	it('is not moved with the launch site (the flight was flown from its own)', () => {
		const moved = buildScene({
			test: { ...test, flownRangeKm: 800 },
			site: resolveSite({ kind: 'point', lat: 39, lon: 125 }, test, [site]),
			models: null,
			rotation: false,
			customRangeKm: null,
			targets: []
		});
		expect(moved.impact).toBeNull();
		expect(moved.site.name).toBe('Chosen site 39.00° N, 125.00° E');
	});
});
