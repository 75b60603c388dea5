/**
 * Layout of the altitude-against-downrange chart at one fixed width: (series, mode, width) -> everything
 * Svelte draws (path strings, axis ticks, reference arcs, direct labels placed so that none overlaps
 * another or a tick label) and the projection the crosshair uses. Curved mode draws to scale on a spherical
 * Earth (see earth.ts); flat mode draws downrange and altitude at one scale. The chart scales the drawing
 * with its viewBox; the component picks one of a few fixed widths by the space it has (CHART_WIDTHS).
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import {
	EARTH_MEAN_RADIUS_KM,
	constantAltitudeLine,
	profilePoint,
	type PlanePointKm,
	type ProfileMode
} from './earth.ts';
import {
	boundsOf,
	equalAspectFrame,
	heightForAspect,
	padBounds,
	type EqualAspectFrame,
	type Margins
} from './frame.ts';
import {
	BOLD_LABEL_TEXT,
	LABEL_TEXT,
	placeLabels,
	textBox,
	type Box,
	type MovableLabel,
	type TextAnchor
} from './labels.ts';
import { dashFor, type ProfileSeries, type TrajectoryRole } from './series.ts';
import { formatTick } from './format.ts';

/**
 * The fixed widths a chart is laid out at, chart units: each is drawn for a range of container widths
 * (see ScaledChart.svelte) so that 12-unit text shows at 10-17 px on a phone, a tablet and a desktop.
 */
export const CHART_WIDTHS = [360, 600, 900] as const;

export interface ReferenceAltitude {
	altitudeKm: number;
	label: string;
	/** For narrow charts. */
	shortLabel: string;
}

/** Reference altitudes drawn on the chart. */
export const REFERENCE_ALTITUDES: ReferenceAltitude[] = [
	{ altitudeKm: 100, label: 'Kármán line, 100 km', shortLabel: 'Kármán 100 km' },
	{ altitudeKm: 420, label: 'ISS, about 420 km', shortLabel: 'ISS ~420 km' },
	{
		altitudeKm: 2000,
		label: '2,000 km (30 Jan 2022 apogee, reported)',
		shortLabel: '2,000 km (30 Jan 2022)'
	}
];

export interface ScreenPoint {
	x: number;
	y: number;
}

export interface Tick {
	value: number;
	label: string;
	/** Where the tick meets the axis. */
	x: number;
	y: number;
	/** Unit vector (screen) pointing away from the plot, along which the tick mark and label sit. */
	nx: number;
	ny: number;
	/** The label's anchor point (middle of the text, baseline) and alignment. */
	labelX: number;
	labelY: number;
	anchor: TextAnchor;
}

export interface SeriesLine {
	id: string;
	role: TrajectoryRole;
	colorIndex: number;
	d: string;
	dash: string | undefined;
}

export interface DirectLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	anchor: TextAnchor;
	colorIndex: number;
	/** From the labelled point to the label, when the label sits away from it. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface ReferenceLine {
	altitudeKm: number;
	d: string;
	/** Its label, or null when the chart has no room for it. */
	label: { text: string; x: number; y: number } | null;
}

export interface ProfileLayout {
	mode: ProfileMode;
	width: number;
	height: number;
	frame: EqualAspectFrame;
	/** Clip rectangle (the plot area). */
	plot: EqualAspectFrame['plot'];
	/** The ground: a filled region under the surface line. */
	groundD: string;
	surfaceD: string;
	references: ReferenceLine[];
	lines: SeriesLine[];
	labels: DirectLabel[];
	altitudeTicks: Tick[];
	downrangeTicks: Tick[];
	/** Screen position of every sample, per series (same order as the input). */
	projected: ScreenPoint[][];
	downrangeTitle: { text: string; x: number; y: number };
	altitudeTitle: { text: string; x: number; y: number; anchor: TextAnchor };
	/** Every text's box (labels, ticks, titles): nothing drawn overlaps (checked by the tests). */
	textBoxes: Box[];
	/** Screen position of a (downrange, altitude) pair. */
	project: (downrangeKm: number, altitudeKm: number) => ScreenPoint;
}

export interface ProfileLayoutOptions {
	mode: ProfileMode;
	width: number;
	/** Fixed height; by default the height follows the data's aspect within [minHeight, maxHeight]. */
	height?: number;
	minHeight?: number;
	maxHeight?: number;
	radiusKm?: number;
}

// Coordinates are rounded before they get here, so the generator need not round again.
const pathOf = line<ScreenPoint>()
	.x((p) => p.x)
	.y((p) => p.y)
	.digits(null);

