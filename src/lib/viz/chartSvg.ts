/**
 * The static part of each trajectory chart as one SVG string: (layout) -> `<svg>…</svg>`.
 *
 * Why strings and not a Svelte template: the charts are a few hundred SVG elements that never change
 * between two layouts. Hydrating them through Svelte cost one main-thread task of 200–300 ms on a slow
 * machine (every element claimed, every attribute effect created, the layout computed twice: at the
 * server's 720 px and at the measured width). As one `{@html}` string the prerendered SVG is kept as it is
 * on hydration, and each redraw is a single `innerHTML` parse. The parts that move (crosshair, markers)
 * stay in Svelte, in an overlay (see AltitudeRangePlot.svelte, TimePlot.svelte).
 *
 * Text and attribute values are escaped: labels come from the dataset.
 */
import { el as svgEl, text as svgText } from './markup.ts';
import type { ProfileLayout } from './profileLayout.ts';
import type { TimeLayout } from './timeLayout.ts';
import type { ProfileSeries } from './series.ts';

const seriesStroke = (colorIndex: number) => `var(--series-${colorIndex})`;

/** The altitude-against-downrange chart without its crosshair. `clipId` must be unique in the page. */
export function profileChartSvg(layout: ProfileLayout, clipId: string): string {
	const { plot } = layout;
	const clipped = [
		svgEl('path', { class: 'ground', d: layout.groundD }),
		svgEl('path', { class: 'surface', d: layout.surfaceD }),
		...layout.references.map((ref) => svgEl('path', { class: 'reference', d: ref.d })),
		...layout.lines.map((line) =>
			svgEl('path', {
				class: 'series',
				'data-testid': 'trajectory-path',
				'data-series': line.id,
				'data-role': line.role,
				d: line.d,
				stroke: seriesStroke(line.colorIndex),
				'stroke-dasharray': line.dash
			})
		)
	].join('');
	const referenceLabels = layout.references
		.map((ref) =>
			svgEl(
				'text',
				{ class: 'reference-label', x: ref.labelX, y: ref.labelY, 'text-anchor': 'end' },
				svgText(ref.label)
			)
		)
		.join('');
	const directLabels = layout.labels
		.map(
			(l) =>
				(l.leader
					? svgEl('line', {
							class: 'leader',
							x1: l.leader.x1,
							y1: l.leader.y1,
							x2: l.leader.x2,
							y2: l.leader.y2,
							stroke: seriesStroke(l.colorIndex)
						})
					: '') +
				svgEl(
					'text',
					{
						class: 'direct-label',
						x: l.x,
						y: l.y,
						'text-anchor': l.anchor,
						fill: seriesStroke(l.colorIndex)
					},
					svgText(l.text)
				)
		)
		.join('');
	const axis = [
		...layout.altitudeTicks.map(
			(t) =>
				svgEl('line', { x1: t.x, y1: t.y, x2: t.x - 5, y2: t.y }) +
				svgEl('text', { x: t.x - 8, y: t.y, dy: '0.32em', 'text-anchor': 'end' }, svgText(t.label))
		),
		...layout.downrangeTicks.map(
			(t) =>
				svgEl('line', { x1: t.x, y1: t.y, x2: t.x + t.nx * 5, y2: t.y + t.ny * 5 }) +
				svgEl(
					'text',
					{ x: t.x + t.nx * 16, y: t.y + t.ny * 16, dy: '0.32em', 'text-anchor': 'middle' },
					svgText(t.label)
				)
		),
		svgEl(
			'text',
			{
				class: 'axis-title',
				x: layout.altitudeTitle.x,
				y: layout.altitudeTitle.y,
				'text-anchor': layout.altitudeTitle.anchor
			},
			'Altitude (km)'
		),
		svgEl(
			'text',
			{
				class: 'axis-title',
				x: (plot.x0 + plot.x1) / 2,
				y: layout.height - 6,
				'text-anchor': 'middle'
			},
			svgText(layout.downrangeTitle)
		)
	].join('');
	return svgEl(
		'svg',
		{
			class: 'chart',
			viewBox: `0 0 ${layout.width} ${layout.height}`,
			width: layout.width,
			height: layout.height,
			'aria-hidden': 'true',
			'data-mode': layout.mode
		},
		svgEl(
			'defs',
			{},
			svgEl(
				'clipPath',
				{ id: clipId },
				svgEl('rect', {
					x: plot.x0,
					y: plot.y0,
					width: plot.x1 - plot.x0,
					height: plot.y1 - plot.y0
				})
			)
		) +
			svgEl('g', { 'clip-path': `url(#${clipId})` }, clipped) +
			referenceLabels +
			directLabels +
			svgEl('g', { class: 'axis' }, axis)
	);
}

/** The altitude and speed against time chart without its cursor line and markers. */
export function timeChartSvg(layout: TimeLayout, series: ProfileSeries[]): string {
	const bottom = layout.panels[1].y1;
	const panels = layout.panels
		.map((panel) =>
			svgEl(
				'g',
				{ class: 'panel' },
				panel.ticks
					.map(
						(t) =>
							svgEl('line', { class: 'grid', x1: layout.x0, x2: layout.x1, y1: t.y, y2: t.y }) +
							svgEl(
								'text',
								{ class: 'tick', x: layout.x0 - 6, y: t.y, dy: '0.32em', 'text-anchor': 'end' },
								svgText(t.label)
							)
					)
					.join('') +
					svgEl(
						'text',
						{ class: 'axis-title', x: layout.x0 - 4, y: panel.y0 - 8 },
						svgText(`${panel.title} (${panel.unit})`)
					) +
					panel.lines
						.map((line) =>
							svgEl('path', {
								class: 'series',
								'data-testid': 'time-path',
								d: line.d,
								stroke: seriesStroke(line.colorIndex),
								'stroke-dasharray': line.dash
							})
						)
						.join('')
			)
		)
		.join('');
	const labels = layout.labels
		.map((l) =>
			svgEl(
				'text',
				{
					class: 'direct-label',
					x: l.x,
					y: l.y,
					'text-anchor': 'middle',
					fill: seriesStroke(l.colorIndex)
				},
				svgText(l.text)
			)
		)
		.join('');
	const timeTitle = `Time (min)${
		series.some((s) => s.timeOrigin === 'burnout')
			? ' since burnout for Kepler arcs'
			: ' since launch'
	}`;
	const axis =
		svgEl('line', { class: 'baseline', x1: layout.x0, x2: layout.x1, y1: bottom, y2: bottom }) +
		layout.timeTicks
			.map(
				(t) =>
					svgEl('line', { x1: t.x, x2: t.x, y1: bottom, y2: bottom + 5 }) +
					svgEl(
						'text',
						{ class: 'tick', x: t.x, y: bottom + 17, 'text-anchor': 'middle' },
						svgText(t.label)
					)
			)
			.join('') +
		svgEl(
			'text',
			{
				class: 'axis-title',
				x: (layout.x0 + layout.x1) / 2,
				y: layout.height - 4,
				'text-anchor': 'middle'
			},
			svgText(timeTitle)
		);
	return svgEl(
		'svg',
		{
			class: 'chart',
			viewBox: `0 0 ${layout.width} ${layout.height}`,
			width: layout.width,
			height: layout.height,
			'aria-hidden': 'true'
		},
		panels + labels + svgEl('g', { class: 'time-axis' }, axis)
	);
}
