import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CHART_WIDTHS } from '../src/lib/viz/profileLayout';
import { ready } from './gates';

async function open(page: Page, query = '') {
	await page.goto(`/profiles${query}`);
	await ready(page);
}

/** The trajectory paths of the chart drawn for the width on screen (one per curve). */
const shownPaths = (page: Page) =>
	page.locator('svg.chart:visible [data-testid="trajectory-path"]');
const shownTimePaths = (page: Page) => page.locator('svg.chart:visible [data-testid="time-path"]');

test.describe('profiles, prerendered (JavaScript disabled)', () => {
	test.use({ javaScriptEnabled: false });

	test('the static HTML already draws the default comparison as SVG paths', async ({ page }) => {
		await page.goto('/profiles');
		const paths = page.locator(
			'[data-testid="profile-plot"] svg path[data-testid="trajectory-path"]'
		);
		// Five default tests, each flown + standard, drawn once per fixed chart width.
		await expect(paths).toHaveCount(10 * CHART_WIDTHS.length);
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
		const paths = shownPaths(page);
		await expect(paths).toHaveCount(10);
		await page.getByTestId('pick-2017-09-15-hwasong-12').check();
		await expect(paths).toHaveCount(12);
		await expect(
			page.locator('svg.chart:visible [data-series="2017-09-15-hwasong-12/lofted"]')
		).toHaveCount(1);
		await expect(page).toHaveURL(/tests=[^&]*2017-09-15-hwasong-12/);
		// The engine's flight, computed at build time, fetched from its prerendered file.
		await expect(page.getByTestId('profile-sentence')).not.toContainText('Kepler arc');
		// The time chart redraws too: two panels x 12 curves.
		await expect(shownTimePaths(page)).toHaveCount(24);

		// Reloading the URL restores the same selection.
		await page.reload();
		await ready(page);
		await expect(paths).toHaveCount(12);
	});

	test('arrow keys step along a curve and the reading is announced', async ({ page }) => {
		await open(page);
		const plot = page.getByTestId('profile-plot');
		const announcer = page.getByTestId('profile-announcer');
		await plot.focus();
		// Focus starts at the first curve (30 Jan 2022, as flown) at lift-off.
		await expect(announcer).toContainText('2022-01-30 Hwasong-12, as flown');
		await expect(announcer).toContainText('0 s after launch, altitude 0 km, downrange 0 km');
		await expect(plot).toHaveAttribute('aria-valuenow', '0');
		// Right: one sample later, higher and faster.
		await page.keyboard.press('ArrowRight');
		await expect(plot).toHaveAttribute('aria-valuenow', '1');
		await expect(announcer).not.toContainText('altitude 0 km');
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

	test('each chart shows the layout drawn for its width, scaled to fill it, with its cursor inside', async ({
		page
	}) => {
		for (const [viewport, layoutWidth] of [
			[1280, 900],
			[390, 360]
		]) {
			await page.setViewportSize({ width: viewport, height: 900 });
			await open(page);
			const svg = page.locator('[data-testid="profile-plot"] svg.chart:visible');
			await expect(svg).toHaveCount(1);
			await expect(svg).toHaveAttribute('viewBox', new RegExp(`^0 0 ${layoutWidth} `));
			const column = await page.getByTestId('profile-plot').evaluate((el) => el.clientWidth);
			expect(Math.abs((await svg.boundingBox())!.width - column)).toBeLessThan(1);
			await page.getByTestId('profile-plot').focus();
			await page.keyboard.press('End');
			await expect(svg.getByTestId('profile-crosshair')).toHaveCount(1);
			await page.getByTestId('time-plot').focus();
			await expect(page.locator('svg.chart:visible [data-testid="time-cursor"]')).toHaveCount(1);
		}
	});

	for (const width of [390, 1280]) {
		test(`no chart label overlaps another at ${width} px (bounding boxes)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			for (const query of [
				'',
				'?mode=flat',
				`?tests=2017-11-29-hwasong-15,2022-03-24-hwasong-17`
			]) {
				await open(page, query);
				await expect(page.getByText(/Loading the flight/)).toHaveCount(0);
				const overlaps = await page.evaluate(() => {
					const out: string[] = [];
					for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
						if (svg.getBoundingClientRect().width === 0) continue;
						const boxes = [...svg.querySelectorAll('text')]
							.filter((t) => t.textContent?.trim())
							.map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }));
						for (let i = 0; i < boxes.length; i++)
							for (let j = i + 1; j < boxes.length; j++) {
								const a = boxes[i].r;
								const b = boxes[j].r;
								if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
									out.push(`${boxes[i].text} / ${boxes[j].text}`);
							}
					}
					return out;
				});
				expect(overlaps, `${query || 'default'} at ${width} px`).toEqual([]);
			}
		});
	}

	test('hovering a curve shows a reading with units', async ({ page }) => {
		await open(page);
		const curve = page.locator('svg.chart:visible [data-series="2017-11-29-hwasong-15/lofted"]');
		await curve.scrollIntoViewIfNeeded();
		const box = await curve.boundingBox();
		expect(box).not.toBeNull();
		// The top of the tallest spike: the 2017-11-29 Hwasong-15 apogee.
		await page.mouse.move(box!.x + box!.width / 2, box!.y + 1);
		const readout = page.getByTestId('profile-readout');
		await expect(readout).toContainText('2017-11-29 Hwasong-15');
		await expect(readout).toContainText(
			/altitude [\d,.]+ km, downrange [\d,.]+ km, speed [\d.]+ km\/s/
		);
	});

	test('bad URL parameters get a visible message and the default comparison', async ({ page }) => {
		await open(page, '?tests=bogus,<b>x</b>&mode=3d');
		const messages = page.getByTestId('url-messages');
		await expect(messages).toBeVisible();
		await expect(messages).toContainText('“bogus”');
		await expect(messages).toContainText('mode=curved');
		await expect(shownPaths(page)).toHaveCount(10);
		await expect(page.locator('b', { hasText: 'x' })).toHaveCount(0);
	});

	test('flat mode from the URL draws at equal scales', async ({ page }) => {
		await open(page, '?mode=flat');
		await expect(page.locator('[data-testid="profile-plot"] svg.chart:visible')).toHaveAttribute(
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
		// One row per sample of the 10 curves: the engine's flights, sampled every 5 s, plus each
		// burnout (the drawn paths are thinned, the CSV is not).
		expect(lines.length).toBeGreaterThan(1 + 10 * 50);
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
