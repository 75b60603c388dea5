/**
 * Web Worker: fetches a world-atlas countries file (110m or 50m; same-origin static asset) and turns it into
 * Pacific-centred display rings with the pure `basemapFromTopology`, off the main thread. Replies with the
 * rings packed into transferable typed arrays and cut into small layers (basemapPack.ts), so the main
 * thread can hand them to Leaflet a layer per time slice; or with `{ error }`.
 */
import type { Topology } from 'topojson-specification';
import { basemapFromTopology } from '$lib/geo/basemap';
import { errorMessage } from '$lib/errors';
import { packBasemap, transferables, type PackedBasemap } from './basemapPack.ts';

export type BasemapReply = PackedBasemap | { error: string };

self.onmessage = async (e: MessageEvent<{ url: string; centerLon: number }>) => {
	const { url, centerLon } = e.data;
	try {
		const r = await fetch(url);
		if (!r.ok) throw new Error(`Basemap ${url} answered ${r.status}.`);
		const reply: BasemapReply = packBasemap(
			basemapFromTopology((await r.json()) as Topology, centerLon)
		);
		(self as unknown as Worker).postMessage(reply, transferables(reply));
	} catch (error) {
		const reply: BasemapReply = { error: errorMessage(error) };
		(self as unknown as Worker).postMessage(reply);
	}
};
