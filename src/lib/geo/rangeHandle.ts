/**
 * The custom range ring's handle on the map: where it sits on the ring, the range a dragged handle sets,
 * and the range a keyboard step sets. Pure functions on WGS84 geodesics (geodesic.ts), so the map's drag
 * and the slider semantics are tested in Node (rangeHandle.test.ts).
 */
import { direct, inverse, type LatLon } from './geodesic.ts';
import { MAX_RING_RADIUS_KM } from './ring.ts';

/** Azimuth of the handle before the reader moves it: due east of the site (over the Pacific from Korea). */
export const DEFAULT_HANDLE_AZIMUTH_DEG = 90;
/** Smallest range the handle sets, km. */
export const MIN_HANDLE_RANGE_KM = 50;
/** A dragged range is rounded to this, km (finer than a pointer can place on a Pacific-wide view). */
export const DRAG_ROUNDING_KM = 10;

/** Where the handle of a ring of `rangeKm` around `site` sits, along `azimuthDeg` (unrolled longitude). */
export function handlePosition(site: LatLon, rangeKm: number, azimuthDeg: number): LatLon {
	return direct(site, azimuthDeg, rangeKm);
}

const clampRange = (km: number) => Math.min(MAX_RING_RADIUS_KM, Math.max(MIN_HANDLE_RANGE_KM, km));

/**
 * The ring a handle dropped at `point` sets: the geodesic distance from the site, rounded to
 * DRAG_ROUNDING_KM and kept within [MIN_HANDLE_RANGE_KM, MAX_RING_RADIUS_KM], and the azimuth at which
 * the handle then sits. Any longitude is accepted (the map's display longitudes run past 180).
 */
export function rangeFromHandle(
	site: LatLon,
	point: LatLon
): { rangeKm: number; azimuthDeg: number } {
	const { distanceKm, azimuthDeg } = inverse(site, point);
	return {
		rangeKm: clampRange(Math.round(distanceKm / DRAG_ROUNDING_KM) * DRAG_ROUNDING_KM),
		azimuthDeg
	};
}

/**
 * Keyboard steps of the handle (a slider): arrows 50 km, Page Up/Down 500 km, Home/End the limits; null
 * for any other key.
 */
export function stepRange(rangeKm: number, key: string): number | null {
	switch (key) {
		case 'ArrowUp':
		case 'ArrowRight':
			return clampRange(rangeKm + 50);
		case 'ArrowDown':
		case 'ArrowLeft':
			return clampRange(rangeKm - 50);
		case 'PageUp':
			return clampRange(rangeKm + 500);
		case 'PageDown':
			return clampRange(rangeKm - 500);
		case 'Home':
			return MIN_HANDLE_RANGE_KM;
		case 'End':
			return MAX_RING_RADIUS_KM;
		default:
			return null;
	}
}
