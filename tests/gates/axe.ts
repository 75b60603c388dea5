/**
 * Accessibility gate: axe-core with the WCAG 2.1 level A and AA rule tags.
 * Returns the violations in a compact, readable form so a failing test says which rule, where and why.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The axe tags for WCAG 2.0 and 2.1, levels A and AA (2.1 adds to 2.0, so both are needed). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeFinding {
	/** axe rule id, e.g. "image-alt", "color-contrast". */
	rule: string;
	impact: string;
	help: string;
	helpUrl: string;
	/** CSS selectors of the offending nodes (first few). */
	targets: string[];
	/** axe's own explanation for the first node: what to fix. */
	summary: string;
}

export interface AxeOptions {
	/** CSS selectors to leave out (use sparingly, and say why at the call site). */
	exclude?: string[];
	/** Rule ids to disable (same caution). */
	disableRules?: string[];
}

/** Runs axe on the current page and returns every WCAG 2.1 A/AA violation (empty array = clean). */
export async function axeScan(page: Page, options: AxeOptions = {}): Promise<AxeFinding[]> {
	let builder = new AxeBuilder({ page }).withTags([...wcagTags]);
	for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
	if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
	const results = await builder.analyze();
	return results.violations.map((v) => ({
		rule: v.id,
		impact: v.impact ?? 'unknown',
		help: v.help,
		helpUrl: v.helpUrl,
		targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
		summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim()
	}));
}

/** One line per finding, for assertion messages and reports. */
export function formatAxe(findings: AxeFinding[]): string {
	return findings
		.map(
			(f) =>
				`- [${f.impact}] ${f.rule}: ${f.help} (${f.targets.length} node(s), e.g. ${f.targets.join(', ')}). ${f.summary}`
		)
		.join('\n');
}
