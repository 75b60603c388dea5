import { describe, expect, it } from 'vitest';
import { CliError } from '../lib/cli-kit.ts';
import { tests } from '../../src/lib/data/dataset.ts';
import { testsCommand } from './tests.ts';

type Row = {
	id: string;
	dateKst: string;
	missileId: string;
	trajectory: string;
	outcome: string;
	apogeeKm: { central: number; basis: string } | null;
	rangeKm: { central: number } | null;
	flightTimeS: { central: number } | null;
};
const run = (values: Record<string, string | boolean> = {}) => testsCommand.run(values, []);

describe('cli tests', () => {
	it('lists every launch in launch order with date, missile, apogee, range, flight time and trajectory', async () => {
		const out = await run();
		const rows = out.json as Row[];
		expect(rows).toHaveLength(tests.length);
		const times = rows.map((r) => (r as Row & { launchUtc: string }).launchUtc);
		expect(times).toEqual([...times].sort());
		expect(rows[0].id).toBe('2016-04-15-musudan');
		expect(out.text).toMatch(
			/2022-01-30-hwasong-12\s+2022-01-30 07:52\s+Hwasong-12\s+≈2,000 km\s+≈800 km\s+≈30 min\s+lofted/
		);
		expect(out.text).toMatch(
			/2017-07-28-hwasong-14\s+2017-07-28 23:41\s+Hwasong-14\s+3,724\.9 km\s+998 km\s+47 min 12 s\s+lofted/
		);
	});

	it('--json gives central values in km and s with how they were chosen', async () => {
		const rows = (await run({ json: true })).json as Row[];
		const jan = rows.find((r) => r.id === '2022-01-30-hwasong-12')!;
		expect(jan).toMatchObject({
			dateKst: '2022-01-30',
			missileId: 'hwasong-12',
			trajectory: 'lofted'
		});
		expect(jan.apogeeKm).toMatchObject({ central: 2000, basis: 'median' });
		expect(jan.flightTimeS?.central).toBe(1800);
		const nov = rows.find((r) => r.id === '2017-11-29-hwasong-15')!;
		expect(nov.apogeeKm).toMatchObject({ central: 4475, basis: 'kcna-exact' });
	});

	it('--missile filters by id or alias', async () => {
		const byId = (await run({ missile: 'hwasong-18' })).json as Row[];
		expect(byId.map((r) => r.id)).toEqual([
			'2023-04-13-hwasong-18',
			'2023-07-12-hwasong-18',
			'2023-12-18-hwasong-18'
		]);
		// Five Hwasong-12 flights plus the three failed attempts of April 2017.
		const byAlias = (await run({ missile: 'KN-17' })).json as Row[];
		expect(byAlias).toHaveLength(8);
		const byKcnaName = (await run({ missile: 'Hwasong-10' })).json as Row[];
		expect(byKcnaName.map((r) => r.dateKst)).toEqual([
			'2016-04-15',
			'2016-04-28',
			'2016-04-28',
			'2016-05-31',
			'2016-06-22',
			'2016-06-22',
			'2016-10-15',
			'2016-10-20'
		]);
	});

	it('--json gives every test its trajectory class, from the six the data may use', async () => {
		const rows = (await run({ json: true })).json as Row[];
		const kinds = new Set(rows.map((r) => r.trajectory));
		for (const k of kinds)
			expect(['lofted', 'standard', 'depressed', 'glide', 'failed-early', 'unknown']).toContain(k);
		const byId = (id: string) => rows.find((r) => r.id === id)!;
		expect(byId('2016-06-22-musudan-b')).toMatchObject({ trajectory: 'lofted' });
		expect(byId('2016-06-22-musudan-b').apogeeKm).toMatchObject({
			central: 1413.6,
			basis: 'kcna-exact'
		});
		expect(byId('2022-11-03-hwasong-17')).toMatchObject({
			trajectory: 'lofted',
			outcome: 'failure'
		});
		expect(byId('2024-04-02-hwasong-16b')).toMatchObject({ trajectory: 'glide' });
		expect(byId('2022-03-16-hwasong-17')).toMatchObject({
			trajectory: 'failed-early',
			apogeeKm: null
		});
	});

	it('marks an upper bound with "<" and an unpublished figure with "—"', async () => {
		const out = await run({ missile: 'hwasong-12', trajectory: 'failed-early' });
		expect(out.text).toMatch(
			/2017-04-29-hwasong-12\s+2017-04-29 05:33\s+Hwasong-12\s+<70 km\s+—\s+—\s+failed-early/
		);
	});

	it('--trajectory standard lists the three over-Japan flights', async () => {
		const rows = (await run({ trajectory: 'standard' })).json as Row[];
		expect(rows.map((r) => r.dateKst)).toEqual(['2017-08-29', '2017-09-15', '2022-10-04']);
	});

	it('filters combine; no match says so', async () => {
		const out = await run({ missile: 'hwasong-19', trajectory: 'standard' });
		expect(out.json).toEqual([]);
		expect(out.text).toBe('No tests match these filters.');
	});

	it.each([
		[{ missile: 'nodong' }, /Unknown missile "nodong".*hwasong-12/],
		[{ missile: ' ' }, /--missile needs a missile id/],
		[
			{ trajectory: 'sideways' },
			/Unknown trajectory "sideways". Use one of: lofted, standard, depressed, glide, failed-early, unknown/
		]
	])('rejects %j with a one-line reason', (values, reason) => {
		expect(() => run(values)).toThrow(CliError);
		expect(() => run(values)).toThrow(reason);
	});
});
