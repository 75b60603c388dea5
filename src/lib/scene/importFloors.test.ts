/**
 * Checked against the closed form of the minimum-energy arc written out here (Bate, Mueller & White,
 * ch. 6), not through kepler.ts: an arc that already is the minimum-energy arc for its range has that
 * range as its own floor; a lofted arc's floor is longer than its range.
 */
import { describe, expect, it } from 'vitest';
import { keplerFloor } from './importFloors.ts';

/** The IUGG mean Earth radius, which the engine's spherical Earth uses. */
const R = 6371.0088;

/** Apogee (km) of the minimum-energy arc of ground range `rangeKm`, burnout at the surface. */
function minimumEnergyApogeeKm(rangeKm: number): number {
	const psi = rangeKm / R;
	const s = Math.sin(psi / 2);
	const q = (2 * s) / (1 + s);
	const gamma = Math.PI / 4 - psi / 4;
	const a = R / (2 - q);
	const e = Math.sqrt(1 - q * (2 - q) * Math.cos(gamma) ** 2);
	return a * (1 + e) - R;
}

const row = (distanceKm: number | null, apogeeKm: number | null) => ({
	row: 1,
	distanceKm,
	apogeeKm,
	apogeeLowKm: null,
	distanceLowKm: null
});

describe('keplerFloor', () => {
	it.each([300, 1000, 3000, 5500, 10000])(
		'gives a %d km minimum-energy arc its own range',
		(rangeKm) => {
			const floor = keplerFloor(row(rangeKm, minimumEnergyApogeeKm(rangeKm)));
			expect(floor.reason).toBeNull();
			expect(Math.abs(floor.standardRangeKm! / rangeKm - 1)).toBeLessThan(1e-6);
		}
	);

	it('gives a lofted arc a floor longer than its ground range', () => {
		const floor = keplerFloor(row(800, 2000));
		expect(floor.standardRangeKm!).toBeGreaterThan(800 * 3);
		expect(floor.orbital).toBe(false);
	});

	it('says orbital for an arc beyond orbital speed, and why there is no floor otherwise', () => {
		expect(keplerFloor(row(1000, 60000))).toMatchObject({
			orbital: true,
			standardRangeKm: null,
			reason: null
		});
		expect(keplerFloor(row(null, 2000)).reason).toMatch(/no apogee or no distance/);
		expect(keplerFloor({ ...row(800, null), apogeeLowKm: 50 }).reason).toMatch(/interval/);
		expect(keplerFloor(row(0, 100)).reason).toMatch(/Range/);
	});
});
