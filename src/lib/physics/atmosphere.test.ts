import { describe, expect, it } from 'vitest';
import { air, dragCoefficient, us76Lower } from './atmosphere.ts';

// U.S. Standard Atmosphere 1976, Table I (geometric altitude): density kg/m^3, temperature K.
const TABLE: [number, number, number][] = [
	[0, 1.225, 288.15],
	[5, 0.73643, 255.68],
	[11, 0.3648, 216.77],
	[20, 0.08891, 216.65],
	[32, 0.013555, 228.49],
	[50, 1.0269e-3, 270.65],
	[80, 1.8458e-5, 198.64]
];

describe('US Standard Atmosphere 1976', () => {
	it.each(TABLE)('at %d km: density %f kg/m^3, temperature %f K', (z, rho, t) => {
		const s = us76Lower(z);
		expect(s.densityKgM3 / rho).toBeCloseTo(1, 3);
		expect(s.temperatureK).toBeCloseTo(t, 1);
		expect(air(z).densityKgM3 / rho).toBeCloseTo(1, 3);
	});

	it('gives the sea-level speed of sound 340.29 m/s and pressure ratio 1', () => {
		const a = air(0);
		expect(a.speedOfSoundKms * 1000).toBeCloseTo(340.29, 1);
		expect(a.pressureRatio).toBe(1);
	});

	it('uses the tabulated thermosphere above 86 km and is zero above 1000 km', () => {
		expect(air(100).densityKgM3 / 5.604e-7).toBeCloseTo(1, 6);
		expect(air(300).densityKgM3 / 1.916e-11).toBeCloseTo(1, 6);
		expect(air(1500).densityKgM3).toBe(0);
	});

	it('is monotone decreasing in density from 0 to 1000 km and never NaN', () => {
		let prev = Infinity;
		for (let z = -1; z <= 1000; z += 0.7) {
			const d = air(z).densityKgM3;
			expect(Number.isFinite(d)).toBe(true);
			expect(d).toBeLessThanOrEqual(prev);
			prev = d;
		}
	});
});

describe('dragCoefficient', () => {
	it('peaks transonically and falls at high Mach', () => {
		expect(dragCoefficient(1.15)).toBeGreaterThan(dragCoefficient(0.5));
		expect(dragCoefficient(1.15)).toBeGreaterThan(dragCoefficient(5));
		expect(dragCoefficient(30)).toBeCloseTo(0.22, 6);
		expect(dragCoefficient(Number.NaN)).toBeCloseTo(0.3, 6);
	});
});
