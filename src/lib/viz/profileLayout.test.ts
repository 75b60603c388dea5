import { describe, expect, it } from 'vitest';
import { kmTicks, profileLayout, simplify } from './profileLayout.ts';
import { EARTH_MEAN_RADIUS_KM as R } from './earth.ts';
import type { ProfilePoint, ProfileSeries } from './series.ts';
import { keplerArcPoints, keplerFromRangeApogee } from '../physics/kepler.ts';

function arc(rangeKm: number, apogeeKm: number): ProfilePoint[] {
	const k = keplerFromRangeApogee({ rangeKm, apogeeKm });
	if (!k.ok) throw new Error(k.message);
	return keplerArcPoints(k, 61);
}

function series(id: string, role: 'lofted' | 'standard', points: ProfilePoint[]): ProfileSeries {
	return {
		id: `${id}/${role}`,
		testId: id,
		role,
		label: id,
		shortLabel: id,
		model: 'test fixture',
		colorIndex: 1,
		timeOrigin: 'burnout',
		points
	};
}

const lofted = series('a', 'lofted', arc(800, 2000));
const standard = series('a', 'standard', arc(4124, 848));
const second = series('b', 'lofted', arc(787, 2111.5));

/** Every coordinate pair in an SVG path made of M/L commands. */
function pathPoints(d: string): { x: number; y: number }[] {
	const nums = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)?.map(Number) ?? [];
	const out = [];
	for (let i = 0; i + 1 < nums.length; i += 2) out.push({ x: nums[i], y: nums[i + 1] });
	return out;
}

describe('profileLayout, curved', () => {
	const layout = profileLayout([lofted, standard, second], { mode: 'curved', width: 800 });
	const k = layout.frame.pxPerKm;
	const cx = layout.frame.x(0);
	const cy = layout.frame.y(0);

	it('puts every sample R + h from the Earth centre at polar angle s / R on screen', () => {
		layout.projected.forEach((pts, i) => {
			const src = [lofted, standard, second][i].points;
			pts.forEach((p, j) => {
				const { altitudeKm, downrangeKm } = src[j];
				expect(Math.hypot(p.x - cx, p.y - cy) / k).toBeCloseTo(R + altitudeKm, -1);
				// Screen y points down: the polar angle from "up" is atan2(dx, -dy). (Coordinates are
				// rounded to 0.1 chart unit, which moves the angle by up to 1e-4 rad at this size.)
				expect(Math.atan2(p.x - cx, cy - p.y)).toBeCloseTo(downrangeKm / R, 3);
			});
		});
	});

	it('puts the launch point on the drawn surface arc, straight above the centre', () => {
		const launch = layout.project(0, 0);
		expect(launch.x).toBeCloseTo(cx, 1);
		expect((cy - launch.y) / k).toBeCloseTo(R, -1);
		const surface = pathPoints(layout.surfaceD);
		for (const p of surface) expect(Math.hypot(p.x - cx, p.y - cy) / k).toBeCloseTo(R, -1);
	});

	it('lands a point a quarter of the way round (s = pi R / 2) level with the centre', () => {
		const p = layout.project((Math.PI * R) / 2, 0);
		expect(p.y).toBeCloseTo(cy, 1);
		expect((p.x - cx) / k).toBeCloseTo(R, -1);
	});

	it('draws the 2,000 km reference as an arc R + 2,000 km from the centre', () => {
		const ref = layout.references.find((r) => r.altitudeKm === 2000);
		expect(ref).toBeDefined();
		const pts = pathPoints(ref!.d);
		expect(pts.length).toBeGreaterThan(10);
		for (const p of pts) expect(Math.hypot(p.x - cx, p.y - cy) / k).toBeCloseTo(R + 2000, -1);
	});

	it('draws the standard curve dashed and the flown one solid, one path per curve', () => {
		expect(layout.lines.map((l) => l.dash === undefined)).toEqual([true, false, true]);
		for (const l of layout.lines) expect(l.d).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+)+$/);
	});

	it('labels every curve, lofted labels at least one line apart', () => {
		expect(layout.labels).toHaveLength(3);
		const ys = layout.labels
			.filter((l) => !l.text.includes('standard'))
			.map((l) => l.y)
			.sort((a, b) => a - b);
		expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(13 - 1e-9);
	});

	it('puts altitude ticks up the launch vertical at nice round values', () => {
		expect(layout.altitudeTicks.length).toBeGreaterThanOrEqual(3);
		const values = layout.altitudeTicks.map((t) => t.value);
		const step = values[1] - values[0];
		expect(step / 10 ** Math.floor(Math.log10(step))).toSatisfy((m: number) =>
			[1, 2, 5].includes(m)
		);
		for (const t of layout.altitudeTicks) {
			expect(t.x).toBeCloseTo(layout.project(0, 0).x, 1);
			expect((layout.project(0, 0).y - t.y) / k).toBeCloseTo(t.value, -1);
		}
	});
});

