import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ready } from './gates';

/** Fails the test on any request that leaves this machine (no tiles, fonts or scripts from elsewhere). */
function guardOffline(page: Page): string[] {
	const external: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (['data:', 'blob:'].includes(url.protocol)) return;
		if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) external.push(req.url());
	});
	return external;
}

async function openMap(page: Page, query = '') {
	await page.goto(`/map${query}`);
	await ready(page);
	await expect(page.locator('.leaflet-container')).toBeVisible();
	// Rings are SVG paths; the basemap is a canvas in its own pane once the 110m data has loaded.
	await expect(page.locator('path.rm-ring-kepler')).toHaveCount(1);
	await expect(page.locator('.leaflet-basemap-pane canvas')).toHaveCount(1, { timeout: 20_000 });
	await page.waitForLoadState('networkidle');
}

test.describe('/map range map', () => {
	test('loads with no request outside localhost and renders rings and targets', async ({
		page
	}) => {
		const external = guardOffline(page);
		await openMap(page);
		await expect(page.locator('path.rm-ring-kepler-band')).toHaveCount(1);
		await expect(page.locator('path.rm-track')).toHaveCount(1);
		await expect(page.locator('.rm-target')).toHaveCount(10);
		await expect(page.getByRole('button', { name: /^Impact \(estimated\)/ })).toBeVisible();
		await expect(page.getByTestId('map-legend')).toContainText('Kepler floor');
		await expect(page.locator('.leaflet-control-scale')).toBeVisible();
		expect(external, `requests off this machine: ${external.join(', ')}`).toEqual([]);
	});

	test('a shared URL opens with no page error: the address is rewritten only after hydration', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// A non-canonical query: the page normalises it with replaceState, which throws during hydration.
		await openMap(page, '?test=2022-01-30-hwasong-12&rotation=on&range=5000');
		await expect(page).not.toHaveURL(/rotation=on&range=5000$/);
		expect(errors, errors.join('; ')).toEqual([]);
	});

	test('a basemap that cannot load is reported, and rings and targets are still drawn', async ({
		page
	}) => {
		await page.route(/countries-(110|50)m\.[\w-]+\.json$/, (route) => route.abort());
		await page.goto('/map');
		await ready(page);
		await expect(
			page.getByRole('alert').filter({ hasText: 'basemap could not be loaded' })
		).toBeVisible({
			timeout: 20_000
		});
		await expect(page.locator('path.rm-ring-kepler')).toHaveCount(1);
		await expect(page.locator('.rm-target')).toHaveCount(10);
	});

	test('zooming in past zoom 3 swaps the 1:110m basemap for 1:50m, fetched once', async ({
		page
	}) => {
		const fetched: string[] = [];
		page.on('request', (r) => {
			const m = /countries-(110|50)m/.exec(r.url());
			if (m) fetched.push(m[1]);
		});
		await page.setViewportSize({ width: 412, height: 800 });
		await page.goto('/map');
		await ready(page);
		// On a phone the map sits below the controls: it is created when scrolled to.
		await page.getByTestId('leaflet-map').scrollIntoViewIfNeeded();
		await expect(page.locator('.leaflet-basemap-pane canvas')).toHaveCount(1, { timeout: 20_000 });
		await expect.poll(() => fetched).toContain('110');
		// A phone-sized whole-Pacific view stays on the light file; zooming in loads the detailed one.
		expect(fetched).not.toContain('50');
		await page.locator('.leaflet-container').focus();
		for (let i = 0; i < 4; i++) await page.keyboard.press('+');
		await expect.poll(() => fetched, { timeout: 20_000 }).toContain('50');
		await page.keyboard.press('-');
		for (let i = 0; i < 3; i++) await page.keyboard.press('+');
		expect(fetched.filter((f) => f === '50')).toHaveLength(1);
	});

	test('the prerendered HTML already holds the target table with its verdicts', async ({
		request
	}) => {
		const html = await (await request.get('/map')).text();
		expect(html).toContain('data-testid="target-row-andersen-afb"');
		expect(html).toMatch(/Andersen Air Force Base, Guam.*?3,496 km.*?in reach/s);
	});

	test('2022-01-30 Hwasong-12: Guam is in reach, Anchorage out of reach (published: ~3,500 vs ~5,840 km)', async ({
		page
	}) => {
		await openMap(page);
		const guam = page.getByTestId('target-row-andersen-afb');
		const anchorage = page.getByTestId('target-row-anchorage');
		await expect(guam.getByTestId('verdict-kepler')).toContainText('in reach');
		await expect(guam).toContainText('3,496 km');
		await expect(anchorage.getByTestId('verdict-kepler')).toContainText('out of reach');
		await expect(anchorage).toContainText('5,837 km');
		// The powered estimate (baked into the page for this test): Guam lies inside the Monte Carlo's P5-P95
		// band (about 62 % of the samples reach it), Anchorage beyond it.
		await expect(guam.getByTestId('verdict-powered')).toContainText('depends on assumptions');
		await expect(anchorage.getByTestId('verdict-powered')).toContainText('out of reach');
	});

	test('powered estimates of another test arrive from reach-models.json; if they cannot, the map says so', async ({
		page
	}) => {
		let refuse = false;
		await page.route('**/map/reach-models.json', (route) =>
			refuse ? route.fulfill({ status: 503, body: '' }) : route.continue()
		);
		await openMap(page);
		await page.getByTestId('select-test').selectOption('test:2017-11-29-hwasong-15');
		// A Hwasong-15 ICBM test: Anchorage is within or below its Monte Carlo band on the powered estimate.
		await expect(
			page.getByTestId('target-row-anchorage').getByTestId('verdict-powered')
		).toContainText(/in reach|depends on assumptions/);
		await expect(page.getByTestId('models-message')).toHaveCount(0);

		refuse = true;
		await openMap(page);
		await page.getByTestId('select-test').selectOption('test:2017-11-29-hwasong-15');
		await expect(page.getByTestId('models-message')).toContainText(
			'The reach models could not be loaded (the server answered 503)'
		);
		await expect(
			page.getByTestId('target-row-anchorage').getByTestId('verdict-kepler')
		).not.toBeEmpty();
	});

	test('every target marker is a named button reachable with the keyboard', async ({ page }) => {
		await openMap(page);
		const names = await page.locator('.rm-target').evaluateAll((els) =>
			els.map((e) => ({
				role: e.tagName === 'BUTTON' ? 'button' : e.getAttribute('role'),
				name: e.getAttribute('aria-label') ?? ''
			}))
		);
		expect(names).toHaveLength(10);
		for (const n of names) {
			expect(n.role).toBe('button');
			expect(n.name).toMatch(
				/km at azimuth \d+°; Kepler floor: (in reach|out of reach|depends on assumptions)/
			);
		}
		// Tab from the map container through the markers: every target gets focus.
		await page.locator('.leaflet-container').focus();
		const reached = new Set<string>();
		for (let i = 0; i < 40 && reached.size < 10; i++) {
			await page.keyboard.press('Tab');
			const id = await page.evaluate(() => document.activeElement?.getAttribute('data-target-id'));
			if (id) reached.add(id);
		}
		expect([...reached].sort()).toEqual(
			[
				'adak',
				'anchorage',
				'andersen-afb',
				'attu',
				'honolulu',
				'kadena',
				'minamitorishima',
				'seattle',
				'tokyo',
				'washington-dc'
			].sort()
		);
		// Enter on a focused marker selects its row in the table.
		await page.locator('.rm-target[data-target-id="attu"]').focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('target-row-attu')).toHaveAttribute('aria-current', 'true');
	});

	test('no scroll-wheel zoom until the map has focus', async ({ page }) => {
		await openMap(page);
		const zoom = () =>
			page.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style'));
		const before = await zoom();
		await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
		const box = (await page.locator('.leaflet-container').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, -400);
		await page.waitForTimeout(400);
		expect(await zoom()).toBe(before);
		// Once focused, the wheel zooms the map.
		await page.locator('.leaflet-container').focus();
		await page.mouse.wheel(0, -400);
		await expect.poll(zoom).not.toBe(before);
	});

	test('bad URL parameters show a clear message and fall back to safe defaults', async ({
		page
	}) => {
		await openMap(page, '?test=nope&range=abc&rot=maybe');
		const box = page.getByTestId('url-messages');
		await expect(box).toContainText('Unknown test "nope"');
		await expect(box).toContainText('range="abc"');
		await expect(page.getByTestId('target-row-andersen-afb')).toContainText('in reach');
		await expect(page.locator('body')).not.toContainText('NaN');
	});

	test('the view lives in the URL: custom range and added point survive a reload', async ({
		page
	}) => {
		await openMap(page, '?range=13000&pts=21.3,-157.95,Pearl+Harbor');
		await expect(page.locator('path.rm-ring-custom')).toHaveCount(1);
		await expect(page.getByTestId('target-row-user-1')).toContainText('Pearl Harbor');
		// Typed the way people write it: grouped digits and the unit.
		await page.getByTestId('custom-range').fill('6,000 km');
		await page.getByTestId('custom-range').press('Enter');
		await page.getByTestId('custom-range').blur();
		await expect(page).toHaveURL(/range=6000/);
		await page.reload();
		await ready(page);
		await expect(page.getByTestId('custom-range')).toHaveValue('6000');
		// A range the map cannot draw is refused with what to type instead; the ring stays.
		await page.getByTestId('custom-range').fill('25000');
		await page.getByTestId('custom-range').press('Enter');
		await expect(page.getByTestId('form-message')).toHaveText(
			'Custom range must be between 1 and 19,500 km; you entered 25,000 km. Enter a value in that range.'
		);
		await expect(page).toHaveURL(/range=6000/);
		// Pearl Harbor is ~7,313 km from Mupyong-ni (WGS84): outside a 6,000 km ring by ~1,313 km.
		await expect(page.getByTestId('target-row-user-1')).toContainText('outside −1,313 km');
	});

	test('the custom ring has a handle: arrow keys step it, dragging it sets the range the ring is drawn at', async ({
		page
	}) => {
		await openMap(page, '?range=4500');
		const handle = page.getByTestId('range-handle');
		await expect(handle).toHaveAttribute('role', 'slider');
		await expect(handle).toHaveAttribute('aria-valuenow', '4500');
		await expect(handle).toHaveAccessibleName(/Custom range ring/);

		// Keyboard: a slider (50 km per arrow, 500 km per Page Up); focus stays on the handle.
		await handle.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('PageUp');
		await expect(page.getByTestId('custom-range')).toHaveValue('5100');
		await expect(page).toHaveURL(/range=5100/);
		await expect(handle).toBeFocused();
		await expect(handle).toHaveAttribute('aria-valuenow', '5100');
		await expect(handle).toHaveAttribute('aria-valuetext', '5,100 km');

		// Pointer: drag the handle outwards (east, away from the site); the ring grows to where it is dropped.
		await handle.scrollIntoViewIfNeeded();
		const site = (await page.locator('.rm-site').boundingBox())!;
		const from = (await handle.boundingBox())!;
		const x = from.x + from.width / 2;
		const y = from.y + from.height / 2;
		const away = { dx: x - (site.x + site.width / 2), dy: y - (site.y + site.height / 2) };
		const norm = Math.hypot(away.dx, away.dy);
		await page.mouse.move(x, y);
		await page.mouse.down();
		for (let i = 1; i <= 8; i++)
			await page.mouse.move(x + (away.dx / norm) * 8 * i, y + (away.dy / norm) * 8 * i);
		await expect(page.locator('path.rm-preview')).toHaveCount(1); // the dashed preview follows
		await page.mouse.up();
		await expect(page.locator('path.rm-preview')).toHaveCount(0);
		const dragged = Number(await page.getByTestId('custom-range').inputValue());
		expect(dragged).toBeGreaterThan(5100);
		expect(dragged % 10).toBe(0);
		await expect(page).toHaveURL(new RegExp(`range=${dragged}(&|$)`));
		await expect(handle).toHaveAttribute('aria-valuenow', String(dragged));
		await expect(page.locator('path.rm-ring-custom')).toHaveCount(1);
	});

	test('rotating Earth draws a non-circular reach contour and is kept in the URL', async ({
		page
	}) => {
		await openMap(page);
		await expect(page.locator('path.rm-ring-rotating')).toHaveCount(0);
		await page.getByTestId('toggle-rotation').check();
		await expect(page.locator('path.rm-ring-rotating')).toHaveCount(1);
		await expect(page).toHaveURL(/rot=1/);
		await expect(page.getByTestId('map-legend')).toContainText('rotating Earth');
		// Guam and Anchorage keep their verdicts on a rotating Earth.
		await expect(
			page.getByTestId('target-row-andersen-afb').getByTestId('verdict-powered')
		).toContainText('depends on assumptions');
		await expect(
			page.getByTestId('target-row-anchorage').getByTestId('verdict-powered')
		).toContainText('out of reach');
	});

	test('clicking the map moves the launch site when asked to', async ({ page }) => {
		await openMap(page);
		await page.getByTestId('click-mode').selectOption('site');
		await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
		const box = (await page.locator('.leaflet-container').boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.85);
		await expect(page.getByTestId('form-message')).toContainText('Launch site moved to');
		await expect(page).toHaveURL(/site=-?\d/);
		await expect(page.getByTestId('target-table')).toContainText('Chosen site');
		// The flown track belongs to the real site: it is not moved along.
		await expect(page.locator('path.rm-track')).toHaveCount(0);
	});

	test('adds a target from the lat/lon form and explains a bad latitude', async ({ page }) => {
		await openMap(page);
		await page.getByTestId('add-lat').fill('95');
		await page.getByTestId('add-lon').fill('10');
		await page.getByRole('button', { name: 'Add target' }).click();
		await expect(page.getByTestId('form-message')).toHaveText(
			'Latitude (south negative) must be between -90 and 90°; you entered 95°. Enter a value in that range.'
		);
		await page.getByTestId('add-lat').fill('64.84');
		await page.getByTestId('add-lon').fill('east');
		await page.getByRole('button', { name: 'Add target' }).click();
		await expect(page.getByTestId('form-message')).toContainText(
			'Longitude (west negative) is in °, not "east"'
		);
		await page.getByTestId('add-lat').fill('64.84');
		await page.getByTestId('add-lon').fill('-147.72');
		await page.getByTestId('add-name').fill('Fairbanks');
		await page.getByRole('button', { name: 'Add target' }).click();
		await expect(page.getByTestId('target-row-user-1')).toContainText('out of reach');
		await expect(page.locator('.rm-target')).toHaveCount(11);
	});

	test('axe finds no WCAG 2.1 A/AA violations on /map', async ({ page }) => {
		await openMap(page);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`)
		).toEqual([]);
	});

	test('screenshots: the whole map and the Aleutians (whole, no stripes)', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 1000 });
		await openMap(page, '?range=13000&rot=1');
		const map = page.locator('.leaflet-container');
		await map.screenshot({ path: '/tmp/map/map-whole.png' });
		// Zoom on the Aleutians: centre on Attu from the table, then zoom in with the map's + button.
		await page.getByTestId('target-row-attu').getByRole('button', { name: /Show/ }).click();
		await page.waitForTimeout(600);
		for (let i = 0; i < 2; i++) {
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await page.waitForTimeout(600);
		}
		await map.screenshot({ path: '/tmp/map/map-aleutians.png' });
		await page.setViewportSize({ width: 1280, height: 2600 });
		await page.getByTestId('range-map').screenshot({ path: '/tmp/map/map-figure.png' });
		await expect(page.locator('.rm-target[data-target-id="adak"]')).toBeAttached();
	});

	test('PNG and GeoJSON exports download', async ({ page }) => {
		await openMap(page);
		const [geo] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-geojson').click()
		]);
		const geoPath = await geo.path();
		const fs = await import('node:fs');
		const fc = JSON.parse(fs.readFileSync(geoPath, 'utf8'));
		expect(fc.type).toBe('FeatureCollection');
		expect(
			fc.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'target')
		).toHaveLength(10);
		const [png] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-png').click()
		]);
		await png.saveAs('/tmp/map/map-export.png');
		expect(fs.statSync('/tmp/map/map-export.png').size).toBeGreaterThan(20_000);
	});
});

/** Share of the basemap canvas's pixels that are painted (land, coast or borders), 0-1. */
async function landShare(page: Page): Promise<number> {
	return page.locator('.leaflet-basemap-pane canvas').evaluate((c: HTMLCanvasElement) => {
		const ctx = c.getContext('2d');
		if (!ctx || c.width === 0) return 0;
		const { data } = ctx.getImageData(0, 0, c.width, c.height);
		let painted = 0;
		for (let i = 3; i < data.length; i += 4 * 16) if (data[i] > 0) painted++;
		return painted / (data.length / (4 * 16));
	});
}

/** Whether an element lies wholly inside the map's box on screen. */
async function onMap(page: Page, selector: string): Promise<boolean> {
	const map = (await page.locator('.leaflet-container').boundingBox())!;
	const el = await page.locator(selector).first().boundingBox();
	return (
		!!el &&
		el.x >= map.x &&
		el.y >= map.y &&
		el.x + el.width <= map.x + map.width &&
		el.y + el.height <= map.y + map.height
	);
}

test.describe('/map: views and the address', () => {
	test('the land is still drawn after zooming out and back in (buttons and keys)', async ({
		page
	}) => {
		await openMap(page);
		await expect.poll(() => landShare(page)).toBeGreaterThan(0.05);
		for (let i = 0; i < 3; i++) {
			await page.getByRole('button', { name: 'Zoom out' }).click();
			await expect.poll(() => landShare(page)).toBeGreaterThan(0.05);
		}
		await page.locator('.leaflet-container').focus();
		for (let i = 0; i < 3; i++) {
			await page.keyboard.press('+');
			await expect.poll(() => landShare(page)).toBeGreaterThan(0.05);
		}
	});

	test('changing the test fits the view to its site, impact and rings', async ({ page }) => {
		await openMap(page);
		await page.getByTestId('select-test').selectOption('test:2017-11-29-hwasong-15');
		await expect(page.getByTestId('target-table')).toContainText('Pyongsong');
		await expect.poll(() => onMap(page, '.rm-site')).toBe(true);
		await expect.poll(() => onMap(page, '.rm-impact')).toBe(true);
		// The Hwasong-15's reach (over 10,000 km) takes in Anchorage and Seattle: the view shows them.
		await expect.poll(() => onMap(page, '.rm-target[data-target-id="anchorage"]')).toBe(true);
		await expect.poll(() => onMap(page, '.rm-target[data-target-id="seattle"]')).toBe(true);
	});

	test('"Show on map" brings the map into view, centred on the target, its row marked', async ({
		page
	}) => {
		await openMap(page);
		const row = page.getByTestId('target-row-washington-dc');
		await row.scrollIntoViewIfNeeded();
		await expect(page.locator('.leaflet-container')).not.toBeInViewport();
		await row.getByRole('button', { name: /Show Washington, DC on map/ }).click();
		await expect(page.locator('.leaflet-container')).toBeInViewport({ ratio: 0.6 });
		await expect(row).toHaveAttribute('aria-current', 'true');
		await expect.poll(() => onMap(page, '.rm-target[data-target-id="washington-dc"]')).toBe(true);
	});

	test("the browser's Back button undoes a change of view", async ({ page }) => {
		await openMap(page);
		await page.getByTestId('select-test').selectOption('test:2017-11-29-hwasong-15');
		await expect(page).toHaveURL(/test=2017-11-29-hwasong-15/);
		await page.getByTestId('toggle-rotation').check();
		await expect(page).toHaveURL(/rot=1/);
		await page.goBack();
		await expect(page).not.toHaveURL(/rot=1/);
		await expect(page.getByTestId('toggle-rotation')).not.toBeChecked();
		await expect(page.getByTestId('select-test')).toHaveValue('test:2017-11-29-hwasong-15');
		await page.goBack();
		await expect(page).toHaveURL(/\/map$/);
		await expect(page.getByTestId('select-test')).toHaveValue('test:2022-01-30-hwasong-12');
		await expect(page.getByTestId('target-table')).toContainText('Mupyong-ni');
	});

	for (const query of ['?pts=x;x', '?%&%', '?pts=95,1;95,1']) {
		test(`${query}: the problems are listed (even twice the same), the address is cleaned`, async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await openMap(page, query);
			const box = page.getByTestId('url-messages');
			await expect(box).toContainText('Some settings in the address could not be used');
			await expect(box.locator('li')).toHaveCount(2);
			await expect(page).toHaveURL(/\/map$/);
			await page.getByTestId('select-test').selectOption('test:2017-11-29-hwasong-15');
			await expect(page).toHaveURL(/\/map\?test=2017-11-29-hwasong-15$/);
			expect(errors).toEqual([]);
		});
	}

	test('on a slow link the map says the coastlines are loading, draws 1:110m first and 1:50m after', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		const order: string[] = [];
		let release50 = () => {};
		const held50 = new Promise<void>((resolve) => (release50 = resolve));
		await page.route(/countries-(110|50)m\.[\w-]+\.json$/, async (route) => {
			const level = /countries-(110|50)m/.exec(route.request().url())![1];
			order.push(level);
			if (level === '110') await new Promise((r) => setTimeout(r, 1500));
			else await held50;
			await route.continue();
		});
		await page.goto('/map');
		await ready(page);
		await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
		await expect(page.getByTestId('basemap-status')).toContainText('Loading the coastlines');
		// The light level is drawn while the detailed one is still on its way, and the map says so.
		await expect.poll(() => landShare(page), { timeout: 20_000 }).toBeGreaterThan(0.05);
		await expect(page.getByTestId('basemap-status')).toContainText('detailed coastlines');
		release50();
		await expect(page.getByTestId('basemap-status')).toHaveCount(0, { timeout: 20_000 });
		expect(order.slice(0, 2)).toEqual(['110', '50']);
	});

	test('at 390 px every verdict is read without scrolling sideways', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openMap(page);
		const overflow = await page.getByTestId('target-table').evaluate((table) => {
			const width = document.documentElement.clientWidth;
			const cells = [...table.querySelectorAll('[data-testid^="verdict-"]')];
			const scrollers = [];
			for (let p = table.parentElement; p; p = p.parentElement)
				if (p.scrollWidth > p.clientWidth + 1 && getComputedStyle(p).overflowX !== 'visible')
					scrollers.push(p.className);
			return {
				cells: cells.length,
				outside: cells.filter((c) => c.getBoundingClientRect().right > width + 1).length,
				scrollers
			};
		});
		expect(overflow.cells).toBe(20);
		expect(overflow.outside).toBe(0);
		expect(overflow.scrollers).toEqual([]);
	});
});

for (const width of [390, 1280]) {
	test(`at ${width} px no name on the map covers another name or a marker`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await openMap(page, '?pts=35.7,139.7,Next+to+Tokyo');
		await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
		await expect(page.locator('.rm-text.side-right, .rm-text.side-left').first()).toBeVisible();
		const overlaps = await page.evaluate(() => {
			const boxes = (sel: string) =>
				[...document.querySelectorAll<HTMLElement>(sel)]
					.filter((e) => getComputedStyle(e).visibility !== 'hidden')
					.map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect() }));
			const names = boxes('.rm-text');
			const icons = boxes('.rm-icon');
			const hit = (a: DOMRect, b: DOMRect) =>
				a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
			const out: string[] = [];
			names.forEach((n, i) => {
				names.slice(i + 1).forEach((m) => hit(n.r, m.r) && out.push(`${n.text} / ${m.text}`));
				icons.forEach((m) => hit(n.r, m.r) && out.push(`${n.text} / a marker`));
			});
			return out;
		});
		expect(overlaps).toEqual([]);
	});
}
