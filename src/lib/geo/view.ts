// Moved to src/lib/scene/map.ts (dataset-aware composition). Kept only so scripts/commands/reach.ts keeps
// working until it imports from scene/; the layering lint rule exempts this file by name.
export { launchSites, presetTargets, sceneWithModels as sceneForView } from '../scene/map.ts';
