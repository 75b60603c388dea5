/**
 * `npm run lighthouse`: builds the app into its own directory, starts `vite preview` on its own port,
 * runs Lighthouse 12 (the CLI of the lighthouse devDependency) on Debian Chromium against each route and
 * writes the scores to reports/lighthouse.md plus one JSON report per route under reports/lighthouse/.
 * Not part of CI (timings vary with the machine); targets: performance 100 on "/", >= 95 on "/map".
 *
 * Options: --all (every prerendered route, including each /tests/<id>; default: the top-level routes
 * and the first /tests/<id>), --desktop (Lighthouse's desktop preset; default mobile), --no-build (reuse
 * build-lighthouse/), --port <n> (default $LOFTED_PORT or 4187), --route <path> (repeatable: only these
 * routes), --runs <n> (default 3: Lighthouse runs per route; the report keeps the median run, chosen by
 * Lighthouse's own computeMedianRun, as Lighthouse's docs advise against trusting a single run), --help.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { findBrowser } from './find-browser.js';
import {
	buildInto,
	defaultRoutes,
	fail,
	readScriptOptions,
	routesIn,
	startPreview,
	wholeNumberFlag
} from './lib/preview.ts';
import { errorMessage } from '../src/lib/errors.ts';

const chromeFlags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

const targets: Record<string, number> = { '/': 100, '/map': 95 };
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const usage =
	'Usage: npm run lighthouse -- [--all] [--desktop] [--no-build] [--port <n>] [--route <path> ...] [--runs <n>] [--help]';

const options = readScriptOptions(
	{
		all: { type: 'boolean' },
		desktop: { type: 'boolean' },
		'no-build': { type: 'boolean' },
		port: { type: 'string' },
		route: { type: 'string', multiple: true },
		runs: { type: 'string' }
	},
	usage
);

const buildDir = 'build-lighthouse';
const kitDir = '.svelte-kit-lighthouse';
const port = wholeNumberFlag(
	options,
	'port',
	Number(process.env.LOFTED_PORT ?? 4187),
	{ min: 1024, max: 65535 },
	usage
);
const runs = wholeNumberFlag(options, 'runs', 3, { min: 1, max: 9 }, usage);
const outDir = 'reports';

interface Scores {
	route: string;
	/** Lighthouse's CPU benchmark of this machine during the run (a desktop is ~1,000-2,500; lower = slower). */
	benchmarkIndex: number | null;
	scores: Record<string, number | null>;
	metrics: Record<string, string>;
	failing: string[];
	json: string;
	/** Every run's performance score and TBT, in run order (the median run is the one reported). */
	allRuns: { performance: number | null; tbt: string }[];
}

type Lhr = {
	environment?: { benchmarkIndex?: number };
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<
		string,
		{
			score: number | null;
			displayValue?: string;
			title: string;
			scoreDisplayMode: string;
			numericValue?: number;
		}
	>;
};

const perfOf = (lhr: Lhr) => {
	const s = lhr.categories.performance?.score;
	return s === null || s === undefined ? null : Math.round(s * 100);
};

function runLighthouse(url: string, route: string, chromePath: string): Scores {
	const slug = route === '/' ? 'index' : route.slice(1).replace(/[^\w.-]+/g, '_');
	const jsonPath = join(outDir, 'lighthouse', `${slug}.json`);
	const lhrs: Lhr[] = [];
	for (let i = 1; i <= runs; i++)
		lhrs.push(runOnce(url, join(outDir, 'lighthouse', `${slug}.run${i}.json`), chromePath));
	const lhr = lhrs.length === 1 ? lhrs[0] : (computeMedianRun(lhrs as never) as unknown as Lhr);
	writeFileSync(jsonPath, JSON.stringify(lhr));
	return summarize(lhr, route, jsonPath, lhrs);
}

function runOnce(url: string, jsonPath: string, chromePath: string): Lhr {
	const args = [
		url,
		'--output=json',
		`--output-path=${jsonPath}`,
		`--chrome-flags=${chromeFlags.join(' ')}`,
		`--only-categories=${categories.join(',')}`,
		'--quiet',
		...(options.desktop ? ['--preset=desktop'] : [])
	];
	const res = spawnSync(join('node_modules', '.bin', 'lighthouse'), args, {
		env: { ...process.env, CHROME_PATH: chromePath },
		stdio: ['ignore', 'ignore', 'pipe'],
		encoding: 'utf8',
		timeout: 180_000
	});
	if (res.status !== 0 || !existsSync(jsonPath)) {
		fail(`Lighthouse failed on ${url} (exit ${res.status}): ${(res.stderr ?? '').slice(-600)}`);
	}
	return JSON.parse(readFileSync(jsonPath, 'utf8')) as Lhr;
}

