import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Progress from './Progress.svelte';

const html = (options: { props: Record<string, unknown> }) =>
	render(Progress, options as Parameters<typeof render<typeof Progress>>[1]).body;

describe('Progress', () => {
	it('labels a native progressbar and shows the percentage', () => {
		const out = html({
			props: { value: 0.4, label: 'Computing reach', detail: 'azimuth 144 of 360' }
		});
		const barId = /<progress[^>]*id="([^"]+)"/.exec(out)?.[1];
		expect(barId).toBeTruthy();
		expect(out).toMatch(new RegExp(`<label[^>]*for="${barId}"[^>]*>Computing reach</label>`));
		expect(out).toMatch(/<progress[^>]*max="100"[^>]*value="40"/);
		expect(out).toMatch(/aria-valuetext="40 %, azimuth 144 of 360"/);
	});

	it('announces only quarter steps in its polite status region', () => {
		const status = (value: number | null) =>
			/role="status"[^>]*>([^<]*)</.exec(html({ props: { value, label: 'Calibrating' } }))?.[1];
		expect(status(0)).toBe('Calibrating: 0 %');
		expect(status(0.24)).toBe('Calibrating: 0 %');
		expect(status(0.26)).toBe('Calibrating: 25 %');
		expect(status(0.99)).toBe('Calibrating: 75 %');
		expect(status(1)).toBe('Calibrating: done.');
		expect(status(null)).toBe('Calibrating: working…');
	});

	it('is indeterminate (no value attribute) when the fraction is unknown, and clamps bad values', () => {
		expect(html({ props: { value: null, label: 'x' } })).not.toMatch(/<progress[^>]*\svalue=/);
		expect(html({ props: { value: Number.NaN, label: 'x' } })).not.toMatch(
			/<progress[^>]*\svalue=/
		);
		expect(html({ props: { value: 7, label: 'x' } })).toMatch(/<progress[^>]*value="100"/);
		expect(html({ props: { value: -1, label: 'x' } })).toMatch(/<progress[^>]*value="0"/);
	});

	it('offers a Cancel button only when cancelling is possible', () => {
		expect(html({ props: { value: 0.5, label: 'x' } })).not.toContain('Cancel');
		expect(html({ props: { value: 0.5, label: 'x', oncancel: () => {} } })).toMatch(
			/<button type="button" class="cancel[^"]*">Cancel<\/button>/
		);
	});
});
