import { describe, expect, it } from 'vitest';
import { getPlace, places } from '../data/dataset.ts';
import { targetRows } from '../geo/reach.ts';
import { keplerFloorKm, reachModelsForTest, reachModelsWithPowered } from './reach.ts';

describe('reach of the 30 Jan 2022 Hwasong-12', () => {
	it('has a Kepler floor of about 4,120 km (physics.md check value: range 800, apogee 2,000)', () => {
		expect(keplerFloorKm(800, 2000)).toBeGreaterThan(4100);
		expect(keplerFloorKm(800, 2000)).toBeLessThan(4140);
		const m = reachModelsForTest('2022-01-30-hwasong-12');
		expect(m.kepler.bandKm![0]).toBeLessThan(m.kepler.rangeKm);
		expect(m.kepler.bandKm![1]).toBeGreaterThan(m.kepler.rangeKm);
	});

	it('puts Guam (about 3,500 km) in reach and Anchorage (about 5,840 km) out of reach', () => {
		const models = reachModelsForTest('2022-01-30-hwasong-12');
		const site = getPlace('mupyong-ni')!;
		const targets = places
			.filter((p) => p.kind === 'target')
			.map((p) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon, origin: 'dataset' as const }));
		const rows = targetRows(site, targets, models);
		const row = (id: string) => rows.find((r) => r.id === id)!;
		expect(row('andersen-afb').verdicts.kepler.verdict).toBe('in reach');
		expect(row('anchorage').verdicts.kepler.verdict).toBe('out of reach');
		expect(row('washington-dc').verdicts.kepler.verdict).toBe('out of reach');
		expect(row('tokyo').marginKm).toBeGreaterThan(2500);
		// Sorted by distance.
		expect(rows.map((r) => r.distanceKm)).toEqual(
			[...rows.map((r) => r.distanceKm)].sort((a, b) => a - b)
		);
	});

	it("with the engine's powered estimate (published ~4,500 km): Guam inside the P5-P95 band, Anchorage out of reach", () => {
		const models = reachModelsWithPowered('2022-01-30-hwasong-12');
		expect(models.powered).not.toBeNull();
		// A powered standard trajectory flies at least as far as the Kepler floor.
		expect(models.powered!.rangeKm).toBeGreaterThanOrEqual(models.kepler.rangeKm);
		const site = getPlace('mupyong-ni')!;
		const targets = ['andersen-afb', 'anchorage'].map((id) => {
			const p = getPlace(id)!;
			return { id, name: p.name, lat: p.lat, lon: p.lon, origin: 'dataset' as const };
		});
		for (const rotation of [false, true]) {
			const rows = targetRows(site, targets, models, rotation);
			// Guam (about 3,500 km) lies between the Monte Carlo's P5 and P95: it depends on the assumptions.
			expect(rows[0].verdicts.powered?.verdict).toBe('depends on assumptions');
			expect(rows[1].verdicts.powered?.verdict).toBe('out of reach');
		}
	});

	it('names the known test ids when given an unknown one', () => {
		expect(() => reachModelsForTest('1999-01-01-nope')).toThrow(
			/Known test ids: .*2022-01-30-hwasong-12/
		);
	});
});
