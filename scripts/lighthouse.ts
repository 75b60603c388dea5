/**
 * `npm run lighthouse`: builds the app into its own directory, starts `vite preview` on its own port,
 * runs Lighthouse 12 (the CLI of the lighthouse devDependency) on Debian Chromium against each route and
 * writes the scores to reports/lighthouse.md plus one JSON report per route under reports/lighthouse/.
 * Not part of CI (timings vary with the machine); target: performance 90 or more on every route.
 *
 * Options: --all (every prerendered route, including each /tests/<id>; default: the top-level routes
 * and the first /tests/<id>), --desktop (Lighthouse's desktop preset; default mobile), --no-build (reuse
 * build-lighthouse/), --dir <build> (repeatable: measure these built sites instead, each served by a
 * static server on ports from --port up, their runs interleaved, e.g. a build before and after a change),
 * --port <n> (default $LOFTED_PORT
 * or 4187), --route <path> (repeatable: only these routes), --runs <n> (default 5: Lighthouse runs per
 * route; the report keeps the median run, chosen by Lighthouse's own computeMedianRun, and gives the
 * median CPU benchmark beside it), --help.
 */
import { spawn } from 'node:child_process';
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
import { serveStatic } from './lib/static-server.ts';

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

/** Performance target on every route. */
const TARGET = 90;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const usage =
	'Usage: npm run lighthouse -- [--all] [--desktop] [--no-build] [--dir <build> ...] [--port <n>] [--route <path> ...] [--runs <n>] [--help]';

