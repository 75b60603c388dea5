// Moved to src/lib/scene/facts/ (one file per fact kind; it reads the dataset and computes geodesic
// distances, so it is composition, not data). Kept only so scripts/commands/fact.ts keeps working until it
// imports from scene/; the layering lint rule exempts this file by name.
export * from '../scene/facts/index.ts';
