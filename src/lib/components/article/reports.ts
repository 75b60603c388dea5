import type { FactReport } from '$lib/scene/facts';
import type { SourceRef } from '$lib/data/types.ts';

/**
 * Each report with only the sources not already linked above it in the same list, so a list never
 * shows a run of identical links (several reporters quoted by one article share its URL).
 */
export function withNewSources(
	list: readonly FactReport[]
): { report: FactReport; fresh: SourceRef[]; repeated: boolean }[] {
	const shown = new Set<string>();
	return list.map((report) => {
		const fresh = report.sources.filter((s) => !shown.has(s.url));
		for (const s of report.sources) shown.add(s.url);
		return { report, fresh, repeated: fresh.length === 0 && report.sources.length > 0 };
	});
}
