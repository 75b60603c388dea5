/** Claims: a verdict and its explanation, the dataset facts they rest on, and the unit check. */
import { VERDICT_LABELS, type Claim } from '../../data/article.ts';
import { checkConversion } from '../../data/units.ts';
import { resolveDatasetPath } from './path.ts';
import type { ResolvedFact, ResolvedUnitCheck } from './types.ts';
import { formatNumber } from './words.ts';

function resolveUnitCheck(
	claim: Claim,
	facts: ResolvedFact[]
): { check: ResolvedUnitCheck | null; conflicts: string[] } {
	const spec = claim.unitCheck;
	if (!spec) return { check: null, conflicts: [] };
	const result = checkConversion({ valueKm: spec.valueKm, statedMi: spec.statedMi });
	const conflicts: string[] = [];
	const datasetFact = facts.find((f) => f.id === spec.fact) ?? resolveDatasetPath(spec.fact);
	if (datasetFact.quantity && datasetFact.quantity.value !== spec.valueKm) {
		conflicts.push(
			`The article’s ${formatNumber(spec.valueKm)} km differs from the dataset’s ${datasetFact.value}.`
		);
	}
	return { check: { ...result, articleText: spec.articleText }, conflicts };
}

export function resolveClaim(claim: Claim): ResolvedFact {
	const facts = claim.facts.map(resolveDatasetPath);
	const unit = resolveUnitCheck(claim, facts);
	const reportsSeen = new Set<string>();
	const reports = facts
		.flatMap((f) => f.reports)
		.filter((r) => {
			const key = `${r.reporter}|${r.value}|${r.unit}|${r.asReported}`;
			return reportsSeen.has(key) ? false : (reportsSeen.add(key), true);
		});
	const verdictLabel = VERDICT_LABELS[claim.verdict];
	return {
		id: claim.id,
		kind: 'claim',
		label: `“${claim.quote}”`,
		value: claim.qualifier ? `${verdictLabel} (${claim.qualifier})` : verdictLabel,
		quantity: null,
		reports,
		sources: claim.sources,
		unitCheck: unit.check,
		conflicts: [...claim.conflicts, ...unit.conflicts, ...facts.flatMap((f) => f.conflicts)],
		notes: [],
		claim: {
			quote: claim.quote,
			verdict: claim.verdict,
			verdictLabel,
			qualifier: claim.qualifier ?? null,
			explanation: claim.explanation,
			notFound: claim.notFound ?? null,
			factSheetClaim: claim.factSheetClaim
		},
		facts
	};
}

/** Resolves a claim object that need not be in claims.json (tests use it to probe the checks). */
export function resolveClaimWith(claim: Claim): ResolvedFact {
	return resolveClaim(claim);
}
