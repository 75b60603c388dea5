import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(
	new URL('../src/lib/data/cns/fixtures/cns-quirks.csv', import.meta.url)
);
const testIds: string[] = JSON.parse(
	readFileSync(new URL('../data/tests.json', import.meta.url), 'utf8')
).tests.map((t: { id: string }) => t.id);
const SHOTS = process.env.LOFTED_SHOTS_DIR ?? '/tmp/catalogue';

async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('html[data-hydrated]')).toBeAttached({ timeout: 20_000 });
}

const rows = (page: Page) => page.getByTestId('catalogue-row');

test.describe('/tests catalogue', () => {
	test('the whole table is in the prerendered HTML', async ({ request }) => {
		const html = await (await request.get('/tests')).text();
		expect(html.match(/data-testid="catalogue-row"/g)?.length).toBe(testIds.length);
		for (const id of testIds) expect(html).toContain(`/tests/${id}`);
	});

	test('filters by missile and year, keeping them in the address', async ({ page }) => {
		await open(page, '/tests');
		await expect(rows(page)).toHaveCount(testIds.length);
		await page.getByTestId('filter-missile').selectOption({ label: 'Hwasong-12' });
		// Five Hwasong-12 tests: 14 May, 29 Aug and 15 Sep 2017; 30 Jan and 4 Oct 2022.
		await expect(rows(page)).toHaveCount(5);
		await expect(page).toHaveURL(/missile=hwasong-12/);
		await page.getByTestId('filter-year').selectOption('2017');
		await expect(rows(page)).toHaveCount(3);
		await expect(page.getByTestId('catalogue-count')).toHaveText('Showing 3 of 15 tests.');
		await page.getByTestId('filter-trajectory').selectOption('standard');
		await expect(rows(page)).toHaveCount(2);
		await page.screenshot({ path: `${SHOTS}/tests-filtered.png`, fullPage: true });

		// The address restores the same view.
		await open(page, '/tests?missile=hwasong-12&year=2017');
		await expect(rows(page)).toHaveCount(3);
		await expect(page.getByTestId('filter-missile').locator('option:checked')).toHaveText(
			'Hwasong-12'
		);
		await page.getByRole('button', { name: 'Clear filters' }).first().click();
		await expect(rows(page)).toHaveCount(testIds.length);
		await expect(page).toHaveURL(/\/tests$/);
	});

	test('says what was wrong with a bad address and shows everything', async ({ page }) => {
		await open(page, '/tests?missile=scud-b&year=1899&sort=colour');
		await expect(page.getByTestId('url-messages')).toContainText('Unknown missile "scud-b"');
		await expect(page.getByTestId('url-messages')).toContainText('No test in 1899');
		await expect(rows(page)).toHaveCount(testIds.length);
	});

	test('sorts by apogee with keyboard-operable column buttons and aria-sort', async ({ page }) => {
		await open(page, '/tests');
		const header = page.locator('th', { has: page.getByTestId('sort-apogee') });
		await expect(header).not.toHaveAttribute('aria-sort');
		await page.getByTestId('sort-apogee').focus();
		await page.keyboard.press('Enter');
		await expect(header).toHaveAttribute('aria-sort', 'ascending');
		await expect(page).toHaveURL(/sort=apogee&dir=asc/);
		const apogees = async () =>
			(await page.locator('[data-testid="catalogue-row"] td:nth-child(6)').allInnerTexts()).map(
				(t) => Number(t.split(' km')[0].replace(/,/g, ''))
			);
		const asc = await apogees();
		expect(asc).toEqual([...asc].sort((a, b) => a - b));
		await page.keyboard.press('Space');
		await expect(header).toHaveAttribute('aria-sort', 'descending');
		const desc = await apogees();
		expect(desc).toEqual([...asc].reverse());
		// Hwasong-19 (31 Oct 2024) flew highest of all the tests.
		await expect(rows(page).first()).toHaveAttribute('data-id', '2024-10-31-hwasong-19');
	});

	test('hydration keeps the prerendered rows; a filter rebuilds them', async ({ page }) => {
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				for (const tr of document.querySelectorAll('[data-testid="catalogue-row"]'))
					(tr as HTMLElement & { prerendered?: boolean }).prerendered = true;
			});
		});
		await open(page, '/tests');
		const tagged = () =>
			rows(page).evaluateAll((trs) =>
				trs.map((tr) => (tr as HTMLElement & { prerendered?: boolean }).prerendered === true)
			);
		expect(await tagged()).toEqual(testIds.map(() => true));
		await page.getByTestId('filter-missile').selectOption('hwasong-12');
		await expect(rows(page)).toHaveCount(5);
		expect(await tagged()).toEqual([false, false, false, false, false]);
	});

	test('downloads the rows shown as CSV and JSON', async ({ page }) => {
		await open(page, '/tests?missile=hwasong-15');
		await expect(rows(page)).toHaveCount(2);
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('download-csv').click()
		]);
		const text = readFileSync(await csv.path(), 'utf8');
		const lines = text.trim().split('\n');
		expect(lines[0]).toContain('apogee_km');
		expect(lines).toHaveLength(3);
		const [json] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('download-json').click()
		]);
		const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
		expect(data.tests.map((t: { test_id: string }) => t.test_id)).toEqual([
			'2017-11-29-hwasong-15',
			'2023-02-18-hwasong-15'
		]);
	});

	test('loads a CNS CSV in the browser and shows every row with its flags', async ({ page }) => {
		test.setTimeout(180_000);
		await open(page, '/tests');
		await page.getByLabel('CNS CSV file').setInputFiles(FIXTURE);
		await expect(page.getByTestId('cns-summary')).toContainText('cns-quirks.csv: 14 rows read');
		await expect(page.getByTestId('cns-row')).toHaveCount(14);
		await expect(page.getByTestId('cns-problems')).toContainText('byte-order mark');
		// Row 4: "330 lm" read as 330 km with a typo warning.
		const row4 = page.locator('[data-testid="cns-row"][data-row="4"]');
		await expect(row4).toContainText('330 km');
		await expect(row4.locator('[data-code="unit-typo"]')).toContainText('typo for km');
		// Row 3: a range in words keeps both ends.
		const row3 = page.locator('[data-testid="cns-row"][data-row="3"]');
		await expect(row3).toContainText('110–670 km');
		await expect(row3.locator('[data-code="range-in-words"]')).toBeVisible();
		// Row 2: month-only date.
		await expect(page.locator('[data-testid="cns-row"][data-row="2"]')).toContainText(
			'1989-10 (month only)'
		);
		// Row 7 links to our 30 Jan 2022 test, and the catalogue shows it beside that test.
		const row7 = page.locator('[data-testid="cns-row"][data-row="7"]');
		await expect(row7.getByRole('link', { name: '2022-01-30-hwasong-12' })).toBeVisible();
		await expect(
			page.locator('[data-testid="catalogue-row"][data-id="2022-01-30-hwasong-12"]')
		).toContainText('row 7, apogee 2,000 km, distance 800 km');
		await page.screenshot({ path: `${SHOTS}/tests-cns.png`, fullPage: true });

		await page.getByLabel('Only rows with warnings or errors').check();
		await expect(page.getByTestId('cns-row')).not.toHaveCount(14);
		await page.getByLabel('Open every info flag').check();
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			// The loaded rows only: the rest of the page is scanned by the route-wide quality spec.
			const axe = await new AxeBuilder({ page })
				.include('[data-testid="cns-loader"]')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
		}
	});
});

