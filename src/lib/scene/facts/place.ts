/** Place facts: coordinates and geodesic distances from Pyongyang and the 2022 launch area. */
import { getPlace } from '../../data/dataset.ts';
import type { Place } from '../../data/types.ts';
import { distanceKm } from '../../geo/geodesic.ts';
import { formatLatLon } from '../../viz/format.ts';
import type { ResolvedFact } from './types.ts';
import { formatNumber } from './words.ts';

/** Distances are given from these places (WGS84 geodesic). */
const DISTANCE_ORIGINS = ['pyongyang', 'mupyong-ni'] as const;

export function placeFact(id: string, p: Place): ResolvedFact {
	const origins = DISTANCE_ORIGINS.filter((o) => o !== p.id)
		.map((o) => getPlace(o))
		.filter((o): o is Place => !!o);
	const distances = origins.map((o) => ({
		from: o,
		km: Math.round(distanceKm({ lat: p.lat, lon: p.lon }, { lat: o.lat, lon: o.lon }))
	}));
	const dist = distances.length
		? `; ${distances.map((d) => `${formatNumber(d.km)} km from ${d.from.name}`).join(', ')} (WGS84 geodesic)`
		: '';
	return {
		id,
		kind: 'place',
		label: p.name,
		value: `${formatLatLon(p, 3)}${dist}`,
		quantity: null,
		reports: [],
		sources: p.sources,
		unitCheck: null,
		conflicts: [],
		notes: p.note ? [p.note] : []
	};
}