function summarize(lhr: Lhr, route: string, jsonPath: string, all: Lhr[]): Scores {
	const scores: Record<string, number | null> = {};
	for (const c of categories) {
		const s = lhr.categories[c]?.score;
		scores[c] = s === null || s === undefined ? null : Math.round(s * 100);
	}
	const metrics: Record<string, string> = {};
	for (const id of [
		'first-contentful-paint',
		'largest-contentful-paint',
		'total-blocking-time',
		'cumulative-layout-shift',
		'speed-index'
	]) {
		metrics[id] = lhr.audits[id]?.displayValue ?? '-';
	}
	const failing = Object.entries(lhr.audits)
		.filter(
			([, a]) =>
				a.score !== null &&
				a.score < 0.9 &&
				['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)
		)
		.map(([id, a]) => `${id} (${a.title}${a.displayValue ? `: ${a.displayValue}` : ''})`);
	return {
		route,
		benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
		scores,
		metrics,
		failing,
		json: jsonPath,
		allRuns: all.map((r) => ({
			performance: perfOf(r),
			tbt: r.audits['total-blocking-time']?.displayValue ?? '-'
		}))
	};
}

async function main() {
	const chromePath = findBrowser();
	if (!chromePath)
		fail('No Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH.', 2);
	if (!options['no-build']) buildInto({ buildDir, kitDir }, 'npm run lighthouse');
	if (!existsSync(buildDir)) fail(`No ${buildDir}/: run without --no-build.`, 2);
	const all = routesIn(buildDir);
	const unknown = (options.route ?? []).filter((r) => !all.includes(r));
	if (unknown.length)
		fail(`No prerendered page for ${unknown.join(', ')}. Routes: ${all.join(', ')}.`, 2);
	const routes = options.route?.length ? options.route : options.all ? all : defaultRoutes(all);

	const { origin, stop } = await startPreview({ buildDir, kitDir }, port);
	mkdirSync(join(outDir, 'lighthouse'), { recursive: true });

	const results: Scores[] = [];
	for (const route of routes) {
		console.log(`Lighthouse ${route} ...`);
		results.push(runLighthouse(origin + route, route, chromePath));
	}
	stop();

	const preset = options.desktop
		? 'desktop'
		: 'mobile (default: simulated slow 4G, 4x CPU slowdown)';
	const md = [
		'# Lighthouse',
		'',
		`Lighthouse 12.2.3, ${preset}, Debian Chromium (${chromePath}), against \`vite preview\` of \`${buildDir}/\`; ${new Date().toISOString()}.`,
		`Chrome flags: \`${chromeFlags.join(' ')}\`. Targets: performance 100 on \`/\`, >= 95 on \`/map\`.`,
		`${runs} run${runs === 1 ? '' : 's'} per route; the table shows the median run (Lighthouse's computeMedianRun: closest to the median FCP and TTI), the last column every run's performance score and TBT.`,
		'',
		'Simulated throttling scales the CPU time measured here: on a busy machine (CPU benchmark well under',
		"1,000) TBT and performance are much worse than on a reader's device. Compare runs at similar benchmarks.",
		'',
		`| Route | ${categories.join(' | ')} | FCP | LCP | TBT | CLS | CPU benchmark | Target | All runs (performance, TBT) |`,
		`| --- | ${categories.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: | --- | --- |`,
		...results.map((r) => {
			const target = targets[r.route];
			const perf = r.scores.performance;
			const status =
				target === undefined
					? '-'
					: perf !== null && perf >= target
						? `met (>= ${target})`
						: `**missed** (${target})`;
			return `| \`${r.route}\` | ${categories.map((c) => r.scores[c] ?? '-').join(' | ')} | ${r.metrics['first-contentful-paint']} | ${r.metrics['largest-contentful-paint']} | ${r.metrics['total-blocking-time']} | ${r.metrics['cumulative-layout-shift']} | ${r.benchmarkIndex === null ? '-' : Math.round(r.benchmarkIndex)} | ${status} | ${r.allRuns.map((x) => `${x.performance ?? '-'} (${x.tbt})`).join(', ')} |`;
		}),
		'',
		'## Audits scoring below 0.9',
		'',
		...results.map((r) => `- \`${r.route}\`: ${r.failing.length ? r.failing.join('; ') : 'none'}`),
		'',
		`Full reports: ${results.map((r) => `\`${r.json}\``).join(', ')}.`,
		''
	].join('\n');
	writeFileSync(join(outDir, 'lighthouse.md'), md);
	writeFileSync(join(outDir, 'lighthouse.json'), JSON.stringify(results, null, 2));
	console.log(md);
}

main().catch((e: unknown) => fail(`Lighthouse run failed: ${errorMessage(e)}`));