test.describe('/tests/[id] pages', () => {
	test('every test id has a prerendered page', async ({ request }) => {
		for (const id of testIds) {
			const res = await request.get(`/tests/${id}`);
			expect(res.status(), id).toBe(200);
			expect(await res.text()).toContain('data-testid="test-detail"');
		}
	});

	test('14 May 2017: figures side by side, UTC and KST, engine check, map and profile', async ({
		page
	}) => {
		await open(page, '/tests/2017-05-14-hwasong-12');
		await expect(page.locator('h1')).toContainText('Hwasong-12');
		await expect(page.locator('h1')).toContainText('14 May 2017');
		await expect(page.getByTestId('launch-utc')).toHaveText('2017-05-13 20:28 UTC');
		await expect(page.getByTestId('launch-kst')).toHaveText('2017-05-14 05:28 KST');
		const apogee = page.getByTestId('figures-apogee');
		await expect(apogee).toContainText('2,111.5 km');
		await expect(apogee).toContainText('KCNA');
		await expect(page.getByTestId('figures-range')).toContainText('787 km');
		await expect(page.getByTestId('engine-verdict')).toBeVisible();
		await expect(page.getByTestId('engine-check')).toContainText('Consistent');
		await expect(page.getByTestId('test-map')).toBeVisible();
		await expect(page.getByTestId('test-profile')).toBeVisible();
		await page.screenshot({ path: `${SHOTS}/test-2017-05-14.png`, fullPage: true });
		await page.getByText(/Assumptions \(/).click();
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});

	test('the summary is prerendered HTML kept on hydration, and rendered after client-side navigation', async ({
		page
	}) => {
		await open(page, '/tests/2017-05-14-hwasong-12');
		const summary = page.locator('#test-summary');
		// Kept as prerendered: Svelte's hydration markers were stripped from it at build time (the four
		// left are the page's own: its if block's and its {@html} block's; a hydrated summary has hundreds).
		expect(
			await summary.evaluate((el) => {
				const walker = document.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
				let n = 0;
				while (walker.nextNode()) n++;
				return n;
			})
		).toBeLessThanOrEqual(4);
		await expect(summary).toHaveAttribute('data-test', '2017-05-14-hwasong-12');
		// To another test and back, without reloading: each summary is the right test's, never blank.
		await page.getByRole('link', { name: '← All tests' }).click();
		await page.locator('a[href$="/tests/2022-01-30-hwasong-12"]').first().click();
		await expect(page).toHaveURL(/\/tests\/2022-01-30-hwasong-12$/);
		await expect(page.locator('h1')).toContainText('30 January 2022');
		await expect(page.getByTestId('launch-kst')).toHaveText('2022-01-30 07:52 KST');
		await expect(page.getByTestId('figures-apogee')).toContainText('km');
		await expect(page.getByTestId('engine-check')).toBeVisible();
		await page.goBack();
		await page.goBack();
		await expect(page).toHaveURL(/\/tests\/2017-05-14-hwasong-12$/);
		await expect(page.locator('h1')).toContainText('14 May 2017');
		await expect(page.getByTestId('launch-utc')).toHaveText('2017-05-13 20:28 UTC');
		await expect(page.getByTestId('figures-apogee')).toContainText('2,111.5 km');
	});

	test('the map and the chart are islands: hydrated on their prerendered nodes after the page, and working', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (m) => {
			if (m.type() === 'warning' || m.type() === 'error') errors.push(m.text());
		});
		// Tag the prerendered nodes before any script runs: hydration must keep them, not rebuild them.
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				for (const el of document.querySelectorAll(
					'[data-island-root] figure, [data-island-root] table'
				))
					(el as HTMLElement & { prerendered?: boolean }).prerendered = true;
			});
		});
		await open(page, '/tests/2017-05-14-hwasong-12');
		for (const island of ['test-map', 'test-profile']) {
			const root = page.locator(`[data-island-root="${island}"]`);
			await expect(root).toHaveCount(1);
			const kept = await root.evaluate((el) =>
				[...el.querySelectorAll('figure, table')].map(
					(x) => (x as HTMLElement & { prerendered?: boolean }).prerendered === true
				)
			);
			expect(kept.length, island).toBeGreaterThan(0);
			expect(kept, `${island}: every figure and table is the prerendered node`).not.toContain(
				false
			);
		}
		// The map island runs: once scrolled into view, Leaflet draws its rings and targets.
		const map = page.getByTestId('test-map');
		await map.scrollIntoViewIfNeeded();
		await expect(map.locator('path.rm-ring-kepler')).toHaveCount(1);
		await expect(map.locator('path.rm-ring-powered')).toHaveCount(1);
		await expect(map.locator('.rm-target').first()).toBeAttached();
		await expect(map.getByTestId('export-png')).toBeEnabled();
		// The chart island runs: the keyboard moves the crosshair and the reading is announced.
		const plot = page.getByTestId('test-profile').getByTestId('profile-plot');
		await plot.focus();
		await page.keyboard.press('ArrowRight');
		await expect(plot).toHaveAttribute('aria-valuenow', '1');
		await expect(page.getByTestId('test-profile').getByTestId('profile-crosshair')).toBeVisible();
		expect(errors, 'no hydration warning or page error').toEqual([]);
	});

	test('unknown test id is a 404', async ({ request }) => {
		expect((await request.get('/tests/1999-01-01-nodong')).status()).toBe(404);
	});
});
