/**
 * Loads the offline basemap once per page: world-atlas countries-50m.json is emitted by Vite as a static
 * asset (same origin, fetched, not bundled into the route's JS) and turned into Pacific-centred display
 * rings by the pure `basemapFromTopology`. The fetch, parse and topology work run in a Web Worker
 * (basemap.worker.ts; CSP worker-src 'self') so they do not block the main thread; where workers are
 * unavailable the same work runs here.
 */
import worldUrl from 'world-atlas/countries-50m.json?url';
import type { Topology } from 'topojson-specification';
import { basemapFromTopology, type Basemap } from '$lib/geo/basemap';
import type { Position } from '$lib/geo/ring';
import type { BasemapReply, PackedRings } from './basemap.worker.ts';

const cache = new Map<number, Promise<Basemap>>();

function unpack({ coords, lengths }: PackedRings): Position[][] {
	const out: Position[][] = [];
	let i = 0;
	for (const len of lengths) {
		const ring: Position[] = new Array<Position>(len);
		for (let k = 0; k < len; k++, i += 2) ring[k] = [coords[i], coords[i + 1]];
		out.push(ring);
	}
	return out;
}

function inWorker(url: string, centerLon: number): Promise<Basemap> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./basemap.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<BasemapReply>) => {
			worker.terminate();
			const d = e.data;
			if ('error' in d) reject(new Error(d.error));
			else resolve({ land: unpack(d.land), borders: unpack(d.borders), centerLon: d.centerLon });
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(e.message || 'the basemap worker failed'));
		};
		worker.postMessage({ url, centerLon });
	});
}

async function onMainThread(url: string, centerLon: number): Promise<Basemap> {
	const r = await fetch(url);
	if (!r.ok) throw new Error(`Basemap ${url} answered ${r.status}.`);
	return basemapFromTopology((await r.json()) as Topology, centerLon);
}

export function loadBasemap(centerLon: number): Promise<Basemap> {
	let p = cache.get(centerLon);
	if (!p) {
		const url = new URL(worldUrl, location.href).href;
		p =
			typeof Worker === 'undefined'
				? onMainThread(url, centerLon)
				: inWorker(url, centerLon).catch(() => onMainThread(url, centerLon));
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
