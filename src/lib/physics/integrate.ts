/**
 * Dormand-Prince 5(4) with adaptive step size, error control and event location.
 *
 * J. R. Dormand and P. J. Prince, "A family of embedded Runge-Kutta formulae", J. Comp. Appl. Math. 6 (1980)
 * 19-26; step control and the 4th-order continuous extension (dense output) follow E. Hairer, S. P. Norsett
 * and G. Wanner, *Solving Ordinary Differential Equations I*, 2nd ed., Springer 1993, sec. II.4-II.6 (their
 * DOPRI5 code). Written here because no maintained JavaScript package offers DOPRI5 with event location.
 *
 * Allocation-free in the step loop: state vectors are Float64Arrays reused across steps.
 */

/** dy/dt = f(t, y), written into `out`. */
export type Derivative = (t: number, y: Float64Array, out: Float64Array) => void;

/** An event fires where g(t, y) crosses zero in the given direction. */
export interface EventSpec {
	name: string;
	g: (t: number, y: Float64Array) => number;
	/** +1: only rising crossings, -1: only falling, 0: both. */
	direction: 1 | -1 | 0;
	/** Stop integrating at this event. */
	terminal: boolean;
}

export interface EventHit {
	name: string;
	t: number;
	y: Float64Array;
}

export interface IntegrateOptions {
	relTol?: number;
	absTol?: number | Float64Array;
	/** First trial step, s (default: estimated from the derivative). */
	initialStep?: number;
	maxStep?: number;
	maxSteps?: number;
	events?: EventSpec[];
	/** Called after each accepted step with the step's interpolant (for sampling). */
	onStep?: (t0: number, t1: number, interpolate: (t: number, out: Float64Array) => void) => void;
}

export interface IntegrateResult {
	/** 'done' reached tEnd, 'event' stopped at a terminal event, 'max-steps' or 'step-underflow' failed. */
	status: 'done' | 'event' | 'max-steps' | 'step-underflow';
	t: number;
	y: Float64Array;
	events: EventHit[];
	steps: number;
	rejected: number;
	evaluations: number;
	/** The step size the controller proposes next, s (a warm start for a following integration). */
	nextStep: number;
}

// Butcher tableau.
const C2 = 1 / 5,
	C3 = 3 / 10,
	C4 = 4 / 5,
	C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40,
	A32 = 9 / 40;
const A41 = 44 / 45,
	A42 = -56 / 15,
	A43 = 32 / 9;
const A51 = 19372 / 6561,
	A52 = -25360 / 2187,
	A53 = 64448 / 6561,
	A54 = -212 / 729;
const A61 = 9017 / 3168,
	A62 = -355 / 33,
	A63 = 46732 / 5247,
	A64 = 49 / 176,
	A65 = -5103 / 18656;
const A71 = 35 / 384,
	A73 = 500 / 1113,
	A74 = 125 / 192,
	A75 = -2187 / 6784,
	A76 = 11 / 84;
// Error coefficients (5th minus 4th order weights).
const E1 = 71 / 57600,
	E3 = -71 / 16695,
	E4 = 71 / 1920,
	E5 = -17253 / 339200,
	E6 = 22 / 525,
	E7 = -1 / 40;
// Dense output (Hairer's CONTD5).
const D1 = -12715105075 / 11282082432,
	D3 = 87487479700 / 32700410799,
	D4 = -10690763975 / 1880347072,
	D5 = 701980252875 / 199316789632,
	D6 = -1453857185 / 822651844,
	D7 = 69997945 / 29380423;

/** Reusable work arrays for one state dimension. */
class Work {
	k1: Float64Array;
	k2: Float64Array;
	k3: Float64Array;
	k4: Float64Array;
	k5: Float64Array;
	k6: Float64Array;
	k7: Float64Array;
	tmp: Float64Array;
	y1: Float64Array;
	r1: Float64Array;
	r2: Float64Array;
	r3: Float64Array;
	r4: Float64Array;
	r5: Float64Array;
	yi: Float64Array;
	constructor(n: number) {
		const f = () => new Float64Array(n);
		this.k1 = f();
		this.k2 = f();
		this.k3 = f();
		this.k4 = f();
		this.k5 = f();
		this.k6 = f();
		this.k7 = f();
		this.tmp = f();
		this.y1 = f();
		this.r1 = f();
		this.r2 = f();
		this.r3 = f();
		this.r4 = f();
		this.r5 = f();
		this.yi = f();
	}
}

