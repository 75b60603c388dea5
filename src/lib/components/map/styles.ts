/**
 * The map's colours and line styles, defined once: the Leaflet layers, the legend and the PNG export all
 * read them. Colours are CSS custom properties (app.css), so the light and dark themes apply everywhere.
 */
import type { RingId } from '$lib/viz/mapScene';
import type { ModelVerdict } from '$lib/geo/reach';

export interface RingStyle {
	/** CSS custom property holding the colour. */
	colorVar: string;
	/** SVG/canvas dash pattern, or none for a solid line. */
	dash: number[];
	/** Line width (outlines) or fill opacity (bands). */
	width: number;
	fillOpacity: number;
}

export const RING_STYLES: Record<RingId, RingStyle> = {
	kepler: { colorVar: '--series-1', dash: [8, 5], width: 2.25, fillOpacity: 0 },
	'kepler-band': { colorVar: '--series-1', dash: [], width: 0, fillOpacity: 0.1 },
	powered: { colorVar: '--series-2', dash: [], width: 2.25, fillOpacity: 0 },
	'powered-band': { colorVar: '--series-2', dash: [], width: 0, fillOpacity: 0.16 },
	custom: { colorVar: '--series-3', dash: [2, 6], width: 2.5, fillOpacity: 0 },
	rotating: { colorVar: '--series-4', dash: [], width: 2.5, fillOpacity: 0 }
};

/** Rings of the model the view does not lead with are drawn faint. */
export const DIM_OPACITY = 0.45;

export type VerdictClass = 'in' | 'depends' | 'out' | 'none';

export const VERDICT_COLORS: Record<VerdictClass, string> = {
	in: '--ok',
	depends: '--warn',
	out: '--bad',
	none: '--fg-muted'
};

export function verdictClass(v: ModelVerdict | null): VerdictClass {
	if (!v) return 'none';
	return v.verdict === 'in reach' ? 'in' : v.verdict === 'out of reach' ? 'out' : 'depends';
}

/** Reads a CSS custom property from the document (the fallback when unset or outside a browser). */
export function cssVar(name: string, fallback: string): string {
	if (typeof document === 'undefined') return fallback;
	return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}
