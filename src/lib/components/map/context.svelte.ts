/**
 * The typed context through which every map layer reaches its map (svelte-maplibre's context pattern):
 * LeafletMap.svelte creates the map and sets the context; a layer component calls `getMapContext()` while
 * it initialises and manages its own Leaflet objects in effects. Layers are rendered only once the map
 * exists, so the context they read is never empty.
 */
import { getContext, setContext } from 'svelte';
import type * as Leaflet from 'leaflet';

export type LeafletModule = typeof Leaflet;

export interface MapContext {
	/** The Leaflet module (imported lazily in the browser: it touches `window` at import). */
	readonly L: LeafletModule;
	readonly map: Leaflet.Map;
	/** Longitude the flat map is centred on (display longitudes are continuous around it). */
	readonly centerLon: number;
}

const KEY = Symbol('lofted-leaflet-map');

export function setMapContext(get: () => MapContext | null): void {
	setContext(KEY, get);
}

/** The map of the nearest LeafletMap; throws a clear message when used outside one. */
export function getMapContext(): MapContext {
	const ctx = getContext<(() => MapContext | null) | undefined>(KEY)?.();
	if (!ctx)
		throw new Error(
			'Map layers must be placed inside <LeafletMap> (they render once the map exists).'
		);
	return ctx;
}

/** A longitude moved by whole turns to lie within 180 degrees of `centerLon` (continuous across 180). */
export function displayLon(lon: number, centerLon: number): number {
	return lon + 360 * Math.round((centerLon - lon) / 360);
}
