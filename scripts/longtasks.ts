/**
 * A diagnostic, not a test: how much main-thread CPU each page's own script takes while it loads (module
 * evaluation, hydration, effects, timers), traced in Debian Chromium at 1x CPU, a fresh profile per load.
 * Also the main thread's total CPU during the load and its longest task. Figures depend on the machine and
 * its load, so the report gives the load average beside them; compare builds in one run:
 *
 *   npx tsx scripts/longtasks.ts --dir build-before --dir build-ui --loads 5 [--route /map ...]
 *
 * Each --dir is a built site (adapter-static output) served by a small static server
 * (scripts/lib/static-server.ts). Writes reports/script-cpu.md and .json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { findBrowser } from './find-browser.js';
import { fail, readScriptOptions, routesIn, wholeNumberFlag } from './lib/preview.ts';
import { serveStatic } from './lib/static-server.ts';
import type { TraceEvent } from './lib/tasks.ts';

const usage =
	'Usage: npx tsx scripts/longtasks.ts --dir <build> [--dir <build> ...] [--route <path> ...] [--loads <n>] [--port <n>]';
const options = readScriptOptions(
	{
		dir: { type: 'string', multiple: true },
		route: { type: 'string', multiple: true },
		loads: { type: 'string' },
		port: { type: 'string' }
	},
	usage
);
const loads = wholeNumberFlag(options, 'loads', 5, { min: 1, max: 20 }, usage);
const port = wholeNumberFlag(options, 'port', 4188, { min: 1024, max: 65535 }, usage);

/** Events that are the page's own JavaScript running (the outermost of them is counted). */
const SCRIPT = new Set([
	'EvaluateScript',
	'v8.evaluateModule',
	'v8.compile',
	'v8.compileModule',
	'FunctionCall',
	'TimerFire',
	'FireAnimationFrame',
	'RunMicrotasks',
	'EventDispatch'
]);

export interface LoadCpu {
	/** Main-thread CPU in the page's own script, ms. */
	scriptMs: number;
	/** Main-thread CPU in all tasks, ms. */
	tasksMs: number;
	/** The longest task's wall time, ms. */
	longestTaskMs: number;
}

/** Script and task CPU on the main thread of the renderer that loaded `origin`'s page. */
export function loadCpu(events: TraceEvent[], origin: string): LoadCpu {
	const pids = new Set<number>();
	for (const e of events) {
		for (const f of e.args?.data?.frames ?? [])
			if (f.url?.startsWith(origin) && f.processId !== undefined) pids.add(f.processId);
		if (e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin)) pids.add(e.pid);
	}
	const threads = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.filter((e) => pids.has(e.pid))
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const onMain = events
		.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`))
		.sort((a, b) => a.ts - b.ts);
	let scriptMs = 0;
	let tasksMs = 0;
	let longestTaskMs = 0;
	let coveredUntil = -Infinity;
	for (const e of onMain) {
		if (e.name === 'RunTask') {
			tasksMs += (e.tdur ?? 0) / 1000;
			longestTaskMs = Math.max(longestTaskMs, (e.dur ?? 0) / 1000);
		} else if (SCRIPT.has(e.name) && e.ts >= coveredUntil) {
			scriptMs += (e.tdur ?? e.dur ?? 0) / 1000;
			coveredUntil = e.ts + (e.dur ?? 0);
		}
	}
	return { scriptMs, tasksMs, longestTaskMs };
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};

async function main() {
	const dirs = options.dir ?? [];
	if (dirs.length === 0) fail(`Give at least one --dir (a built site). ${usage}`, 2);
	const chromePath = findBrowser();
	if (!chromePath) fail('No Chromium found: install it or set CHROME_PATH.', 2);
	const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
	const rows: { dir: string; route: string; loads: LoadCpu[] }[] = [];
	const load = [loadavg()[0]];
	for (const dir of dirs) {
		const all = routesIn(dir);
		const routes = options.route?.length
			? options.route
			: all.filter(
					(r) => r.split('/').length <= 2 || r === all.find((x) => x.startsWith('/tests/'))
				);
		const server = await serveStatic(dir, port);
		for (const route of routes) {
			const perLoad: LoadCpu[] = [];
			for (let i = 0; i < loads; i++) {
				const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
				const page = await context.newPage();
				await browser.startTracing(page, {
					categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute']
				});
				await page.goto(server.origin + route, { waitUntil: 'load' });
				await page
					.waitForFunction(
						() =>
							document.documentElement.dataset.hydrated === 'true' ||
							!document.querySelector('link[rel="modulepreload"], script'),
						undefined,
						{ timeout: 30_000 }
					)
					.catch(() => undefined);
				await page.waitForTimeout(2000);
				const trace = JSON.parse((await browser.stopTracing()).toString()) as {
					traceEvents: TraceEvent[];
				};
				perLoad.push(loadCpu(trace.traceEvents, server.origin));
				await context.close();
			}
			rows.push({ dir, route, loads: perLoad });
			console.log(
				`${dir} ${route}: script CPU ${perLoad.map((l) => Math.round(l.scriptMs)).join(', ')} ms`
			);
		}
		await server.close();
	}
	await browser.close();
	load.push(loadavg()[0]);
	const md = [
		'# Main-thread script CPU while each page loads',
		'',
		`Debian Chromium (${chromePath}), 1x CPU, 1280 x 900, a fresh profile per load, ${loads} load(s) per route, traced until 2 s after the page is ready; ${new Date().toISOString()}. Load average (1 min) at the start and end: ${load.map((x) => x.toFixed(2)).join(' / ')} on this 2-core machine.`,
		'',
		'| Build | Route | Script CPU, median (min–max), ms | All main-thread CPU, median, ms | Longest task, median, ms |',
		'| --- | --- | --- | ---: | ---: |',
		...rows.map((r) => {
			const s = r.loads.map((l) => l.scriptMs);
			return `| \`${r.dir}\` | \`${r.route}\` | ${Math.round(median(s))} (${Math.round(Math.min(...s))}–${Math.round(Math.max(...s))}) | ${Math.round(median(r.loads.map((l) => l.tasksMs)))} | ${Math.round(median(r.loads.map((l) => l.longestTaskMs)))} |`;
		}),
		''
	].join('\n');
	mkdirSync('reports', { recursive: true });
	writeFileSync(join('reports', 'script-cpu.md'), md);
	writeFileSync(join('reports', 'script-cpu.json'), JSON.stringify({ load, rows }, null, 2));
	console.log(`\n${md}`);
}

main().catch((e: unknown) => fail(`Script CPU run failed: ${e instanceof Error ? e.message : e}`));
