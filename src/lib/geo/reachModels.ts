/**
 * The reach models the map draws for a test: the Kepler floor (the minimum-energy range at the burnout speed
 * the reported apogee and range imply) and, when the trajectory engine provides it, the powered-flight
 * estimate with its band and rotating-Earth sweep.
 *
 * TEMPORARY ADAPTER: until `$lib/physics` exports `estimateTest`, the Kepler floor is computed here from the
 * engine's closed forms (`keplerFromRangeApogee`, `minimumEnergyRange`) and the powered model is null.
 * When `estimateTest` lands, `reachModelsForTest` should read both models from it and this fallback goes.
 */
import { requireTest } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import { keplerFromRangeApogee, minimumEnergyRange } from '../physics/kepler.ts';
import type { ReachModel } from './reach.ts';

export interface TestReachModels {
	testId: string;
	kepler: ReachModel;
	powered: ReachModel | null;
	/** Why a model is missing or what was assumed, one line each. */
	notes: string[];
}

/** Minimum-energy range (km) at the burnout speed of the Kepler arc through (range, apogee); null if none. */
export function keplerFloorKm(rangeKm: number, apogeeKm: number): number | null {
	const arc = keplerFromRangeApogee({ rangeKm, apogeeKm });
	if (!arc.ok) return null;
	const me = minimumEnergyRange({ burnoutSpeedKms: arc.burnoutSpeedKms });
	if (!me.ok || me.orbital || me.rangeKm === null) return null;
	return me.rangeKm;
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
		corners.length === 4 ? [Math.min(...corners), Math.max(...corners)] : null;
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
				`apogee ${apogeeKm.central.toLocaleString('en-US')} km (±${pct(apogeeKm.relPrecision)}) and range ` +
				`${rangeKm.central.toLocaleString('en-US')} km (±${pct(rangeKm.relPrecision)}); spherical, non-rotating Earth. ` +
				`A floor: a powered standard trajectory flies farther.`
		},
		powered: null,
		notes: [
			'Powered-flight estimate not available yet: the trajectory engine has not published it.'
		]
	};
}