describe('profileLayout, flat', () => {
	const layout = profileLayout([lofted, standard], { mode: 'flat', width: 640 });
	const k = layout.frame.pxPerKm;

	it('draws downrange and altitude at the same scale (1 km up = 1 km across)', () => {
		const o = layout.project(0, 0);
		const p = layout.project(1000, 1000);
		expect(p.x - o.x).toBeCloseTo(1000 * k, 1);
		expect(o.y - p.y).toBeCloseTo(1000 * k, 1);
	});

	it('draws the reference lines as horizontal lines', () => {
		for (const r of layout.references) {
			const pts = pathPoints(r.d);
			expect(pts).toHaveLength(2);
			expect(pts[0].y).toBeCloseTo(pts[1].y, 6);
			expect((layout.project(0, 0).y - pts[0].y) / k).toBeCloseTo(r.altitudeKm, -1);
		}
	});

	it('frames the widest curve inside the plot', () => {
		for (const pts of layout.projected)
			for (const p of pts) {
				expect(p.x).toBeGreaterThanOrEqual(layout.plot.x0);
				expect(p.x).toBeLessThanOrEqual(layout.plot.x1);
				expect(p.y).toBeGreaterThanOrEqual(layout.plot.y0);
				expect(p.y).toBeLessThanOrEqual(layout.plot.y1);
			}
	});
});

describe('kmTicks', () => {
	it('chooses 1-2-5 steps: 0-2,000 km over 400 px at 100 px spacing is every 500 km', () => {
		expect(kmTicks(2000, 400, 100)).toEqual([0, 500, 1000, 1500, 2000]);
	});

	it('chooses finer steps with more room and never passes the maximum', () => {
		expect(kmTicks(4475, 600, 60)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000]);
		expect(kmTicks(950, 300, 60)).toEqual([0, 200, 400, 600, 800]);
	});
});

describe('simplify', () => {
	it('keeps every point farther than the tolerance from the thinned line, and the ends', () => {
		const arc = Array.from({ length: 400 }, (_, i) => {
			const a = (Math.PI * i) / 399;
			return { x: 200 * Math.cos(a), y: 200 * Math.sin(a) };
		});
		const thin = simplify(arc, 0.3);
		expect(thin.length).toBeLessThan(80);
		expect(thin[0]).toBe(arc[0]);
		expect(thin[thin.length - 1]).toBe(arc[arc.length - 1]);
		// Every original point lies within the tolerance of some segment of the thinned line.
		const distToSegment = (
			r: { x: number; y: number },
			p: { x: number; y: number },
			q: { x: number; y: number }
		) => {
			const dx = q.x - p.x;
			const dy = q.y - p.y;
			const t = Math.max(
				0,
				Math.min(1, ((r.x - p.x) * dx + (r.y - p.y) * dy) / (dx * dx + dy * dy))
			);
			return Math.hypot(r.x - (p.x + t * dx), r.y - (p.y + t * dy));
		};
		for (const r of arc) {
			const d = Math.min(...thin.slice(1).map((q, i) => distToSegment(r, thin[i], q)));
			expect(d).toBeLessThanOrEqual(0.3 + 1e-9);
		}
	});
});