const workCache = new Map<number, Work>();

/**
 * Integrates y' = f(t, y) from t0 to tEnd (tEnd > t0). Returns the final state (a new array), the events
 * hit (located to about 1e-10 of the step by the continuous extension and the Illinois method) and counts.
 */
export function dopri5(
	f: Derivative,
	t0: number,
	y0: ArrayLike<number>,
	tEnd: number,
	options: IntegrateOptions = {}
): IntegrateResult {
	const n = y0.length;
	let w = workCache.get(n);
	if (!w) {
		w = new Work(n);
		workCache.set(n, w);
	}
	const { k1, k2, k3, k4, k5, k6, k7, tmp, y1, r1, r2, r3, r4, r5 } = w;
	const rtol = options.relTol ?? 1e-9;
	const atolOpt = options.absTol ?? 1e-9;
	const atolAt = (i: number) => (typeof atolOpt === 'number' ? atolOpt : atolOpt[i]);
	const maxStep = options.maxStep ?? Math.abs(tEnd - t0);
	const maxSteps = options.maxSteps ?? 100000;
	const events = options.events ?? [];
	const hits: EventHit[] = [];

	const y = new Float64Array(n);
	for (let i = 0; i < n; i++) y[i] = y0[i];
	let t = t0;
	let evaluations = 0;
	f(t, y, k1);
	evaluations++;

	// Initial step (Hairer's HINIT, simplified).
	let h = options.initialStep ?? 0;
	if (!(h > 0)) {
		let d0 = 0,
			d1 = 0;
		for (let i = 0; i < n; i++) {
			const sk = atolAt(i) + rtol * Math.abs(y[i]);
			d0 += (y[i] / sk) ** 2;
			d1 += (k1[i] / sk) ** 2;
		}
		d0 = Math.sqrt(d0 / n);
		d1 = Math.sqrt(d1 / n);
		h = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * (d0 / d1);
		h = Math.min(h, maxStep);
	}

	const gPrev = new Float64Array(events.length);
	for (let j = 0; j < events.length; j++) gPrev[j] = events[j].g(t, y);
	let steps = 0;
	let rejected = 0;
	let facOld = 1e-4;
	const interpolate = (tq: number, out: Float64Array, tA: number, hh: number) => {
		const s = (tq - tA) / hh;
		const s1 = 1 - s;
		for (let i = 0; i < n; i++)
			out[i] = r1[i] + s * (r2[i] + s1 * (r3[i] + s * (r4[i] + s1 * r5[i])));
	};

	while (t < tEnd) {
		if (steps >= maxSteps)
			return { status: 'max-steps', t, y, events: hits, steps, rejected, evaluations, nextStep: h };
		if (t + h > tEnd) h = tEnd - t;
		if (h < 1e-12 * Math.max(1, Math.abs(t)))
			return {
				status: 'step-underflow',
				t,
				y,
				events: hits,
				steps,
				rejected,
				evaluations,
				nextStep: h
			};

		for (let i = 0; i < n; i++) tmp[i] = y[i] + h * A21 * k1[i];
		f(t + C2 * h, tmp, k2);
		for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
		f(t + C3 * h, tmp, k3);
		for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
		f(t + C4 * h, tmp, k4);
		for (let i = 0; i < n; i++)
			tmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
		f(t + C5 * h, tmp, k5);
		for (let i = 0; i < n; i++)
			tmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
		f(t + h, tmp, k6);
		for (let i = 0; i < n; i++)
			y1[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
		f(t + h, y1, k7);
		evaluations += 6;

		let err = 0;
		for (let i = 0; i < n; i++) {
			const ei = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
			const sk = atolAt(i) + rtol * Math.max(Math.abs(y[i]), Math.abs(y1[i]));
			err += (ei / sk) ** 2;
		}
		err = Math.sqrt(err / n);
		if (!Number.isFinite(err)) {
			h *= 0.2;
			rejected++;
			continue;
		}
		// Step-size controller with Lund stabilisation (beta = 0.04), as in DOPRI5.
		const fac11 = Math.pow(err, 0.2 - 0.04 * 0.75);
		let fac = fac11 / Math.pow(facOld, 0.04);
		fac = Math.max(0.1, Math.min(5, fac / 0.9));
		let hNew = h / fac;
		if (err > 1) {
			hNew = h / Math.min(5, fac11 / 0.9);
			h = hNew;
			rejected++;
			continue;
		}
		facOld = Math.max(err, 1e-4);
		steps++;

		// Dense output coefficients for [t, t + h].
		for (let i = 0; i < n; i++) {
			r1[i] = y[i];
			const dy = y1[i] - y[i];
			r2[i] = dy;
			const bspl = h * k1[i] - dy;
			r3[i] = bspl;
			r4[i] = dy - h * k7[i] - bspl;
			r5[i] = h * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * k7[i]);
		}
		const tA = t;
		const hh = h;
		const tB = t + h;

		// Events: sign change at the step ends, then Illinois regula falsi on the interpolant.
		let stopAt = -1;
		let stopIdx = -1;
		for (let j = 0; j < events.length; j++) {
			const ev = events[j];
			const g0 = gPrev[j];
			const g1 = ev.g(tB, y1);
			const rising = g0 < 0 && g1 >= 0;
			const falling = g0 > 0 && g1 <= 0;
			if ((rising && ev.direction !== -1) || (falling && ev.direction !== 1)) {
				let a = tA,
					b = tB,
					ga = g0,
					gb = g1,
					side = 0;
				let tc = b;
				for (let it = 0; it < 60; it++) {
					tc = (a * gb - b * ga) / (gb - ga);
					if (!(tc > a && tc < b)) tc = 0.5 * (a + b);
					interpolate(tc, w.yi, tA, hh);
					const gc = ev.g(tc, w.yi);
					if (Math.abs(gc) === 0 || b - a < 1e-10 * Math.max(1, Math.abs(tc))) break;
					if (gc > 0 === gb > 0) {
						b = tc;
						gb = gc;
						if (side === -1) ga *= 0.5;
						side = -1;
					} else {
						a = tc;
						ga = gc;
						if (side === 1) gb *= 0.5;
						side = 1;
					}
				}
				const yc = new Float64Array(n);
				interpolate(tc, yc, tA, hh);
				hits.push({ name: ev.name, t: tc, y: yc });
				if (ev.terminal && (stopAt < 0 || tc < stopAt)) {
					stopAt = tc;
					stopIdx = hits.length - 1;
				}
			}
		}
		if (stopAt >= 0) {
			// Drop non-terminal hits located after the terminal one.
			const keep = hits.filter((hit, i) => i === stopIdx || hit.t <= stopAt);
			hits.length = 0;
			hits.push(...keep.sort((p, q) => p.t - q.t));
			options.onStep?.(tA, stopAt, (tq, out) => interpolate(tq, out, tA, hh));
			const yStop = hits.find((hh2) => hh2.t === stopAt)!.y;
			return {
				status: 'event',
				t: stopAt,
				y: new Float64Array(yStop),
				events: hits,
				steps,
				rejected,
				evaluations,
				nextStep: h
			};
		}
		options.onStep?.(tA, tB, (tq, out) => interpolate(tq, out, tA, hh));

		t = tB;
		y.set(y1);
		k1.set(k7); // FSAL
		for (let j = 0; j < events.length; j++) gPrev[j] = events[j].g(t, y);
		h = Math.min(hNew, maxStep);
	}
	return { status: 'done', t, y, events: hits, steps, rejected, evaluations, nextStep: h };
}
