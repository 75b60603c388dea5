/**
 * Exports of the range map: the rings and targets as RFC 7946 GeoJSON, and the current view as a PNG drawn
 * from the vector data itself (basemap, rings, track, markers) with its legend, caption and sources. No
 * tiles are involved, so the PNG needs no screenshot of the page and no cross-origin data.
 */
import type * as Leaflet from 'leaflet';
import type { Basemap } from '$lib/geo/basemap';
import { sceneToGeoJSON, type MapScene } from '$lib/viz/mapScene';
import { displayLon } from './context.svelte.ts';
import { RING_STYLES, VERDICT_COLORS, cssVar, verdictClass } from './styles.ts';

export interface LegendItem {
	kind: 'line' | 'dash' | 'band' | 'dot' | 'diamond';
	/** CSS custom property holding the colour, e.g. '--series-1'. */
	colorVar: string;
	/** Dash pattern of a line (empty: solid). */
	dash: number[];
	label: string;
}

/** The name before any comma or bracket: "Mupyong-ni (Mupyong-ri), Jagang" -> "Mupyong-ni". */
const shortName = (name: string) => name.split(/[,(]/)[0].trim();

function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadGeoJSON(scene: MapScene): void {
	const fc = sceneToGeoJSON(scene);
	download(
		new Blob([JSON.stringify(fc, null, 1)], { type: 'application/geo+json' }),
		`lofted-reach-${scene.testId}.geojson`
	);
}

/** Wraps text into lines no wider than `width` pixels. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const words = text.split(/\s+/);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		if (ctx.measureText(next).width > width && line) {
			lines.push(line);
			line = w;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export interface PngInput {
	map: Leaflet.Map;
	scene: MapScene;
	basemap: Basemap | null;
	legend: LegendItem[];
	title: string;
	caption: string;
	sources: string;
	leading: 'kepler' | 'powered';
}

/** Draws the current view to a canvas (device pixel ratio 2) and downloads it as PNG. */
export async function downloadPng(input: PngInput): Promise<void> {
	const canvas = renderPng(input);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('The browser could not encode the PNG.');
	download(blob, `lofted-map-${input.scene.testId}.png`);
}

export function renderPng({
	map,
	scene,
	basemap,
	legend,
	title,
	caption,
	sources,
	leading
}: PngInput): HTMLCanvasElement {
	const size = map.getSize();
	const W = Math.max(640, size.x);
	const mapH = size.y;
	const pad = 16;
	const scale = 2;
	const canvas = document.createElement('canvas');
	const measure = canvas.getContext('2d')!;
	measure.font = '13px system-ui, sans-serif';
	const captionLines = wrap(measure, caption, W - 2 * pad);
	const sourceLines = wrap(measure, `Sources: ${sources}`, W - 2 * pad);
	const legendRows = Math.ceil(legend.length / 2);
	const headerH = 36;
	const footerH = pad + legendRows * 20 + 8 + (captionLines.length + sourceLines.length) * 17 + pad;
	const H = headerH + mapH + footerH;
	canvas.width = W * scale;
	canvas.height = H * scale;
	const ctx = canvas.getContext('2d')!;
	ctx.scale(scale, scale);
	const color = (v: string, fb: string) => cssVar(v, fb);
	const bg = color('--bg-raised', '#ffffff');
	const fg = color('--fg', '#1c1f24');
	const muted = color('--fg-muted', '#545b66');
	ctx.fillStyle = bg;
	ctx.fillRect(0, 0, W, H);
	ctx.fillStyle = fg;
	ctx.font = '600 16px system-ui, sans-serif';
	ctx.fillText(title, pad, 24);

	// Map area.
	ctx.save();
	ctx.translate((W - size.x) / 2, headerH);
	ctx.beginPath();
	ctx.rect(0, 0, size.x, mapH);
	ctx.clip();
	ctx.fillStyle = color('--map-sea', '#dfe9f3');
	ctx.fillRect(0, 0, size.x, mapH);
	const pt = (lon: number, lat: number) => {
		const p = map.latLngToContainerPoint([Math.max(-85, Math.min(85, lat)), lon]);
		return [p.x, p.y] as const;
	};
	const tracePath = (rings: [number, number][][], close: boolean) => {
		ctx.beginPath();
		for (const ring of rings) {
			ring.forEach(([x, y], i) => {
				const [px, py] = pt(x, y);
				if (i === 0) ctx.moveTo(px, py);
				else ctx.lineTo(px, py);
			});
			if (close) ctx.closePath();
		}
	};
	if (basemap) {
		tracePath(basemap.land, true);
		ctx.fillStyle = color('--map-land', '#f4f1ea');
		ctx.fill('evenodd');
		ctx.strokeStyle = color('--map-coast', '#8a8f98');
		ctx.lineWidth = 0.6;
		ctx.stroke();
		tracePath(basemap.borders, false);
		ctx.strokeStyle = color('--map-border', '#a3a7ae');
		ctx.lineWidth = 0.5;
		ctx.stroke();
	}
	for (const ring of scene.rings) {
		const st = RING_STYLES[ring.id];
		const family = ring.id.startsWith('powered')
			? 'powered'
			: ring.id.startsWith('kepler')
				? 'kepler'
				: '';
		const dim = family !== '' && family !== leading;
		tracePath(ring.displayRings, true);
		if (ring.filled) {
			ctx.globalAlpha = dim ? st.fillOpacity / 3 : st.fillOpacity;
			ctx.fillStyle = color(st.colorVar, '#0b5cad');
			ctx.fill('evenodd');
		} else {
			ctx.globalAlpha = dim ? 0.45 : 1;
			ctx.setLineDash(st.dash);
			ctx.strokeStyle = color(st.colorVar, '#0b5cad');
			ctx.lineWidth = st.width;
			ctx.stroke();
			ctx.setLineDash([]);
		}
		ctx.globalAlpha = 1;
	}
	if (scene.track.length > 1) {
		tracePath([scene.track], false);
		ctx.strokeStyle = fg;
		ctx.lineWidth = 3;
		ctx.stroke();
	}
	type Place = 'right' | 'left' | 'below';
	const label = (x: number, y: number, text: string, place: Place) => {
		ctx.font = '600 12px system-ui, sans-serif';
		const w = ctx.measureText(text).width;
		const [tx, ty] =
			place === 'left'
				? [x - 11 - w, y + 4]
				: place === 'below'
					? [x - 4, y + 20]
					: [x + 11, y + 4];
		ctx.lineWidth = 3;
		ctx.strokeStyle = bg;
		ctx.strokeText(text, tx, ty);
		ctx.fillStyle = fg;
		ctx.fillText(text, tx, ty);
	};
	const dot = (
		lat: number,
		lon: number,
		fill: string,
		text: string,
		shape: 'circle' | 'diamond' = 'circle',
		place: Place = 'right'
	) => {
		const [x, y] = pt(displayLon(lon, scene.centerLon), lat);
		ctx.beginPath();
		if (shape === 'diamond') {
			ctx.moveTo(x, y - 7);
			ctx.lineTo(x + 7, y);
			ctx.lineTo(x, y + 7);
			ctx.lineTo(x - 7, y);
			ctx.closePath();
		} else ctx.arc(x, y, 6, 0, 2 * Math.PI);
		ctx.fillStyle = fill;
		ctx.fill();
		ctx.strokeStyle = bg;
		ctx.lineWidth = 2;
		ctx.stroke();
		label(x, y, text, place);
	};
	dot(scene.site.lat, scene.site.lon, fg, shortName(scene.site.name), 'diamond', 'left');
	if (scene.impact)
		dot(
			scene.impact.lat,
			scene.impact.lon,
			bg,
			`Impact${scene.impact.estimated ? ' (estimated)' : ''}`,
			'circle',
			'below'
		);
	for (const row of scene.rows) {
		const v = (leading === 'powered' ? row.verdicts.powered : null) ?? row.verdicts.kepler;
		dot(row.lat, row.lon, color(VERDICT_COLORS[verdictClass(v)], muted), shortName(row.name));
	}
	ctx.restore();
	ctx.strokeStyle = color('--border', '#d9d5cc');
	ctx.strokeRect((W - size.x) / 2 + 0.5, headerH + 0.5, size.x - 1, mapH - 1);

	// Legend, caption, sources.
	let y = headerH + mapH + pad + 6;
	ctx.font = '13px system-ui, sans-serif';
	legend.forEach((item, i) => {
		const col = i % 2;
		const x = pad + col * ((W - 2 * pad) / 2);
		const yy = y + Math.floor(i / 2) * 20;
		const c = color(item.colorVar, '#555');
		ctx.strokeStyle = c;
		ctx.fillStyle = c;
		ctx.lineWidth = 2.5;
		if (item.kind === 'band') {
			ctx.globalAlpha = 0.3;
			ctx.fillRect(x, yy - 8, 28, 12);
			ctx.globalAlpha = 1;
		} else if (item.kind === 'dot' || item.kind === 'diamond') {
			ctx.beginPath();
			ctx.arc(x + 14, yy - 2, 6, 0, 2 * Math.PI);
			ctx.fill();
		} else {
			ctx.setLineDash(item.dash);
			ctx.beginPath();
			ctx.moveTo(x, yy - 2);
			ctx.lineTo(x + 28, yy - 2);
			ctx.stroke();
			ctx.setLineDash([]);
		}
		ctx.fillStyle = fg;
		ctx.fillText(item.label, x + 36, yy + 3);
	});
	y += legendRows * 20 + 8;
	ctx.fillStyle = fg;
	for (const line of captionLines) {
		ctx.fillText(line, pad, y);
		y += 17;
	}
	ctx.fillStyle = muted;
	for (const line of sourceLines) {
		ctx.fillText(line, pad, y);
		y += 17;
	}
	return canvas;
}
