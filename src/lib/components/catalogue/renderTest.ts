// Build-time rendering of a test page's static summary (TestSummary.svelte) to HTML (server only: imports
// svelte/server). The page inserts the string with `{@html}`, so hydration does not visit the summary.
import { render } from 'svelte/server';
import { staticMarkup } from '../staticHtml.ts';
import TestSummary, { type TestSummaryProps } from './TestSummary.svelte';

export function renderTestSummary(props: TestSummaryProps): string {
	// Its own id prefix: ids from `$props.id()` must not repeat those of the page's hydrated components.
	return staticMarkup(render(TestSummary, { props, idPrefix: 'summary' }).body);
}