const options = readScriptOptions(
	{
		all: { type: 'boolean' },
		desktop: { type: 'boolean' },
		'no-build': { type: 'boolean' },
		dir: { type: 'string', multiple: true },
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
const runs = wholeNumberFlag(options, 'runs', 5, { min: 1, max: 9 }, usage);
const outDir = 'reports';

interface Scores {
	/** The build measured. */
	build: string;
	route: string;
	/** Lighthouse's CPU benchmark of this machine, median over the runs (a desktop is ~1,000-2,500). */
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

const slugOf = (build: string, route: string) =>
	`${build.replace(/[^\w.-]+/g, '_')}-${route === '/' ? 'index' : route.slice(1).replace(/[^\w.-]+/g, '_')}`;

const jsonFor = (build: string, route: string, run: number) =>
	join(outDir, 'lighthouse', `${slugOf(build, route)}.run${run}.json`);

/** The median run (Lighthouse's computeMedianRun) and the summary of all runs of one route. */
function medianOf(lhrs: Lhr[], route: string, build: string): Scores {
	const jsonPath = join(outDir, 'lighthouse', `${slugOf(build, route)}.json`);
	const lhr = lhrs.length === 1 ? lhrs[0] : (computeMedianRun(lhrs as never) as unknown as Lhr);
	writeFileSync(jsonPath, JSON.stringify(lhr));
	return summarize(lhr, route, jsonPath, lhrs, build);
}

async function runLighthouse(
	url: string,
	route: string,
	chromePath: string,
	build: string
): Promise<Scores> {
	const lhrs: Lhr[] = [];
	for (let i = 1; i <= runs; i++)
		lhrs.push(await runOnce(url, jsonFor(build, route, i), chromePath));
	return medianOf(lhrs, route, build);
}

/** One Lighthouse run in a child process (asynchronous: the static server runs in this process). */
async function runOnce(url: string, jsonPath: string, chromePath: string): Promise<Lhr> {
	const args = [
		url,
		'--output=json',
		`--output-path=${jsonPath}`,
		`--chrome-flags=${chromeFlags.join(' ')}`,
		`--only-categories=${categories.join(',')}`,
		'--quiet',
		...(options.desktop ? ['--preset=desktop'] : [])
	];
	const child = spawn(join('node_modules', '.bin', 'lighthouse'), args, {
		env: { ...process.env, CHROME_PATH: chromePath },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
	const timer = setTimeout(() => child.kill('SIGTERM'), 240_000);
	const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearTimeout(timer);
	if (status !== 0 || !existsSync(jsonPath))
		fail(`Lighthouse failed on ${url} (exit ${status}): ${stderr.slice(-600)}`);
	return JSON.parse(readFileSync(jsonPath, 'utf8')) as Lhr;
}

function summarize(lhr: Lhr, route: string, jsonPath: string, all: Lhr[], build: string): Scores {
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
	const benchmarks = all
		.map((r) => r.environment?.benchmarkIndex)
		.filter((b): b is number => typeof b === 'number')
		.sort((a, b) => a - b);
	return {
		build,
		route,
		benchmarkIndex: benchmarks.length ? benchmarks[Math.floor((benchmarks.length - 1) / 2)] : null,
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
	mkdirSync(join(outDir, 'lighthouse'), { recursive: true });
	const results: Scores[] = [];
	/** The routes to measure in a build: --route, or every prerendered one (--all), or the default few. */
	const routesFor = (build: string) => {
		const all = routesIn(build);
		const unknown = (options.route ?? []).filter((r) => !all.includes(r));
		if (unknown.length)
			fail(
				`No prerendered page for ${unknown.join(', ')} in ${build}. Routes: ${all.join(', ')}.`,
				2
			);
		return options.route?.length ? options.route : options.all ? all : defaultRoutes(all);
	};
	if (options.dir?.length) {
		// Several builds: each on its own port, and their runs interleaved (route by route, run by run),
		// so a change in the machine's load falls on all of them alike.
		const servers = [];
		for (const [i, dir] of options.dir.entries()) {
			if (!existsSync(dir)) fail(`No build at ${dir}/.`, 2);
			servers.push({ dir, server: await serveStatic(dir, port + i) });
		}
		const routes = routesFor(servers[0].dir);
		for (const route of routes) {
			const lhrs = servers.map(() => [] as Lhr[]);
			for (let run = 1; run <= runs; run++)
				for (const [i, { dir, server }] of servers.entries()) {
					console.log(`Lighthouse ${dir} ${route} run ${run} ...`);
					lhrs[i].push(await runOnce(server.origin + route, jsonFor(dir, route, run), chromePath));
				}
			servers.forEach(({ dir }, i) => results.push(medianOf(lhrs[i], route, dir)));
		}
		for (const { server } of servers) await server.close();
	} else {
		if (!options['no-build']) buildInto({ buildDir, kitDir }, 'npm run lighthouse');
		if (!existsSync(buildDir)) fail(`No ${buildDir}/: run without --no-build.`, 2);
		const { origin, stop } = await startPreview({ buildDir, kitDir }, port);
		for (const route of routesFor(buildDir)) {
			console.log(`Lighthouse ${buildDir} ${route} ...`);
			results.push(await runLighthouse(origin + route, route, chromePath, buildDir));
		}
		stop();
	}

	const preset = options.desktop
		? 'desktop'
		: 'mobile (default: simulated slow 4G, 4x CPU slowdown)';
	const md = [
		'# Lighthouse',
		'',
		`Lighthouse 12.2.3, ${preset}, Debian Chromium (${chromePath}); ${new Date().toISOString()}.`,
		`Chrome flags: \`${chromeFlags.join(' ')}\`. Target: performance ${TARGET} or more on every route.`,
		`${runs} run${runs === 1 ? '' : 's'} per route; the table shows the median run (Lighthouse's computeMedianRun: closest to the median FCP and TTI) and the median CPU benchmark, the last column every run's performance score and TBT.`,
		'',
		'Simulated throttling scales the CPU time measured here: on a busy machine (CPU benchmark well under',
		"1,000) TBT and performance are much worse than on a reader's device. Compare runs at similar benchmarks.",
		'',
		`| Build | Route | ${categories.join(' | ')} | FCP | LCP | TBT | CLS | CPU benchmark | Target | All runs (performance, TBT) |`,
		`| --- | --- | ${categories.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: | --- | --- |`,
		...results.map((r) => {
			const perf = r.scores.performance;
			const status = perf !== null && perf >= TARGET ? 'met' : '**missed**';
			return `| \`${r.build}\` | \`${r.route}\` | ${categories.map((c) => r.scores[c] ?? '-').join(' | ')} | ${r.metrics['first-contentful-paint']} | ${r.metrics['largest-contentful-paint']} | ${r.metrics['total-blocking-time']} | ${r.metrics['cumulative-layout-shift']} | ${r.benchmarkIndex === null ? '-' : Math.round(r.benchmarkIndex)} | ${status} | ${r.allRuns.map((x) => `${x.performance ?? '-'} (${x.tbt})`).join(', ')} |`;
		}),
		'',
		'## Audits scoring below 0.9',
		'',
		...results.map(
			(r) => `- \`${r.build}\` \`${r.route}\`: ${r.failing.length ? r.failing.join('; ') : 'none'}`
		),
		'',
		`Full reports: ${results.map((r) => `\`${r.json}\``).join(', ')}.`,
		''
	].join('\n');
	writeFileSync(join(outDir, 'lighthouse.md'), md);
	writeFileSync(join(outDir, 'lighthouse.json'), JSON.stringify(results, null, 2));
	console.log(md);
}

main().catch((e: unknown) => fail(`Lighthouse run failed: ${errorMessage(e)}`));
