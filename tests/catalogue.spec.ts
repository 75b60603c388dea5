import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ready } from './gates';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(
	new URL('../src/lib/data/cns/fixtures/cns-quirks.csv', import.meta.url)
);
const dataset: { id: string; missileId: string; trajectory: string; launch: { kst: string } }[] =
	JSON.parse(readFileSync(new URL('../data/tests.json', import.meta.url), 'utf8')).tests;
const testIds = dataset.map((t) => t.id);
/** How many tests match, counted from data/tests.json (the dataset grows; the page must follow). */
const count = (keep: (t: (typeof dataset)[number]) => boolean) => dataset.filter(keep).length;
const SHOTS = process.env.LOFTED_SHOTS_DIR ?? '/tmp/catalogue';

async function open(page: Page, url: string) {
	await page.goto(url);
	await ready(page);
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
		const hs12 = (t: (typeof dataset)[number]) => t.missileId === 'hwasong-12';
		const in2017 = (t: (typeof dataset)[number]) => t.launch.kst.startsWith('2017');
		await page.getByTestId('filter-missile').selectOption({ label: 'Hwasong-12' });
		await expect(rows(page)).toHaveCount(count(hs12));
		await expect(page).toHaveURL(/missile=hwasong-12/);
		await page.getByTestId('filter-year').selectOption('2017');
		const n2017 = count((t) => hs12(t) && in2017(t));
		await expect(rows(page)).toHaveCount(n2017);
		await expect(page.getByTestId('catalogue-count')).toHaveText(
			`Showing ${n2017} of ${testIds.length} tests.`
		);
		await page.getByTestId('filter-trajectory').selectOption('standard');
		await expect(rows(page)).toHaveCount(
			count((t) => hs12(t) && in2017(t) && t.trajectory === 'standard')
		);
		await page.screenshot({ path: `${SHOTS}/tests-filtered.png`, fullPage: true });

		// The address restores the same view.
		await open(page, '/tests?missile=hwasong-12&year=2017');
		await expect(rows(page)).toHaveCount(n2017);
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
		// Launches with no reported apogee ("—") come last either way.
		const known = (v: number[]) => v.filter((x) => !Number.isNaN(x));
		const asc = await apogees();
		expect(known(asc)).toEqual([...known(asc)].sort((a, b) => a - b));
		expect(asc.slice(known(asc).length).every(Number.isNaN)).toBe(true);
		await page.keyboard.press('Space');
		await expect(header).toHaveAttribute('aria-sort', 'descending');
		const desc = await apogees();
		expect(known(desc)).toEqual([...known(asc)].reverse());
		expect(desc.slice(known(desc).length).every(Number.isNaN)).toBe(true);
		// Hwasong-19 (31 Oct 2024) flew highest of all the tests.
		await expect(rows(page).first()).toHaveAttribute('data-id', '2024-10-31-hwasong-19');
	});

	test("the browser's Back button undoes a filter and a sort", async ({ page }) => {
		await open(page, '/tests');
		await page.getByTestId('filter-missile').selectOption('hwasong-12');
		await expect(rows(page)).toHaveCount(count((t) => t.missileId === 'hwasong-12'));
		await page.getByTestId('sort-apogee').click();
		await expect(page).toHaveURL(/sort=apogee/);
		await page.goBack();
		await expect(page).not.toHaveURL(/sort=/);
		await expect(page).toHaveURL(/missile=hwasong-12/);
		await page.goBack();
		await expect(page).toHaveURL(/\/tests$/);
		await expect(rows(page)).toHaveCount(testIds.length);
		await expect(page.getByTestId('filter-missile')).toHaveValue('');
	});

	test("sorts by the engine's standard range, with its band in the cell", async ({ page }) => {
		await open(page, '/tests');
		await page.getByTestId('sort-standardRange').click();
		const cells = page.locator('[data-testid="catalogue-row"] td[data-column="standardRange"]');
		await expect(cells.first()).toContainText(/km|orbital|—/);
		const values = (await cells.allInnerTexts()).map((t) =>
			/orbital/.test(t)
				? Infinity
				: /^—/.test(t)
					? null
					: Number(t.split(' km')[0].replace(/,/g, ''))
		);
		const present = values.filter((v): v is number => v !== null);
		expect(present).toEqual([...present].sort((a, b) => a - b));
		expect(values.slice(present.length).every((v) => v === null)).toBe(true);
		// The 30 Jan 2022 test: its central value and its band (published estimate about 4,500 km).
		await expect(
			page.locator('[data-id="2022-01-30-hwasong-12"] td[data-column="standardRange"]')
		).toContainText(/\d,\d{3} km\s*band \d,\d{3}–\d,\d{3} km/);
	});

	test('at 390 px every test reads as a card, nothing scrolls sideways', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/tests');
		const report = await page.getByTestId('catalogue-table').evaluate((table) => {
			const width = document.documentElement.clientWidth;
			const cells = [...table.querySelectorAll('tbody td, tbody th')];
			return {
				outside: cells.filter((c) => c.getBoundingClientRect().right > width + 1).length,
				pageWidth: document.documentElement.scrollWidth,
				width
			};
		});
		expect(report.outside).toBe(0);
		expect(report.pageWidth).toBeLessThanOrEqual(report.width);
		// The sort list replaces the column buttons.
		await page.getByTestId('sort-select').selectOption('apogee');
		await expect(page).toHaveURL(/sort=apogee/);
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

	test('moving between tests without reloading shows each test whole', async ({ page }) => {
		await open(page, '/tests/2017-05-14-hwasong-12');
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

	test('the embedded map and chart work, and the page hydrates with no warning', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (m) => {
			if (m.type() === 'warning' || m.type() === 'error') errors.push(m.text());
		});
		await open(page, '/tests/2017-05-14-hwasong-12');
		// Once scrolled into view, Leaflet draws the rings and targets.
		const map = page.getByTestId('test-map');
		await map.scrollIntoViewIfNeeded();
		await expect(map.locator('path.rm-ring-kepler')).toHaveCount(1);
		await expect(map.locator('path.rm-ring-powered')).toHaveCount(1);
		await expect(map.locator('.rm-target').first()).toBeAttached();
		await expect(map.getByTestId('export-png')).toBeEnabled();
		// The chart: the keyboard moves the crosshair.
		const plot = page.getByTestId('test-profile').getByTestId('profile-plot');
		await plot.focus();
		await page.keyboard.press('ArrowRight');
		await expect(plot).toHaveAttribute('aria-valuenow', '1');
		await expect(
			page.getByTestId('test-profile').locator('[data-testid="profile-crosshair"]:visible')
		).toHaveCount(1);
		expect(errors, 'no hydration warning or page error').toEqual([]);
	});

	test("the engine's burnout is the same on the test page and on /profiles", async ({ page }) => {
		const id = '2022-01-30-hwasong-12';
		const burnout = async () =>
			(
				await page
					.getByTestId('key-points-table')
					.locator('tbody')
					.first()
					.locator('tr', { hasText: /^\s*burnout/ })
					.innerText()
			).replace(/\s+/g, ' ');
		await open(page, `/tests/${id}`);
		const onTestPage = await burnout();
		await open(page, `/profiles?tests=${id}`);
		await expect(page.getByText(/Loading the flight/)).toHaveCount(0);
		expect(await burnout()).toBe(onTestPage);
	});

	test('unknown test id is a 404', async ({ request }) => {
		expect((await request.get('/tests/1999-01-01-nodong')).status()).toBe(404);
	});
});
