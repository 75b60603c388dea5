/**
 * `ring --lat N --lon N --radius-km N [--points N]`: one RFC 7946 GeoJSON Feature, the geodesic (WGS84)
 * circle of that radius. Crossing 180 it is a MultiPolygon split at the antimeridian; covering a pole it is
 * closed along that pole, so a planar point-in-polygon test on (lon, lat) classifies any point correctly.
 * Prints the Feature as JSON with or without --json.
 */
import { geodesicRing, shapeToFeature, MAX_RING_RADIUS_KM } from '../../src/lib/geo/ring.ts';
import { CliError, numberOption, type Command } from '../lib/cli-kit.ts';

export const ringCommand: Command = {
	name: 'ring',
	summary: 'Geodesic range ring as one RFC 7946 GeoJSON Feature (split at 180, closed at a pole).',
	usage: 'ring --lat N --lon N --radius-km N [--points 720]',
	options: {
		lat: { type: 'string' },
		lon: { type: 'string' },
		'radius-km': { type: 'string' },
		points: { type: 'string' }
	},
	run(values) {
		const lat = numberOption(values, 'lat', {
			required: true,
			min: -90,
			max: 90,
			unit: 'degrees'
		})!;
		const lon = numberOption(values, 'lon', {
			required: true,
			min: -180,
			max: 360,
			unit: 'degrees'
		})!;
		const radiusKm = numberOption(values, 'radius-km', {
			required: true,
			min: 0,
			exclusiveMin: true,
			max: MAX_RING_RADIUS_KM,
			unit: 'km'
		})!;
		const points = numberOption(values, 'points', { min: 8, max: 100_000 }) ?? 720;
		if (!Number.isInteger(points))
			throw new CliError(`--points must be a whole number; got ${points}.`);
		const shape = geodesicRing({ lat, lon }, radiusKm, points);
		const feature = shapeToFeature(shape, {
			centerLat: lat,
			centerLon: lon,
			radiusKm,
			points,
			vertices: shape.vertices.length - 1,
			ellipsoid: 'WGS84',
			containsNorthPole: shape.containsNorthPole,
			containsSouthPole: shape.containsSouthPole
		});
		const text = JSON.stringify(feature);
		return { json: feature, text };
	}
};
