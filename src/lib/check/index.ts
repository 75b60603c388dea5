/**
 * The article checker. `checkReport(text, deps)` finds every number, date, time and name in a report of a
 * North Korean launch, matches the report to the dataset test(s) it describes, and gives each claim a
 * verdict (correct, incorrect, unverified) with its reason and sources. Pure: no Svelte, no DOM.
 *
 * This entry is light enough for the browser: it imports neither the dataset module nor the engine.
 * Node callers build their dependencies with `./defaults.ts` (dataset + today's engine, `./engine.ts`);
 * a page gets the same data and engine views from its `load` and wraps the views in `engineFromViews`.
 */
export { checkReport, engineFromViews } from './check.ts';
export { missileNames } from './lexicon.ts';
export { MAX_HTML_CHARS, MAX_TEXT_CHARS } from './text.ts';
export { CLAIM_KINDS } from './types.ts';
export type {
	CheckData,
	CheckDeps,
	CheckNotice,
	CheckOptions,
	CheckResult,
	CheckVerdict,
	CheckedClaim,
	ClaimKind,
	ClaimUnit,
	EngineLookup,
	EngineView,
	LaunchMatch,
	TargetTime
} from './types.ts';
