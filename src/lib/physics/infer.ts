/**
 * Inference: fly the calibrated vehicle on its range-maximising steering.
 *
 * The family (steering.ts) is the gravity turn an airframe can fly: vertical rise, pitch-over kick, zero-lift
 * turn through the first stage, then linear-tangent steering of the upper stages, with an optional coast
 * between the first and second stage. Free: the kick angle, the final pitch of the upper stages and the
 * coast; the vertical rise and the kick duration are properties of the vehicle (priors). The q-alpha of the
 * flight is bounded by Q_ALPHA_LIMIT_KPA_DEG (a penalty outside it). The maximum is found by Nelder-Mead
 * (optimise.ts) on a non-rotating Earth, the convention of published estimates. The power-law family is
 * kept for comparison.
 *
 * The reach contour flies the optimum on the rotating Earth at evenly spaced launch azimuths and interpolates
 * range against the ground azimuth to the impact point: range is stationary at the optimum, so re-optimising
 * per azimuth would change it only to second order.
 */
import { fly, type FlightOptions, type FlightResult, type FlownVehicle } from './flight.ts';
import { nelderMeadMax } from './optimise.ts';
import type { GravityTurnSteering, Steering } from './steering.ts';

/**
 * Bound on dynamic pressure times angle of attack during powered flight, kPa deg. The zero-lift phase of
 * the open-source ascent optimiser GELATO (Interstellar Technologies, example/example-settings.json,
 * "Q_alpha_max": 30,000 Pa deg from the start of the zero-lift turn) is set for a small launcher of about
 * the Hwasong-12's size; the model uses the same figure. A gravity turn stays far below it except during the
 * pitch-over kick, which is what the bound limits.
 */
export const Q_ALPHA_LIMIT_KPA_DEG = 30;

/** Longest coast between the first and second stage the search considers, s. */
export const MAX_COAST_S = 60;

export interface MaxRange {
	orbital: boolean;
	/** Null when orbital. */
	rangeKm: number | null;
	steering: Steering;
	flight: FlightResult;
	evaluations: number;
	/** True when the q-alpha bound limits the optimum (the unbounded optimum flies farther). */
	qAlphaBound: boolean;
}

/** Search score of an orbital flight: beyond any finite range (the long way round is at most 40,030 km). */
const ORBITAL_SCORE_KM = 50000;

/** Integration tolerance while searching (the optimum is re-flown at the default 1e-8). */
export const SEARCH_REL_TOL = 1e-6;

/** What the vehicle fixes about its steering (priors, not searched). */
export interface SteeringBase {
	/** Vertical rise of the test flight and the start of the search, s. */
	verticalRiseS: number;
	kickDurationS: number;
	/** Whether a coast between the first and second stage is allowed. */
	coastAllowed: boolean;
	stageCount: number;
}

/** Bounds of the vertical rise the search may choose, s: off the launch stand in a second at the earliest. */
export const VERTICAL_RISE_BOUNDS_S: [number, number] = [1, 15];

const clampTo = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/**
 * Free variables of the gravity-turn family: [ln(kick deg), vertical rise s] and, with upper stages,
 * [final pitch deg] and, where the vehicle allows a coast, [coast s]. Outside the box a penalty brings the
 * search back.
 */
export function gravityTurnFromVector(
	base: SteeringBase,
	x: number[]
): { steering: GravityTurnSteering; penalty: number } {
	const multi = base.stageCount > 1;
	const lnKick = clampTo(x[0], Math.log(0.02), Math.log(80));
	const rise = clampTo(x[1], ...VERTICAL_RISE_BOUNDS_S);
	const pitch = multi ? clampTo(x[2], -20, 70) : 0;
	const coast = multi && base.coastAllowed ? clampTo(x[3] ?? 0, 0, MAX_COAST_S) : 0;
	let penalty = Math.abs(lnKick - x[0]) * 1000 + Math.abs(rise - x[1]) * 100;
	if (multi) penalty += Math.abs(pitch - x[2]) * 100;
	if (x.length > 3) penalty += Math.abs(coast - x[3]) * 100;
	return {
		steering: {
			family: 'gravity-turn',
			verticalRiseS: rise,
			kickDeg: Math.exp(lnKick),
			kickDurationS: base.kickDurationS,
			upper: multi ? { law: 'linear-tangent', finalPitchDeg: pitch } : { law: 'gravity-turn' },
			coastS: coast
		},
		penalty
	};
}

export function gravityTurnVector(s: GravityTurnSteering, base: SteeringBase): number[] {
	const x = [Math.log(Math.max(0.02, s.kickDeg)), s.verticalRiseS];
	if (base.stageCount > 1) x.push(s.upper.law === 'linear-tangent' ? s.upper.finalPitchDeg : 20);
	if (base.stageCount > 1 && base.coastAllowed) x.push(s.coastS);
	return x;
}

