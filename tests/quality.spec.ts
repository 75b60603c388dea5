/**
 * Every gate on every route. The route list is read from the build output (every prerendered HTML page
 * under LOFTED_BUILD_DIR), so new routes and each /tests/<id> page are covered with no list to edit.
 *
 * Per route: the built HTML carries a strict CSP (no 'unsafe-inline' scripts, every inline script
 * hashed); in Chromium the page makes no request off this machine, raises no CSP violation and has no
 * WCAG 2.1 A/AA axe violation in the light or the dark theme, and every chart or map has a text
 * alternative. Long tasks (> 50 ms) are reported as test annotations, not asserted (performance
 * belongs in benchmarks).
 */
import { readFileSync } from 'node:fs';
import {
	expect,
	test,
	type Browser,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import {
	axeScan,
	buildDir,
	checkFigures,
	checkStaticCsp,
	datasetTestIds,
	formatAxe,
	formatCsp,
	formatFigures,
	formatRequests,
	installCspCollector,
	installLongTaskProbe,
	installOfflineGuard,
	prerenderedPages,
	readLongTasks,
	ready
} from './gates';

const pages = prerenderedPages();

/** A fresh context with the offline guard, the CSP collector and a page-error log, plus its page. */
async function openGuarded(
	browser: Browser,
	options: BrowserContextOptions = {},
	longTasks = false
) {
	const context = await browser.newContext(options);
	const guard = await installOfflineGuard(context);
	const csp = await installCspCollector(context);
	if (longTasks) await installLongTaskProbe(context);
	const page = await context.newPage();
	csp.watch(page);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const close = async () => {
		await guard.dispose();
		await context.close();
	};
	return { page, guard, csp, errors, close };
}

/** Waits until the page has hydrated and its lazy work (map data, worker results) has settled. */
export async function settle(page: Page) {
	await ready(page);
	await page.waitForLoadState('networkidle').catch(() => {});
}

test.describe('the build covers every route', () => {
	test('the core routes are prerendered', () => {
		const routes = pages.map((p) => p.route);
		expect(routes, `prerendered pages under ${buildDir}`).toEqual(
			expect.arrayContaining(['/', '/map', '/profiles', '/tests'])
		);
	});

	test('every test in the dataset has its prerendered /tests/<id> page', () => {
		const ids = datasetTestIds();
		test.skip(ids === null, 'data/tests.json does not exist yet');
		const routes = new Set(pages.map((p) => p.route));
		const missing = (ids ?? []).filter((id) => !routes.has(`/tests/${id}`));
		expect(ids?.length ?? 0).toBeGreaterThan(0);
		expect(missing, 'tests without a page').toEqual([]);
	});
});

test.describe('quality gates on every route', () => {
	for (const { route, file } of pages) {
		test(`${route}: the built HTML carries a strict CSP that allows its own inline scripts`, () => {
			const report = checkStaticCsp(readFileSync(file, 'utf8'));
			expect(report.policy).not.toBeNull();
			expect(report.problems, report.problems.join('\n')).toEqual([]);
		});

		test(`${route}: offline, no CSP violation, axe clean (light and dark), figures described`, async ({
			browser
		}, testInfo) => {
			test.setTimeout(180_000); // two full axe scans of a long page on a loaded machine
			for (const colorScheme of ['light', 'dark'] as const) {
				const { page, guard, csp, errors, close } = await openGuarded(
					browser,
					{ colorScheme },
					true
				);

				const response = await page.goto(route);
				expect(response?.status(), `${route} HTTP status`).toBe(200);
				await settle(page);

				const axe = await axeScan(page);
				expect.soft(axe, `axe (${colorScheme}) on ${route}:\n${formatAxe(axe)}`).toEqual([]);
				if (colorScheme === 'light') {
					expect
						.soft(guard.external, `requests off this machine:\n${formatRequests(guard.external)}`)
						.toEqual([]);
					expect.soft(csp.violations, `CSP violations:\n${formatCsp(csp.violations)}`).toEqual([]);
					expect.soft(errors, 'uncaught page errors').toEqual([]);
					const figures = await checkFigures(page);
					expect
						.soft(figures, `charts and maps without a text alternative:\n${formatFigures(figures)}`)
						.toEqual([]);
					const longTasks = await readLongTasks(page);
					const worst = Math.max(0, ...longTasks.map((t) => t.durationMs));
					testInfo.annotations.push({
						type: 'long tasks',
						description: `${route}: ${longTasks.length} task(s) > 50 ms; longest ${Math.round(worst)} ms [${longTasks
							.map((t) => `${Math.round(t.durationMs)} ms @ ${Math.round(t.startMs)} ms`)
							.join(', ')}]`
					});
					console.log(
						`[long tasks] ${route}: ${longTasks.length} > 50 ms, longest ${Math.round(worst)} ms`
					);
				}
				await close();
			}
		});
	}
});

test.describe('flights of tests outside the default comparison', () => {
	test("/profiles loads a non-default test's flight from its prerendered file: offline, no CSP violation, no page error", async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const ids = datasetTestIds() ?? [];
		test.skip(
			!pages.some((p) => p.route === '/profiles') || ids.length === 0,
			'no /profiles page or dataset'
		);
		// The newest test is not in the default comparison, so the page fetches its flight.
		const id = [...ids].sort().at(-1)!;
		const { page, guard, csp, errors, close } = await openGuarded(browser);
		const fetched = page.waitForResponse((r) => r.url().endsWith(`/profiles/${id}.json`));
		await page.goto(`/profiles?tests=${id}`);
		await settle(page);
		expect((await fetched).ok()).toBe(true);
		await expect(page.getByText(/Loading the flight/)).toHaveCount(0);
		await expect(page.locator(`[data-series="${id}/lofted"]`).first()).toBeAttached();
		expect(guard.external, formatRequests(guard.external)).toEqual([]);
		expect(csp.violations, formatCsp(csp.violations)).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});
});

