import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, query = '') {
	await page.goto(`/profiles${query}`);
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
}

test.describe('profiles, prerendered (JavaScript disabled)', () => {
	test.use({ javaScriptEnabled: false });

	test('the static HTML already draws the default comparison as SVG paths', async ({ page }) => {
		await page.goto('/profiles');
		const paths = page.locator(
			'[data-testid="profile-plot"] svg path[data-testid="trajectory-path"]'
		);
		// Five default tests, each flown + standard.
		await expect(paths).toHaveCount(10);
		const d = await paths.first().getAttribute('d');
		expect(d).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+){8,}$/);
		// The default comparison's engine flights were computed at build time, not left to the browser.
		await expect(page.getByTestId('profile-sentence')).toContainText(
			'Calibrated powered flight (engine, 3-DOF)'
		);
	});
});

test.describe('profiles, interactive', () => {
	test('ticking a test adds its two curves and keeps the selection in the URL', async ({
		page
	}) => {
		await open(page);
		const paths = page.getByTestId('trajectory-path');
		await expect(paths).toHaveCount(10);
		await page.getByTestId('pick-2017-09-15-hwasong-12').check();
		await expect(paths).toHaveCount(12);
		await expect(page.locator('[data-series="2017-09-15-hwasong-12/lofted"]')).toHaveCount(1);
		await expect(page).toHaveURL(/tests=[^&]*2017-09-15-hwasong-12/);
		// Drawn at once as Kepler arcs, then replaced by the engine worker's powered flight.
		await expect(page.getByTestId('profile-sentence')).not.toContainText('Kepler arc', {
			timeout: 30_000
		});
		// The time chart redraws too: two panels x 12 curves.
		await expect(page.getByTestId('time-path')).toHaveCount(24);

		// Reloading the URL restores the same selection.
		await page.reload();
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
		await expect(paths).toHaveCount(12);
	});

	test('arrow keys step along a curve and the reading is announced', async ({ page }) => {
		await open(page);
		const plot = page.getByTestId('profile-plot');
		const announcer = page.getByTestId('profile-announcer');
		await plot.focus();
		// Focus starts at the first curve (30 Jan 2022, as flown) at lift-off.
		await expect(announcer).toContainText('2022-01-30 Hwasong-12, as flown');
		await expect(announcer).toContainText('0 s after launch, altitude 0.0 km, downrange 0.0 km');
		await expect(plot).toHaveAttribute('aria-valuenow', '0');
		// Right: one sample later, higher and faster.
		await page.keyboard.press('ArrowRight');
		await expect(plot).toHaveAttribute('aria-valuenow', '1');
		await expect(announcer).not.toContainText('altitude 0.0 km');
		// End: impact, at the reported ground range of about 800 km (the engine is calibrated to it).
		await page.keyboard.press('End');
		const max = await plot.getAttribute('aria-valuemax');
		await expect(plot).toHaveAttribute('aria-valuenow', max!);
		const text = (await announcer.textContent()) ?? '';
		const downrangeKm = Number(/downrange ([\d,.]+) km/.exec(text)?.[1].replace(/,/g, ''));
		expect(downrangeKm).toBeGreaterThan(780);
		expect(downrangeKm).toBeLessThan(820);
		expect(text).toMatch(/(\d+) min \d+ s after launch/);
		// Home: back to lift-off.
		await page.keyboard.press('Home');
		await expect(plot).toHaveAttribute('aria-valuenow', '0');
		// Down: the same missile's standard trajectory.
		await page.keyboard.press('ArrowDown');
		await expect(announcer).toContainText('2022-01-30 Hwasong-12, standard trajectory');
		await expect(page.getByTestId('profile-readout')).toContainText('standard trajectory');
		await expect(plot).toHaveAttribute('aria-valuetext', /standard trajectory/);
	});

	test('hydration keeps the prerendered charts, then redraws them at the column width', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await open(page);
		// The server draws at 720 px; the browser lays each chart out again to fit its column.
		const column = await page
			.getByTestId('profile-chart')
			.evaluate((el) => Math.round(Math.min(el.clientWidth, 1100)));
		expect(column).not.toBe(720);
		for (const plot of ['profile-plot', 'time-plot']) {
			await expect(page.locator(`[data-testid="${plot}"] svg.chart`)).toHaveAttribute(
				'width',
				String(column)
			);
		}
		await expect(page.getByTestId('trajectory-path')).toHaveCount(10);
		await expect(page.getByTestId('time-path')).toHaveCount(20);
	});

	test('the crosshair overlay lies exactly over the chart', async ({ page }) => {
		await open(page);
		await page.getByTestId('profile-plot').focus();
		await page.keyboard.press('End');
		const overlay = page.getByTestId('profile-crosshair');
		await expect(overlay).toBeVisible();
		const chart = await page.locator('[data-testid="profile-plot"] svg.chart').boundingBox();
		const over = await overlay.boundingBox();
		for (const k of ['x', 'y', 'width', 'height'] as const)
			expect(Math.abs(over![k] - chart![k])).toBeLessThan(1);
		await page.getByTestId('time-plot').focus();
		await expect(page.getByTestId('time-cursor')).toBeVisible();
	});

	test('hovering a curve shows a reading with units', async ({ page }) => {
		await open(page);
		const curve = page.locator('[data-series="2017-11-29-hwasong-15/lofted"]');
		await curve.scrollIntoViewIfNeeded();
		const box = await curve.boundingBox();
		expect(box).not.toBeNull();
		// The top of the tallest spike: the 2017-11-29 Hwasong-15 apogee.
		await page.mouse.move(box!.x + box!.width / 2, box!.y + 1);
		const readout = page.getByTestId('profile-readout');
		await expect(readout).toContainText('2017-11-29 Hwasong-15');
		await expect(readout).toContainText(
			/altitude [\d,]+ km, downrange [\d,]+ km, speed [\d.]+ km\/s/
		);
	});

	test('bad URL parameters get a visible message and the default comparison', async ({ page }) => {
		await open(page, '?tests=bogus,<b>x</b>&mode=3d');
		const messages = page.getByTestId('url-messages');
		await expect(messages).toBeVisible();
		await expect(messages).toContainText('“bogus”');
		await expect(messages).toContainText('mode=curved');
		await expect(page.getByTestId('trajectory-path')).toHaveCount(10);
		await expect(page.locator('b', { hasText: 'x' })).toHaveCount(0);
	});

	test('flat mode from the URL draws at equal scales', async ({ page }) => {
		await open(page, '?mode=flat');
		await expect(page.locator('[data-testid="profile-plot"] svg[data-mode]')).toHaveAttribute(
			'data-mode',
			'flat'
		);
		await expect(page.getByRole('radio', { name: 'Flat' })).toBeChecked();
		await page.getByRole('radio', { name: 'Curved, to scale' }).check();
		await expect(page).not.toHaveURL(/mode=/);
	});

	test('exports: CSV has every sample; SVG carries the caption and sources', async ({ page }) => {
		await open(page);
		const [csvDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'CSV of all curves' }).click()
		]);
		const csv = await readFile((await csvDownload.path())!, 'utf8');
		const lines = csv.trim().split('\n');
		expect(lines[0]).toBe('test_id,curve,label,model,t_s,altitude_km,downrange_km,speed_km_s');
		// One row per drawn vertex of the 10 curves.
		const vertices = await page
			.getByTestId('trajectory-path')
			.evaluateAll((els) =>
				els.reduce(
					(n, el) => n + (el.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length,
					0
				)
			);
		expect(vertices).toBeGreaterThan(10 * 50);
		expect(lines).toHaveLength(1 + vertices);
		expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(5);

		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('group', { name: 'Download the altitude-downrange chart' })
				.getByRole('button', { name: 'SVG' })
				.click()
		]);
		const svg = await readFile((await svgDownload.path())!, 'utf8');
		expect(svg).toContain('<svg');
		expect(svg).toContain('Altitude against downrange');
		expect(svg).toContain('Sources: reported apogees and ranges');
		expect(svg.match(/stroke-dasharray/g)?.length).toBeGreaterThan(5);

		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('group', { name: 'Download the altitude-downrange chart' })
				.getByRole('button', { name: 'PNG' })
				.click()
		]);
		const png = await readFile((await pngDownload.path())!);
		expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await open(page);
			await page.getByTestId('profile-plot').focus();
			await page.keyboard.press('ArrowRight');
			const result = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
		});
	}
});
