/**
 * The gates can fail: each gate runs on a fixture page that carries a known problem and must report it,
 * and on a clean fixture where it must report nothing. The fixtures are served with page.route (they
 * are not app routes), on the preview server's origin so that "local" means the same as in the app.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	axeScan,
	checkFigures,
	checkReducedMotion,
	checkStaticCsp,
	fileToRoute,
	installCspCollector,
	installLongTaskProbe,
	installOfflineGuard,
	isExternalUrl,
	parsePolicy,
	readLongTasks,
	walkFocus
} from './gates';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const types: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript',
	svg: 'image/svg+xml'
};

async function serveFixtures(page: Page) {
	await page.route('**/__fixture__/*', (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
		return route.fulfill({
			status: 200,
			contentType: types[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
			body: fixture(name)
		});
	});
}

test.describe('gate fixtures: each gate reports the known problem', () => {
	test('the axe gate reports the image without alt text, and nothing on the clean page', async ({
		page
	}) => {
		await serveFixtures(page);
		await page.goto('/__fixture__/bad-page.html');
		const bad = await axeScan(page);
		const imageAlt = bad.find((f) => f.rule === 'image-alt');
		expect(imageAlt, 'axe must flag <img> without alt').toBeDefined();
		expect(imageAlt?.targets).toContain('#no-alt');
		expect(imageAlt?.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\//);

		await page.goto('/__fixture__/good-page.html');
		expect(await axeScan(page)).toEqual([]);
	});

	test('the offline guard blocks and reports the request to another machine', async ({
		page,
		context
	}) => {
		const guard = await installOfflineGuard(context);
		await serveFixtures(page);
		await page.goto('/__fixture__/bad-page.html');
		await expect
			.poll(() => guard.external.map((r) => r.url))
			.toContain('https://cdn.example.com/pixel.png');
		expect(guard.external.every((r) => isExternalUrl(r.url))).toBe(true);
		// The external image never loaded (aborted), so the page sees it as broken.
		const loaded = await page
			.locator('#external')
			.evaluate((img: HTMLImageElement) => img.naturalWidth);
		expect(loaded).toBe(0);
		// Local requests are recorded but not reported.
		expect(guard.all.some((r) => r.url.endsWith('/__fixture__/busy.js'))).toBe(true);

		guard.external.length = 0;
		await page.goto('/__fixture__/good-page.html');
		await page.waitForLoadState('load');
		expect(guard.external).toEqual([]);
		await guard.dispose();
	});

	test('isExternalUrl tells this machine from others', () => {
		expect(isExternalUrl('http://127.0.0.1:4187/map')).toBe(false);
		expect(isExternalUrl('http://localhost/x')).toBe(false);
		expect(isExternalUrl('http://[::1]:80/')).toBe(false);
		expect(isExternalUrl('data:image/png;base64,AAAA')).toBe(false);
		expect(isExternalUrl('blob:http://127.0.0.1:4187/1234')).toBe(false);
		expect(isExternalUrl('https://tile.openstreetmap.org/1/1/1.png')).toBe(true);
		expect(isExternalUrl('https://fonts.googleapis.com/css2')).toBe(true);
		expect(isExternalUrl('http://127.0.0.2/')).toBe(true);
		expect(isExternalUrl('http://localhost.example.com/')).toBe(true);
		expect(isExternalUrl('not a url')).toBe(true);
	});

	test('the CSP collector reports the blocked inline script, and nothing on the clean page', async ({
		page,
		context
	}) => {
		const csp = await installCspCollector(context);
		csp.watch(page);
		await serveFixtures(page);
		await page.goto('/__fixture__/bad-page.html');
		await expect
			.poll(() => csp.violations.filter((v) => v.source === 'event').length)
			.toBeGreaterThan(0);
		const event = csp.violations.find((v) => v.source === 'event');
		expect(event?.directive).toBe('script-src-elem');
		expect(event?.blockedUri).toBe('inline');
		expect(
			csp.violations.some((v) => v.source === 'console' && /inline script/i.test(v.sample))
		).toBe(true);
		// The inline script really did not run.
		expect(await page.title()).toBe('Gate fixture: known problems');

		csp.violations.length = 0;
		await page.goto('/__fixture__/good-page.html');
		await page.waitForLoadState('load');
		expect(csp.violations).toEqual([]);
	});

	test('the static CSP check reports an unhashed inline script and unsafe-inline', () => {
		const bad = checkStaticCsp(fixture('bad-page.html').toString('utf8'));
		expect(bad.policy).toContain("script-src 'self'");
		expect(bad.problems).toHaveLength(1);
		expect(bad.problems[0]).toMatch(/inline script is not allowed by any script-src hash/);

		// The clean fixture's hash was computed independently: printf 'console.log(1)' | openssl dgst -sha256 -binary | base64
		expect(checkStaticCsp(fixture('good-page.html').toString('utf8')).problems).toEqual([]);

		const loose = checkStaticCsp(
			`<meta http-equiv="content-security-policy" content="script-src 'self' 'unsafe-inline'">`
		);
		expect(loose.problems).toEqual([
			"script-src allows 'unsafe-inline': use hashes (kit.csp mode 'hash')"
		]);
		expect(checkStaticCsp('<html><head></head></html>').problems[0]).toMatch(/no <meta/);
		expect(parsePolicy("default-src 'self'; img-src data: 'self'").get('img-src')).toEqual([
			'data:',
			"'self'"
		]);
	});

	test('the focus gate reports the button without a focus ring, and not the one with it', async ({
		page
	}) => {
		await serveFixtures(page);
		await page.goto('/__fixture__/bad-page.html');
		const walk = await walkFocus(page);
		expect(walk.visited.some((k) => k.startsWith('button#ring'))).toBe(true);
		expect(walk.visited.some((k) => k.startsWith('button#no-ring'))).toBe(true);
		expect(walk.findings.map((f) => f.element)).toEqual(['button#no-ring "Has no focus ring"']);
		// Adjacent elements that read the same are two stops, not a trap.
		expect(walk.visited.filter((k) => k === 'a "Source"')).toHaveLength(2);
	});

	test('the reduced-motion gate reports the endless animation', async ({ page }) => {
		await serveFixtures(page);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/__fixture__/bad-page.html');
		const findings = await checkReducedMotion(page);
		expect(findings.some((f) => f.element === 'div.spinner' && /spin/.test(f.problem))).toBe(true);

		await page.goto('/__fixture__/good-page.html');
		expect(await checkReducedMotion(page)).toEqual([]);
	});

	test('the figure gate reports the chart without a text alternative, and passes named or described ones', async ({
		page
	}) => {
		await serveFixtures(page);
		await page.goto('/__fixture__/bad-page.html');
		const bad = await checkFigures(page);
		expect(bad).toHaveLength(1);
		expect(bad[0]?.element).toBe('svg#bare-chart in figure "Apogee by year"');
		expect(bad[0]?.problem).toMatch(/no text alternative in its figure/);

		await page.goto('/__fixture__/good-page.html');
		expect(await checkFigures(page)).toEqual([]);
	});

	test('the long-task probe records the 150 ms busy script', async ({ page, context }) => {
		await installLongTaskProbe(context);
		await serveFixtures(page);
		await page.goto('/__fixture__/bad-page.html');
		await expect
			.poll(async () => (await readLongTasks(page)).filter((t) => t.durationMs >= 140).length)
			.toBeGreaterThan(0);
	});

	test('fileToRoute maps prerendered files to URL paths', () => {
		expect(fileToRoute('index.html')).toBe('/');
		expect(fileToRoute('map.html')).toBe('/map');
		expect(fileToRoute('tests/2022-01-30-hwasong-12.html')).toBe('/tests/2022-01-30-hwasong-12');
		expect(fileToRoute('tests/index.html')).toBe('/tests');
	});
});
