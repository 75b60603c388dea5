/** Shapes shared by the physics engine and its callers (map, profiles, catalogue, CLI). */

/** One sample of a flight. */
export interface ProfilePoint {
	/** Time since lift-off (powered flights) or since burnout (Kepler arcs), s. */
	t: number;
	altitudeKm: number;
	/** Ground distance from the launch point along the great circle, km. */
	downrangeKm: number;
	/** Speed relative to the ground (Earth-fixed frame; equal to inertial on a non-rotating Earth), km/s. */
	speedKms: number;
}
