/**
 * The checker against real reports, labelled by hand before the checker was written (fixtures/
 * reports.json). The tuning set (the launches of 30 Jan 2022, 4 Oct 2022, 18 Nov 2022, 16 Mar 2023 and
 * 12 Jul 2023) must reach 90 % recall and 90 % verdict agreement; the held-out set (other launches, never
 * tuned to) measures how well it generalises and guards against a collapse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCheckDeps } from './defaults.ts';

/** Enough samples for stable P5/P95 at a fraction of the pages' cost (see defaults.ts). */
const TEST_SAMPLES = 250;
/** The first claim about a launch runs the engine's Monte Carlo for it (once per launch per file). */
const ENGINE_TIMEOUT_MS = 300_000;
import { checkReport, type CheckDeps } from './index.ts';
import fixtures from './fixtures/reports.json';
import {
	describeMisses,
	scoreLabels,
	summarise,
	type Label,
	type LabelOutcome
} from './fixtures/score.ts';

interface Report {
	id: string;
	set: string;
	url: string;
	launch: string | null;
	text: string;
	claims: Label[];
}
const reports = (fixtures as { reports: Report[] }).reports;

let deps: CheckDeps;
beforeAll(() => {
	deps = defaultCheckDeps({ samples: TEST_SAMPLES });
});

function run(set: string) {
	const outcomes: LabelOutcome[] = [];
	const misses: string[] = [];
	const launches: string[] = [];
	for (const r of reports.filter((x) => x.set === set)) {
		const result = checkReport(r.text, deps);
		const o = scoreLabels(r.text, r.claims, result);
		outcomes.push(...o);
		misses.push(...describeMisses(r.id, o));
		const found = result.tests[0] ?? null;
		const ok = r.launch === null ? found === null : found?.startsWith(r.launch) === true;
		if (!ok)
			launches.push(`${r.id}: expected ${r.launch ?? 'an unknown launch'}, got ${found ?? 'none'}`);
	}
	const score = summarise(outcomes);
	console.info(
		`${set}: ${score.labels} labels, recall ${(100 * score.recall).toFixed(1)} %, verdict agreement ${(100 * score.agreement).toFixed(1)} % (${score.agree} of ${score.found} found)`
	);
	return { score, misses, launches };
}

describe('fixture reports', () => {
	it('has at least eight reports of the five tuning launches, each label locatable', () => {
		const tuning = reports.filter((r) => r.set === 'tuning');
		expect(tuning.length).toBeGreaterThanOrEqual(8);
		expect(new Set(tuning.map((r) => r.launch))).toEqual(
			new Set(['2022-01-30', '2022-10-04', '2022-11-18', '2023-03-16', '2023-07-12'])
		);
		for (const r of reports)
			for (const l of r.claims) expect(r.text.includes(l.quote), `${r.id}: ${l.quote}`).toBe(true);
	});

	it(
		'tuning set: the right launch, 90 % recall and 90 % verdict agreement',
		() => {
			const { score, misses, launches } = run('tuning');
			expect(launches).toEqual([]);
			expect(score.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
			expect(score.agreement, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
		},
		ENGINE_TIMEOUT_MS
	);

	it(
		'held-out set (never tuned to): launches matched or called unknown, recall and agreement above 75 %',
		() => {
			const { score, misses, launches } = run('held-out');
			expect(launches).toEqual([]);
			expect(score.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.75);
			expect(score.agreement, misses.join('\n')).toBeGreaterThanOrEqual(0.75);
		},
		ENGINE_TIMEOUT_MS
	);
});
