/** Display helpers shared by the map, its table, legend and exports (one formatting, everywhere). */
import type { ModelVerdict, TargetRow } from '$lib/geo/reach';

import { EVERYWHERE_KM } from '$lib/geo/reachModels';
import { groupedNumber } from '$lib/data/units';

/** "4,124 km"; a reach of half the Earth's circumference or more reads "orbital (any point)". */
export const kmText = (x: number) =>
	x >= EVERYWHERE_KM - 0.5 ? 'orbital (any point)' : `${groupedNumber(Math.round(x))} km`;

/** "+628 km" / "−1,713 km" (true minus sign). */
export const marginText = (x: number) =>
	`${x >= 0 ? '+' : '−'}${groupedNumber(Math.abs(Math.round(x)))} km`;

export const degText = (x: number) => `${Math.round(x)}°`;

/** A longitude moved by whole turns to lie within 180 degrees of `centerLon`. */
export const displayLon = (lon: number, centerLon: number) =>
	lon + 360 * Math.round((centerLon - lon) / 360);

/** The name before the first comma: "Andersen Air Force Base, Guam" -> "Andersen Air Force Base". */
export const shortName = (name: string) => name.split(',')[0].trim();

export function verdictText(v: ModelVerdict | null): string {
	if (!v) return 'not available';
	return `${v.verdict} (${marginText(v.marginKm)})`;
}

/** One sentence naming a target for screen readers and marker buttons. */
export function targetLabel(row: TargetRow): string {
	const parts = [
		`${row.name}${row.origin === 'user' ? ' (added point)' : ''}: ${kmText(row.distanceKm)} at azimuth ${degText(row.azimuthDeg)}`,
		`Kepler floor: ${verdictText(row.verdicts.kepler)}`
	];
	if (row.verdicts.powered) parts.push(`powered estimate: ${verdictText(row.verdicts.powered)}`);
	return parts.join('; ');
}

/** Escapes text for Leaflet divIcon HTML (user-added names are untrusted). */
export { escapeHtml } from '../html.ts';

export type VerdictClass = 'in' | 'depends' | 'out' | 'none';
export function verdictClass(v: ModelVerdict | null): VerdictClass {
	if (!v) return 'none';
	return v.verdict === 'in reach' ? 'in' : v.verdict === 'out of reach' ? 'out' : 'depends';
}
