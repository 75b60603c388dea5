import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { testPageData } from '$lib/scene/testPage';
import TestSummary from './TestSummary.svelte';

describe('TestSummary (server render)', () => {
	const data = testPageData('2022-01-30-hwasong-12');

	it('shows every reported figure and the engine, and no "missing" notice when nothing is missing', () => {
		const { body } = render(TestSummary, { props: { data } });
		expect(data.missing).toEqual([]);
		expect(body).not.toContain('data-testid="missing"');
		expect(body).toContain('data-testid="figures-apogee"');
		expect(body).toContain('data-testid="engine-estimate"');
	});

	it('says what a test without reported figures lacks, and draws what it can', () => {
		// The dataset grows with launches nobody published figures for: such a page must still work.
		const bare = {
			...data,
			figures: data.figures.map((f) => ({ ...f, summary: null, rows: [], conflicts: [] })),
			missing: ['No apogee was reported for this test.', 'No range was reported for this test.'],
			kepler: { ok: false as const, reason: 'No range was reported, so no arc can be drawn.' },
			estimate: {
				ok: false as const,
				message: 'Test t has no reported apogee: nothing to calibrate.'
			},
			standardRange: { kind: 'none' as const, reason: 'no apogee' }
		};
		const { body } = render(TestSummary, { props: { data: bare } });
		expect(body).toContain('data-testid="missing"');
		expect(body).toContain('No apogee was reported for this test.');
		expect(body.match(/Not reported by any source in the dataset/g)).toHaveLength(3);
		expect(body).toContain('The engine could not estimate this test');
		expect(body).not.toMatch(/NaN|undefined/);
	});
});