/** Range less the q-alpha penalty (km per kPa deg above the bound). */
export function penalisedRange(f: FlightResult): number {
	const over = Math.max(0, f.maxQAlphaKPaDeg - Q_ALPHA_LIMIT_KPA_DEG);
	return (f.ok ? f.rangeKm : 0) - 200 * over;
}

/**
 * A search objective over a decoded steering: flies it (search tolerance, closed-form coast) and returns
 * the penalised range, remembering the farthest programme within the q-alpha bound and whether any flight
 * reached orbit; `result` re-flies the best at the default tolerance.
 */
export function steeringSearch(
	vehicle: FlownVehicle,
	options: FlightOptions,
	decode: (x: number[]) => { steering: Steering; penalty: number },
	initial: Steering,
	bounded = true
) {
	let evaluations = 0;
	let orbital = false;
	let best = { range: -Infinity, steering: initial };
	let unbounded = -Infinity;
	const objective = (x: number[]): number => {
		const { steering, penalty } = decode(x);
		const f = fly(vehicle, steering, { relTol: SEARCH_REL_TOL, ...options, coast: 'kepler' });
		evaluations++;
		const over = Math.max(0, f.maxQAlphaKPaDeg - Q_ALPHA_LIMIT_KPA_DEG);
		if (f.orbital && (!bounded || over === 0)) orbital = true;
		if (f.orbital) return ORBITAL_SCORE_KM - 200 * over - penalty;
		const r = f.ok ? f.rangeKm : 0;
		if (f.ok) unbounded = Math.max(unbounded, r);
		const within = !bounded || f.maxQAlphaKPaDeg <= Q_ALPHA_LIMIT_KPA_DEG;
		if (f.ok && within && r > best.range) best = { range: r, steering };
		return (bounded ? penalisedRange(f) : r) - penalty;
	};
	const result = (): MaxRange => {
		const flight = fly(vehicle, best.steering, { ...options, coast: 'kepler' });
		return {
			orbital,
			rangeKm: orbital
				? null
				: flight.ok && !flight.orbital
					? flight.rangeKm
					: Math.max(0, best.range),
			steering: best.steering,
			flight,
			evaluations: evaluations + 1,
			qAlphaBound: !orbital && unbounded > best.range * 1.001
		};
	};
	return { objective, orbital: () => orbital, result };
}

/** Range-maximising gravity-turn steering (Nelder-Mead from the best of a coarse scan of kicks). */
export function maximiseRange(
	vehicle: FlownVehicle,
	base: SteeringBase,
	options: FlightOptions = {},
	start?: GravityTurnSteering
): MaxRange {
	const first =
		start ?? gravityTurnFromVector(base, [Math.log(5), base.verticalRiseS, 20, 0]).steering;
	const search = steeringSearch(vehicle, options, (x) => gravityTurnFromVector(base, x), first);
	let x0 = gravityTurnVector(first, base);
	if (!start) {
		let f0 = -Infinity;
		for (const kick of [0.5, 1, 2, 4, 8, 16, 32]) {
			const x = [Math.log(kick), ...x0.slice(1)];
			const f = search.objective(x);
			if (f > f0) [f0, x0] = [f, x];
			if (search.orbital()) return search.result();
		}
	}
	const steps = [0.4, 2, 8, 10].slice(0, x0.length);
	const simplex = [x0, ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + steps[i] : v)))];
	nelderMeadMax(search.objective, simplex, {
		maxIterations: 40 * x0.length,
		converged: (b, w) => Math.abs(b.f - w.f) < 0.2 && Math.abs(b.x[0] - w.x[0]) < 0.005,
		abort: search.orbital
	});
	return search.result();
}

/** Range-maximising power-law programme (comparison family): Nelder-Mead over (final pitch, ln shape). */
export function maximisePowerLaw(
	vehicle: FlownVehicle,
	verticalRiseS: number,
	options: FlightOptions = {}
): MaxRange {
	const decode = (x: number[]) => {
		const pitch = Math.max(-10, Math.min(70, x[0]));
		const lnShape = Math.max(Math.log(0.1), Math.min(Math.log(4), x[1]));
		return {
			steering: {
				family: 'power-law',
				verticalRiseS,
				finalPitchDeg: pitch,
				shape: Math.exp(lnShape)
			} as Steering,
			penalty: Math.abs(pitch - x[0]) * 100 + Math.abs(lnShape - x[1]) * 1000
		};
	};
	const search = steeringSearch(
		vehicle,
		options,
		decode,
		decode([28, Math.log(0.3)]).steering,
		false
	);
	const x0 = [28, Math.log(0.3)];
	nelderMeadMax(search.objective, [x0, [x0[0] + 10, x0[1]], [x0[0], x0[1] + 0.4]], {
		maxIterations: 60,
		converged: (b, w) => Math.abs(b.f - w.f) < 0.2 && Math.abs(b.x[0] - w.x[0]) < 0.1,
		abort: search.orbital
	});
	return search.result();
}

