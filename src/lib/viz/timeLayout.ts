/**
 * Layout of the time chart at one fixed width: altitude (km) and speed (km/s) against time (min), two
 * panels sharing one time axis. (series, width) -> path strings, ticks, labels and scales for Svelte to
 * draw; labels are placed so that none overlaps another or a tick label.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { max } from 'd3-array';
import { dashFor, type ProfilePoint, type ProfileSeries, type TrajectoryRole } from './series.ts';
import { formatTick } from './format.ts';
import { BOLD_LABEL_TEXT, LABEL_TEXT, placeLabels, textBox, type Box } from './labels.ts';
import { simplify } from './profileLayout.ts';

export interface TimeTick {
	value: number;
	label: string;
	/** Position on the axis (y for a value axis, x for the time axis). */
	at: number;
}

export interface TimePanel {
	key: 'altitude' | 'speed';
	title: string;
	/** Top and bottom of the panel's plot area. */
	y0: number;
	y1: number;
	y: ScaleLinear<number, number>;
	ticks: TimeTick[];
	lines: { id: string; role: TrajectoryRole; colorIndex: number; d: string; dash?: string }[];
	/** Screen y of every sample, per series. */
	projectedY: number[][];
}

export interface TimeLayout {
	width: number;
	height: number;
	x0: number;
	x1: number;
	/** Time scale: seconds -> chart units. */
	x: ScaleLinear<number, number>;
	/** Time ticks, values in seconds, labels in minutes. */
	timeTicks: TimeTick[];
	timeTitle: string;
	panels: [TimePanel, TimePanel];
	/** Screen x of every sample, per series. */
	projectedX: number[][];
	/** Direct labels on the flown curves of the altitude panel, above their apogees. */
	labels: { id: string; text: string; x: number; y: number; colorIndex: number }[];
	/** Every text's box: nothing drawn overlaps (checked by the tests). */
	textBoxes: Box[];
}

export interface TimeLayoutOptions {
	width: number;
	/** Height of each panel's plot area (default scales with width, 140-220). */
	panelHeight?: number;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function timeLayout(series: ProfileSeries[], options: TimeLayoutOptions): TimeLayout {
	const { width } = options;
	const x0 = width < 480 ? 46 : 56;
	const x1 = Math.max(x0 + 1, width - 14);
	const top = 24;
	const gap = 48;
	const panelH = options.panelHeight ?? Math.round(Math.min(220, Math.max(140, width * 0.28)));
	const height = top + panelH + gap + panelH + 42;

	const tMaxS = max(series, (s) => max(s.points, (p) => p.t)) ?? 60;
	// Whole minutes on the axis: nice() in minutes, then back to seconds.
	const tickCount = Math.max(3, Math.floor((x1 - x0) / 70));
	const minutes = scaleLinear()
		.domain([0, Math.max(1, tMaxS / 60)])
		.nice(tickCount);
	const x = scaleLinear()
		.domain([0, (minutes.domain()[1] as number) * 60])
		.range([x0, x1]);
	const timeTicks = minutes
		.ticks(tickCount)
		.map((m) => ({ value: m * 60, label: formatTick(m), at: round1(x(m * 60)) }));
	const projectedX = series.map((s) => s.points.map((p) => round1(x(p.t))));

	const panel = (
		key: TimePanel['key'],
		title: string,
		value: (p: ProfilePoint) => number,
		y0: number
	): TimePanel => {
		const y1 = y0 + panelH;
		const vMax = max(series, (s) => max(s.points, value)) ?? 1;
		const count = Math.max(2, Math.floor(panelH / 40));
		const y = scaleLinear()
			.domain([0, Math.max(vMax, key === 'speed' ? 1 : 100)])
			.nice(count)
			.range([y1, y0]);
		const ticks = y.ticks(count).map((v) => ({ value: v, label: formatTick(v), at: round1(y(v)) }));
		const projectedY = series.map((s) => s.points.map((p) => round1(y(value(p)))));
		const lines = series.map((s, i) => {
			const pts = simplify(
				projectedX[i].map((px, k) => ({ x: px, y: projectedY[i][k] })),
				0.3
			);
			const d =
				line<{ x: number; y: number }>()
					.x((p) => p.x)
					.y((p) => p.y)
					.digits(null)(pts) ?? '';
			return { id: s.id, role: s.role, colorIndex: s.colorIndex, d, dash: dashFor(s.role) };
		});
		return { key, title, y0, y1, y, ticks, lines, projectedY };
	};
	const panels: [TimePanel, TimePanel] = [
		panel('altitude', 'Altitude (km)', (p) => p.altitudeKm, top),
		panel('speed', 'Speed (km/s)', (p) => p.speedKms, top + panelH + gap)
	];
	const bottom = panels[1].y1;
	const timeTitle = `Time (min)${series.some((s) => s.timeOrigin === 'burnout') ? ' since burnout for Kepler arcs' : ' since launch'}`;

	const fixed: Box[] = [
		...panels.flatMap((p) => [
			...p.ticks.map((t) => textBox(x0 - 6, t.at + 0.32 * LABEL_TEXT.sizePx, t.label, 'end')),
			textBox(x0 - 4, p.y0 - 8, p.title, 'start')
		]),
		...timeTicks.map((t) => textBox(t.at, bottom + 17, t.label, 'middle')),
		textBox((x0 + x1) / 2, height - 4, timeTitle, 'middle')
	];
	const alt = panels[0];
	const flown = series
		.map((s, i) => ({ s, i }))
		.filter(({ s }) => s.role === 'lofted' && s.points.length > 0);
	const wanted = flown.map(({ s, i }) => {
		let k = 0;
		alt.projectedY[i].forEach((v, j) => {
			if (v < alt.projectedY[i][k]) k = j;
		});
		const halfW = textBox(0, 0, s.shortLabel, 'middle', BOLD_LABEL_TEXT).x1;
		const x = Math.max(x0 + halfW, Math.min(x1 - halfW, projectedX[i][k]));
		return {
			text: s.shortLabel,
			y: alt.projectedY[i][k] - 7,
			at: [{ x, anchor: 'middle' as const }],
			style: BOLD_LABEL_TEXT
		};
	});
	// Labels with no free spot are left out (the legend names every curve).
	const placed = placeLabels(wanted, fixed, alt.y0 - 8, alt.y1);
	const labels = flown.flatMap(({ s }, k) => {
		const p = placed[k];
		return p
			? [{ id: s.id, text: s.shortLabel, x: round1(p.x), y: round1(p.y), colorIndex: s.colorIndex }]
			: [];
	});
	const textBoxes = [...fixed, ...placed.flatMap((p) => (p ? [p.box] : []))];
	return { width, height, x0, x1, x, timeTicks, timeTitle, panels, projectedX, labels, textBoxes };
}
