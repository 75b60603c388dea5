/**
 * Layout of the altitude-against-downrange chart: (series, size, mode) -> everything Svelte draws (path
 * strings, axis ticks, reference arcs, direct labels) and the projection used by the crosshair. Curved mode
 * draws to scale on a spherical Earth (see earth.ts); flat mode draws downrange and altitude at one scale.
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
import { dodge } from './labels.ts';
import { dashFor, type ProfileSeries, type TrajectoryRole } from './series.ts';
import { formatTickNumber } from './format.ts';

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
	anchor: 'start' | 'middle' | 'end';
	colorIndex: number;
	/** From the labelled point to the label, when the label had to move. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface ReferenceLine {
	altitudeKm: number;
	label: string;
	d: string;
	labelX: number;
	labelY: number;
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
	/** Title under the downrange axis. */
	downrangeTitle: string;
	/** Where the altitude axis title goes (above the axis on the launch vertical). */
	altitudeTitle: { x: number; y: number; anchor: 'start' | 'end' };
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
	/** Approximate width of one character of label text, px (for label placement). */
	charWidthPx?: number;
}

// Coordinates are rounded to 0.01 px before they get here, so the generator need not round again.
const pathOf = line<ScreenPoint>()
	.x((p) => p.x)
	.y((p) => p.y)
	.digits(null);

function round2(v: number): number {
	return Math.round(v * 100) / 100;
}

/** Tick values for a kilometre axis: d3's nice 1-2-5 steps, about one per `spacingPx`. */
export function kmTicks(maxKm: number, lengthPx: number, spacingPx = 60): number[] {
	const count = Math.max(2, Math.floor(lengthPx / spacingPx));
	return scaleLinear()
		.domain([0, Math.max(1, maxKm)])
		.ticks(count)
		.filter((v) => v <= maxKm);
}

