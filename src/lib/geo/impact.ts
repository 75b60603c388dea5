/**
 * Where a test's warhead came down, for drawing the flown ground track. No source in the dataset gives
 * impact coordinates, so the drawn point is an ESTIMATE: the reported range along the direction the reported
 * impact area implies (e.g. "about 200 km west of the Oshima Peninsula" -> toward the Oshima Peninsula;
 * 30 Jan 2022 "fired eastward" -> azimuth 90). When a test gives coordinates they are used and labelled
 * "reported".
 *
 * The landmark coordinates are approximate (to 0.1 deg): they set a direction, not a position.
 */
import type { Test } from '../data/types.ts';
import { groupedNumber } from '../data/units.ts';
import { direct, inverse, type LatLon } from './geodesic.ts';

export interface ImpactDirection {
	/** Initial azimuth from the launch site, deg; or toward `toward`. */
	azimuthDeg?: number;
	toward?: LatLon & { name: string };
	/** The reported words the direction is read from. */
	basis: string;
}

const CAPE_ERIMO = { name: 'Cape Erimo, Hokkaido', lat: 41.92, lon: 143.25 };
const OSHIMA_OSHIMA = { name: 'Oshima-Oshima island, Hokkaido', lat: 41.51, lon: 139.37 };
const OKUSHIRI = { name: 'Okushiri Island, Hokkaido', lat: 42.15, lon: 139.47 };

/** Direction of each test's flight as the reported impact area implies it. */
/**
 * Assumed launch azimuth when nothing says where a test came down: toward the Sea of Japan, deg. The map
 * draws the impact and the engine flies the test along this same direction.
 */
export const DEFAULT_TEST_AZIMUTH_DEG = 80;

export const IMPACT_DIRECTIONS: Readonly<Record<string, ImpactDirection>> = {
	'2017-05-14-hwasong-12': {
		azimuthDeg: 90,
		basis: 'Sea of Japan, about 400 km off the peninsula: drawn due east (assumed)'
	},
	'2017-07-04-hwasong-14': {
		toward: { name: 'Oga Peninsula, Akita', lat: 39.9, lon: 139.8 },
		basis: "Japan's EEZ, about 300 km off the Oga Peninsula"
	},
	'2017-07-28-hwasong-14': {
		toward: { name: 'Shakotan Peninsula, Hokkaido', lat: 43.3, lon: 140.4 },
		basis: "Japan's EEZ, about 200 km west of the Shakotan Peninsula"
	},
	'2017-08-29-hwasong-12': {
		toward: CAPE_ERIMO,
		basis: 'about 1,180 km east of Cape Erimo, after overflying Hokkaido'
	},
	'2017-09-15-hwasong-12': {
		toward: CAPE_ERIMO,
		basis: 'about 2,200 km east of Cape Erimo, after overflying Hokkaido'
	},
	'2017-11-29-hwasong-15': {
		toward: { name: 'Aomori', lat: 40.8, lon: 140.7 },
		basis: "Japan's EEZ, about 250 km west of Aomori"
	},
	'2022-01-30-hwasong-12': {
		azimuthDeg: 90,
		basis: 'Japan MOD: "fired eastward"; no impact coordinates published'
	},
	'2022-03-24-hwasong-17': {
		toward: { name: 'Oshima Peninsula, Hokkaido', lat: 41.6, lon: 140.1 },
		basis: "Japan's EEZ, about 150 km west of the Oshima Peninsula"
	},
	'2022-10-04-hwasong-12': {
		toward: { name: 'Aomori Prefecture', lat: 40.8, lon: 141.0 },
		basis: 'overflew northern Japan (Aomori); Pacific, about 3,200 km east of Japan'
	},
	'2022-11-18-hwasong-17': {
		toward: OSHIMA_OSHIMA,
		basis: "Japan's EEZ, about 200 km west of Oshima-Oshima"
	},
	'2023-02-18-hwasong-15': {
		toward: OSHIMA_OSHIMA,
		basis: "Japan's EEZ, about 200 km west of Oshima-Oshima"
	},
	'2023-03-16-hwasong-17': {
		toward: OSHIMA_OSHIMA,
		basis: "outside Japan's EEZ, about 250 km off Hokkaido"
	},
	'2023-07-12-hwasong-18': {
		toward: OKUSHIRI,
		basis: "outside Japan's EEZ, about 250 km west of Okushiri"
	},
	'2023-12-18-hwasong-18': {
		toward: OKUSHIRI,
		basis: "outside Japan's EEZ, west-northwest of Okushiri"
	},
	'2024-10-31-hwasong-19': {
		toward: OKUSHIRI,
		basis: "outside Japan's EEZ, about 200 km west of Okushiri"
	}
};

export interface ImpactPoint extends LatLon {
	/** True when no source gives coordinates: the point is drawn from range and direction. */
	estimated: boolean;
	azimuthDeg: number;
	distanceKm: number;
	/** What the point rests on, one line. */
	basis: string;
}

/**
 * The impact point of `test` flown from `site` with ground range `rangeKm`: the reported coordinates when
 * the dataset has them, else an estimate along the direction in IMPACT_DIRECTIONS (toward the Sea of Japan, DEFAULT_TEST_AZIMUTH_DEG, when the test
 * has no entry, and the basis says so).
 */
export function impactPoint(
	test: Pick<Test, 'id' | 'impact'>,
	site: LatLon,
	rangeKm: number
): ImpactPoint {
	const { lat, lon } = test.impact;
	if (typeof lat === 'number' && typeof lon === 'number') {
		const inv = inverse(site, { lat, lon });
		return {
			lat,
			lon,
			estimated: false,
			azimuthDeg: inv.azimuthDeg,
			distanceKm: inv.distanceKm,
			basis: 'reported coordinates'
		};
	}
	const dir = IMPACT_DIRECTIONS[test.id];
	const azimuthDeg = dir?.toward
		? inverse(site, dir.toward).azimuthDeg
		: (dir?.azimuthDeg ?? DEFAULT_TEST_AZIMUTH_DEG);
	const p = direct(site, azimuthDeg, rangeKm);
	const basis = dir
		? `estimated: reported range ${groupedNumber(Math.round(rangeKm))} km ${
				dir.toward ? `toward ${dir.toward.name}` : `at azimuth ${azimuthDeg} deg`
			} (${dir.basis})`
		: `estimated: reported range ${groupedNumber(Math.round(rangeKm))} km, direction unknown, drawn at the assumed azimuth ${DEFAULT_TEST_AZIMUTH_DEG} deg (toward the Sea of Japan)`;
	return { lat: p.lat, lon: p.lon, estimated: true, azimuthDeg, distanceKm: rangeKm, basis };
}
