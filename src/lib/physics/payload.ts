/**
 * Payload: how far each Monte Carlo rocket flies with more payload than its test carried, and the largest
 * payload that still reaches a target.
 *
 * A sample's rocket is the same rocket (propellant loads, structures and engines, vehicle.ts
 * `withPayloadMass`) carrying its implied test payload plus 0 to 2,500 kg; each payload's range is
 * re-maximised from the sample's own optimum (infer.ts `refineMaximum`). The implied payload is a
 * by-product of the priors: samples whose rocket leaves no payload were already rejected (montecarlo.ts),
 * so no curve starts from a negative payload.
 */
import { refineMaximum } from './infer.ts';
import type { McSample, McSetup, Percentiles } from './montecarlo.ts';
import { applyInputs } from './priors.ts';
import { weightedQuantile } from './stats.ts';
import { flownVehicle, withPayloadMass } from './vehicle.ts';

/** Payload added to the test's, kg: the curve's abscissae. */
export const ADDED_PAYLOAD_KG = [0, 250, 500, 750, 1000, 1250, 1500, 2000, 2500];

/** Samples the payload curve uses by default (the first of the run; each costs about a dozen maxima). */
export const DEFAULT_PAYLOAD_SAMPLES = 200;

/** Range (non-rotating Earth) that stands for "every point on Earth" in the maximum-payload search, km. */
export const GLOBAL_REACH_KM = 15000;

export interface PayloadPoint {
	addedPayloadKg: number;
	/** Standard range percentiles, km; null where the percentile is orbital. */
	p05: number | null;
	p50: number | null;
	p95: number | null;
	orbitalFraction: number;
}

export interface MaxPayload {
	target: string;
	distanceKm: number;
	/** Median of the samples' largest total payload (test's + added) that reaches the target, kg. */
	kg: number | null;
	p05: number | null;
	p95: number | null;
	/** When the median sample reaches it even with 2,500 kg added: kg is a lower bound. */
	atLeast: boolean;
	note: string | null;
}

export interface PayloadCurve {
	samples: number;
	seed: number;
	impliedPayloadKg: Percentiles | null;
	points: PayloadPoint[];
	maxPayloadKg: MaxPayload[];
	/** What to say when the test's own payload is orbital, else null. */
	orbitalWording: string | null;
}

export interface PayloadTarget {
	name: string;
	distanceKm: number;
	rotationFactor: number;
}

/** One sample's ranges (km, Infinity when orbital) at each added payload, and its implied payload. */
export interface SampleCurve {
	weight: number;
	impliedPayloadKg: number;
	rangesKm: number[];
}

/** Re-flies one accepted sample's rocket with each added payload. */
export function sampleCurve(setup: McSetup, s: McSample, addedKg = ADDED_PAYLOAD_KG): SampleCurve {
	const c = applyInputs(setup.model, setup.obs, setup.geom, s.inputs);
	const vehicle = flownVehicle(c.model, s.dvKms, 1);
	let x = s.standard!.x;
	const rangesKm = addedKg.map((added) => {
		const v = added === 0 ? vehicle : withPayloadMass(vehicle, s.impliedPayloadKg + added);
		if (!v) return 0;
		const r = refineMaximum(v, setup.base, x, setup.free);
		x = r.x;
		return r.orbital ? Infinity : r.rangeKm;
	});
	return { weight: s.weight, impliedPayloadKg: s.impliedPayloadKg, rangesKm };
}

const round = (x: number) => Math.round(x * 10) / 10;

/** The curve's percentiles and the largest payloads to each target from the samples' curves. */
export function summarisePayload(
	curves: SampleCurve[],
	targets: PayloadTarget[],
	seed: number,
	addedKg = ADDED_PAYLOAD_KG
): PayloadCurve {
	const w = curves.map((c) => c.weight);
	const q = (values: number[], p: number, digits = 1) => {
		const v = weightedQuantile(values, w, p);
		return Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : null;
	};
	const points = addedKg.map((added, i) => {
		const r = curves.map((c) => c.rangesKm[i]);
		const total = w.reduce((a, b) => a + b, 0);
		const orbital =
			total > 0
				? curves.reduce((a, c) => a + (c.rangesKm[i] === Infinity ? c.weight : 0), 0) / total
				: 0;
		return {
			addedPayloadKg: added,
			p05: q(r, 0.05),
			p50: q(r, 0.5),
			p95: q(r, 0.95),
			orbitalFraction: Math.round(orbital * 1e4) / 1e4
		};
	});
	const implied = curves.map((c) => c.impliedPayloadKg);
	return {
		samples: curves.length,
		seed,
		impliedPayloadKg: curves.length
			? { p05: q(implied, 0.05, 0), p50: q(implied, 0.5, 0), p95: q(implied, 0.95, 0) }
			: null,
		points,
		maxPayloadKg: targets.map((t) => maxPayloadTo(curves, w, t, addedKg)),
		orbitalWording:
			points[0]?.p50 === null
				? "orbital speed with the test's payload: any point on Earth (see the payload scenarios for heavier warheads)"
				: null
	};
}

/**
 * Per sample, the largest total payload whose (rotating-Earth) range still reaches the target, read off
 * its curve by linear interpolation; censored at the curve's ends (0 when even the test's payload falls
 * short, test's + 2,500 kg when even that reaches it).
 */
function maxPayloadTo(
	curves: SampleCurve[],
	w: number[],
	t: PayloadTarget,
	addedKg: number[]
): MaxPayload {
	const last = addedKg[addedKg.length - 1];
	let above = 0;
	let total = 0;
	const kg = curves.map((c) => {
		total += c.weight;
		const reach = c.rangesKm.map((r) => r * t.rotationFactor);
		if (reach[0] < t.distanceKm) return 0;
		if (reach[reach.length - 1] >= t.distanceKm) {
			above += c.weight;
			return c.impliedPayloadKg + last;
		}
		const i = reach.findIndex((r) => r < t.distanceKm);
		const [a, b] = [reach[i - 1], reach[i]];
		const f = a === Infinity ? 0 : (a - t.distanceKm) / (a - b);
		return c.impliedPayloadKg + addedKg[i - 1] + f * (addedKg[i] - addedKg[i - 1]);
	});
	const p = (x: number) => {
		const v = weightedQuantile(kg, w, x);
		return Number.isFinite(v) ? Math.round(v) : null;
	};
	const median = p(0.5);
	return {
		target: t.name,
		distanceKm: round(t.distanceKm),
		kg: median === 0 ? null : median,
		p05: p(0.05),
		p95: p(0.95),
		atLeast: total > 0 && above / total >= 0.5,
		note:
			median === 0
				? "out of reach for most samples even with the test's own payload"
				: total > 0 && above / total >= 0.5
					? `reached by most samples even with ${last.toLocaleString('en-US')} kg added: a lower bound`
					: null
	};
}
