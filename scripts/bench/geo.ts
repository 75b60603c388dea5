/** Geodesy benchmarks: one 720-point WGS84 range ring (target < 5 ms), and its RFC 7946 conversion. */
import { geodesicRing, shapeToGeoJSON } from '../../src/lib/geo/ring.ts';
import type { BenchSuite } from './index.ts';

const MUPYONG = { lat: 40.611208, lon: 126.425743 };

export const geoSuite: BenchSuite = {
	name: 'geo',
	cases: [
		{
			name: '720-point geodesic ring, 4,500 km',
			targetMs: 5,
			fn: () => geodesicRing(MUPYONG, 4500, 720)
		},
		{
			name: '720-point ring, 13,000 km, to RFC 7946 (pole-closed)',
			targetMs: 10,
			fn: () => shapeToGeoJSON(geodesicRing(MUPYONG, 13000, 720))
		}
	]
};
