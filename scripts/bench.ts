/**
 * `npm run bench`: runs every benchmark case in scripts/bench/ and prints the median time beside its target.
 * Targets are reported, never asserted: a slow machine prints "over" instead of failing.
 */
import { Bench } from 'tinybench';
import { suites } from './bench/index.ts';

function formatDuration(ms: number): string {
	if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
	if (ms < 1) return `${(ms * 1e3).toFixed(2)} µs`;
	return `${ms.toFixed(2)} ms`;
}

const filter = process.argv[2];
const rows: string[][] = [];
for (const suite of suites) {
	for (const c of suite.cases) {
		const label = `${suite.name}: ${c.name}`;
		if (filter && !label.toLowerCase().includes(filter.toLowerCase())) continue;
		await c.setup?.();
		const bench = new Bench({
			time: c.timeMs ?? 500,
			warmupTime: 100,
			...(c.iterations ? { iterations: c.iterations, warmupIterations: 1 } : {})
		});
		bench.add(label, c.fn);
		await bench.run();
		const result = bench.tasks[0].result;
		if (result.state !== 'completed') {
			rows.push([label, 'failed', formatDuration(c.targetMs), String(result.state)]);
			continue;
		}
		const medianMs = result.latency.p50;
		rows.push([
			label,
			formatDuration(medianMs),
			formatDuration(c.targetMs),
			medianMs <= c.targetMs ? 'within target' : 'OVER TARGET',
			String(result.latency.samplesCount)
		]);
		console.log(
			`${label}: median ${formatDuration(medianMs)} (target ${formatDuration(c.targetMs)})`
		);
	}
}
console.log('');
const headers = ['benchmark', 'median', 'target', 'verdict', 'samples'];
const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
for (const r of [headers, ...rows])
	console.log(r.map((c, i) => (c ?? '').padEnd(widths[i])).join('  '));
