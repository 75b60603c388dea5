/**
 * Every length and duration unit a report may use, converted through the factors in units.ts (plus the
 * international foot, 0.3048 m exactly, which units.ts did not need). The article checker reads reports
 * in any of these units and compares them with the dataset's kilometres and seconds.
 */
import { KM_PER_MILE, S_PER_MIN } from './units.ts';

/** International foot (1959 agreement): 0.3048 m. */
export const KM_PER_FOOT = 0.0003048;
export const S_PER_HOUR = 60 * S_PER_MIN;

export type LengthUnit = 'km' | 'mi' | 'm' | 'ft';
export type DurationUnit = 's' | 'min' | 'h';

export const KM_PER_LENGTH_UNIT: Readonly<Record<LengthUnit, number>> = {
	km: 1,
	mi: KM_PER_MILE,
	m: 0.001,
	ft: KM_PER_FOOT
};

export const S_PER_DURATION_UNIT: Readonly<Record<DurationUnit, number>> = {
	s: 1,
	min: S_PER_MIN,
	h: S_PER_HOUR
};

/** A length in `unit` as kilometres. */
export const lengthToKm = (value: number, unit: LengthUnit): number =>
	value * KM_PER_LENGTH_UNIT[unit];
/** A duration in `unit` as seconds. */
export const durationToS = (value: number, unit: DurationUnit): number =>
	value * S_PER_DURATION_UNIT[unit];
