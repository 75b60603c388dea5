/**
 * The assumption list an estimate carries: the vehicle model's own (vehicle.ts) plus what the estimate adds
 * (launch azimuth, fitted delta-v and kick, steering and its q-alpha bound, Earth model), each with its
 * value, spread, basis and reason.
 */
import type { Calibration } from './calibrate.ts';
import { EARTH_RADIUS_KM } from './constants.ts';
import { MAX_COAST_S, Q_ALPHA_LIMIT_KPA_DEG, VERTICAL_RISE_BOUNDS_S } from './infer.ts';
import type { Assumption, VehicleModel } from './vehicle.ts';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export function estimateAssumptions(
	model: VehicleModel,
	cal: Calibration,
	azimuthDeg: number,
	hasSite: boolean,
	hasFlightTime: boolean
): Assumption[] {
	const list: Assumption[] = [
		...model.assumptions.map((a) => ({ ...a })),
		{
			key: 'launchAzimuthDeg',
			label: 'Launch azimuth of the test',
			value: azimuthDeg,
			unit: 'deg',
			basis: 'assumed',
			why: hasSite
				? 'toward the published impact point where there is one; otherwise the lofted tests fell in the Sea of Japan, east to north-east of the launch sites (+/- 20 deg in the Monte Carlo). Matters through the Earth rotation during the test'
				: 'no launch site given: the test is calibrated on a non-rotating Earth'
		},
		{
			key: 'idealDeltaVKms',
			label: 'Total ideal delta-v (vacuum Isp)',
			value: round(cal.fit.dvKms, 3),
			unit: 'km/s',
			basis: 'fitted',
			why: 'fitted so the simulated test reproduces the reported apogee and ground range'
		},
		{
			key: 'testKickDeg',
			label: "Pitch-over kick of the test's gravity turn",
			value: round(cal.fit.kickDeg, 3),
			unit: 'deg',
			basis: 'fitted',
			why: 'the test flies a zero-lift gravity turn after its pitch-over; the kick is fitted with delta-v'
		},
		{
			key: 'steering',
			label: 'Steering of the standard flight',
			value: 'gravity turn, linear-tangent upper stages',
			unit: '',
			basis: 'assumed',
			why: `vertical rise (${VERTICAL_RISE_BOUNDS_S[0]}-${VERTICAL_RISE_BOUNDS_S[1]} s), pitch-over kick and zero-lift turn through the first stage, linear-tangent steering of the upper stages and a coast of 0-${MAX_COAST_S} s between the first two stages, all chosen for range; q-alpha at most ${Q_ALPHA_LIMIT_KPA_DEG} kPa deg (the zero-lift phase bound of the GELATO ascent optimiser's example, a launcher of this size)`
		},
		{
			key: 'reentryDrag',
			label: 'Re-entry drag',
			value: 'neglected',
			unit: '',
			basis: 'assumed',
			why: 'free flight is the drag-free conic; a dense re-entry vehicle loses at most a few tens of km of range'
		},
		{
			key: 'earth',
			label: 'Earth model',
			value: `sphere R = ${EARTH_RADIUS_KM} km, mu = 398600.4418 km^3/s^2`,
			unit: '',
			basis: 'assumed',
			why: 'spherical Earth, inverse-square gravity (J2 off); standard range on a non-rotating Earth by convention'
		}
	];
	noteFittedFactor(list, model, cal, hasFlightTime);
	return list;
}

/** Writes the flight-time-fitted thrust-to-weight factor into its assumption. */
function noteFittedFactor(
	list: Assumption[],
	model: VehicleModel,
	cal: Calibration,
	hasFlightTime: boolean
) {
	if (!model.freeStages.length) return;
	const key = model.freeStages[0] === 0 ? 'thrustToWeight1' : 'thrustToWeightUpper';
	const a = list.find((x) => x.key === key);
	if (!a || typeof a.value !== 'number') return;
	const k = cal.fit.freeScale;
	const [lo, hi] = cal.freeScaleInterval;
	a.why += `. Fitted value ${round(a.value * k, 2)} (1-sigma ${round(a.value * lo, 2)}-${round(a.value * hi, 2)}); the Monte Carlo samples the whole prior and weights by the flight time instead`;
	a.basis = hasFlightTime ? 'fitted' : a.basis;
	a.value = round(a.value * k, 2);
}
