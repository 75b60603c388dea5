/**
 * The engine worker in real Chromium, under the app's CSP (script-src 'self', worker-src 'self'):
 * the client is bundled by Vite exactly as the app bundles it (new Worker(new URL(...)) pattern), then
 * served with page.route. Checks: results and progress arrive, a one-second estimate leaves the main
 * thread free (no long task > 50 ms while it runs), and cancelling rejects with AbortError at once.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { installCspCollector, installLongTaskProbe, readLongTasks } from './gates';

let outDir = '';

// One bundle for the file: run its tests in one Playwright worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	outDir = mkdtempSync(join(tmpdir(), 'lofted-engine-'));
	await build({
		configFile: false,
		logLevel: 'silent',
		root: process.cwd(),
		worker: { format: 'es' },
		build: {
			outDir,
			emptyOutDir: true,
			minify: false,
			rollupOptions: {
				input: { harness: 'tests/fixtures/engine-harness/harness.ts' },
				output: { entryFileNames: '[name].js', format: 'es' }
			}
		}
	});
});

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const f = join(dir, n);
		return statSync(f).isDirectory() ? files(f) : [f];
	});
}

async function openHarness(page: Page) {
	const served = new Set(files(outDir).map((f) => '/' + relative(outDir, f).split('\\').join('/')));
	await page.route('**/__engine__/**', (route) => {
		const path = new URL(route.request().url()).pathname.replace(/^\/__engine__/, '');
		if (path === '/index.html')
			return route.fulfill({
				contentType: 'text/html',
				body: readFileSync('tests/fixtures/engine-harness/index.html')
			});
		if (!served.has(path)) return route.fulfill({ status: 404, body: 'not found' });
		return route.fulfill({
			contentType: 'text/javascript',
			body: readFileSync(join(outDir, path))
		});
	});
	// Vite emits the worker under /assets/: map those to the same dir.
	await page.route('**/assets/**', (route) => {
		const path = new URL(route.request().url()).pathname;
		return served.has(path)
			? route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(outDir, path)) })
			: route.fallback();
	});
	await page.goto('/__engine__/index.html');
	await expect(page.locator('html[data-ready]')).toBeAttached();
}

test('the worker runs a Kepler sweep with progress under the strict CSP', async ({
	page,
	context
}) => {
	const csp = await installCspCollector(context);
	csp.watch(page);
	await openHarness(page);
	const out = await page.evaluate(async () => {
		const { runEngine } = (
			window as never as { __engine: typeof import('../src/lib/workers/engine') }
		).__engine;
		const fractions: (number | null)[] = [];
		const arcs = await runEngine(
			{ kind: 'keplerSweep', args: { apogeeKm: 6000, rangesKm: [500, 1000, 1500, 2000] } },
			(p) => fractions.push(p.fraction)
		);
		return { ok: arcs.map((a) => a.ok), fractions };
	});
	expect(out.ok).toEqual([true, true, true, true]);
	expect(out.fractions.at(-1)).toBe(1);
	expect(csp.violations).toEqual([]);
});

test('a one-second dataset estimate runs off the main thread: no long task while it runs', async ({
	page,
	context
}) => {
	await installLongTaskProbe(context);
	await openHarness(page);
	// Warm the worker (module load, dataset validation) so the measured window is the estimate itself.
	await page.evaluate(() =>
		(
			window as never as { __engine: typeof import('../src/lib/workers/engine') }
		).__engine.runEngine({
			kind: 'kepler',
			args: { rangeKm: 800, apogeeKm: 6000 }
		})
	);
	const result = await page.evaluate(async () => {
		const { runEngine } = (
			window as never as { __engine: typeof import('../src/lib/workers/engine') }
		).__engine;
		const start = performance.now();
		const estimate = await runEngine({
			kind: 'estimateTest',
			args: { testId: '2022-01-30-hwasong-12' }
		});
		return { start, end: performance.now(), ok: estimate.ok };
	});
	expect(result.ok).toBe(true);
	const during = (await readLongTasks(page)).filter(
		(t) => t.startMs + t.durationMs > result.start && t.startMs < result.end
	);
	test.info().annotations.push({
		type: 'engine',
		description: `estimateTest took ${Math.round(result.end - result.start)} ms in the worker; main-thread long tasks meanwhile: ${during.length}`
	});
	expect(during).toEqual([]);
});

test('cancelling a running estimate rejects with AbortError and the worker serves the next job', async ({
	page
}) => {
	await openHarness(page);
	const out = await page.evaluate(async () => {
		const { runEngine } = (
			window as never as { __engine: typeof import('../src/lib/workers/engine') }
		).__engine;
		const controller = new AbortController();
		const running = runEngine(
			{ kind: 'estimateTest', args: { testId: '2017-11-29-hwasong-15' } },
			undefined,
			{ signal: controller.signal }
		);
		setTimeout(() => controller.abort(), 50);
		const t0 = performance.now();
		const error = await running.then(
			() => 'resolved',
			(e: Error) => e.name
		);
		const next = await runEngine({ kind: 'minimumEnergy', args: { burnoutSpeedKms: 5 } });
		return { error, waitedMs: performance.now() - t0, nextOk: next.ok };
	});
	expect(out.error).toBe('AbortError');
	expect(out.nextOk).toBe(true);
});

test('a blocked worker script is reported as not loaded, not as a crash', async ({ page }) => {
	await openHarness(page);
	// The worker's script cannot be fetched (as offline, or refused by a proxy or a policy); the worker is
	// created on the first job. (Routes added later take precedence over the harness's.)
	await page.route(/\/assets\/engine\.worker[^/]*\.js$/, (route) => route.abort());
	const message = await page.evaluate(async () => {
		const { runEngine } = (
			window as never as { __engine: typeof import('../src/lib/workers/engine') }
		).__engine;
		return runEngine({ kind: 'minimumEnergy', args: { burnoutSpeedKms: 5 } }).then(
			() => 'resolved',
			(e: Error) => e.message
		);
	});
	expect(message).toMatch(/The engine worker could not be loaded/);
	expect(message).not.toMatch(/crashed/);
});
