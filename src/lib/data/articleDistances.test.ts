import { describe, expect, it } from 'vitest';
import claimsJson from '../../../data/article/claims.json';
import placesJson from '../../../data/places.json';
import { distanceKm } from '../geo/geodesic.ts';

// The reach-aleutians claim explains why the fact sheet's Attu distance (3,872 km) and the dataset's
// (3,898 km) differ. These tests recompute every figure it quotes: the sphere with an independent
// haversine, the ellipsoid with the project's WGS84 geodesics.

const R_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;
type Pt = { lat: number; lon: number };
function haversineKm(a: Pt, b: Pt): number {
	const h =
		Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
		Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
	return 2 * R_KM * Math.asin(Math.sqrt(h));
}

const places = (placesJson as unknown as { places: (Pt & { id: string })[] }).places;
const place = (id: string) => places.find((p) => p.id === id)!;
const claim = (
	claimsJson as unknown as { claims: { id: string; conflicts: string[] }[] }
).claims.find((c) => c.id === 'reach-aleutians')!;
const text = claim.conflicts.join(' ');
const km = (x: number) => `${Math.round(x).toLocaleString('en-GB')} km`;

// The fact sheet's points: Pyongyang 39.03 N 125.75 E (its stated coordinates) and a point on Attu
// Island, 52.90 N 172.91 E, which reproduces its 3,872 km on the 6,371 km sphere.
const sheetPyongyang = { lat: 39.03, lon: 125.75 };
const attuIsland = { lat: 52.9025, lon: 172.9094 };

describe('reach-aleutians: where the 26 km between 3,872 and 3,898 km come from', () => {
	const sheetSphere = haversineKm(sheetPyongyang, attuIsland);
	const sheetEllipsoid = distanceKm(sheetPyongyang, attuIsland);
	const dataset = distanceKm(place('pyongyang'), place('attu'));

	it('reproduces both published figures', () => {
		// The fact sheet gives 3,872 km; these points give 3,872.6 (its figure is cut, not rounded).
		expect(Math.abs(sheetSphere - 3872)).toBeLessThan(1);
		expect(Math.round(dataset)).toBe(3898);
		expect(text).toContain('3,872 km');
		expect(text).toContain(km(dataset));
		expect(text).toContain(`${Math.round(dataset) - 3872} km between them`);
	});

	it('names the dataset coordinates it uses', () => {
		expect(text).toContain(`${place('pyongyang').lat} N, ${place('pyongyang').lon} E`);
		expect(text).toContain(`${place('attu').lat} N, ${place('attu').lon} E`);
	});

	it('splits the difference into coordinates (most of it) and the Earth model', () => {
		const model = sheetEllipsoid - sheetSphere;
		const coordinates = dataset - sheetEllipsoid;
		expect(coordinates).toBeGreaterThan(model);
		expect(text).toContain(
			`about ${Math.round(coordinates)} km come from the different coordinates`
		);
		expect(text).toContain(`gives ${km(sheetEllipsoid)}`);
		expect(text).toContain(`about ${Math.round(model)} km from the sphere against the ellipsoid`);
	});
});
