import { describe, expect, it } from 'vitest';
import { keyPointsTableHtml } from './keyPointsHtml.ts';
import { keyPoints, type ProfilePoint, type ProfileSeries } from './series.ts';
import { formatDurationS, formatKm, formatKms } from './format.ts';
import { keplerArcPoints, keplerFromRangeApogee } from '../physics/kepler.ts';

function arc(rangeKm: number, apogeeKm: number): ProfilePoint[] {
	const k = keplerFromRangeApogee({ rangeKm, apogeeKm });
	if (!k.ok) throw new Error(k.message);
	return keplerArcPoints(k, 61);
}

const series: ProfileSeries[] = [
	{
		id: 'a/lofted',
		testId: 'a',
		role: 'lofted',
		label: '<i>A</i> & "B", as flown',
		shortLabel: 'A',
		model: 'Kepler arc',
		colorIndex: 1,
		timeOrigin: 'burnout',
		points: arc(800, 2000)
	},
	{
		id: 'a/standard',
		testId: 'a',
		role: 'standard',
		label: 'A, standard trajectory',
		shortLabel: 'A',
		model: 'Kepler arc',
		colorIndex: 1,
		timeOrigin: 'launch',
		points: arc(4124, 848)
	}
];

const decode = (s: string) =>
	s.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)));

/** Text of every cell of a row, for the rows of one kind (`th` header text included). */
function rows(html: string): string[][] {
	return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
		[...m[1].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
			decode(c[1].replace(/<[^>]*>/g, ''))
		)
	);
}

describe('keyPointsTableHtml', () => {
	const html = keyPointsTableHtml(series, 'Key points <of> each curve');

	it('one body per curve: a header row, then burnout, apogee and impact with units', () => {
		expect(html.match(/<tbody>/g)).toHaveLength(2);
		const r = rows(html);
		// Column headers, then per curve: the curve row and its three points.
		expect(r[0]).toEqual(['Point', 'Time', 'Altitude', 'Ground range', 'Speed']);
		expect(r).toHaveLength(1 + 2 * 4);
		series.forEach((s, i) => {
			const block = r.slice(1 + i * 4, 5 + i * 4);
			expect(block[0][0]).toContain(s.label);
			expect(block[0][0]).toContain(`Times after ${s.timeOrigin}.`);
			keyPoints(s).forEach((kp, k) => {
				expect(block[k + 1]).toEqual([
					kp.name + (kp.note ?? ''),
					formatDurationS(kp.point.t),
					formatKm(kp.point.altitudeKm),
					formatKm(kp.point.downrangeKm),
					formatKms(kp.point.speedKms)
				]);
			});
		});
		// The apogee row of the lofted arc reads its apogee.
		expect(r[3][2]).toBe(formatKm(2000));
	});

	it('escapes the caption and labels, marks standard curves dashed, and has no gaps', () => {
		expect(html).toContain('<caption>Key points &#60;of&#62; each curve</caption>');
		expect(html).not.toContain('<i>');
		expect(html.match(/stroke-dasharray="6 4"/g)).toHaveLength(1);
		expect(html).toContain('data-testid="key-points-table"');
		expect(html).not.toMatch(/NaN|undefined/);
	});

	it('no curves: a table with only its caption and header', () => {
		const empty = keyPointsTableHtml([], 'None');
		expect(rows(empty)).toEqual([['Point', 'Time', 'Altitude', 'Ground range', 'Speed']]);
	});
});
