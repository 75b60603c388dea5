/** CSV export of the drawn curves, one row per sample, written with d3-dsv. */
import { csvFormat } from 'd3-dsv';
import type { ProfileSeries } from './series.ts';

export const CSV_COLUMNS = [
	'test_id',
	'curve',
	'label',
	'model',
	't_s',
	'altitude_km',
	'downrange_km',
	'speed_km_s'
] as const;

const r3 = (v: number) => String(Math.round(v * 1000) / 1000 + 0);

/** Every sample of every curve; numbers rounded to 0.001 in their unit. */
export function seriesCsv(series: ProfileSeries[]): string {
	const rows = series.flatMap((s) =>
		s.points.map((p) => ({
			test_id: s.testId,
			curve: s.role === 'lofted' ? 'as flown' : 'standard',
			label: s.label,
			model: s.model,
			t_s: r3(p.t),
			altitude_km: r3(p.altitudeKm),
			downrange_km: r3(p.downrangeKm),
			speed_km_s: r3(p.speedKms)
		}))
	);
	return csvFormat(rows, [...CSV_COLUMNS]);
}
