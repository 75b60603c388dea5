/**
 * Targets on the rotating Earth. The Monte Carlo flies its samples on a non-rotating Earth (the convention
 * of standard-range estimates); toward a given target, the Earth's rotation lengthens or shortens the reach
 * by a factor that depends mostly on the direction and the flight time. That factor is measured once on the
 * nominal rocket (flown toward the target from the launch site on the rotating Earth, against the same
 * flight on a non-rotating Earth) and applied to every sample.
 */
import { fly, type FlownVehicle } from './flight.ts';
import type { MaxRange, SteeringBase } from './infer.ts';
import type { McTarget } from './montecarlo.ts';
import { stageTimeline } from './stages.ts';
import { withPayloadMass } from './vehicle.ts';

const EXTRA_PAYLOAD_KG = [500, 1000, 2000, 4000, 8000];

/**
 * Rotation factor per target (1 without a launch site). When the nominal rocket is orbital, it is measured
 * on the same rocket with the smallest extra payload that brings it below orbital speed.
 */
export function rotationFactors(
	vehicle: FlownVehicle,
	best: MaxRange,
	_base: SteeringBase,
	site: { latDeg: number; lonDeg: number } | null,
	targets: { name: string; distanceKm: number; azimuthDeg: number }[]
): McTarget[] {
	const probe = site ? suborbitalProbe(vehicle, best) : null;
	return targets.map((t) => {
		if (!site || !probe) return { ...t, rotationFactor: 1 };
		const still = fly(probe, best.steering, { relTol: 1e-6 });
		const turning = fly(probe, best.steering, {
			latDeg: site.latDeg,
			lonDeg: site.lonDeg,
			azimuthDeg: t.azimuthDeg,
			rotating: true,
			relTol: 1e-6
		});
		const ok = still.ok && turning.ok && !still.orbital && !turning.orbital && still.rangeKm > 0;
		return { ...t, rotationFactor: ok ? turning.rangeKm / still.rangeKm : 1 };
	});
}

function suborbitalProbe(vehicle: FlownVehicle, best: MaxRange): FlownVehicle | null {
	if (!best.orbital) return vehicle;
	const implied = stageTimeline(vehicle).impliedPayloadKg;
	for (const extra of EXTRA_PAYLOAD_KG) {
		const v = withPayloadMass(vehicle, implied + extra);
		if (v && !fly(v, best.steering, { relTol: 1e-6 }).orbital) return v;
	}
	return null;
}
