import { describe, expect, it } from 'vitest';
import { profileChartSvg, timeChartSvg } from './chartSvg.ts';
import { el } from './markup.ts';
import { profileLayout } from './profileLayout.ts';
import { timeLayout } from './timeLayout.ts';
import type { ProfilePoint, ProfileSeries } from './series.ts';
import { keplerArcPoints, keplerFromRangeApogee } from '../physics/kepler.ts';

function arc(rangeKm: number, apogeeKm: number): ProfilePoint[] {
	const k = keplerFromRangeApogee({ rangeKm, apogeeKm });
	if (!k.ok) throw new Error(k.message);
	return keplerArcPoints(k, 61);
}

function series(
	id: string,
	role: 'lofted' | 'standard',
	points: ProfilePoint[],
	label = id
): ProfileSeries {
	return {
		id: `${id}/${role}`,
		testId: id,
		role,
		label,
		shortLabel: label,
		model: 'test fixture',
		colorIndex: role === 'lofted' ? 1 : 2,
		timeOrigin: 'burnout',
		points
	};
}

// A label with every character that must be escaped in markup.
const hostile = `<b>"A" & 'B'</b>`;
const all = [
	series('a', 'lofted', arc(800, 2000), hostile),
	series('a', 'standard', arc(4124, 848)),
	series('b', 'lofted', arc(787, 2111.5))
];

/** Start tags minus end tags, per element name (0 everywhere when the markup is balanced). */
function balance(markup: string): Record<string, number> {
	const out: Record<string, number> = {};
	for (const m of markup.matchAll(/<(\/?)([a-zA-Z]+)\b[^>]*>/g)) {
		out[m[2]] = (out[m[2]] ?? 0) + (m[1] ? -1 : 1);
	}
	return Object.fromEntries(Object.entries(out).filter(([, n]) => n !== 0));
}

/** Text content of every element of the markup (entities decoded), in order. */
function texts(markup: string): string[] {
	return [...markup.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
		m[1].replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)))
	);
}

describe('el', () => {
	it('escapes attribute values and leaves out undefined and null ones', () => {
		expect(el('path', { d: 'M0,0', 'stroke-dasharray': undefined, fill: null })).toBe(
			'<path d="M0,0"></path>'
		);
		expect(el('text', { 'data-x': '"><script>' }, 'x')).toBe(
			'<text data-x="&#34;&#62;&#60;script&#62;">x</text>'
		);
	});
});

describe('profileChartSvg', () => {
	for (const mode of ['curved', 'flat'] as const) {
		const layout = profileLayout(all, { mode, width: 800 });
		const markup = profileChartSvg(layout, 'clip-1');

		it(`${mode}: one path per curve, carrying the layout's own path data and dash`, () => {
			const paths = [...markup.matchAll(/<path\b[^>]*data-testid="trajectory-path"[^>]*>/g)].map(
				(m) => m[0]
			);
			expect(paths).toHaveLength(layout.lines.length);
			layout.lines.forEach((line, i) => {
				expect(paths[i]).toContain(`d="${line.d}"`);
				expect(paths[i]).toContain(`data-series="${line.id}"`);
				expect(paths[i]).toContain(`stroke="var(--series-${line.colorIndex})"`);
				if (line.dash) expect(paths[i]).toContain(`stroke-dasharray="${line.dash}"`);
				else expect(paths[i]).not.toContain('stroke-dasharray');
			});
		});

		it(`${mode}: balanced markup, sized by the layout, clipped by its own clip path`, () => {
			expect(balance(markup)).toEqual({});
			expect(markup).toMatch(
				new RegExp(
					`^<svg class="chart" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" aria-hidden="true" data-mode="${mode}">`
				)
			);
			expect(markup).toContain('<clipPath id="clip-1">');
			expect(markup).toContain('clip-path="url(#clip-1)"');
		});

		it(`${mode}: every label, reference and tick is there as escaped text`, () => {
			const t = texts(markup);
			expect(t).toEqual([
				...layout.references.map((r) => r.label),
				...layout.labels.map((l) => l.text),
				...layout.altitudeTicks.map((x) => x.label),
				...layout.downrangeTicks.map((x) => x.label),
				'Altitude (km)',
				layout.downrangeTitle
			]);
			expect(t).toContain(hostile);
			expect(markup).not.toContain('<b>');
			expect(markup).not.toMatch(/NaN|undefined/);
		});
	}
});

describe('timeChartSvg', () => {
	const layout = timeLayout(all, { width: 700 });
	const markup = timeChartSvg(layout, all);

	it('two panels of one path per curve, balanced, with the layout size', () => {
		const paths = [...markup.matchAll(/<path\b[^>]*data-testid="time-path"[^>]*\sd="([^"]*)"/g)];
		expect(paths.map((m) => m[1])).toEqual(layout.panels.flatMap((p) => p.lines.map((l) => l.d)));
		expect(paths).toHaveLength(2 * all.length);
		expect(balance(markup)).toEqual({});
		expect(markup).toContain(`viewBox="0 0 ${layout.width} ${layout.height}"`);
	});

	it('titles, ticks and labels as escaped text; the time origin is named', () => {
		const t = texts(markup);
		expect(t).toContain('Altitude (km)');
		expect(t).toContain('Speed (km/s)');
		expect(t).toContain(hostile);
		expect(t).toContain('Time (min) since burnout for Kepler arcs');
		for (const tick of layout.timeTicks) expect(t).toContain(tick.label);
		const launched = all.map((s) => ({ ...s, timeOrigin: 'launch' as const }));
		expect(texts(timeChartSvg(timeLayout(launched, { width: 700 }), launched))).toContain(
			'Time (min) since launch'
		);
		expect(markup).not.toMatch(/NaN|undefined/);
	});
});
