/** Number formatting for chart labels, readouts, tables and exports: every string carries its unit. */

import { groupedNumber } from '../data/units.ts';

/** "2,000 km" (whole km from 100 km up, one decimal below). Non-finite values read "n/a". */
export function formatKm(valueKm: number): string {
	if (!Number.isFinite(valueKm)) return 'n/a';
	valueKm += 0; // no "-0 km"
	if (Math.abs(valueKm) < 0.05) valueKm = 0;
	return `${Math.abs(valueKm) >= 100 ? groupedNumber(valueKm, 0) : groupedNumber(valueKm, 1)} km`;
}

/** "5.50 km/s". */
export function formatKms(valueKms: number): string {
	if (!Number.isFinite(valueKms)) return 'n/a';
	return `${groupedNumber(valueKms, 2)} km/s`;
}

/** "27 min 10 s" (whole seconds; under a minute "42 s"). */
export function formatDurationS(valueS: number): string {
	if (!Number.isFinite(valueS)) return 'n/a';
	const total = Math.round(valueS);
	const sign = total < 0 ? '−' : '';
	const abs = Math.abs(total);
	const minutes = Math.floor(abs / 60);
	const seconds = abs % 60;
	return minutes === 0 ? `${sign}${seconds} s` : `${sign}${minutes} min ${seconds} s`;
}

/** Tick label for a kilometre axis: "1,000" (unit in the axis title). */
export function formatTickNumber(value: number): string {
	return Number.isInteger(value) ? groupedNumber(value, 0) : groupedNumber(value, 1);
}
