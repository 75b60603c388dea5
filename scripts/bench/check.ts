/**
 * Article checker benchmark: a 1,000-word report (fixture reports of the 4 Oct 2022 and 18 Nov 2022
 * launches, repeated to length) checked in Node, target < 100 ms. The engine's views are computed in
 * setup, as a page computes them at build time; the lexicon is built on the first run and reused.
 */
import fixtures from '../../src/lib/check/fixtures/reports.json';
import { datasetCheckData } from '../../src/lib/check/defaults.ts';
import { estimateEngine } from '../../src/lib/check/engine.ts';
import { checkReport, type CheckDeps } from '../../src/lib/check/index.ts';
import type { BenchSuite } from './index.ts';

const pieces = (
	fixtures as { reports: { set: string; launch: string | null; text: string }[] }
).reports
	.filter((r) => r.set === 'tuning' && (r.launch === '2022-10-04' || r.launch === '2022-11-18'))
	.map((r) => r.text);

/** Whole reports joined as paragraphs until the text has at least `words` words. */
export function reportOfWords(words: number): string {
	const out: string[] = [];
	let count = 0;
	for (let i = 0; count < words; i++) {
		const p = pieces[i % pieces.length];
		out.push(p);
		count += p.split(/\s+/).length;
	}
	return out.join('\n\n');
}

const report = reportOfWords(1000);
const deps: CheckDeps = { data: datasetCheckData, engine: estimateEngine() };

export const checkSuite: BenchSuite = {
	name: 'check',
	cases: [
		{
			name: `checkReport on a ${report.split(/\s+/).length}-word report`,
			targetMs: 100,
			setup: () => {
				for (const t of datasetCheckData.tests) deps.engine(t.id);
				checkReport(report, deps);
			},
			fn: () => checkReport(report, deps)
		}
	]
};
