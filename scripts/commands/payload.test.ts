import { describe, expect, it } from 'vitest';
import { CliError } from '../lib/cli-kit.ts';
import { payloadCommand } from './payload.ts';

describe('payload command', () => {
	it('gives the implied payload, the 0-2,500 kg curve and the largest payload per target', async () => {
		const out = await payloadCommand.run(
			{ test: '2022-01-30-hwasong-12', samples: '20', json: true },
			[]
		);
		const j = out.json as {
			impliedPayloadKg: { p05: number; p50: number; p95: number };
			points: {
				addedPayloadKg: number;
				p05: number;
				p50: number;
				p95: number;
				orbitalFraction: number;
			}[];
			maxPayloadKg: { target: string; kg: number | null }[];
		};
		expect(j.impliedPayloadKg.p05).toBeGreaterThan(0);
		expect(j.points[0].addedPayloadKg).toBe(0);
		expect(j.points.at(-1)!.addedPayloadKg).toBe(2500);
		expect(j.points.at(-1)!.p50).toBeLessThan(j.points[0].p50);
		expect(j.maxPayloadKg.map((m) => m.target)).toContain('15,000 km');
		expect(out.text).toMatch(/Payload added \(kg\)/);
	});

	it('refuses a test the engine does not apply to, or no test, with exit-2 errors', async () => {
		await expect(Promise.resolve().then(() => payloadCommand.run({}, []))).rejects.toBeInstanceOf(
			CliError
		);
		await expect(
			Promise.resolve().then(() => payloadCommand.run({ test: 'nope' }, []))
		).rejects.toThrow(/Unknown test id/);
	});
});
