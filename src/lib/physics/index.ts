/**
 * Lofted's trajectory engine. Pure TypeScript, dataset-free: every function takes explicit inputs (figures,
 * a missile's published parameters, a site), so it runs in Node, the CLI, at prerender and in a Web Worker.
 * What the engine says about a test of the dataset is composed in `scene/engine.ts`.
 */
export {
	keplerFromRangeApogee,
	minimumEnergyRange,
	keplerFromBurnout,
	keplerArcPoints
} from './kepler.ts';
export type { KeplerArc, MinimumEnergyArc, RangeApogeeInput } from './kepler.ts';
export { estimate, internalsOf, monteCarloSetup, HALF_CIRCUMFERENCE_KM } from './estimate.ts';
export type {
	EstimateInput,
	EstimateResult,
	Feasibility,
	KeplerSummary,
	PoweredEstimate,
	Sensitivity,
	SteeringSummary,
	TargetInput,
	Progress
} from './estimate.ts';
export { fly, flyPowered, azimuthBetween } from './flight.ts';
export type { FlightResult, FlightOptions, FlownVehicle } from './flight.ts';
export type { Steering, GravityTurnSteering, PowerLawSteering } from './steering.ts';
export { reachContour, maximiseRange, Q_ALPHA_LIMIT_KPA_DEG } from './infer.ts';
export type { ReachPoint, MaxRange } from './infer.ts';
export { runSamples, summarise, DEFAULT_SAMPLES, DEFAULT_SEED } from './montecarlo.ts';
export type { McSetup, McSample, MonteCarloSummary, Percentiles } from './montecarlo.ts';
export type { ProfilePoint } from './types.ts';
export type { Assumption } from './vehicle.ts';
export type { Consistency, ConsistencyFlag } from './consistency.ts';
export type { PhysicsError, Result } from './result.ts';
export { EARTH_RADIUS_KM, MU_KM3_S2, EARTH_ROTATION_RAD_S } from './constants.ts';
