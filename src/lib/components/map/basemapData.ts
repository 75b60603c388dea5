/**
 * Loads the offline basemap once per page: world-atlas countries-50m.json is emitted by Vite as a static
 * asset (same origin, fetched, not bundled into the route's JS) and turned into Pacific-centred display
 * rings by the pure `basemapFromTopology`.
 */
import worldUrl from 'world-atlas/countries-50m.json?url';
import type { Topology } from 'topojson-specification';
import { basemapFromTopology, type Basemap } from '$lib/geo/basemap';

const cache = new Map<number, Promise<Basemap>>();

export function loadBasemap(centerLon: number): Promise<Basemap> {
	let p = cache.get(centerLon);
	if (!p) {
		p = fetch(worldUrl)
			.then((r) => {
				if (!r.ok) throw new Error(`Basemap ${worldUrl} answered ${r.status}.`);
				return r.json() as Promise<Topology>;
			})
			.then((topology) => basemapFromTopology(topology, centerLon));
		p.catch(() => cache.delete(centerLon));
		cache.set(centerLon, p);
	}
	return p;
}

/** Reads a CSS custom property from the document (falls back when unset). */
export function cssVar(name: string, fallback: string): string {
	if (typeof document === 'undefined') return fallback;
	const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
	return v || fallback;
}
