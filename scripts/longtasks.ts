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
 * stylesheet. Whatever the control's tasks last is the browser's and the machine's floor, not the app's.
 * Each task's wall time is given with the main thread's CPU time in it and its time in synchronous font
 * lookups (see lib/tasks.ts): on a busy two-core machine a task's wall time can be several times its CPU time.
 *
 * Options: --all (every prerendered route), --route <path> (repeatable), --loads <n> (default 3),
 * --width <px> / --height <px> (window, default 1280 x 900), --wait <ms> (after load, default 3000),
 * --no-build (reuse build-longtasks/), --port <n> (default 4188), --help.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
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
import { longTasks, type TaskKind, type TaskRow, type TraceEvent } from './lib/tasks.ts';
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
	/** Long tasks of each load. */
	loads: TaskRow[][];
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

async function main() {
	const chromePath = findBrowser();
	if (!chromePath)
		fail('No Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH.', 2);
	if (!options['no-build']) buildInto(dirs, 'npm run longtasks');
	if (!existsSync(dirs.buildDir)) fail(`No ${dirs.buildDir}/: run without --no-build first.`, 2);
	const all = routesIn(dirs.buildDir).filter((r) => r !== CONTROL_ROUTE);
	writeFileSync(join(dirs.buildDir, `${CONTROL_ROUTE.slice(1)}.html`), CONTROL_HTML);
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
		for (let i = 0; i < loads; i++) {
			const context = await browser.newContext({ viewport: { width, height } });
			const page = await context.newPage();
			await browser.startTracing(page, {
				categories: [
					'devtools.timeline',
					'disabled-by-default-devtools.timeline',
					'v8.execute',
					'fonts'
				]
			});
			await page.goto(origin + route, { waitUntil: 'load' });
			if (route !== CONTROL_ROUTE)
				await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 30_000 });
			await page.waitForTimeout(waitMs);
			const trace = JSON.parse((await browser.stopTracing()).toString()) as {
				traceEvents: TraceEvent[];
			};
			perLoad.push(longTasks(trace.traceEvents, origin, 50));
			await context.close();
		}
		results.push({ route, loads: perLoad });
		const worst = perLoad.flat().sort((a, b) => b.durationMs - a.durationMs)[0];
		console.log(
			`${route}: ${perLoad.map((l) => l.length).join(', ')} long tasks per load${worst ? `; longest ${describeTask(worst)}` : ''}`
		);
	}
	await browser.close();
	stop();

	const md = [
		'# Long tasks',
		'',
		`Main-thread tasks over 50 ms while each page loads: Debian Chromium (${chromePath}), ${width} x ${height} window, CPU not throttled, a fresh profile per load, ${loads} load${loads === 1 ? '' : 's'} per route, ${waitMs} ms watched after the load event; \`vite preview\` of \`${dirs.buildDir}/\`; ${new Date().toISOString()}.`,
		'',
		`This machine's speed during the run: a reference loop (30 million square roots) took **${ms(referenceMs)} ms** in the page. Compare figures only between runs with similar reference times.`,
		'',
		'Each task is split by what ran inside it: **script** is the page’s own JavaScript (module evaluation, hydration, timers, event handlers); **parse**, **style-layout** and **paint** are the browser’s work on the prerendered document; **gc** is garbage collection. **CPU** is the time the main thread actually ran during the task; the rest of its wall time it waited: for a core (another process or thread was running) or for the browser process (**font lookups** are synchronous calls to it on Linux).',
		'',
		`The first row is a control, not an app page: \`${CONTROL_ROUTE}.html\`, one heading and three paragraphs without script or stylesheet. Its long tasks are the browser's and the machine's floor.`,
		'',
		'Per load, the longest task of each kind is listed (0: none over 50 ms). On a busy machine the same page varies several-fold between loads; the smallest figure is the closest to the page’s own cost.',
		'',
		'| Route | Loads without any task over 50 ms | Longest task per load, wall/CPU ms | Most CPU in one long task, per load, ms (min / median) | Longest script task per load, ms (min / median) | Longest browser task per load, ms (min / median) | Every long task |',
		'| --- | ---: | --- | --- | --- | --- | --- |',
		...results.map((r) => {
			const script = r.loads.map((l) => longestOf(l, (t) => t.main === 'script'));
			const browser = r.loads.map((l) => longestOf(l, (t) => t.main !== 'script'));
			const clean = r.loads.filter((l) => l.length === 0).length;
			const every = r.loads
				.map((l, i) => `load ${i + 1}: ${l.length ? l.map(describeTask).join('; ') : 'none'}`)
				.join('<br>');
			const name =
				r.route === CONTROL_ROUTE ? `control (\`${CONTROL_ROUTE}.html\`)` : `\`${r.route}\``;
			return `| ${name} | ${clean} of ${r.loads.length} | ${longestWithCpu(r.loads)} | ${spread(maxCpu(r.loads))} | ${spread(script)} | ${spread(browser)} | ${every} |`;
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
