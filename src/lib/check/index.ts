/**
 * The article checker. `checkReport(text, deps)` finds every number, date, time and name in a report of a
 * North Korean launch, matches the report to the dataset test(s) it describes, and gives each claim a
 * verdict (correct, incorrect, unverified) with its reason and sources. Pure: no Svelte, no DOM.
 */
export { checkReport } from './check.ts';
export { defaultCheckDeps, datasetCheckData } from './defaults.ts';
export { engineFromViews, estimateEngine, estimateEngineView } from './engine.ts';
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