/**
 * Shared URLs carry state: the same gates on pages opened with query strings (valid ones that draw other
 * views, e.g. a pole-covering ring, and broken ones that must show a message, not crash).
 */
const stateUrls = [
	'/map?test=2017-11-29-hwasong-15&model=kepler&rot=1&range=5000&pts=35.68,139.69,Tokyo%20check',
	'/map?test=no-such-test&range=-5&site=91,200&pts=garbage',
	'/profiles?tests=2017-11-29-hwasong-15,2022-01-30-hwasong-12&mode=flat',
	'/profiles?tests=nope,,%00&mode=sideways',
	'/tests?missile=hwasong-12&trajectory=lofted&sort=apogee&dir=desc',
	'/tests?year=banana&sort=%3Cscript%3E&dir=up'
];

test.describe('quality gates on shared URLs with state', () => {
	for (const url of stateUrls) {
		test(`${url}: offline, no CSP violation, no page error, axe clean`, async ({ browser }) => {
			test.setTimeout(180_000);
			const { page, guard, csp, errors, close } = await openGuarded(browser);
			const response = await page.goto(url);
			expect(response?.status(), `${url} HTTP status`).toBe(200);
			await settle(page);
			const axe = await axeScan(page);
			expect.soft(axe, `axe on ${url}:\n${formatAxe(axe)}`).toEqual([]);
			expect.soft(guard.external, formatRequests(guard.external)).toEqual([]);
			expect.soft(csp.violations, formatCsp(csp.violations)).toEqual([]);
			expect.soft(errors, 'uncaught page errors').toEqual([]);
			await close();
		});
	}
});

test.describe('phones: no page is wider than the screen', () => {
	// A page wider than a 360 px screen makes a phone zoom out (everything shrinks) or scroll sideways.
	// Wide tables scroll inside their own box instead; this catches content that escapes it.
	for (const { route } of pages) {
		test(`${route}: nothing overflows a 360 px wide viewport`, async ({ browser }) => {
			const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
			const page = await context.newPage();
			await page.goto(route);
			await settle(page);
			// Open every disclosure so its content is laid out too.
			await page.evaluate(() =>
				document.querySelectorAll('details').forEach((d) => (d.open = true))
			);
			const overflow = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				const offenders: string[] = [];
				for (const el of document.querySelectorAll('body *')) {
					const r = el.getBoundingClientRect();
					if (r.right > width + 1 && r.width > 0) {
						let clipped = false;
						for (let p = el.parentElement; p && !clipped; p = p.parentElement)
							clipped = getComputedStyle(p).overflowX !== 'visible';
						if (!clipped)
							offenders.push(
								`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right edge ${Math.round(r.right)} px`
							);
					}
				}
				return { scrollWidth: document.documentElement.scrollWidth, width, offenders };
			});
			expect(
				overflow.scrollWidth,
				`page is ${overflow.scrollWidth} px wide on a ${overflow.width} px screen; first offenders:\n${overflow.offenders.slice(0, 8).join('\n')}`
			).toBeLessThanOrEqual(overflow.width);
			await context.close();
		});
	}
});
