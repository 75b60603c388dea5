import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, MU_KM3_S2 } from './constants.ts';
import { dopri5 } from './integrate.ts';
import { keplerFromBurnout } from './kepler.ts';

describe('dopri5', () => {
	it('integrates the harmonic oscillator over ten periods to 1e-8', () => {
		const res = dopri5(
			(_t, y, out) => {
				out[0] = y[1];
				out[1] = -y[0];
			},
			0,
			[1, 0],
			20 * Math.PI,
			{ relTol: 1e-11, absTol: 1e-12 }
		);
		expect(res.status).toBe('done');
		expect(res.y[0]).toBeCloseTo(1, 8);
		expect(res.y[1]).toBeCloseTo(0, 8);
	});

	it('locates events with direction: cos t falls through zero at pi/2 and rises at 3 pi/2', () => {
		const f = (_t: number, y: Float64Array, out: Float64Array) => {
			out[0] = y[1];
			out[1] = -y[0];
		};
		const res = dopri5(f, 0, [1, 0], 10, {
			relTol: 1e-10,
			absTol: 1e-12,
			events: [
				{ name: 'down', g: (_t, y) => y[0], direction: -1, terminal: false },
				{ name: 'up', g: (_t, y) => y[0], direction: 1, terminal: true }
			]
		});
		expect(res.status).toBe('event');
		expect(res.events.map((e) => e.name)).toEqual(['down', 'up']);
		expect(res.events[0].t).toBeCloseTo(Math.PI / 2, 8);
		expect(res.t).toBeCloseTo((3 * Math.PI) / 2, 8);
	});

	it('matches exponential decay and reports the step counts', () => {
		const res = dopri5((_t, y, out) => void (out[0] = -2 * y[0]), 0, [1], 3, {
			relTol: 1e-10,
			absTol: 1e-14
		});
		expect(res.y[0] / Math.exp(-6)).toBeCloseTo(1, 8);
		expect(res.steps).toBeGreaterThan(5);
		expect(res.evaluations).toBe(1 + 6 * (res.steps + res.rejected));
	});
});

// A ballistic arc in vacuum, integrated in the orbital plane (x, y) from an impulsive burnout.
function coast(vKms: number, gammaDeg: number, hKm: number, relTol = 1e-12) {
	const r0 = EARTH_RADIUS_KM + hKm;
	const g = (gammaDeg * Math.PI) / 180;
	const y0 = [r0, 0, 0, vKms * Math.sin(g), vKms * Math.cos(g), 0];
	const f = (_t: number, y: Float64Array, out: Float64Array) => {
		const r = Math.hypot(y[0], y[1], y[2]);
		const k = -MU_KM3_S2 / (r * r * r);
		out[0] = y[3];
		out[1] = y[4];
		out[2] = y[5];
		out[3] = k * y[0];
		out[4] = k * y[1];
		out[5] = k * y[2];
	};
	let apogee = 0;
	const energy: number[] = [];
	const momentum: number[] = [];
	const tmp = new Float64Array(6);
	const res = dopri5(f, 0, y0, 20000, {
		relTol,
		absTol: 1e-13,
		events: [
			{ name: 'apogee', g: (_t, y) => y[0] * y[3] + y[1] * y[4], direction: -1, terminal: false },
			{ name: 'return', g: (_t, y) => Math.hypot(y[0], y[1]) - r0, direction: -1, terminal: true }
		],
		onStep: (_a, t1, interp) => {
			interp(t1, tmp);
			const r = Math.hypot(tmp[0], tmp[1], tmp[2]);
			energy.push((tmp[3] ** 2 + tmp[4] ** 2 + tmp[5] ** 2) / 2 - MU_KM3_S2 / r);
			momentum.push(tmp[0] * tmp[4] - tmp[1] * tmp[3]);
		}
	});
	const ap = res.events.find((e) => e.name === 'apogee');
	if (ap) apogee = Math.hypot(ap.y[0], ap.y[1]) - EARTH_RADIUS_KM;
	const angle = Math.atan2(res.y[1], res.y[0]);
	return { res, apogee, rangeKm: angle * EARTH_RADIUS_KM, timeS: res.t, energy, momentum };
}

describe('integrator against the Kepler closed form (vacuum, non-rotating, impulsive burnout)', () => {
	it('conserves energy and angular momentum to 1e-9 relative over a whole flight', () => {
		const c = coast(6.5, 40, 150);
		const e0 = c.energy[0],
			h0 = c.momentum[0];
		const de = Math.max(...c.energy.map((e) => Math.abs((e - e0) / e0)));
		const dh = Math.max(...c.momentum.map((h) => Math.abs((h - h0) / h0)));
		expect(c.energy.length).toBeGreaterThan(10);
		expect(de).toBeLessThan(1e-9);
		expect(dh).toBeLessThan(1e-9);
	});

	it.each([
		[5.5, 82.5, 0],
		[5.3, 35, 100],
		[7.0, 20, 300],
		[4.0, 60, 50]
	])('v %f km/s, gamma %f deg, h %f km: range, apogee and time within 0.1 %', (v, gamma, h) => {
		const k = keplerFromBurnout({
			burnoutSpeedKms: v,
			burnoutAngleDeg: gamma,
			burnoutAltitudeKm: h
		});
		expect(k.ok).toBe(true);
		if (!k.ok || k.orbital) return;
		const c = coast(v, gamma, h, 1e-9);
		expect(Math.abs(c.rangeKm / k.rangeKm! - 1)).toBeLessThan(1e-3);
		expect(Math.abs(c.apogee / k.apogeeKm! - 1)).toBeLessThan(1e-3);
		expect(Math.abs(c.timeS / k.freeFlightTimeS! - 1)).toBeLessThan(1e-3);
	});
});
