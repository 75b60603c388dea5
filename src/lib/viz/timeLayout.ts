/**
 * Layout of the time chart: altitude (km) and speed (km/s) against time since launch (min), as two panels
 * sharing one time axis. (series, size) -> path strings, ticks and scales for Svelte to draw.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { max } from 'd3-array';
import { dashFor, type ProfilePoint, type ProfileSeries, type TrajectoryRole } from './series.ts';
import { formatTickNumber } from './format.ts';
import { dodge } from './labels.ts';

export interface TimePanel {
	key: 'altitude' | 'speed';
	title: string;
	unit: string;
	/** Top and bottom of the panel's plot area, px. */
	y0: number;
	y1: number;
	y: ScaleLinear<number, number>;
	ticks: { value: number; label: string; y: number }[];
	lines: { id: string; role: TrajectoryRole; colorIndex: number; d: string; dash?: string }[];
	/** Screen y of every sample, per series. */
	projectedY: number[][];
	value: (p: ProfilePoint) => number;
}

export interface TimeLayout {
	width: number;
	height: number;
	x0: number;
	x1: number;
	/** Time scale: seconds -> px. */
	x: ScaleLinear<number, number>;
	/** Time ticks, values in seconds, labels in minutes. */
	timeTicks: { value: number; label: string; x: number }[];
	panels: [TimePanel, TimePanel];
	/** Screen x of every sample, per series. */
	projectedX: number[][];
	/** Direct labels on the flown curves of the altitude panel, above their apogees (dodged apart). */
	labels: { id: string; text: string; x: number; y: number; colorIndex: number }[];
}

export interface TimeLayoutOptions {
	width: number;
	/** Height of each panel's plot area, px (default scales with width, 140-220). */
	panelHeight?: number;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function timeLayout(series: ProfileSeries[], options: TimeLayoutOptions): TimeLayout {
	const { width } = options;
	const left = width < 480 ? 46 : 56;
	const right = 14;
	const top = 22;
	const gap = 48;
	const bottom = 40;
	const panelH = options.panelHeight ?? Math.round(Math.min(220, Math.max(140, width * 0.28)));
	const height = top + panelH + gap + panelH + bottom;
	const x0 = left;
	const x1 = Math.max(left + 1, width - right);

	const tMaxS = max(series, (s) => max(s.points, (p) => p.t)) ?? 60;
	// Whole minutes on the axis: nice() in minutes, then back to seconds.
	const minutes = scaleLinear()
		.domain([0, Math.max(1, tMaxS / 60)])
		.nice(Math.max(3, Math.floor((x1 - x0) / 70)));
	const x = scaleLinear()
		.domain([0, (minutes.domain()[1] as number) * 60])
		.range([x0, x1]);
	const timeTicks = minutes.ticks(Math.max(3, Math.floor((x1 - x0) / 70))).map((m) => ({
		value: m * 60,
		label: formatTickNumber(m),
		x: round2(x(m * 60))
	}));
	const projectedX = series.map((s) => s.points.map((p) => round2(x(p.t))));

	const panel = (
		key: TimePanel['key'],
		title: string,
		unit: string,
		value: (p: ProfilePoint) => number,
		y0: number
	): TimePanel => {
		const y1 = y0 + panelH;
		const vMax = max(series, (s) => max(s.points, value)) ?? 1;
		const y = scaleLinear()
			.domain([0, Math.max(vMax, key === 'speed' ? 1 : 100)])
			.nice(Math.max(2, Math.floor(panelH / 40)))
			.range([y1, y0]);
		const ticks = y.ticks(Math.max(2, Math.floor(panelH / 40))).map((v) => ({
			value: v,
			label: formatTickNumber(v),
			y: round2(y(v))
		}));
		const projectedY = series.map((s) => s.points.map((p) => round2(y(value(p)))));
		const lines = series.map((s, i) => {
			const xs = projectedX[i];
			const ys = projectedY[i];
			const d =
				line<number>()
					.x((i2) => xs[i2])
					.y((i2) => ys[i2])
					// Already rounded to 0.01 px.
					.digits(null)(xs.map((_, k) => k)) ?? '';
			return { id: s.id, role: s.role, colorIndex: s.colorIndex, d, dash: dashFor(s.role) };
		});
		return { key, title, unit, y0, y1, y, ticks, lines, projectedY, value };
	};

	const panels: [TimePanel, TimePanel] = [
		panel('altitude', 'Altitude', 'km', (p) => p.altitudeKm, top),
		panel('speed', 'Speed', 'km/s', (p) => p.speedKms, top + panelH + gap)
	];
	const alt = panels[0];
	const flown = series
		.map((s, i) => ({ s, i }))
		.filter(({ s }) => s.role === 'lofted' && s.points.length > 0);
	const tops = flown.map(({ i }) => {
		let k = 0;
		alt.projectedY[i].forEach((v, j) => {
			if (v < alt.projectedY[i][k]) k = j;
		});
		return { x: projectedX[i][k], y: alt.projectedY[i][k] };
	});
	const ys = dodge(
		tops.map((p) => p.y - 7),
		12,
		top - 8,
		alt.y1
	);
	const charW = 6.3;
	const labels = flown.map(({ s }, k) => {
		const halfW = (s.shortLabel.length * charW) / 2;
		return {
			id: s.id,
			text: s.shortLabel,
			x: round2(Math.max(x0 + halfW, Math.min(x1 - halfW, tops[k].x))),
			y: round2(ys[k]),
			colorIndex: s.colorIndex
		};
	});
	return { width, height, x0, x1, x, timeTicks, panels, projectedX, labels };
}
