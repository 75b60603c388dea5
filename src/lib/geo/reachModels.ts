/**
 * The reach models the map draws for a test: the Kepler floor (the minimum-energy range at the burnout speed
 * the reported apogee and range imply) and, when the trajectory engine provides it, the powered-flight
 * estimate with its band and rotating-Earth sweep.
 *
 * The Kepler floor is cheap (closed forms, `keplerFromRangeApogee` + `minimumEnergyRange`) and computed
 * here, with a band from the reported figures' precision. The powered estimate comes from the engine's
 * `estimateTest` (about a second per test): callers run it at build time or in the CLI and attach it with
 * `withPowered`, so the engine never runs on the reader's main thread and this module stays light.
 */
import { requireTest } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import { groupedNumber } from '../data/units.ts';
import { keplerFromRangeApogee, minimumEnergyRange } from '../physics/kepler.ts';
import type { EstimateResult, PhysicsError } from '../physics/index.ts';
import type { ReachModel } from './reach.ts';

/** Half the Earth's circumference on the engine's sphere, km: a range this long reaches every point. */
export const EVERYWHERE_KM = Math.PI * 6371.0088;

export interface TestReachModels {
	testId: string;
	kepler: ReachModel;
	powered: ReachModel | null;
	/** Why a model is missing or what was assumed, one line each. */
	notes: string[];
}

/**
 * Minimum-energy range (km) at the burnout speed of the Kepler arc through (range, apogee); EVERYWHERE_KM
 * when that speed is orbital (no finite range: every point on Earth); null when no arc exists.
 */
export function keplerFloorKm(rangeKm: number, apogeeKm: number): number | null {
	const arc = keplerFromRangeApogee({ rangeKm, apogeeKm });
	if (!arc.ok) return null;
	const me = minimumEnergyRange({ burnoutSpeedKms: arc.burnoutSpeedKms });
	if (!me.ok) return null;
	if (me.orbital || me.rangeKm === null) return EVERYWHERE_KM;
	return Math.min(me.rangeKm, EVERYWHERE_KM);
}

/** Reach models for a dataset test; throws a clear message for an unknown id or missing figures. */
export function reachModelsForTest(testId: string): TestReachModels {
	const test = requireTest(testId);
	const { apogeeKm, rangeKm } = summarizeFigures(test);
	if (!apogeeKm || !rangeKm) {
		throw new Error(
			`Test ${testId} lacks a reported ${!apogeeKm ? 'apogee' : 'range'}: no Kepler floor can be drawn.`
		);
	}
	const central = keplerFloorKm(rangeKm.central, apogeeKm.central);
	if (central === null) {
		throw new Error(
			`No Kepler arc joins range ${rangeKm.central} km and apogee ${apogeeKm.central} km for ${testId}.`
		);
	}
	// Band: the floor at the corners of the reported figures' precision (e.g. "about 2,000 km" = +/-10 %).
	const corners: number[] = [];
	for (const r of [1 - rangeKm.relPrecision, 1 + rangeKm.relPrecision]) {
		for (const a of [1 - apogeeKm.relPrecision, 1 + apogeeKm.relPrecision]) {
			const v = keplerFloorKm(rangeKm.central * r, apogeeKm.central * a);
			if (v !== null) corners.push(v);
		}
	}
	const bandKm: [number, number] | null =
		corners.length === 4 && Math.min(...corners) < EVERYWHERE_KM
			? [Math.min(...corners), Math.max(...corners)]
			: null;
	const pct = (x: number) => `${Math.round(x * 100)} %`;
	return {
		testId,
		kepler: {
			id: 'kepler',
			label: 'Kepler floor',
			rangeKm: central,
			bandKm,
			rotating: null,
			basis:
				`Minimum-energy range at the burnout speed of a drag-free Kepler arc through the reported ` +
				`apogee ${groupedNumber(apogeeKm.central, Number.isInteger(apogeeKm.central) ? 0 : 1)} km (±${pct(apogeeKm.relPrecision)}) and range ` +
				`${groupedNumber(rangeKm.central, Number.isInteger(rangeKm.central) ? 0 : 1)} km (±${pct(rangeKm.relPrecision)}); spherical, non-rotating Earth. ` +
				`A floor: a powered standard trajectory flies farther.` +
				(central >= EVERYWHERE_KM
					? ' At this burnout speed the minimum-energy arc is orbital: no point on Earth is out of reach.'
					: '')
		},
		powered: null,
		notes: [
			'Powered-flight estimate not available yet: the trajectory engine has not published it.'
		]
	};
}

/**
 * Adds the engine's powered-flight estimate (from `estimateTest(testId)`) to the Kepler-only models: its
 * standard range on a non-rotating Earth, its band, and its rotating-Earth sweep (thinned to every 2 deg).
 * An orbital vehicle, or a band whose high end is orbital, counts as reaching every point on Earth.
 */
export function withPowered(
	base: TestReachModels,
	est: EstimateResult | PhysicsError
): TestReachModels {
	if (!est.ok) return { ...base, notes: [`Powered estimate unavailable: ${est.message}`] };
	const p = est.powered;
	if (!p) {
		return {
			...base,
			notes: [`Powered estimate unavailable: ${est.poweredNote ?? 'the engine gave none'}.`]
		};
	}
	const rangeKm =
		p.orbital || p.global || p.standardRangeKm === null ? EVERYWHERE_KM : p.standardRangeKm;
	const bandKm: [number, number] | null = p.bandKm
		? [p.bandKm[0], p.bandKm[1] ?? EVERYWHERE_KM]
		: null;
	const rotating = p.rotating
		.filter((r, i) => i % 2 === 0 && Number.isFinite(r.rangeKm))
		.map((r) => ({
			azimuthDeg: Math.round(r.azimuthDeg * 10) / 10,
			rangeKm: Math.round(r.rangeKm * 10) / 10
		}));
	const km = (x: number) => `${groupedNumber(Math.round(x))} km`;
	const basis =
		`Powered-flight model calibrated to the reported flight, then flown on a range-maximising standard ` +
		`trajectory (3-DOF, drag, spherical Earth): ${p.orbital ? 'orbital speed, no finite range' : km(rangeKm)}` +
		(bandKm
			? `, band ${km(bandKm[0])} – ${bandKm[1] >= EVERYWHERE_KM ? 'orbital' : km(bandKm[1])}`
			: '') +
		(p.dominantAssumption ? `; the band is driven most by: ${p.dominantAssumption}` : '') +
		'. Rotating-Earth ranges by azimuth from the same engine.';
	return {
		...base,
		powered: {
			id: 'powered',
			label: 'Powered estimate',
			rangeKm,
			bandKm,
			rotating: rotating.length >= 8 ? rotating : null,
			basis
		},
		notes: []
	};
}