export function profileLayout(
	series: ProfileSeries[],
	options: ProfileLayoutOptions
): ProfileLayout {
	const { mode, width } = options;
	const radiusKm = options.radiusKm ?? EARTH_MEAN_RADIUS_KM;
	const charW = options.charWidthPx ?? 6.6;
	const margins: Margins = { top: 16, right: 14, bottom: 44, left: width < 480 ? 46 : 56 };
	const toPlane = (s: number, h: number): PlanePointKm => profilePoint(mode, s, h, radiusKm);

	let maxDownrangeKm = 0;
	let maxAltitudeKm = 0;
	for (const s of series) {
		for (const p of s.points) {
			if (p.downrangeKm > maxDownrangeKm) maxDownrangeKm = p.downrangeKm;
			if (p.altitudeKm > maxAltitudeKm) maxAltitudeKm = p.altitudeKm;
		}
	}
	if (maxDownrangeKm <= 0) maxDownrangeKm = 1000;
	const topRefKm = Math.max(...REFERENCE_ALTITUDES.map((r) => r.altitudeKm));
	maxAltitudeKm = Math.max(maxAltitudeKm, topRefKm);

	// Frame: every sample, the surface under them and the reference shells over the same span.
	const planes = series.map((s) => s.points.map((p) => toPlane(p.downrangeKm, p.altitudeKm)));
	const framePoints: PlanePointKm[] = planes.flat();
	framePoints.push(...constantAltitudeLine(mode, 0, 0, maxDownrangeKm, 100, radiusKm));
	framePoints.push(...constantAltitudeLine(mode, topRefKm, 0, maxDownrangeKm, 100, radiusKm));
	const bounds = padBounds(boundsOf(framePoints), 0.03);
	const height =
		options.height ??
		heightForAspect(bounds, width, margins, options.minHeight ?? 260, options.maxHeight ?? 700);
	const frame = equalAspectFrame(bounds, width, height, margins);
	const { x, y, plot } = frame;
	const project = (s: number, h: number): ScreenPoint => {
		const q = toPlane(s, h);
		return { x: round2(x(q.xKm)), y: round2(y(q.yKm)) };
	};

	// The visible downrange span (the view may show ground before launch and past the farthest impact).
	const spanPadKm = Math.max(maxDownrangeKm * 0.15, (plot.x1 - plot.x0) / frame.pxPerKm);
	const fromKm = -spanPadKm;
	const toKm = maxDownrangeKm + spanPadKm;
	// Arcs: about 240 segments across the view (smooth on any screen; cheap to recompute).
	const arcStepKm = Math.max(25, (toKm - fromKm) / 240);
	const surface = constantAltitudeLine(mode, 0, fromKm, toKm, arcStepKm, radiusKm).map((q) => ({
		x: round2(x(q.xKm)),
		y: round2(y(q.yKm))
	}));
	const surfaceD = pathOf(surface) ?? '';
	// Curved: the whole Earth as a disc (a sector would show a notch once the view spans over half the
	// globe); flat: the band under the ground line.
	const groundD =
		mode === 'curved'
			? (pathOf(
					constantAltitudeLine(
						'curved',
						0,
						0,
						2 * Math.PI * radiusKm,
						(2 * Math.PI * radiusKm) / 360,
						radiusKm
					).map((q) => ({ x: round2(x(q.xKm)), y: round2(y(q.yKm)) }))
				) ?? '') + 'Z'
			: (pathOf([
					...surface,
					{ x: surface[surface.length - 1].x, y: plot.y1 + 10 },
					{ x: surface[0].x, y: plot.y1 + 10 }
				]) ?? '') + 'Z';

	const inPlot = (p: ScreenPoint) =>
		p.x >= plot.x0 && p.x <= plot.x1 && p.y >= plot.y0 && p.y <= plot.y1;

	// Reference labels: in curved mode, left of the launch vertical when there is room (the sky there is
	// empty); otherwise at the far visible end of each line. Always just above the line, dodged apart.
	const launch = { x: round2(x(toPlane(0, 0).xKm)), y: round2(y(toPlane(0, 0).yKm)) };
	const labelLeft = mode === 'curved' && launch.x - plot.x0 > 200;
	const refsRaw = REFERENCE_ALTITUDES.map((ref) => {
		const pts = constantAltitudeLine(mode, ref.altitudeKm, fromKm, toKm, arcStepKm, radiusKm).map(
			(q) => ({
				x: round2(x(q.xKm)),
				y: round2(y(q.yKm))
			})
		);
		const visible = pts.filter(inPlot);
		let end = visible.length > 0 ? visible[visible.length - 1] : pts[pts.length - 1];
		if (labelLeft) {
			const targetX = launch.x - 48;
			end = visible.reduce(
				(best, p) => (Math.abs(p.x - targetX) < Math.abs(best.x - targetX) ? p : best),
				end
			);
		}
		return { ref, d: pathOf(pts) ?? '', end };
	});
	const narrow = width < 560;
	const refWants = refsRaw.map((r) => r.end.y - 4);
	// Reference labels at the far end share the right-hand side with the standard curves' labels: dodged
	// together below; on the left they only need to avoid each other.
	let refYs = labelLeft ? dodge(refWants, 13, plot.y0 + 10, plot.y1) : refWants;

	const projected = planes.map((pts) =>
		pts.map((q) => ({ x: round2(x(q.xKm)), y: round2(y(q.yKm)) }))
	);
	const lines: SeriesLine[] = series.map((s, i) => ({
		id: s.id,
		role: s.role,
		colorIndex: s.colorIndex,
		d: pathOf(projected[i]) ?? '',
		dash: dashFor(s.role)
	}));

	// Direct labels. Flown curves: in a dodged column right of the tallest apogee, with leader lines.
	// Standard curves: beside their impact point (impacts spread out along the ground), dodged apart.
	const labelGap = 13;
	const extremeOf = (i: number, which: 'apogee' | 'impact'): ScreenPoint | null => {
		const pts = projected[i];
		if (pts.length === 0) return null;
		if (which === 'impact') return pts[pts.length - 1];
		let best = pts[0];
		for (const p of pts) if (p.y < best.y) best = p;
		return best;
	};
	const labels: DirectLabel[] = [];
	for (const role of ['lofted', 'standard'] as const) {
		// Flat ground: standard apogees spread out along x; curved: impacts spread out along the arc.
		const which = role === 'lofted' || mode === 'flat' ? 'apogee' : 'impact';
		const idx = series
			.map((_, i) => i)
			.filter((i) => series[i].role === role && extremeOf(i, which));
		if (idx.length === 0) continue;
		const anchors = idx.map((i) => extremeOf(i, which) as ScreenPoint);
		const texts = idx.map((i) =>
			role === 'lofted' ? series[i].shortLabel : `${series[i].shortLabel} (standard)`
		);
		const wantYs = anchors.map((p) => p.y + (role === 'lofted' ? 4 : which === 'apogee' ? -8 : -2));
		let ys: number[];
		if (role === 'standard' && !labelLeft) {
			const all = dodge([...wantYs, ...refWants], labelGap, plot.y0 + 10, plot.y1 - 4);
			ys = all.slice(0, wantYs.length);
			refYs = all.slice(wantYs.length);
		} else ys = dodge(wantYs, labelGap, plot.y0 + 10, plot.y1 - 4);
		const columnX = role === 'lofted' ? Math.max(...anchors.map((p) => p.x)) + 10 : Number.NaN;
		idx.forEach((i, k) => {
			const textW = texts[k].length * charW;
			let lx = role === 'lofted' ? columnX : which === 'apogee' ? anchors[k].x : anchors[k].x + 8;
			let anchor: DirectLabel['anchor'] =
				role === 'standard' && which === 'apogee' ? 'middle' : 'start';
			if (anchor === 'middle') {
				lx = Math.max(plot.x0 + textW / 2 + 2, Math.min(plot.x1 - textW / 2 - 2, lx));
			} else if (lx + textW > plot.x1) {
				lx = Math.max(plot.x0 + textW, Math.min(plot.x1, anchors[k].x - 8));
				anchor = 'end';
			}
			const moved = Math.abs(ys[k] - wantYs[k]) > 2;
			const needsLeader = role === 'lofted' || moved;
			labels.push({
				id: series[i].id,
				text: texts[k],
				x: round2(lx),
				y: round2(ys[k]),
				anchor,
				colorIndex: series[i].colorIndex,
				leader: needsLeader
					? {
							x1: anchors[k].x,
							y1: anchors[k].y,
							x2: round2(anchor === 'end' ? lx + 2 : anchor === 'middle' ? lx : lx - 2),
							y2: round2(ys[k] - 4)
						}
					: undefined
			});
		});
	}

	if (!labelLeft && !series.some((x) => x.role === 'standard')) {
		refYs = dodge(refWants, 13, plot.y0 + 10, plot.y1);
	}
	const references: ReferenceLine[] = refsRaw.map((r, i) => ({
		altitudeKm: r.ref.altitudeKm,
		label: narrow ? r.ref.shortLabel : r.ref.label,
		d: r.d,
		labelX: Math.min(plot.x1 - 2, r.end.x),
		labelY: round2(refYs[i])
	}));

	// Altitude axis: on the launch vertical (x = downrange 0), ticks pointing left.
	const altTickValues = kmTicks(maxAltitudeKm, Math.max(1, (plot.y1 - plot.y0) * 0.9), 48);
	const altitudeTicks: Tick[] = altTickValues
		.map((v) => {
			const p = project(0, v);
			return { value: v, label: formatTickNumber(v), x: p.x, y: p.y, nx: -1, ny: 0 };
		})
		.filter((t) => t.y >= plot.y0 - 0.5 && t.y <= plot.y1 + 0.5);

	// Downrange axis: along the surface, ticks pointing away from the sky (into the ground).
	const surfaceLenPx = maxDownrangeKm * frame.pxPerKm;
	const drTickValues = kmTicks(maxDownrangeKm, surfaceLenPx, width < 480 ? 70 : 80).filter(
		(v) => v > 0
	);
	const downrangeTicks: Tick[] = drTickValues
		.map((v) => {
			const p = project(v, 0);
			const angle = mode === 'curved' ? v / radiusKm : 0;
			return {
				value: v,
				label: formatTickNumber(v),
				x: p.x,
				y: p.y,
				nx: round2(-Math.sin(angle)),
				ny: round2(Math.cos(angle))
			};
		})
		.filter((t) => inPlot(t));

	return {
		mode,
		width,
		height,
		frame,
		plot,
		groundD,
		surfaceD,
		references,
		lines,
		labels,
		altitudeTicks,
		downrangeTicks,
		projected,
		project,
		downrangeTitle: narrow
			? 'Downrange (km)'
			: `Downrange along the surface (km), ${mode === 'curved' ? 'Earth drawn to scale' : 'flat ground'}`,
		altitudeTitle:
			launch.x - plot.x0 > 90
				? { x: launch.x + 4, y: plot.y0 - 4, anchor: 'end' }
				: { x: Math.max(4, launch.x - 40), y: plot.y0 - 4, anchor: 'start' }
	};
}

export interface Crosshair {
	x: number;
	y: number;
	/** From the sample straight down to the surface (radial in curved mode): reads downrange. */
	dropD: string;
	/** From the sample along its altitude back to the launch vertical: reads altitude on the axis. */
	levelD: string;
	/** Where the drop meets the surface. */
	ground: ScreenPoint;
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
	return {
		x: p.x,
		y: p.y,
		ground,
		dropD: pathOf([p, ground]) ?? '',
		levelD: pathOf(level) ?? ''
	};
}
