import { describe, expect, it } from 'vitest';
import { estimateTest } from '../../src/lib/physics/index.ts';
import { CliError } from '../lib/cli-kit.ts';
import { inferCommand } from './infer.ts';
import { profileCommand } from './profile.ts';

const run = (values: Record<string, string | boolean>) => inferCommand.run(values, []);

describe('infer command', () => {
	it('prints exactly estimateTest(id) as JSON for --test', async () => {
		const out = await run({ test: '2022-01-30-hwasong-12', json: true });
		expect(JSON.parse(JSON.stringify(out.json))).toEqual(
			JSON.parse(JSON.stringify(estimateTest('2022-01-30-hwasong-12')))
		);
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
		[{ 'range-km': '800', 'apogee-km': '2000', lat: '40' }, /--lat and --lon go together/]
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
