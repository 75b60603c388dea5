import { describe, expect, it } from 'vitest';
import { estimateTest } from '../../src/lib/scene/engine.ts';
import { CliError } from '../lib/cli-kit.ts';
import { inferCommand } from './infer.ts';
import { profileCommand } from './profile.ts';

const run = (values: Record<string, string | boolean>) => inferCommand.run(values, []);

describe('infer command', () => {
	it('prints exactly estimateTest(id) as JSON for --test, with its Monte Carlo', async () => {
		const out = await run({ test: '2022-01-30-hwasong-12', samples: '40', seed: '3', json: true });
		expect(JSON.parse(JSON.stringify(out.json))).toEqual(
			JSON.parse(JSON.stringify(estimateTest('2022-01-30-hwasong-12', { samples: 40, seed: 3 })))
		);
		const mc = (out.json as { montecarlo: Record<string, unknown> }).montecarlo;
		for (const k of [
			'samples',
			'seed',
			'p05',
			'p50',
			'p95',
			'orbitalFraction',
			'sensitivity',
			'targets'
		])
			expect(mc).toHaveProperty(k);
		expect(mc.samples).toBe(40);
		expect((mc.sensitivity as { name: string; rankCorrelation: number }[])[0]).toHaveProperty(
			'rankCorrelation'
		);
		expect((mc.targets as { name: string; probability: number }[]).length).toBeGreaterThan(5);
		const j = out.json as { kepler: Record<string, unknown>; powered: Record<string, unknown> };
		for (const k of [
			'burnoutSpeedKms',
			'burnoutAngleDeg',
			'freeFlightTimeS',
			'standardRangeKm',
			'orbital'
		])
			expect(j.kepler).toHaveProperty(k);
		for (const k of [
			'standardRangeKm',
			'bandKm',
			'orbital',
			'rotating',
			'residuals',
			'assumptions'
		])
			expect(j.powered).toHaveProperty(k);
		expect(out.text).toMatch(/Kepler floor/);
	});

	it('--samples 0 skips the Monte Carlo; --no-band gives no band (null, a dash), not a zero-width one', async () => {
		const a = (await run({ test: '2022-01-30-hwasong-12', samples: '0', json: true })).json as {
			montecarlo: unknown;
			powered: { bandKm: unknown };
		};
		expect(a.montecarlo).toBeNull();
		expect(a.powered.bandKm).toBeNull();
		const b = await run({ 'range-km': '800', 'apogee-km': '2000', 'no-band': true });
		expect((b.json as { powered: { bandKm: unknown } }).powered.bandKm).toBeNull();
		expect(b.text).toMatch(/band \(Monte Carlo P5 to P95\)\s+—/);
	});

	it('--test applies --azimuth-deg and --burnout-altitude-km, and refuses bad values', async () => {
		const out = (
			await run({
				test: '2022-01-30-hwasong-12',
				samples: '0',
				'azimuth-deg': '120',
				'burnout-altitude-km': '150',
				json: true
			})
		).json as {
			input: { azimuthDeg: number; burnoutAltitudeKm: number };
			kepler: { floorApplies: boolean };
		};
		expect(out.input.azimuthDeg).toBe(120);
		expect(out.input.burnoutAltitudeKm).toBe(150);
		expect(out.kepler.floorApplies).toBe(false);
		for (const values of [
			{ test: '2022-01-30-hwasong-12', 'azimuth-deg': 'NaN' },
			{ test: '2022-01-30-hwasong-12', 'burnout-altitude-km': 'banana' }
		] as Record<string, string>[])
			await expect(Promise.resolve().then(() => run(values))).rejects.toBeInstanceOf(CliError);
	});

	it('never says "agree" with a powered range below a Kepler floor that applies; says why when it does not', async () => {
		const out = await run({
			'range-km': '800',
			'apogee-km': '2000',
			'burnout-altitude-km': '1999',
			samples: '0'
		});
		expect(out.text).toMatch(/Kepler floor: The floor uses the assumed burnout altitude/);
		const flat = await run({ 'range-km': '3470', 'apogee-km': '204.631', samples: '0' });
		expect(flat.text).toMatch(
			/Kepler floor: The reported arc is (flatter than|close to) the minimum-energy arc/
		);
	});

	it('bare figures: Kepler at the surface unless a burnout altitude is given', async () => {
		const a = (await run({ 'range-km': '800', 'apogee-km': '2000', 'no-band': true })).json as {
			kepler: { burnoutSpeedKms: number; burnoutAltitudeKm: number };
		};
		const b = (
			await run({
				'range-km': '800',
				'apogee-km': '2000',
				'burnout-altitude-km': '150',
				'no-band': true
			})
		).json as { kepler: { burnoutSpeedKms: number; burnoutAltitudeKm: number } };
		expect(a.kepler.burnoutAltitudeKm).toBe(0);
		expect(b.kepler.burnoutAltitudeKm).toBe(150);
		expect(b.kepler.burnoutSpeedKms).toBeLessThan(a.kepler.burnoutSpeedKms);
	});

	it.each([
		[{ 'range-km': '0', 'apogee-km': '2000' }, /greater than 0/],
		[{ 'range-km': 'abc', 'apogee-km': '2000' }, /must be a number/],
		[
			{ 'range-km': '800', 'apogee-km': '100', 'burnout-altitude-km': '200' },
			/not above the burnout altitude/
		],
		[{ 'range-km': '800', 'apogee-km': '2000', missile: 'hwasong-99' }, /Unknown missile id/],
		[{ test: 'nope' }, /Unknown test id/],
		[{ 'range-km': '800' }, /apogee-km is required/],
		[{ 'range-km': '800', 'apogee-km': '2000', lat: '40' }, /--lat and --lon go together/],
		[{ 'range-km': '800', 'apogee-km': '1e9' }, /sphere of influence/],
		[
			{ 'range-km': '800', 'apogee-km': '2000', 'flight-time-s': '300' },
			/shorter than the free flight/
		],
		[{ 'range-km': '800', 'apogee-km': '2000', samples: '-1' }, /--samples/],
		[{ 'range-km': '800', 'apogee-km': '2000', 'stage-count': '4' }, /--stage-count/],
		[{ test: '2022-01-30-hwasong-12', missile: 'hwasong-12' }, /drop --missile/]
	])('bad input %j is a one-line CliError', async (values, message) => {
		await expect(Promise.resolve().then(() => run(values))).rejects.toThrow(message);
		await expect(Promise.resolve().then(() => run(values))).rejects.toBeInstanceOf(CliError);
	});
});

describe('profile command', () => {
	it('returns both time series with t, altitudeKm, downrangeKm, speedKms', async () => {
		const out = await profileCommand.run({ test: '2022-01-30-hwasong-12' }, []);
		const j = out.json as { lofted: object[]; standard: object[]; source: string };
		expect(j.source).toBe('powered');
		expect(Object.keys(j.lofted[0]).sort()).toEqual(['altitudeKm', 'downrangeKm', 'speedKms', 't']);
		expect(j.standard.length).toBeGreaterThan(10);
	});

	it('rejects an unknown test id', async () => {
		await expect(
			Promise.resolve().then(() => profileCommand.run({ test: 'nope' }, []))
		).rejects.toThrow(/Unknown test id/);
	});
});