export interface ReachPoint {
	/** Ground azimuth from the launch site to the impact point, deg clockwise from north. */
	azimuthDeg: number;
	rangeKm: number;
}

/**
 * Range against azimuth on the rotating Earth: `launchAzimuths` flights (default 72, every 5 deg) with the
 * given steering, then linear interpolation onto `outputCount` evenly spaced ground azimuths (default 360).
 */
export function reachContour(
	vehicle: FlownVehicle,
	steering: Steering,
	site: { latDeg: number; lonDeg: number },
	options: { launchAzimuths?: number; outputCount?: number } = {}
): { orbital: boolean; points: ReachPoint[] } {
	const n = options.launchAzimuths ?? 72;
	const samples: { az: number; r: number }[] = [];
	for (let i = 0; i < n; i++) {
		const f = fly(vehicle, steering, {
			latDeg: site.latDeg,
			lonDeg: site.lonDeg,
			azimuthDeg: (360 * i) / n,
			rotating: true,
			coast: 'kepler',
			relTol: SEARCH_REL_TOL
		});
		if (f.orbital) return { orbital: true, points: [] };
		if (f.ok) samples.push({ az: f.impactAzimuthDeg, r: f.rangeKm });
	}
	samples.sort((a, b) => a.az - b.az);
	if (samples.length < 2) return { orbital: false, points: [] };
	return { orbital: false, points: interpolateCyclic(samples, options.outputCount ?? 360) };
}

/** Linear interpolation of (azimuth, range) samples onto `count` evenly spaced azimuths, cyclic. */
function interpolateCyclic(samples: { az: number; r: number }[], count: number): ReachPoint[] {
	const points: ReachPoint[] = [];
	const m = samples.length;
	let j = 0;
	for (let k = 0; k < count; k++) {
		const az = (360 * k) / count;
		while (j < m && samples[j].az < az) j++;
		const hiS = samples[j % m];
		const loS = samples[(j - 1 + m) % m];
		const loAz = j === 0 ? loS.az - 360 : loS.az;
		const hiAz = j === m ? hiS.az + 360 : hiS.az;
		const t = hiAz > loAz ? (az - loAz) / (hiAz - loAz) : 0;
		points.push({ azimuthDeg: az, rangeKm: loS.r + t * (hiS.r - loS.r) });
	}
	return points;
}

/** Range of the gravity-turn vector `x` (unpenalised; Infinity for an orbital flight within the bound). */
function flyVector(vehicle: FlownVehicle, base: SteeringBase, x: number[], options: FlightOptions) {
	const { steering } = gravityTurnFromVector(base, x);
	const f = fly(vehicle, steering, { relTol: SEARCH_REL_TOL, ...options, coast: 'kepler' });
	const within = f.maxQAlphaKPaDeg <= Q_ALPHA_LIMIT_KPA_DEG * 1.02;
	const range = f.orbital ? Infinity : f.ok ? f.rangeKm : 0;
	return { f, x, within, range };
}

export interface Refined {
	orbital: boolean;
	rangeKm: number;
	x: number[];
	flight: FlightResult;
	evaluations: number;
}

/**
 * A warm-started maximum near `x0` (the nominal optimum) over the `free` variables: one Newton step of the
 * range with the gradient by forward differences and a Hessian measured nearby. The q-alpha bound is met
 * exactly rather than by a penalty: q-alpha of a gravity turn is proportional to the kick (it is set
 * during the pitch-over), so the kick that reaches the bound is read off one flight. Range is stationary
 * at an interior optimum, so an error in the step costs range only to second order. Falls back to the full
 * search when the nominal steering does not fly this vehicle.
 */
