/**
 * WGS84 geodesics (Karney 2013, via geographiclib-geodesic): distance and azimuths between two points,
 * and the point reached from a start along an azimuth. The only module that touches the library.
 */
import * as geographiclibNs from 'geographiclib-geodesic';

// CommonJS package: namespace import, then `.default ?? ns` (toolchain pitfall 3: named imports break vite dev SSR).
type GeographicLib = typeof import('geographiclib-geodesic');
const lib: GeographicLib =
	(geographiclibNs as unknown as { default?: GeographicLib }).default ?? geographiclibNs;

const { Geodesic } = lib;
const wgs84 = Geodesic.WGS84;

/** A point in degrees (WGS84). */
export interface LatLon {
	lat: number;
	lon: number;
}

export interface InverseResult {
	/** Shortest geodesic distance on the WGS84 ellipsoid, km. */
	distanceKm: number;
	/** Initial azimuth at the first point, degrees clockwise from north in [0, 360). */
	azimuthDeg: number;
	/** Azimuth on arrival at the second point (forward direction), degrees in [0, 360). */
	finalAzimuthDeg: number;
}

/** WGS84 semi-major axis, km. */
export const WGS84_A_KM = wgs84.a / 1000;
/** WGS84 flattening. */
export const WGS84_F = wgs84.f;

/** Normalises an angle to [0, 360) (a tiny negative angle such as -1e-15 gives 0, not 360). */
export function normalizeAzimuthDeg(deg: number): number {
	const r = deg % 360;
	const wrapped = r < 0 ? r + 360 : r;
	return wrapped >= 360 || wrapped === 0 ? 0 : wrapped;
}

/** Normalises a longitude to [-180, 180). */
export function normalizeLonDeg(lon: number): number {
	const r = (((lon + 180) % 360) + 360) % 360;
	return r - 180;
}

/** Shortest geodesic from `a` to `b` on WGS84. */
export function inverse(a: LatLon, b: LatLon): InverseResult {
	const r = wgs84.Inverse(a.lat, a.lon, b.lat, b.lon, Geodesic.DISTANCE | Geodesic.AZIMUTH);
	return {
		distanceKm: (r.s12 ?? NaN) / 1000,
		azimuthDeg: normalizeAzimuthDeg(r.azi1 ?? NaN),
		finalAzimuthDeg: normalizeAzimuthDeg(r.azi2 ?? NaN)
	};
}

/** Geodesic distance in km (WGS84). */
export function distanceKm(a: LatLon, b: LatLon): number {
	return (wgs84.Inverse(a.lat, a.lon, b.lat, b.lon, Geodesic.DISTANCE).s12 ?? NaN) / 1000;
}

/**
 * The point `distanceKm` from `start` along initial azimuth `azimuthDeg`.
 * With `unroll` (default) the longitude is continuous along the geodesic (Geodesic.LONG_UNROLL):
 * it may leave [-180, 180] (e.g. 190 instead of -170), so neighbouring ring vertices never jump by 360.
 */
export function direct(
	start: LatLon,
	azimuthDeg: number,
	distanceKmValue: number,
	unroll = true
): LatLon {
	const mask = Geodesic.LATITUDE | Geodesic.LONGITUDE | (unroll ? Geodesic.LONG_UNROLL : 0);
	const r = wgs84.Direct(start.lat, start.lon, azimuthDeg, distanceKmValue * 1000, mask);
	return { lat: r.lat2 ?? NaN, lon: r.lon2 ?? NaN };
}

/**
 * Points along the shortest geodesic from `a` to `b`, `segments + 1` of them including both ends,
 * with continuous (unrolled) longitudes starting at `a.lon`.
 */
export function geodesicPath(a: LatLon, b: LatLon, segments = 64): LatLon[] {
	const inv = wgs84.Inverse(a.lat, a.lon, b.lat, b.lon, Geodesic.DISTANCE | Geodesic.AZIMUTH);
	const s12 = inv.s12 ?? 0;
	const line = wgs84.InverseLine(
		a.lat,
		a.lon,
		b.lat,
		b.lon,
		Geodesic.STANDARD | Geodesic.DISTANCE_IN
	);
	const out: LatLon[] = [];
	for (let i = 0; i <= segments; i++) {
		const p = line.Position((s12 * i) / segments, Geodesic.STANDARD | Geodesic.LONG_UNROLL);
		out.push({ lat: p.lat2 ?? NaN, lon: p.lon2 ?? NaN });
	}
	return out;
}
