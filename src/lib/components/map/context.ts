/**
 * Typed context handing the Leaflet map (and the Leaflet module, imported lazily in the browser) from
 * LeafletMap.svelte to its child layers. Children render only once the map exists.
 */
import { getContext, setContext } from 'svelte';
import type * as Leaflet from 'leaflet';

export type LeafletModule = typeof Leaflet;

export interface MapContext {
	readonly L: LeafletModule;
	readonly map: Leaflet.Map;
	/** Longitude the flat map is centred on (display longitudes are continuous around it). */
	readonly centerLon: number;
}

const KEY = Symbol('lofted-leaflet-map');

export function setMapContext(getter: () => MapContext | null): void {
	setContext(KEY, getter);
}

/** The map of the nearest LeafletMap; throws a clear message when used outside one. */
export function getMapContext(): MapContext {
	const getter = getContext<(() => MapContext | null) | undefined>(KEY);
	const ctx = getter?.();
	if (!ctx)
		throw new Error(
			'Map layers must be placed inside <LeafletMap> (rendered once the map exists).'
		);
	return ctx;
}
