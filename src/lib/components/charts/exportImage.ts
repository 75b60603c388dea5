/**
 * Browser-only helpers for exporting a chart: a standalone SVG (computed colours and fonts written onto every
 * element, so it looks the same outside the page, in either theme) with the title, caption and sources drawn
 * in, a PNG of the same at twice the size, and file downloads. Call from event handlers only.
 */

const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linejoin',
	'stroke-linecap',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility'
];

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportText {
	title: string;
	caption: string;
	sources: string[];
}

/** Split text into lines of at most `maxChars` characters at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		if (line && (line + ' ' + w).length > maxChars) {
			lines.push(line);
			line = w;
		} else line = line ? line + ' ' + w : w;
	}
	if (line) lines.push(line);
	return lines;
}

/** The chart as a standalone SVG document string, with title above and caption and sources below. */
export function standaloneSvg(
	svg: SVGSVGElement,
	text: ExportText
): { markup: string; width: number; height: number } {
	const width = svg.viewBox.baseVal?.width || svg.clientWidth;
	const chartHeight = svg.viewBox.baseVal?.height || svg.clientHeight;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const cs = getComputedStyle(el);
		const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		copies[i].setAttribute('style', style);
		copies[i].removeAttribute('class');
	});
	for (const el of clone.querySelectorAll('[data-export="skip"]')) el.remove();

	const rootStyle = getComputedStyle(document.documentElement);
	const bg = rootStyle.getPropertyValue('--bg').trim() || '#ffffff';
	const fg = rootStyle.getPropertyValue('--fg').trim() || '#000000';
	const muted = rootStyle.getPropertyValue('--fg-muted').trim() || '#555555';
	const font = rootStyle.getPropertyValue('--font-ui').trim() || 'sans-serif';
	const charsPerLine = Math.max(30, Math.floor((width - 24) / 7.2));
	const captionLines = wrapText(text.caption, charsPerLine);
	const sourceLines = text.sources.flatMap((s) => wrapText(s, Math.floor(charsPerLine * 1.12)));
	const titleH = 34;
	const lineH = 16;
	const footH = 12 + captionLines.length * lineH + 6 + sourceLines.length * 14 + 10;
	const height = Math.ceil(titleH + chartHeight + footH);

	const out = document.createElementNS(SVG_NS, 'svg');
	out.setAttribute('xmlns', SVG_NS);
	out.setAttribute('width', String(width));
	out.setAttribute('height', String(height));
	out.setAttribute('viewBox', `0 0 ${width} ${height}`);
	out.setAttribute('font-family', font);
	const bgRect = document.createElementNS(SVG_NS, 'rect');
	bgRect.setAttribute('width', '100%');
	bgRect.setAttribute('height', '100%');
	bgRect.setAttribute('fill', bg);
	out.appendChild(bgRect);
	const addText = (content: string, y: number, size: number, color: string, weight = '400') => {
		const t = document.createElementNS(SVG_NS, 'text');
		t.setAttribute('x', '12');
		t.setAttribute('y', String(y));
		t.setAttribute('font-size', String(size));
		t.setAttribute('font-weight', weight);
		t.setAttribute('fill', color);
		t.textContent = content;
		out.appendChild(t);
	};
	addText(text.title, 22, 16, fg, '600');
	const g = document.createElementNS(SVG_NS, 'g');
	g.setAttribute('transform', `translate(0 ${titleH})`);
	clone.removeAttribute('width');
	clone.removeAttribute('height');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(chartHeight));
	clone.removeAttribute('aria-hidden');
	g.appendChild(clone);
	out.appendChild(g);
	let y = titleH + chartHeight + 12 + 12;
	for (const line of captionLines) {
		addText(line, y, 13, fg);
		y += lineH;
	}
	y += 6;
	for (const line of sourceLines) {
		addText(line, y, 12, muted);
		y += 14;
	}
	const markup =
		'<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out);
	return { markup, width, height };
}

/** Save a blob under a file name (temporary link, revoked after use). */
export function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Render standalone SVG markup to a PNG blob at `scale` times its size. */
export async function svgToPng(
	markup: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () =>
				reject(new Error('The chart image could not be rendered for PNG export.'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx)
			throw new Error('This browser cannot draw to a canvas, so PNG export is unavailable.');
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
