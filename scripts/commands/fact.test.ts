import { describe, expect, it } from 'vitest';
import { CliError } from '../lib/cli-kit.ts';
import { factCommand } from './fact.ts';

describe('cli fact', () => {
	it('prints a claim with its verdict, unit check, reporters and sources', async () => {
		const out = await factCommand.run({}, ['range-800km']);
		expect(out.text).toContain('Verdict: Correct');
		expect(out.text).toContain('Unit check: 800 km = 497.10 mi; 497 mi is correct.');
		expect(out.text).toContain('Japan Ministry of Defense');
		expect(out.text).toContain('South Korea Joint Chiefs of Staff');
		expect(out.text).toMatch(/Sources:\n {2}- .+: https?:\/\//);
		expect((out.json as { id: string }).id).toBe('range-800km');
	});

	it('prints a dataset path', async () => {
		const out = await factCommand.run({}, ['test.2022-01-30-hwasong-12.launch']);
		expect(out.text).toContain(
			'Sunday 30 January 2022, 07:52 KST (UTC+9) = Saturday 29 January 2022, 22:52 UTC'
		);
	});

	it('lists every fact id with --list', async () => {
		const out = await factCommand.run({ list: true }, []);
		const ids = out.json as string[];
		expect(ids).toContain('launch-day-monday');
		expect(ids).toContain('test.2022-01-30-hwasong-12.rangeKm');
		expect(out.text.split('\n')).toHaveLength(ids.length);
	});

	it.each([
		[['nope'], /Unknown fact id "nope".*fact --list/],
		[[], /Give one fact id.*fact --list/],
		[['a', 'b'], /one fact id at a time/]
	])('rejects %j with a one-line reason', async (args, reason) => {
		const run = async () => factCommand.run({}, args);
		await expect(run()).rejects.toThrow(CliError);
		await expect(run()).rejects.toThrow(reason);
	});
});
