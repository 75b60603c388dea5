import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { describeProfiles, describeTimes } from './describe.ts';
import { seriesCsv } from './csv.ts';
import type { ProfileSeries } from './series.ts';

const mk = (
	testId: string,
	role: 'lofted' | 'standard',
	apogeeKm: number,
	rangeKm: number
): ProfileSeries => ({
	id: `${testId}/${role}`,
	testId,
	role,
	label: `${testId} Hwasong, ${role}`,
	shortLabel: testId,
	model: 'Kepler arc from reported figures (no powered flight): details',
	colorIndex: 1,
	timeOrigin: 'burnout',
	points: [
		{ t: 0, altitudeKm: 0, downrangeKm: 0, speedKms: 5 },
		{ t: 500, altitudeKm: apogeeKm, downrangeKm: rangeKm / 2, speedKms: 1 },
		{ t: 1000, altitudeKm: 0, downrangeKm: rangeKm, speedKms: 5 }
	]
});

describe('describeProfiles', () => {
	it('reads the extremes off the curves and names the tests', () => {
		const text = describeProfiles(
			[
				mk('t1', 'lofted', 2000, 800),
				mk('t1', 'standard', 848, 4124),
				mk('t2', 'lofted', 4475, 950)
			],
			'curved'
		);
		expect(text).toMatch(/for 2 tests/);
		expect(text).toMatch(/between 2,000 km \(t1 Hwasong\) and 4,475 km \(t2 Hwasong\)/);
		expect(text).toMatch(/came down 800–950 km/);
		expect(text).toMatch(/would fly 4,124 km, peaking at 848 km/);
		// 4,475 / 420 = 10.7 -> about 11 times.
		expect(text).toMatch(/about 11 times/);
		expect(text).toMatch(/Model: Kepler arc from reported figures \(no powered flight\)\./);
	});

	it('says when nothing is selected', () => {
		expect(describeProfiles([], 'flat')).toMatch(/pick at least one test/);
	});
});

describe('seriesCsv', () => {
	it('writes one row per sample that parses back to the same numbers', () => {
		const series = [mk('t1', 'lofted', 2000, 800), mk('t1', 'standard', 848, 4124)];
		const rows = csvParse(seriesCsv(series));
		expect(rows).toHaveLength(6);
		expect(rows.columns).toEqual([
			'test_id',
			'curve',
			'label',
			'model',
			't_s',
			'altitude_km',
			'downrange_km',
			'speed_km_s'
		]);
		expect(rows[1]).toMatchObject({ test_id: 't1', curve: 'as flown', altitude_km: '2000' });
		expect(rows[5]).toMatchObject({ curve: 'standard', downrange_km: '4124' });
		// The label contains a comma: d3-dsv quotes it, so it survives the round trip.
		expect(rows[0].label).toBe('t1 Hwasong, lofted');
	});
});

describe('describeTimes', () => {
	it('reads flight durations and the top speed off the curves', () => {
		const text = describeTimes([
			mk('t1', 'lofted', 2000, 800),
			mk('t1', 'standard', 848, 4124),
			mk('t2', 'lofted', 4475, 950)
		]);
		// Every fixture curve ends at t = 1,000 s = 16.7 min; top speed 5 km/s.
		expect(text).toMatch(
			/lasted about 17 min; on a standard trajectory \(dashed lines\) about 17 min/
		);
		expect(text).toMatch(/The fastest speed shown is 5.00 km\/s\./);
		expect(text).toMatch(/for 2 tests, from launch \(engine flights\) or burnout \(Kepler arcs\)/);
	});
});
