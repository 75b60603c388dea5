import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'svelte/server';
import { CHART_WIDTHS } from '$lib/viz/profileLayout';
import { profileInputs } from '$lib/scene/profiles';
import ProfileChart from './ProfileChart.svelte';

const inputs = profileInputs();

/** The `d` of every trajectory path in some HTML. */
function trajectoryPaths(html: string): string[] {
	return [...html.matchAll(/<path\b[^>]*data-testid="trajectory-path"[^>]*>/g)].map(
		(m) => /\sd="([^"]*)"/.exec(m[0])?.[1] ?? ''
	);
}

describe('ProfileChart, server-rendered', () => {
	it('draws each test flown and standard as static SVG paths, with the key-points table', () => {
		const { body } = render(ProfileChart, {
			props: { testIds: ['2022-01-30-hwasong-12', '2017-11-29-hwasong-15'], inputs }
		});
		// Four curves, each drawn once per fixed chart width (paths thinned to 0.3 chart units).
		const paths = trajectoryPaths(body);
		expect(paths).toHaveLength(4 * CHART_WIDTHS.length);
		for (const d of paths) expect(d).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+){8,}$/);
		expect(body).toContain('stroke-dasharray="7 5"');
		expect(body).toContain('data-testid="key-points-table"');
		// The generated sentence reads the reported apogees off the curves.
		expect(body).toMatch(
			/between 2,000 km \(2022-01-30 Hwasong-12\) and 4,475 km \(2017-11-29 Hwasong-15\)/
		);
		expect(body).not.toMatch(/NaN|undefined/);
	});

	it('reports an unknown id on the page instead of dropping it silently', () => {
		const { body } = render(ProfileChart, { props: { testIds: ['1999-01-01-nope'], inputs } });
		expect(body).toContain('Unknown test id “1999-01-01-nope”');
		expect(body).toContain('No trajectory is selected');
		expect(body).not.toMatch(/NaN/);
	});
});

// The prerendered page itself, when LOFTED_BUILD_DIR names a build that exists (a stale default build/
// would test old output; tests/profiles.spec.ts checks the same with JavaScript disabled on a fresh build).
const buildDir = process.env.LOFTED_BUILD_DIR;
const built = buildDir ? resolve(buildDir, 'profiles.html') : '';
describe.skipIf(!built || !existsSync(built))(`prerendered ${built}`, () => {
	it('contains at least two trajectory paths inside static SVG', () => {
		const html = readFileSync(built, 'utf8');
		const svg = /<svg\b[^>]*data-mode="curved"[^>]*>([\s\S]*?)<\/svg>/.exec(html);
		expect(svg).not.toBeNull();
		expect(trajectoryPaths(svg![1]).length).toBeGreaterThanOrEqual(2);
	});
});