/** To a tenth of a chart unit: finer than any screen pixel the chart is drawn at. */
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The points a path needs to stay within `tolerance` chart units of the full polyline (Douglas-Peucker):
 * a smooth arc of hundreds of samples draws the same with a few dozen. The samples themselves are kept
 * for the cursor; only the drawn path is thinned.
 */
export function simplify(points: readonly ScreenPoint[], tolerance: number): ScreenPoint[] {
	if (points.length <= 2) return [...points];
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [a, b] = stack.pop()!;
		const p = points[a];
		const q = points[b];
		const dx = q.x - p.x;
		const dy = q.y - p.y;
		const len = Math.hypot(dx, dy);
		let worst = -1;
		let worstD = tolerance;
		for (let i = a + 1; i < b; i++) {
			const r = points[i];
			const d =
				len === 0
					? Math.hypot(r.x - p.x, r.y - p.y)
					: Math.abs(dy * (r.x - p.x) - dx * (r.y - p.y)) / len;
			if (d > worstD) {
				worstD = d;
				worst = i;
			}
		}
		if (worst >= 0) {
			keep[worst] = 1;
			stack.push([a, worst], [worst, b]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
}

/** Tick values for a kilometre axis: d3's nice 1-2-5 steps, about one per `spacingPx`. */
export function kmTicks(maxKm: number, lengthPx: number, spacingPx = 60): number[] {
	const count = Math.max(2, Math.floor(lengthPx / spacingPx));
	return scaleLinear()
		.domain([0, Math.max(1, maxKm)])
		.ticks(count)
		.filter((v) => v <= maxKm);
}

interface Extent {
	maxDownrangeKm: number;
	maxAltitudeKm: number;
}

function extent(series: readonly ProfileSeries[]): Extent {
	let maxDownrangeKm = 0;
	let maxAltitudeKm = 0;
	for (const s of series)
		for (const p of s.points) {
			maxDownrangeKm = Math.max(maxDownrangeKm, p.downrangeKm);
			maxAltitudeKm = Math.max(maxAltitudeKm, p.altitudeKm);
		}
	const topRefKm = Math.max(...REFERENCE_ALTITUDES.map((r) => r.altitudeKm));
	return {
		maxDownrangeKm: maxDownrangeKm > 0 ? maxDownrangeKm : 1000,
		maxAltitudeKm: Math.max(maxAltitudeKm, topRefKm)
	};
}

/** Ticks up the launch vertical (labels left of it) and along the surface (labels below it). */
function axisTicks(
	mode: ProfileMode,
	width: number,
	ext: Extent,
	frame: EqualAspectFrame,
	project: ProfileLayout['project'],
	radiusKm: number
): { altitudeTicks: Tick[]; downrangeTicks: Tick[] } {
	const { plot } = frame;
	const inPlot = (p: ScreenPoint) =>
		p.x >= plot.x0 && p.x <= plot.x1 && p.y >= plot.y0 && p.y <= plot.y1;
	// As many ticks as the axis's drawn length has room for (the Earth may fill much of the plot).
	const altitudeTicks = kmTicks(ext.maxAltitudeKm, ext.maxAltitudeKm * frame.pxPerKm, 40)
		.map((v): Tick => {
			const p = project(0, v);
			const y = round1(p.y + 0.32 * LABEL_TEXT.sizePx);
			return {
				value: v,
				label: formatTick(v),
				x: p.x,
				y: p.y,
				nx: -1,
				ny: 0,
				labelX: p.x - 8,
				labelY: y,
				anchor: 'end'
			};
		})
		.filter((t) => t.y >= plot.y0 - 0.5 && t.y <= plot.y1 + 0.5);
	const surfacePx = ext.maxDownrangeKm * frame.pxPerKm;
	const downrangeTicks = kmTicks(ext.maxDownrangeKm, surfacePx, width < 480 ? 70 : 80)
		.filter((v) => v > 0)
		.map((v): Tick => {
			const p = project(v, 0);
			const angle = mode === 'curved' ? v / radiusKm : 0;
			const nx = round1(-Math.sin(angle) * 100) / 100;
			const ny = round1(Math.cos(angle) * 100) / 100;
			return {
				value: v,
				label: formatTick(v),
				x: p.x,
				y: p.y,
				nx,
				ny,
				labelX: round1(p.x + nx * 16),
				labelY: round1(p.y + ny * 16 + 0.32 * LABEL_TEXT.sizePx),
				anchor: 'middle'
			};
		})
		.filter((t) => inPlot(t));
	return { altitudeTicks, downrangeTicks };
}

interface LabelInput {
	series: readonly ProfileSeries[];
	projected: ScreenPoint[][];
	references: { text: string; x: number; y: number; anchor: TextAnchor }[];
	mode: ProfileMode;
	plot: EqualAspectFrame['plot'];
	fixed: Box[];
}

type CurveLabel = MovableLabel & { id: string; colorIndex: number; point: ScreenPoint };

const apogeeOf = (pts: ScreenPoint[]) => pts.reduce((best, p) => (p.y < best.y ? p : best), pts[0]);
const boldWidth = (text: string) => textBox(0, 0, text, 'start', BOLD_LABEL_TEXT).x1;

/** Anchors beside a point: right of it, else left of it (within the plot). */
function beside(at: ScreenPoint, w: number, gap: number, plot: EqualAspectFrame['plot']) {
	return [
		{ x: at.x + gap, anchor: 'start' as const, ok: at.x + gap + w <= plot.x1 },
		{ x: at.x - gap, anchor: 'end' as const, ok: at.x - gap - w >= plot.x0 }
	]
		.filter((a) => a.ok)
		.map(({ x, anchor }) => ({ x, anchor }));
}

/** Flown curves: in a column right of the tallest apogee, else beside their own apogee. */
function flownLabels({ series, projected, plot }: LabelInput): CurveLabel[] {
	const flown = series
		.map((s, i) => ({ s, i }))
		.filter(({ s, i }) => s.role === 'lofted' && projected[i].length > 0);
	const columnX = Math.max(...flown.map(({ i }) => apogeeOf(projected[i]).x), plot.x0) + 10;
	return flown.map(({ s, i }) => {
		const point = apogeeOf(projected[i]);
		const w = boldWidth(s.shortLabel);
		const column = columnX + w <= plot.x1 ? [{ x: columnX, anchor: 'start' as const }] : [];
		return {
			id: s.id,
			colorIndex: s.colorIndex,
			text: s.shortLabel,
			y: point.y + 4,
			at: [...column, ...beside(point, w, 10, plot)],
			style: BOLD_LABEL_TEXT,
			point
		};
	});
}

/** Standard curves: beside their impact (curved; impacts spread along the ground) or over their apogee. */
function standardLabels({ series, projected, plot, mode }: LabelInput): CurveLabel[] {
	return series.flatMap((s, i) => {
		if (s.role !== 'standard' || projected[i].length === 0) return [];
		const text = `${s.shortLabel} (standard)`;
		const w = boldWidth(text);
		const point = mode === 'flat' ? apogeeOf(projected[i]) : projected[i][projected[i].length - 1];
		const middle = {
			x: Math.max(plot.x0 + w / 2, Math.min(plot.x1 - w / 2, point.x)),
			anchor: 'middle' as const
		};
		const sides = beside(point, w, 8, plot);
		return [
			{
				id: s.id,
				colorIndex: s.colorIndex,
				text,
				style: BOLD_LABEL_TEXT,
				point,
				y: point.y - (mode === 'flat' ? 8 : 4),
				at: mode === 'flat' ? [middle, ...sides] : [...sides, middle]
			}
		];
	});
}

/**
 * Direct labels: flown curves in a column right of the tallest apogee (with leader lines), standard curves
 * beside their impact (curved) or above their apogee (flat), reference lines at their end; each then moved
 * up or down (or to its other side) to the nearest spot where it overlaps no other label and no tick label,
 * or left out when there is none (the legend names every curve).
 */
function placeDirectLabels(input: LabelInput) {
	const { plot } = input;
	const wanted = [...flownLabels(input), ...standardLabels(input)];
	const placed = placeLabels(wanted, input.fixed, plot.y0 + 10, plot.y1 - 2);
	const refs = placeLabels(
		input.references.map((r) => ({ text: r.text, y: r.y, at: [{ x: r.x, anchor: r.anchor }] })),
		[...input.fixed, ...placed.flatMap((p) => (p ? [p.box] : []))],
		plot.y0 + 10,
		plot.y1 - 2
	);
	const labels: DirectLabel[] = [];
	wanted.forEach((l, k) => {
		const p = placed[k];
		if (!p) return;
		const moved = Math.abs(p.y - l.y) > 2 || p.anchor !== l.at[0]?.anchor;
		const x2 = p.anchor === 'end' ? p.x + 2 : p.anchor === 'middle' ? p.x : p.x - 2;
		labels.push({
			id: l.id,
			text: l.text,
			x: round1(p.x),
			y: round1(p.y),
			anchor: p.anchor,
			colorIndex: l.colorIndex,
			leader:
				l.id.endsWith('/lofted') || moved
					? { x1: l.point.x, y1: l.point.y, x2: round1(x2), y2: round1(p.y - 4) }
					: undefined
		});
	});
	const references = input.references.map((r, k) => {
		const p = refs[k];
		return p ? { text: r.text, x: round1(p.x), y: round1(p.y) } : null;
	});
	const boxes = [...placed, ...refs].flatMap((p) => (p ? [p.box] : []));
	return { labels, references, boxes };
}

/** The equal-aspect frame holding every sample, the surface under them and the reference shells. */
function fitFrame(
	series: readonly ProfileSeries[],
	options: ProfileLayoutOptions,
	radiusKm: number
) {
	const { mode, width } = options;
	const margins: Margins = { top: 18, right: 14, bottom: 46, left: width < 480 ? 48 : 58 };
	const toPlane = (s: number, h: number): PlanePointKm => profilePoint(mode, s, h, radiusKm);
	const ext = extent(series);
	const topRefKm = Math.max(...REFERENCE_ALTITUDES.map((r) => r.altitudeKm));
	const planes = series.map((s) => s.points.map((p) => toPlane(p.downrangeKm, p.altitudeKm)));
	const framePoints: PlanePointKm[] = planes.flat();
	framePoints.push(...constantAltitudeLine(mode, 0, 0, ext.maxDownrangeKm, 100, radiusKm));
	framePoints.push(...constantAltitudeLine(mode, topRefKm, 0, ext.maxDownrangeKm, 100, radiusKm));
	const bounds = padBounds(boundsOf(framePoints), 0.03);
	const height =
		options.height ??
		heightForAspect(bounds, width, margins, options.minHeight ?? 260, options.maxHeight ?? 700);
	const frame = equalAspectFrame(bounds, width, height, margins);
	const toScreen = (q: PlanePointKm): ScreenPoint => ({
		x: round1(frame.x(q.xKm)),
		y: round1(frame.y(q.yKm))
	});
	return { ext, planes, height, frame, toScreen, toPlane };
}

/**
 * The surface line, the ground under it (curved: the whole Earth as a disc, as a sector would show a
 * notch once the view spans over half the globe; flat: the band under the ground line) and the
 * reference altitudes, across the visible downrange span, with where each reference's label goes.
 */
function earthAndReferences(
	mode: ProfileMode,
	width: number,
	ext: Extent,
	frame: EqualAspectFrame,
	toScreen: (q: PlanePointKm) => ScreenPoint,
	launch: ScreenPoint,
	radiusKm: number
) {
	const { plot } = frame;
	// The view may show ground before launch and past the farthest impact.
	const spanPadKm = Math.max(ext.maxDownrangeKm * 0.15, (plot.x1 - plot.x0) / frame.pxPerKm);
	const fromKm = -spanPadKm;
	const toKm = ext.maxDownrangeKm + spanPadKm;
	// Arcs: about 240 segments across the view.
	const arcStepKm = Math.max(25, (toKm - fromKm) / 240);
	const line = (altitudeKm: number) =>
		constantAltitudeLine(mode, altitudeKm, fromKm, toKm, arcStepKm, radiusKm).map(toScreen);
	const surface = line(0);
	const circumference = 2 * Math.PI * radiusKm;
	const ground =
		mode === 'curved'
			? constantAltitudeLine('curved', 0, 0, circumference, circumference / 360, radiusKm).map(
					toScreen
				)
			: [
					...surface,
					{ x: surface[surface.length - 1].x, y: plot.y1 + 10 },
					{ x: surface[0].x, y: plot.y1 + 10 }
				];
	const inPlot = (p: ScreenPoint) =>
		p.x >= plot.x0 && p.x <= plot.x1 && p.y >= plot.y0 && p.y <= plot.y1;
	// Reference labels: in curved mode, left of the launch vertical when there is room (the sky there is
	// empty); otherwise at the far visible end of each line, just above it.
	const labelLeft = mode === 'curved' && launch.x - plot.x0 > 200;
	const references = REFERENCE_ALTITUDES.map((ref) => {
		const pts = line(ref.altitudeKm);
		const visible = pts.filter(inPlot);
		let end = visible.length > 0 ? visible[visible.length - 1] : pts[pts.length - 1];
		if (labelLeft) {
			const targetX = launch.x - 48;
			end = visible.reduce(
				(b, p) => (Math.abs(p.x - targetX) < Math.abs(b.x - targetX) ? p : b),
				end
			);
		}
		return {
			altitudeKm: ref.altitudeKm,
			d: pathOf(pts) ?? '',
			label: {
				text: width < 560 ? ref.shortLabel : ref.label,
				x: labelLeft ? end.x : Math.min(plot.x1 - 2, end.x),
				y: end.y - 4,
				anchor: 'end' as const
			}
		};
	});
	return { surfaceD: pathOf(surface) ?? '', groundD: (pathOf(ground) ?? '') + 'Z', references };
}

/** The axis titles: altitude above the launch vertical, downrange under the plot. */
function axisTitles(
	mode: ProfileMode,
	width: number,
	height: number,
	plot: EqualAspectFrame['plot'],
	launch: ScreenPoint
) {
	const text = 'Altitude (km)';
	return {
		altitudeTitle:
			launch.x - plot.x0 > 90
				? { text, x: launch.x + 4, y: plot.y0 - 6, anchor: 'end' as const }
				: { text, x: Math.max(4, launch.x - 40), y: plot.y0 - 6, anchor: 'start' as const },
		downrangeTitle: {
			text:
				width < 560
					? 'Downrange (km)'
					: `Downrange along the surface (km), ${mode === 'curved' ? 'Earth drawn to scale' : 'flat ground'}`,
			x: round1((plot.x0 + plot.x1) / 2),
			y: height - 6
		}
	};
}

export function profileLayout(
	series: ProfileSeries[],
	options: ProfileLayoutOptions
): ProfileLayout {
	const { mode, width } = options;
	const radiusKm = options.radiusKm ?? EARTH_MEAN_RADIUS_KM;
	const { ext, planes, height, frame, toScreen, toPlane } = fitFrame(series, options, radiusKm);
	const { plot } = frame;
	const project = (s: number, h: number) => toScreen(toPlane(s, h));
	const launch = project(0, 0);
	const earth = earthAndReferences(mode, width, ext, frame, toScreen, launch, radiusKm);
	const projected = planes.map((pts) => pts.map(toScreen));
	const lines: SeriesLine[] = series.map((s, i) => ({
		id: s.id,
		role: s.role,
		colorIndex: s.colorIndex,
		d: pathOf(simplify(projected[i], 0.3)) ?? '',
		dash: dashFor(s.role)
	}));
	const ticks = axisTicks(mode, width, ext, frame, project, radiusKm);
	const { altitudeTitle, downrangeTitle } = axisTitles(mode, width, height, plot, launch);
	const fixed: Box[] = [
		...[...ticks.altitudeTicks, ...ticks.downrangeTicks].map((t) =>
			textBox(t.labelX, t.labelY, t.label, t.anchor)
		),
		textBox(altitudeTitle.x, altitudeTitle.y, altitudeTitle.text, altitudeTitle.anchor),
		textBox(downrangeTitle.x, downrangeTitle.y, downrangeTitle.text, 'middle')
	];
	const placed = placeDirectLabels({
		series,
		projected,
		references: earth.references.map((r) => r.label),
		mode,
		plot,
		fixed
	});
	return {
		mode,
		width,
		height,
		frame,
		plot,
		groundD: earth.groundD,
		surfaceD: earth.surfaceD,
		references: earth.references.map((r, i) => ({
			altitudeKm: r.altitudeKm,
			d: r.d,
			label: placed.references[i]
		})),
		lines,
		labels: placed.labels,
		altitudeTicks: ticks.altitudeTicks,
		downrangeTicks: ticks.downrangeTicks,
		projected,
		downrangeTitle,
		altitudeTitle,
		textBoxes: [...fixed, ...placed.boxes],
		project
	};
}

export interface Crosshair {
	x: number;
	y: number;
	/** From the sample straight down to the surface (radial in curved mode): reads downrange. */
	dropD: string;
	/** From the sample along its altitude back to the launch vertical: reads altitude on the axis. */
	levelD: string;
}

/** Crosshair guides for one sample. */
export function crosshairFor(
	layout: Pick<ProfileLayout, 'project'>,
	downrangeKm: number,
	altitudeKm: number
): Crosshair {
	const p = layout.project(downrangeKm, altitudeKm);
	const ground = layout.project(downrangeKm, 0);
	const steps = Math.max(1, Math.ceil(Math.abs(downrangeKm) / 25));
	const level: ScreenPoint[] = [];
	for (let i = steps; i >= 0; i--)
		level.push(layout.project((downrangeKm * i) / steps, altitudeKm));
	return { x: p.x, y: p.y, dropD: pathOf([p, ground]) ?? '', levelD: pathOf(level) ?? '' };
}
