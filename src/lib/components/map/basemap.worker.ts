/**
 * Web Worker: fetches a world-atlas countries file (110m or 50m; same-origin static asset) and turns it into
 * Pacific-centred display rings with the pure `basemapFromTopology`, off the main thread. Replies with the
 * rings packed into transferable typed arrays (see basemapData.ts `unpack`), or `{ error }`.
 */
import type { Topology } from 'topojson-specification';
import { basemapFromTopology } from '$lib/geo/basemap';
import type { Position } from '$lib/geo/ring';
import { errorMessage } from '$lib/errors';

export interface PackedRings {
	/** lon, lat pairs, all rings one after another. */
	coords: Float64Array;
	/** Number of points in each ring. */
	lengths: Uint32Array;
}

export type BasemapReply =
	{ land: PackedRings; borders: PackedRings; centerLon: number } | { error: string };

function pack(rings: Position[][]): PackedRings {
	let n = 0;
	for (const r of rings) n += r.length;
	const coords = new Float64Array(n * 2);
	const lengths = new Uint32Array(rings.length);
	let i = 0;
	rings.forEach((r, k) => {
		lengths[k] = r.length;
		for (const [x, y] of r) {
			coords[i++] = x;
			coords[i++] = y;
		}
	});
	return { coords, lengths };
}

self.onmessage = async (e: MessageEvent<{ url: string; centerLon: number }>) => {
	const { url, centerLon } = e.data;
	try {
		const r = await fetch(url);
		if (!r.ok) throw new Error(`Basemap ${url} answered ${r.status}.`);
		const b = basemapFromTopology((await r.json()) as Topology, centerLon);
		const land = pack(b.land);
		const borders = pack(b.borders);
		const reply: BasemapReply = { land, borders, centerLon };
		(self as unknown as Worker).postMessage(reply, [
			land.coords.buffer,
			land.lengths.buffer,
			borders.coords.buffer,
			borders.lengths.buffer
		]);
	} catch (error) {
		const reply: BasemapReply = { error: errorMessage(error) };
		(self as unknown as Worker).postMessage(reply);
	}
};
