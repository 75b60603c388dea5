/**
 * The shape every chart draws: one trajectory (a test's lofted flight or the same missile's standard
 * trajectory) as time-ordered points, labelled with the model that computed it.
 */

/** One sample of a flight (the physics engine's ProfilePoint). */
export interface ProfilePoint {
	/** Time since launch, s. */
	t: number;
	altitudeKm: number;
	/** Distance along the Earth's surface from the launch point, km. */
	downrangeKm: number;
	speedKms: number;
}

export type TrajectoryRole = 'lofted' | 'standard';

export interface ProfileSeries {
	/** Unique key, `${testId}/${role}`. */
	id: string;
	testId: string;
	role: TrajectoryRole;
	/** Full name, e.g. "2022-01-30 Hwasong-12". */
	label: string;
	/** Short name for direct labels, e.g. "HS-12 2022-01-30". */
	shortLabel: string;
	/** Which model drew the curve, e.g. "Kepler arc from reported figures (no powered flight)". */
	model: string;
	/** 1..6: the CSS variable --series-N that colours this test (both of its curves). */
	colorIndex: number;
	points: ProfilePoint[];
	/** Index of the burnout sample, when the model has a powered phase. */
	burnoutIndex?: number;
	/** Why the burnout point is where it is (e.g. "Kepler arc: burnout taken at the surface at t = 0"). */
	burnoutNote?: string;
	/** What t = 0 is: lift-off (powered-flight models) or burnout (Kepler arcs, which have no boost). */
	timeOrigin: 'launch' | 'burnout';
}

export interface KeyPoint {
	name: 'burnout' | 'apogee' | 'impact';
	point: ProfilePoint;
	index: number;
	note?: string;
}

/**
 * Burnout, apogee and impact of one curve. Apogee is the highest sample, impact the last one; burnout is the
 * model's own burnout sample when given, otherwise the fastest sample before apogee (a coasting missile only
 * slows while it climbs, so the speed peak on the way up is where the engine stopped).
 */
export function keyPoints(series: ProfileSeries): KeyPoint[] {
	const pts = series.points;
	if (pts.length === 0) return [];
	let apogeeIndex = 0;
	for (let i = 1; i < pts.length; i++) {
		if (pts[i].altitudeKm > pts[apogeeIndex].altitudeKm) apogeeIndex = i;
	}
	let burnoutIndex = series.burnoutIndex;
	let burnoutNote = series.burnoutNote;
	if (burnoutIndex === undefined || burnoutIndex < 0 || burnoutIndex >= pts.length) {
		burnoutIndex = 0;
		for (let i = 1; i <= apogeeIndex; i++) {
			if (pts[i].speedKms > pts[burnoutIndex].speedKms) burnoutIndex = i;
		}
		burnoutNote ??= 'fastest sample before apogee';
	}
	return [
		{ name: 'burnout', point: pts[burnoutIndex], index: burnoutIndex, note: burnoutNote },
		{ name: 'apogee', point: pts[apogeeIndex], index: apogeeIndex },
		{ name: 'impact', point: pts[pts.length - 1], index: pts.length - 1 }
	];
}

/** Dash pattern telling lofted (solid) from standard (dashed) without colour. */
export function dashFor(role: TrajectoryRole): string | undefined {
	return role === 'standard' ? '7 5' : undefined;
}
