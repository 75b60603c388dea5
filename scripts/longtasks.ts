/**
 * `npm run longtasks`: how long the main thread is blocked while each page loads. Builds the app into its
 * own directory, serves it, loads each route in Debian Chromium (fresh profile each load, CPU not throttled,
 * desktop window by default), records a trace and lists every main-thread task over 50 ms with what it
 * spent its time on: the page's own script (hydration, timers, workers' results) or the browser's work on
 * the document (parsing HTML, style and layout, paint). Writes reports/longtasks.md and .json.
 *
 * Issue 7's target: no task blocks the main thread for more than 50 ms. A measurement, not a test: the
 * figures depend on the machine, so the report starts with a reference loop's time on this machine, and
 * measures a control first: a static page of one heading and three paragraphs, without script or
 * stylesheet, handed to the browser by Playwright at the preview server's origin (the preview server only
 * serves what the build prerendered). Whatever the control's tasks last is the browser's and the machine's
 * floor, not the app's. Each task's wall time is given with the main thread's CPU time in it and its time in
 * synchronous font lookups (see lib/tasks.ts): on a busy two-core machine a task's wall time can be several
 * times its CPU time.
 *
 * Tracing itself slows the browser down, so each route is then loaded the same number of times without it,
 * and the page's own Long Tasks API (PerformanceObserver 'longtask', observing from the document's start)
 * lists the tasks over 50 ms: what a web page itself would see. Last, the same number of untraced loads of
 * the route's prerendered HTML without its script (documentOnly): what the browser's own work on the
 * document costs, with no hydration at all.
 *
 * Options: --all (every prerendered route), --route <path> (repeatable), --loads <n> (default 3),
 * --width <px> / --height <px> (window, default 1280 x 900), --wait <ms> (after load, default 3000),
 * --no-build (reuse build-longtasks/), --port <n> (default 4188), --help.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
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
import {
	documentOnly,
	longTasks,
	type TaskKind,
	type TaskRow,
	type TraceEvent
} from './lib/tasks.ts';
import { chromiumArgs } from '../playwright.config.ts';

const usage =
	'Usage: npm run longtasks -- [--all] [--route <path> ...] [--loads <n>] [--width <px>] [--height <px>] [--wait <ms>] [--no-build] [--port <n>] [--help]';

const options = readScriptOptions(
	{
		all: { type: 'boolean' },
		route: { type: 'string', multiple: true },
		loads: { type: 'string' },
		width: { type: 'string' },
		height: { type: 'string' },
		wait: { type: 'string' },
		'no-build': { type: 'boolean' },
		port: { type: 'string' }
	},
	usage
);
const flag = (name: string, fallback: number, min: number, max: number) =>
	wholeNumberFlag(options, name, fallback, { min, max }, usage);

const loads = flag('loads', 3, 1, 20);
const width = flag('width', 1280, 320, 3840);
const height = flag('height', 900, 320, 2160);
const waitMs = flag('wait', 3000, 0, 60_000);
const port = flag('port', 4188, 1024, 65535);
const dirs = { buildDir: 'build-longtasks', kitDir: '.svelte-kit-longtasks' };
const KINDS: TaskKind[] = ['script', 'parse', 'style-layout', 'paint', 'gc'];
/** The control page, written into the build directory (not part of the app). */
const CONTROL_ROUTE = '/longtasks-control';
const CONTROL_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Control page</title></head>
<body><h1>Control page</h1>
<p>A static page without script or stylesheet, loaded like the app's routes: its long tasks are the browser's and the machine's, not the app's.</p>
<p>North Korea launched a Hwasong-12 intermediate-range ballistic missile on 30 January 2022. It flew about 800 km and reached an altitude of about 2,000 km.</p>
<p>Figures on this page are not data: it only gives the browser some text to lay out.</p>
</body></html>
`;

interface RouteResult {
	route: string;
	/** Long tasks of each traced load. */
	loads: TaskRow[][];
	/** Per untraced load, the durations (ms) the page's Long Tasks API reported. */
	observed: number[][];
	/** The same for the page's prerendered HTML without its script (documentOnly); empty for the control. */
	documentOnly: number[][];
	/** Elements in the page once hydrated. */
	elements: number;
}

/** Registered before any of the page's own code: records every long task from the document's start. */
function observeLongTasks() {
	const seen: number[] = [];
	(window as unknown as { __longTasks: number[] }).__longTasks = seen;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) seen.push(entry.duration);
	}).observe({ type: 'longtask', buffered: true });
}

const ms = (v: number) => `${Math.round(v)}`;

function describeTask(t: TaskRow): string {
	const parts = KINDS.filter((k) => t.byKind[k] >= 1).map((k) => `${k} ${ms(t.byKind[k])}`);
	if (t.fontMs >= 1) parts.push(`font lookups ${ms(t.fontMs)}`);
	const cpu = t.cpuMs === null ? '' : `, CPU ${ms(t.cpuMs)} ms`;
	const where = t.script ? ` in ${t.script}` : '';
	return `${ms(t.durationMs)} ms${cpu} (${parts.join(', ') || 'unattributed'})${where}`;
}

/** Per load: the longest task's wall time and its CPU time, "wall/CPU". */
function longestWithCpu(perLoad: TaskRow[][]): string {
	return perLoad
		.map((l) => {
			const t = [...l].sort((a, b) => b.durationMs - a.durationMs)[0];
			return t ? `${ms(t.durationMs)}/${t.cpuMs === null ? '?' : ms(t.cpuMs)}` : '0';
		})
		.join(', ');
}

/** Per load, the most CPU time in any one long task, ms (0 when no task is over 50 ms). */
function maxCpu(perLoad: TaskRow[][]): number[] {
	return perLoad.map((l) => Math.max(0, ...l.map((t) => t.cpuMs ?? 0)));
}

/** The longest task matching `keep`, ms (0 when none). */
function longestOf(tasks: TaskRow[], keep: (t: TaskRow) => boolean): number {
	return Math.max(0, ...tasks.filter(keep).map((t) => t.durationMs));
}

/** "0, 72, 144 (min 0 / median 72)". */
function spread(values: number[]): string {
	const sorted = [...values].sort((a, b) => a - b);
	const median = sorted[Math.floor((sorted.length - 1) / 2)];
	return `${values.map(ms).join(', ')} (${ms(sorted[0])} / ${ms(median)})`;
}

/** "none; 62; 51, 58": the Long Tasks API's durations per untraced load (`separator` between loads). */
function observedText(observed: number[][], separator = '; '): string {
	return observed.map((l) => (l.length ? l.map(ms).join(', ') : 'none')).join(separator);
}

async function main() {
	const chromePath = findBrowser();
	if (!chromePath)
		fail('No Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH.', 2);
	if (!options['no-build']) buildInto(dirs, 'npm run longtasks');
	if (!existsSync(dirs.buildDir)) fail(`No ${dirs.buildDir}/: run without --no-build first.`, 2);
	// (Earlier versions wrote the control page into the build directory.)
	const all = routesIn(dirs.buildDir).filter((r) => r !== CONTROL_ROUTE);
	const unknown = (options.route ?? []).filter((r) => !all.includes(r));
	if (unknown.length)
		fail(`No prerendered page for ${unknown.join(', ')}. Routes: ${all.join(', ')}.`, 2);
	const routes = options.route?.length ? options.route : options.all ? all : defaultRoutes(all);

	const { origin, stop } = await startPreview(dirs, port);
	const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
	// A fixed amount of arithmetic, timed in the page: how fast this machine is right now.
	const probe = await browser.newPage();
	const referenceMs = await probe.evaluate(() => {
		const t = performance.now();
		let x = 0;
		for (let i = 0; i < 30_000_000; i++) x += Math.sqrt(i);
		return x > 0 ? performance.now() - t : -1;
	});
	await probe.close();

	const results: RouteResult[] = [];
	for (const route of [CONTROL_ROUTE, ...routes]) {
		const perLoad: TaskRow[][] = [];
		const openPage = async (html?: string) => {
			const context = await browser.newContext({ viewport: { width, height } });
			const page = await context.newPage();
			if (html !== undefined)
				await page.route(origin + route, (r) =>
					r.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
				);
			return { context, page };
		};
		const control = route === CONTROL_ROUTE ? CONTROL_HTML : undefined;
		const load = async (page: Page, hydrates = route !== CONTROL_ROUTE) => {
			await page.goto(origin + route, { waitUntil: 'load' });
			if (hydrates)
				await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 30_000 });
			await page.waitForTimeout(waitMs);
		};
		const observe = async (html?: string, hydrates?: boolean) => {
			const { context, page } = await openPage(html);
			await page.addInitScript(observeLongTasks);
			await load(page, hydrates);
			const seen = await page.evaluate(() => ({
				durations: (window as unknown as { __longTasks: number[] }).__longTasks,
				elements: document.getElementsByTagName('*').length
			}));
			await context.close();
			return seen;
		};
		for (let i = 0; i < loads; i++) {
			const { context, page } = await openPage(control);
			await browser.startTracing(page, {
				categories: [
					'devtools.timeline',
					'disabled-by-default-devtools.timeline',
					'v8.execute',
					'fonts'
				]
			});
			await load(page);
			const trace = JSON.parse((await browser.stopTracing()).toString()) as {
				traceEvents: TraceEvent[];
			};
			perLoad.push(longTasks(trace.traceEvents, origin, 50));
			await context.close();
		}
		const observed: number[][] = [];
		let elements = 0;
		for (let i = 0; i < loads; i++) {
			const seen = await observe(control);
			observed.push(seen.durations);
			elements = seen.elements;
		}
		const docOnly: number[][] = [];
		if (route !== CONTROL_ROUTE) {
			const response = await fetch(origin + route);
			if (!response.ok) fail(`${route} answered ${response.status}.`);
			const html = documentOnly(await response.text());
			for (let i = 0; i < loads; i++) docOnly.push((await observe(html, false)).durations);
		}
		results.push({ route, loads: perLoad, observed, documentOnly: docOnly, elements });
		const worst = perLoad.flat().sort((a, b) => b.durationMs - a.durationMs)[0];
		console.log(
			`${route}: ${perLoad.map((l) => l.length).join(', ')} long tasks per traced load${worst ? `; longest ${describeTask(worst)}` : ''}; without tracing: ${observedText(observed, ' | ')}${docOnly.length ? `; document without script: ${observedText(docOnly, ' | ')}` : ''}`
		);
	}
	await browser.close();
	stop();

	const nameOf = (r: RouteResult) =>
		r.route === CONTROL_ROUTE ? `control (\`${CONTROL_ROUTE}\`)` : `\`${r.route}\``;
	const quiet = (perLoad: number[][]) =>
		perLoad.length ? `${perLoad.filter((l) => l.length === 0).length} of ${perLoad.length}` : '-';
	const md = [
		'# Long tasks',
		'',
		`Main-thread tasks over 50 ms while each page loads: Debian Chromium (${chromePath}), ${width} x ${height} window, CPU not throttled, a fresh profile per load, ${loads} load${loads === 1 ? '' : 's'} per route and way of loading, ${waitMs} ms watched after the load event (after hydration); \`vite preview\` of \`${dirs.buildDir}/\`; ${new Date().toISOString()}.`,
		'',
		`This machine's speed during the run: a reference loop (30 million square roots) took **${ms(referenceMs)} ms** in the page. Compare figures only between runs with similar reference times.`,
		'',
		`The first row is a control, not an app page: \`${CONTROL_ROUTE}\`, one heading and three paragraphs without script or stylesheet, handed to the browser by Playwright at the preview server's origin. Its long tasks are the browser's and the machine's floor.`,
		'',
		'## What the page sees',
		'',
		"Untraced loads. The durations are those of the tasks over 50 ms that the page's own Long Tasks API reported (PerformanceObserver `longtask`, observing from the document's start), per load. **App** is the route as served. **Document without script** is the same prerendered HTML with every `<script>` and module preload removed (stylesheets, markup and inline SVG kept), handed to the browser by Playwright: the browser's own work on the document (parsing, style, layout, font lookups, paint), with no hydration at all.",
		'',
		'| Route | Elements | App: loads without a task over 50 ms | App: long tasks per load, ms | Document without script: loads without a task over 50 ms | Document without script: long tasks per load, ms |',
		'| --- | ---: | ---: | --- | ---: | --- |',
		...results.map(
			(r) =>
				`| ${nameOf(r)} | ${r.elements} | ${quiet(r.observed)} | ${observedText(r.observed)} | ${quiet(r.documentOnly)} | ${r.documentOnly.length ? observedText(r.documentOnly) : '-'} |`
		),
		'',
		'## What the tasks are made of',
		'',
		'Traced loads (tracing slows the browser down, so these tasks are longer than the ones above). Each task is split by what ran inside it: **script** is the page’s own JavaScript (module evaluation, hydration, timers, event handlers); **parse**, **style-layout** and **paint** are the browser’s work on the prerendered document; **gc** is garbage collection. **CPU** is the time the main thread actually ran during the task; the rest of its wall time it waited: for a core (another process or thread was running) or for the browser process (**font lookups** are synchronous calls to it on Linux).',
		'',
		'Per load, the longest task of each kind is listed (0: none over 50 ms). On a busy machine the same page varies several-fold between loads; the smallest figure is the closest to the page’s own cost.',
		'',
		'| Route | Loads without any task over 50 ms | Longest task per load, wall/CPU ms | Most CPU in one long task, per load, ms (min / median) | Longest script task per load, ms (min / median) | Longest browser task per load, ms (min / median) | Every long task |',
		'| --- | ---: | --- | --- | --- | --- | --- |',
		...results.map((r) => {
			const script = r.loads.map((l) => longestOf(l, (t) => t.main === 'script'));
			const browser = r.loads.map((l) => longestOf(l, (t) => t.main !== 'script'));
			const every = r.loads
				.map((l, i) => `load ${i + 1}: ${l.length ? l.map(describeTask).join('; ') : 'none'}`)
				.join('<br>');
			return `| ${nameOf(r)} | ${quiet(r.loads.map((l) => l.map((t) => t.durationMs)))} | ${longestWithCpu(r.loads)} | ${spread(maxCpu(r.loads))} | ${spread(script)} | ${spread(browser)} | ${every} |`;
		}),
		''
	].join('\n');
	mkdirSync('reports', { recursive: true });
	writeFileSync(join('reports', 'longtasks.md'), md);
	writeFileSync(
		join('reports', 'longtasks.json'),
		JSON.stringify({ referenceMs, width, height, loads, waitMs, results }, null, 2)
	);
	console.log(`\n${md}`);
}

main().catch((e: unknown) => fail(`Long-task run failed: ${errorMessage(e)}`));
