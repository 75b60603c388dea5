/**
 * The engine's results for dataset tests: the one door every page, load function and CLI command goes
 * through, so each shows the same flight for a test (same burnout, same launch azimuth). A re-export for
 * now; the engine's own module replaces it with the build-time cached Monte Carlo estimate.
 */
export { estimateTest, profileForTest, testAzimuthDeg } from '../physics/index.ts';