export function refineMaximum(
	vehicle: FlownVehicle,
	base: SteeringBase,
	x0: number[],
	free: number[],
	options: FlightOptions = {}
): Refined {
	let evaluations = 0;
	const run = (x: number[]) => (evaluations++, flyVector(vehicle, base, x, options));
	const done = (r: Flown): Refined => ({
		orbital: r.range === Infinity,
		rangeKm: r.range,
		x: r.x,
		flight: r.f,
		evaluations
	});
	let best = run(x0);
	// A rocket that turns over and falls back with the nominal kick flies with a smaller one.
	for (let i = 0; i < 3 && !best.f.ok; i++) best = run([best.x[0] - Math.LN2, ...best.x.slice(1)]);
	if (!best.within && best.f.ok) best = run(atBound(best.x, best.f.maxQAlphaKPaDeg));
	if (best.range === Infinity && best.within) return done(best);
	if (!best.f.ok || best.range === Infinity || !best.within)
		return fullSearch(vehicle, base, x0, options, evaluations);
	for (const [k, h] of REFINE_PASSES) {
		if (!free.includes(k)) continue;
		const cap =
			k === 0
				? best.x[0] + Math.log(Q_ALPHA_LIMIT_KPA_DEG / Math.max(1e-9, best.f.maxQAlphaKPaDeg))
				: Infinity;
		best = lineMaximum(best, k, h, cap * 0.999 + 0.001 * best.x[0], run);
		// A steering within the bound reaches orbit: the rocket is orbital, whatever the optimum.
		if (best.range === Infinity) return done(best);
	}
	return best.within && best.f.ok
		? done(best)
		: fullSearch(vehicle, base, x0, options, evaluations);
}

/** Line searches per sample: (variable, first step): the kick, the upper stages' final pitch, the kick again. */
const REFINE_PASSES: [number, number][] = [
	[0, 0.15],
	[2, 2],
	[0, 0.05]
];

type Flown = ReturnType<typeof flyVector>;

/**
 * Maximum of the range along variable k from `from`: a step of h each way, expanding (doubling) while the
 * range grows (at most to `cap`), then the vertex of the parabola through the last three points. Flights
 * that leave the q-alpha bound count as no range; the first orbital flight within the bound is returned.
 */
function lineMaximum(
	from: Flown,
	k: number,
	h: number,
	cap: number,
	run: (x: number[]) => Flown
): Flown {
	const at = (v: number) => {
		const x = [...from.x];
		x[k] = Math.min(v, cap);
		return run(x);
	};
	const val = (r: Flown) => (r.within && r.f.ok ? r.range : -1);
	let a = from;
	let b = at(from.x[k] + h);
	if (b.range === Infinity && b.within) return b;
	let dir = 1;
	if (val(b) <= val(a)) {
		dir = -1;
		const c = at(from.x[k] - h);
		if (c.range === Infinity && c.within) return c;
		if (val(c) <= val(a)) return parabolaStep(c, a, b, k, val, at);
		b = c;
	}
	let step = h;
	for (let i = 0; i < 4; i++) {
		if (dir > 0 && b.x[k] >= cap) return b;
		step *= 2;
		const c = at(b.x[k] + dir * step);
		if (c.range === Infinity && c.within) return c;
		if (val(c) <= val(b))
			return dir > 0 ? parabolaStep(a, b, c, k, val, at) : parabolaStep(c, b, a, k, val, at);
		a = b;
		b = c;
	}
	return b;
}

/** The vertex of the parabola through (p, q, r) (q the best of the three), flown; q if it flies less far. */
function parabolaStep(
	p: Flown,
	q: Flown,
	r: Flown,
	k: number,
	val: (f: Flown) => number,
	at: (v: number) => Flown
): Flown {
	const [x0, x1, x2] = [p.x[k], q.x[k], r.x[k]];
	const [y0, y1, y2] = [val(p), val(q), val(r)];
	const den = (x0 - x1) * (x0 - x2) * (x1 - x2);
	const A = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / den;
	const B = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / den;
	if (!(A < 0) || !Number.isFinite(B)) return q;
	const v = Math.min(Math.max(x0, x2), Math.max(Math.min(x0, x2), -B / (2 * A)));
	if (Math.abs(v - x1) < 1e-6) return q;
	const t = at(v);
	return val(t) > y1 ? t : q;
}

/** The vector with its kick scaled so that q-alpha meets the bound (q-alpha grows in proportion to the kick). */
function atBound(x: number[], qAlpha: number): number[] {
	const y = [...x];
	y[0] += Math.log((Q_ALPHA_LIMIT_KPA_DEG * 0.995) / Math.max(1e-9, qAlpha));
	return y;
}

function fullSearch(
	vehicle: FlownVehicle,
	base: SteeringBase,
	x0: number[],
	options: FlightOptions,
	used: number
): Refined {
	// A cold search (coarse scan of kicks first): the warm start is what failed.
	const m = maximiseRange(vehicle, { ...base, verticalRiseS: x0[1] }, options);
	return {
		orbital: m.orbital,
		rangeKm: m.orbital ? Infinity : (m.rangeKm ?? 0),
		x: gravityTurnVector(m.steering as GravityTurnSteering, base),
		flight: m.flight,
		evaluations: used + m.evaluations
	};
}
