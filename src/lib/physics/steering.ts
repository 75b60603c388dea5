/**
 * Steering: where the thrust points, phase by phase.
 *
 * The family used for every result is the one a real airframe flies (`gravity-turn`):
 * 1. a vertical rise to clear the launcher;
 * 2. a pitch-over kick: the thrust tilts by `kickDeg` from the vertical, in the launch plane, at a constant
 *    rate over `kickDurationS`;
 * 3. a zero-lift gravity turn through the first stage: the thrust follows the air-relative velocity, so the
 *    angle of attack is zero and gravity alone turns the flight over (the airframe carries no lift load);
 * 4. an optional coast between first-stage burnout and second-stage ignition (`coastS`);
 * 5. upper stages either keep the gravity turn (lofted tests) or follow the linear-tangent law, the optimal
 *    vacuum steering for a flat Earth with uniform gravity (Bryson and Ho, *Applied Optimal Control*, 1975,
 *    sec. 2.7): tan(pitch) varies linearly in time, here from the flight-path angle at ignition to
 *    tan(`finalPitchDeg`) at the last burnout, the pitch measured from the local horizontal in the launch plane.
 *
 * The `power-law` family (pitch falling from 90 deg as s^shape to a final angle) is kept for comparison
 * only: its range-maximising member reaches angles of attack no airframe tolerates near maximum dynamic
 * pressure.
 */
import type { StageBurn } from './stages.ts';

export type UpperSteering =
	| { law: 'gravity-turn' }
	| {
			law: 'linear-tangent';
			/** Pitch above the local horizontal at the last burnout, deg. */
			finalPitchDeg: number;
	  };

export interface GravityTurnSteering {
	family: 'gravity-turn';
	verticalRiseS: number;
	/** Tilt of the thrust from the vertical at the end of the pitch-over, deg. */
	kickDeg: number;
	kickDurationS: number;
	upper: UpperSteering;
	/** Coast between first-stage burnout and second-stage ignition, s (ignored for one stage). */
	coastS: number;
}

export interface PowerLawSteering {
	family: 'power-law';
	verticalRiseS: number;
	/** Pitch above the local horizontal at the last burnout, deg. */
	finalPitchDeg: number;
	/** theta(s) = 90 - (90 - final) s^shape after the vertical rise, s from 0 to 1 at the last burnout. */
	shape: number;
}

export type Steering = GravityTurnSteering | PowerLawSteering;

/** Duration of the pitch-over kick unless a prior says otherwise, s. */
export const DEFAULT_KICK_DURATION_S = 5;

export type ThrustMode =
	'vertical' | 'kick' | 'zero-alpha' | 'linear-tangent' | 'power-law' | 'coast';

/** A stretch of the powered flight with one steering law and one stage (stage -1: coast). */
export interface Segment {
	t0: number;
	t1: number;
	stage: number;
	mode: ThrustMode;
}

export interface Schedule {
	segments: Segment[];
	/** Ignition time of each stage, s after lift-off. */
	ignitionS: number[];
	/** End of the last stage's burn, s. */
	burnoutS: number;
	/** End of the vertical rise and of the kick, s (clamped inside the first stage). */
	verticalEndS: number;
	kickEndS: number;
}

/** Splits the powered flight into segments: a segment boundary wherever the steering law changes. */
export function schedule(burns: StageBurn[], steering: Steering): Schedule {
	const b0 = burns[0].burnS;
	const tv = Math.min(steering.verticalRiseS, b0 * 0.5);
	const gt = steering.family === 'gravity-turn';
	const tk = gt ? Math.min(tv + Math.max(0, steering.kickDurationS), b0) : tv;
	const coast = gt && burns.length > 1 ? Math.max(0, steering.coastS) : 0;
	const segments: Segment[] = [];
	const push = (t0: number, t1: number, stage: number, mode: ThrustMode) => {
		if (t1 > t0 + 1e-9) segments.push({ t0, t1, stage, mode });
	};
	push(0, tv, 0, 'vertical');
	push(tv, tk, 0, gt ? 'kick' : 'power-law');
	push(tk, b0, 0, gt ? 'zero-alpha' : 'power-law');
	const ignitionS = [0];
	let t = b0;
	push(t, t + coast, -1, 'coast');
	t += coast;
	for (let i = 1; i < burns.length; i++) {
		ignitionS.push(t);
		const mode: ThrustMode = !gt
			? 'power-law'
			: steering.upper.law === 'linear-tangent'
				? 'linear-tangent'
				: 'zero-alpha';
		push(t, t + burns[i].burnS, i, mode);
		t += burns[i].burnS;
	}
	return { segments, ignitionS, burnoutS: t, verticalEndS: tv, kickEndS: tk };
}
