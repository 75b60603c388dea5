/**
 * The Kepler floor of an imported row: the minimum-energy ("standard") range at the burnout speed of the
 * drag-free arc through the row's ground range and apogee, burnout at the surface, as the engine's own
 * estimate computes it first. A floor because the real missile also had to climb through the air and
 * burn for a while, both of which the engine's powered estimate adds.
 * It lives here, not in data/, because it joins an import record to the physics.
 */
import type { ImportRecord } from '../data/import/types.ts';
import { keplerFromRangeApogee, minimumEnergyRange } from '../physics/kepler.ts';

export interface RowFloor {
	row: number;
	/** Minimum-energy range at the arc's burnout speed, km; null when orbital or not computed. */
	standardRangeKm: number | null;
	/** The arc needs orbital speed: no finite range. */
	orbital: boolean;
	burnoutSpeedKms: number | null;
	/** Why there is no floor (a missing figure, a range given as an interval, or what the physics refused). */
	reason: string | null;
}

function none(row: number, reason: string): RowFloor {
	return { row, standardRangeKm: null, orbital: false, burnoutSpeedKms: null, reason };
}

/** The floor of one row; never throws. */
export function keplerFloor(
	r: Pick<ImportRecord, 'row' | 'apogeeKm' | 'distanceKm' | 'apogeeLowKm' | 'distanceLowKm'>
): RowFloor {
	if (r.apogeeKm === null || r.distanceKm === null) {
		const interval =
			(r.apogeeKm === null && r.apogeeLowKm !== null) ||
			(r.distanceKm === null && r.distanceLowKm !== null);
		return none(
			r.row,
			interval
				? 'The apogee or the distance is given as an interval, not one figure.'
				: 'The row has no apogee or no distance.'
		);
	}
	const arc = keplerFromRangeApogee({ rangeKm: r.distanceKm, apogeeKm: r.apogeeKm });
	if (!arc.ok) return none(r.row, arc.message);
	const me = minimumEnergyRange({ burnoutSpeedKms: arc.burnoutSpeedKms });
	if (!me.ok) return none(r.row, me.message);
	return {
		row: r.row,
		standardRangeKm: me.rangeKm,
		orbital: me.orbital,
		burnoutSpeedKms: arc.burnoutSpeedKms,
		reason: null
	};
}

/** The floor of every row, in order. */
export function keplerFloors(records: readonly ImportRecord[]): RowFloor[] {
	return records.map(keplerFloor);
}
