/**
 * U.S. Standard Atmosphere, 1976 (NOAA-S/T 76-1562, NASA-TM-X-74335, U.S. Government Printing Office, 1976).
 * 0-86 km: the standard's own layer equations (geopotential altitude, seven layers with constant lapse
 * rates), precomputed on a 0.25 km grid at load. 86-1000 km: density from the standard's Table 1 values at
 * the listed altitudes, interpolated log-linearly. Above 1000 km: zero. Speed of sound above 86 km is held at
 * its 86 km value (drag there is negligible).
 */

import { G0_M_S2 } from './constants.ts';

const R_STAR = 8.31432; // J/(mol K), as in US76
const M0 = 0.0289644; // kg/mol
const G0 = G0_M_S2;
const R0_KM = 6356.766; // Earth radius for geopotential, km
const GAMMA_AIR = 1.4;
const R_AIR = R_STAR / M0;

/** Base geopotential altitude (km), base temperature (K), lapse rate (K/km), base pressure (Pa). */
const LAYERS: [number, number, number, number][] = [
	[0, 288.15, -6.5, 101325.0],
	[11, 216.65, 0.0, 22632.06],
	[20, 216.65, 1.0, 5474.889],
	[32, 228.65, 2.8, 868.0187],
	[47, 270.65, 0.0, 110.9063],
	[51, 270.65, -2.8, 66.93887],
	[71, 214.65, -2.0, 3.95642]
];

/** US76 layer equations at geometric altitude z (km): temperature K, pressure Pa, density kg/m^3. */
export function us76Lower(zKm: number): {
	temperatureK: number;
	pressurePa: number;
	densityKgM3: number;
} {
	const h = (R0_KM * zKm) / (R0_KM + zKm);
	let i = LAYERS.length - 1;
	while (i > 0 && h < LAYERS[i][0]) i--;
	const [hb, tb, lapse, pb] = LAYERS[i];
	const t = tb + lapse * (h - hb);
	let p: number;
	if (lapse === 0) p = pb * Math.exp((-G0 * M0 * (h - hb) * 1000) / (R_STAR * tb));
	else p = pb * Math.pow(tb / t, (G0 * M0) / (R_STAR * (lapse / 1000)));
	return { temperatureK: t, pressurePa: p, densityKgM3: (p * M0) / (R_STAR * t) };
}

/** US76 Table 1 densities above 86 km (geometric altitude km, kg/m^3). */
const UPPER: [number, number][] = [
	[86, 6.958e-6],
	[90, 3.416e-6],
	[95, 1.393e-6],
	[100, 5.604e-7],
	[110, 9.708e-8],
	[120, 2.222e-8],
	[130, 8.152e-9],
	[140, 3.831e-9],
	[150, 2.076e-9],
	[160, 1.233e-9],
	[180, 5.194e-10],
	[200, 2.541e-10],
	[250, 6.073e-11],
	[300, 1.916e-11],
	[400, 2.803e-12],
	[500, 5.215e-13],
	[600, 1.137e-13],
	[700, 3.07e-14],
	[800, 1.136e-14],
	[900, 5.759e-15],
	[1000, 3.561e-15]
];

const STEP_KM = 0.25;
const LOWER_TOP_KM = 86;
const N = Math.round(LOWER_TOP_KM / STEP_KM) + 1;
const LN_RHO = new Float64Array(N);
const PRESSURE_RATIO = new Float64Array(N);
const SOUND = new Float64Array(N);
for (let i = 0; i < N; i++) {
	const s = us76Lower(i * STEP_KM);
	LN_RHO[i] = Math.log(s.densityKgM3);
	PRESSURE_RATIO[i] = s.pressurePa / 101325;
	SOUND[i] = Math.sqrt(GAMMA_AIR * R_AIR * s.temperatureK) / 1000;
}
const UPPER_LN = UPPER.map(([z, rho]) => [z, Math.log(rho)] as const);

/** Atmospheric state used by the dynamics (fast: table look-ups only). */
export interface AirState {
	densityKgM3: number;
	/** p / p0 (sea level), for the thrust altitude correction. */
	pressureRatio: number;
	speedOfSoundKms: number;
}

const scratch: AirState = { densityKgM3: 0, pressureRatio: 0, speedOfSoundKms: 0 };

/**
 * Density, pressure ratio and speed of sound at geometric altitude z (km). Below 0 km the sea-level values.
 * Writes into and returns `out` (default a shared scratch object: copy it if you keep it).
 */
export function air(zKm: number, out: AirState = scratch): AirState {
	if (!(zKm > 0)) {
		out.densityKgM3 = Math.exp(LN_RHO[0]);
		out.pressureRatio = 1;
		out.speedOfSoundKms = SOUND[0];
		return out;
	}
	if (zKm < LOWER_TOP_KM) {
		const x = zKm / STEP_KM;
		const i = Math.floor(x);
		const f = x - i;
		out.densityKgM3 = Math.exp(LN_RHO[i] + f * (LN_RHO[i + 1] - LN_RHO[i]));
		out.pressureRatio = PRESSURE_RATIO[i] + f * (PRESSURE_RATIO[i + 1] - PRESSURE_RATIO[i]);
		out.speedOfSoundKms = SOUND[i] + f * (SOUND[i + 1] - SOUND[i]);
		return out;
	}
	out.speedOfSoundKms = SOUND[N - 1];
	out.pressureRatio = 0;
	if (zKm >= 1000) {
		out.densityKgM3 = 0;
		return out;
	}
	let j = 0;
	while (UPPER_LN[j + 1][0] < zKm) j++;
	const [z0, l0] = UPPER_LN[j];
	const [z1, l1] = UPPER_LN[j + 1];
	out.densityKgM3 = Math.exp(l0 + ((zKm - z0) / (z1 - z0)) * (l1 - l0));
	return out;
}

/**
 * Drag coefficient against Mach number for a generic slender ballistic missile (power-off, zero angle of
 * attack): an assumption, not a measured curve. Shape after published curves for slender rocket bodies
 * (subsonic about 0.3, transonic peak about 0.55 near Mach 1.1-1.2, falling toward about 0.2 at high Mach;
 * e.g. V-2 wind-tunnel data and E. L. Fleeman, *Tactical Missile Design*, 2nd ed., AIAA 2006, ch. 2).
 * Its uncertainty (+/- 20 %) enters the estimate's band.
 */
const CD_TABLE: [number, number][] = [
	[0, 0.3],
	[0.6, 0.3],
	[0.8, 0.32],
	[0.9, 0.38],
	[1.0, 0.5],
	[1.1, 0.55],
	[1.2, 0.55],
	[1.5, 0.5],
	[2.0, 0.42],
	[3.0, 0.33],
	[4.0, 0.28],
	[5.0, 0.25],
	[10.0, 0.22]
];

export function dragCoefficient(mach: number): number {
	if (!(mach > 0)) return CD_TABLE[0][1];
	if (mach >= 10) return CD_TABLE[CD_TABLE.length - 1][1];
	let i = 0;
	while (CD_TABLE[i + 1][0] < mach) i++;
	const [m0, c0] = CD_TABLE[i];
	const [m1, c1] = CD_TABLE[i + 1];
	return c0 + ((mach - m0) / (m1 - m0)) * (c1 - c0);
}

export const dragTable: readonly (readonly [number, number])[] = CD_TABLE;
