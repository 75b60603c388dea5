/**
 * Vitest setup: the seed of every fast-check property. CI (CI=true) uses a fixed seed, so a landing never
 * depends on luck; local runs draw a fresh seed each time and keep exploring (that is how `missile=toString`
 * was found). FC_SEED=<n> replays a run: fast-check prints the seed of any failure.
 */
import fc from 'fast-check';

const fixed = process.env.FC_SEED ?? (process.env.CI ? '20261125' : undefined);
if (fixed !== undefined) {
	const seed = Number(fixed);
	if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer; got "${fixed}".`);
	fc.configureGlobal({ seed });
}

// The engine's disk cache (node_modules/.cache/lofted) speeds up builds; tests compute afresh so a result
// never comes from an earlier run. LOFTED_ENGINE_CACHE=on keeps it for a local run.
process.env.LOFTED_ENGINE_CACHE ??= 'off';
