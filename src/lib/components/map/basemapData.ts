/**
 * Loads the offline basemap once per page and level of detail: world-atlas countries-110m.json (Natural
 * Earth 1:110m, about 9,000 points: drawn first, enough for the whole-Pacific views) and countries-50m.json
 * (1:50m, about 88,000 points: loaded when the reader zooms in, see BasemapLayer). Vite emits both as
 * static assets (same origin, fetched, not bundled into the route's JS); the pure `basemapFromTopology`
 * turns them into Pacific-centred display rings, in a Web Worker (basemap.worker.ts; CSP worker-src
 * 'self') where there is one, so parsing 88,000 points does not hold up the page.
 */
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';
import type { Topology } from 'topojson-specification';
import { basemapFromTopology, type Basemap } from '$lib/geo/basemap';
import type { BasemapReply } from './basemap.worker.ts';
import { packBasemap, unpackAll, type PackedBasemap } from './basemapPack.ts';

/** Level of detail: Natural Earth 1:110m or 1:50m. */
export type BasemapDetail = '110m' | '50m';

/**
 * Zoom from which the map switches to the 1:50m basemap (1 px is about 20 km at the equator at zoom 3). The
 * 1:110m data lacks small islands (the western Aleutians, Guam): a desktop-sized Pacific view (zoom 3 and
 * up) shows them; a phone's whole-Pacific view (zoom ~2) gets the light file.
 */
export const FINE_BASEMAP_ZOOM = 3;

/** Which level of detail a zoom level wants. */
export function detailForZoom(zoom: number): BasemapDetail {
	return zoom >= FINE_BASEMAP_ZOOM ? '50m' : '110m';
}

const urls: Record<BasemapDetail, string> = { '110m': coarseUrl, '50m': fineUrl };
const cache = new Map<string, Promise<PackedBasemap>>();

function inWorker(url: string, centerLon: number): Promise<PackedBasemap> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./basemap.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<BasemapReply>) => {
			worker.terminate();
			const d = e.data;
			if ('error' in d) reject(new Error(d.error));
			else resolve(d);
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(e.message || 'the basemap worker failed'));
		};
		worker.postMessage({ url, centerLon });
	});
}

async function onMainThread(url: string, centerLon: number): Promise<PackedBasemap> {
	const r = await fetch(url);
	if (!r.ok) throw new Error(`Basemap ${url} answered ${r.status}.`);
	return packBasemap(basemapFromTopology((await r.json()) as Topology, centerLon));
}

/**
 * The basemap packed for drawing (see basemapPack.ts), loaded once per level of detail and centre (a
 * worker where available).
 */
export function loadPackedBasemap(
	centerLon: number,
	detail: BasemapDetail = '110m'
): Promise<PackedBasemap> {
	const key = `${detail}@${centerLon}`;
	let p = cache.get(key);
	if (!p) {
		const url = new URL(urls[detail], location.href).href;
		p =
			typeof Worker === 'undefined'
				? onMainThread(url, centerLon)
				: inWorker(url, centerLon).catch(() => onMainThread(url, centerLon));
		p.catch(() => cache.delete(key));
		cache.set(key, p);
	}
	return p;
}

/** The basemap as plain rings (for the PNG export), from the same cached load. */
export async function loadBasemap(
	centerLon: number,
	detail: BasemapDetail = '110m'
): Promise<Basemap> {
	const packed = await loadPackedBasemap(centerLon, detail);
	return {
		land: unpackAll(packed.land),
		// Each packed layer is whole polygons: a coarser grouping, still safe to split at.
		landPolygons: Array.from(packed.land.layers),
		borders: unpackAll(packed.borders),
		centerLon: packed.centerLon
	};
}
