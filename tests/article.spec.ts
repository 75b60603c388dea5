/**
 * The article page (/) in real Chromium: the keyboard journey through an annotation, the Monday/Sunday
 * explanation, pointer use, and the prerendered HTML before any script runs (whole text, >= 20 data-fact
 * annotations, no web boilerplate, endnotes reachable without JavaScript). Expected values come from the
 * data files and the seed text, not from the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const claims = JSON.parse(readFileSync(resolve(root, 'data/article/claims.json'), 'utf8'))
	.claims as {
	id: string;
	sources: { url: string; publisher: string }[];
}[];
const paragraphs = readFileSync(resolve(root, 'data/article/article.txt'), 'utf8')
	.replace(/\n$/, '')
	.split('\n\n');
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Presses Tab until the focused element sits inside the annotation for `fact`; returns the number of presses. */
async function tabTo(page: Page, fact: string, max = 80): Promise<number> {
	for (let i = 1; i <= max; i++) {
		await page.keyboard.press('Tab');
		const at = await page.evaluate(
			() => (document.activeElement?.closest('[data-fact]') as HTMLElement | null)?.dataset.fact
		);
		if (at === fact) return i;
	}
	throw new Error(`Tab never reached the annotation "${fact}" in ${max} presses`);
}

async function ready(page: Page) {
	await page.goto('/');
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	// Annotations turn from links into buttons a few blocks per task after hydration.
	await expect(page.locator('article[data-annotations="buttons"]')).toBeAttached();
}

test.describe('article annotations (hydrated)', () => {
	test('keyboard only: Tab to an annotation, Enter opens it, its source link is readable, Escape closes', async ({
		page
	}) => {
		await ready(page);
		const fact = 'headline-into-space';
		await tabTo(page, fact);
		const button = page.locator(`[data-fact="${fact}"] button`);
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await expect(button).toHaveAccessibleName(
			/Fact check of “Has Launched A Missile Into Space”: Partly correct/
		);

		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		const panelId = await button.getAttribute('aria-controls');
		const panel = page.locator(`#${panelId} [data-testid="fact-panel"]`);
		await expect(panel).toBeVisible();
		await expect(panel).toBeFocused();
		await expect(panel).toContainText('Partly correct');
		await expect(panel).toContainText('about 2,000 km');

		// The first source link, read from the page, is the claim's first source in claims.json.
		const expected = claims.find((c) => c.id === fact)!.sources[0];
		const link = panel.locator('.fd-sources a').first();
		await expect(link).toHaveText(expected.publisher);
		await expect(link).toHaveAttribute('href', expected.url);
		// Keyboard reaches it: Tab from the focused panel lands on a link inside it.
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => !!document.activeElement?.closest('[data-testid="fact-panel"]'))
		).toBe(true);

		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await expect(button).toBeFocused();
	});

	test('"on Monday": the panel explains the launch time in KST and UTC and the KCNA report day', async ({
		page
	}) => {
		await ready(page);
		await tabTo(page, 'launch-day-monday');
		await page.keyboard.press('Enter');
		const panel = page.locator('[data-testid="fact-panel"]');
		await expect(panel).toContainText('Incorrect');
		await expect(panel).toContainText('Sunday 30 January 2022, 07:52 KST (UTC+9)');
		await expect(panel).toContainText('Saturday 29 January 2022, 22:52 UTC');
		await expect(panel).toContainText('Monday 31 January 2022 is the day KCNA reported the launch');
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
	});

	test('pointer: clicking the phrase opens the unit check; another annotation replaces it; Close closes', async ({
		page
	}) => {
		await ready(page);
		await page.locator('[data-fact="range-800km"] .phrase').first().click();
		const panel = page.locator('[data-testid="fact-panel"]');
		await expect(panel).toContainText('800 km = 497.10 mi; 497 mi is correct.');
		await expect(panel).toContainText('Japan Ministry of Defense');
		await expect(panel).toContainText('South Korea Joint Chiefs of Staff');
		await page.locator('[data-fact="apogee-2000km"] button').click();
		await expect(panel).toHaveCount(1);
		await expect(panel).toContainText('1,242 mi is truncated: it should round to 1,243 mi.');
		await panel.getByRole('button', { name: /Close/ }).click();
		await expect(panel).toHaveCount(0);
		await expect(page.locator('[data-fact="apogee-2000km"] button')).toBeFocused();
	});

	test('the facts panel shows the test from the dataset, with reporters', async ({ page }) => {
		await ready(page);
		const facts = page.getByTestId('facts-panel');
		await expect(facts.locator('[data-fact="test.2022-01-30-hwasong-12.launch"]')).toContainText(
			'Saturday 29 January 2022, 22:52 UTC'
		);
		const range = facts.locator('[data-fact="test.2022-01-30-hwasong-12.rangeKm"]');
		await expect(range).toContainText('about 800 km');
		await expect(range).toContainText('South Korea Joint Chiefs of Staff');
		await expect(
			facts.locator('[data-fact="test.2022-01-30-hwasong-12.flightTimeS"]')
		).toContainText('about 30 min');
		for (const name of ['Range map', 'Trajectory profiles', 'Catalogue of all launches'])
			await expect(facts.getByRole('link', { name: new RegExp(name) })).toBeVisible();
		await expect(
			facts.getByRole('link', { name: 'Catalogue entry for this test' })
		).toHaveAttribute('href', /\/tests\/2022-01-30-hwasong-12$/);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe (WCAG 2.1 A/AA) with an annotation open, ${colorScheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await ready(page);
			await page.locator('[data-fact="launch-day-monday"] button').click();
			await expect(page.locator('[data-testid="fact-panel"]')).toBeVisible();
			const result = await new AxeBuilder({ page })
				.include('[data-testid="article"]')
				.include('[data-testid="facts-panel"]')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(
				result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
			).toEqual([]);
		});
	}
});

/** Opens /tests, then follows the site navigation's "Article" link (a client-side navigation). */
async function articleByClientNavigation(page: Page) {
	await page.goto('/tests');
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'Article' })
		.click();
}

test.describe('article content loaded by client-side navigation', () => {
	test('from another page, the article and the claims list arrive as static HTML and work', async ({
		page
	}) => {
		await articleByClientNavigation(page);
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('article[data-annotations="buttons"]')).toBeAttached();
		await page.locator('[data-fact="launch-day-monday"] button').click();
		await expect(page.getByTestId('fact-panel')).toContainText(
			'Saturday 29 January 2022, 22:52 UTC'
		);

		await page.getByRole('link', { name: `All ${claims.length} checks as a list` }).click();
		await expect(page).toHaveURL(/\/claims$/);
		await expect(page.locator('#notes-list > li.note')).toHaveCount(claims.length);
	});

	test('when the article cannot be fetched, the page says so instead of showing nothing', async ({
		page
	}) => {
		await page.route('**/article.json', (route) => route.fulfill({ status: 503, body: '' }));
		await articleByClientNavigation(page);
		await expect(page.getByRole('alert')).toContainText(
			'The article could not be loaded (HTTP 503); reload the page to see it.'
		);
	});
});

test('if the checks cannot be fetched, the open panel says why; the next open tries again', async ({
	page
}) => {
	let refuse = true;
	await page.route('**/article-facts.json', (route) =>
		refuse ? route.fulfill({ status: 503, body: '' }) : route.continue()
	);
	await ready(page);
	const button = page.locator('[data-fact="launch-day-monday"] button');
	await button.click();
	const panel = page.getByTestId('fact-panel');
	await expect(panel.getByRole('alert')).toContainText(
		'This check could not be loaded (HTTP 503 for /article-facts.json)'
	);
	await expect(
		panel.getByRole('link', { name: 'This check in the list of all claims' })
	).toHaveAttribute('href', /\/claims#note-launch-day-monday$/);
	await page.keyboard.press('Escape');
	refuse = false;
	await button.click();
	await expect(panel).toContainText('Saturday 29 January 2022, 22:52 UTC');
	await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('if the panel code cannot be loaded, opening a check says so and links to the claims list', async ({
	page,
	request
}) => {
	// The panel's code is loaded after the page (not part of the first load): refuse every script the
	// prerendered page does not preload, as an interrupted connection would.
	const html = await (await request.get('/')).text();
	const firstLoad = new Set(
		[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) =>
			(m[0].match(/\bhref="([^"]+)"/)?.[1] ?? '').replace(/^\.\//, '/')
		)
	);
	expect(firstLoad.size).toBeGreaterThan(0);
	await page.route('**/_app/immutable/**/*.js', (route) =>
		firstLoad.has(new URL(route.request().url()).pathname) ? route.continue() : route.abort()
	);
	await page.goto('/');
	await expect(page.locator('article[data-annotations="buttons"]')).toBeAttached();
	const button = page.locator('[data-fact="launch-day-monday"] button');
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('The fact check could not be opened');
	await expect(alert.getByRole('link', { name: 'this check in the list' })).toHaveAttribute(
		'href',
		/\/claims#note-launch-day-monday$/
	);
	await page.keyboard.press('Escape');
	await expect(alert).toHaveCount(0);
	await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('an annotation activated before its turn to become a button opens its panel at once', async ({
	page
}) => {
	// Blocks turn into buttons one per animation frame: hold the frames back, so only the first block
	// (the headline) is converted when the reader clicks in the last paragraph.
	await page.addInitScript(() => {
		const held: FrameRequestCallback[] = [];
		const original = window.requestAnimationFrame.bind(window);
		window.requestAnimationFrame = (callback) => (held.push(callback), 0);
		Object.assign(window, {
			releaseFrames: () => {
				window.requestAnimationFrame = original;
				for (const callback of held.splice(0)) original(callback);
			}
		});
	});
	await page.goto('/');
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	const article = page.getByTestId('article');
	await expect(article.locator('[data-block="0"] button.marker').first()).toBeAttached();
	await expect(article).toHaveAttribute('data-annotations', 'links');
	const link = article.locator('a[data-fact="games-later-this-month"]');
	await expect(link).toHaveCount(1);
	await link.locator('.phrase').last().click();
	await expect(page).toHaveURL(/\/$/); // not navigated to /claims
	const button = article.locator('[data-fact="games-later-this-month"] button');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByTestId('fact-panel')).toBeFocused();
	await expect(page.getByTestId('fact-panel')).toContainText('Partly correct');
	await page.evaluate(() => (window as unknown as { releaseFrames: () => void }).releaseFrames());
	await expect(article).toHaveAttribute('data-annotations', 'buttons');
	await expect(article.locator('a.annotation')).toHaveCount(0);
	await expect(button).toHaveAttribute('aria-expanded', 'true'); // still open, still the same button
	await page.keyboard.press('Escape');
	await expect(button).toBeFocused();
});

test.describe('article before any script runs', () => {
	test.use({ javaScriptEnabled: false });

	test('the static page has the whole text, >= 20 data-fact links to endnotes, and no boilerplate', async ({
		page
	}) => {
		await page.goto('/');
		const article = page.getByTestId('article');
		const texts = await article.locator('[data-block]').evaluateAll((els) =>
			els.map((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('.marker, .visually-hidden').forEach((x) => x.remove());
				return copy.textContent ?? '';
			})
		);
		expect(texts.map(squash)).toEqual(paragraphs.map(squash));
		const annotations = article.locator('[data-fact]');
		expect(await annotations.count()).toBeGreaterThanOrEqual(20);
		expect(await article.locator('button').count()).toBe(0);
		expect(await page.content()).not.toContain('Leave a Reply');

		// Without JavaScript an annotation is a link to its endnote on the claims page.
		const monday = article.locator('a[data-fact="launch-day-monday"]');
		// Prerendered links are relative (./claims#...), as SvelteKit writes them.
		await expect(monday).toHaveAttribute('href', /^\.?\/claims#note-launch-day-monday$/);
		await monday.click();
		await expect(page).toHaveURL(/\/claims#note-launch-day-monday$/);
		const note = page.locator('#note-launch-day-monday');
		// The endnote sits in a closed <details>; following the link opens it (no script needed).
		await expect(note).toBeVisible();
		await expect(note).toBeInViewport();
		await expect(note).toContainText('Saturday 29 January 2022, 22:52 UTC');
		const back = note.getByRole('link', { name: 'Back to the text' });
		await expect(back).toHaveAttribute('href', /^\.?\/#ref-launch-day-monday$/);
		await back.click();
		await expect(page).toHaveURL(/\/#ref-launch-day-monday$/);
		await expect(page.locator('#ref-launch-day-monday')).toBeInViewport();
	});
});

test('the prerendered index.html in the build dir holds the article, >= 20 data-fact elements, no boilerplate', () => {
	const file = resolve(root, process.env.LOFTED_BUILD_DIR ?? 'build', 'index.html');
	test.skip(!existsSync(file), `${file} not built`);
	const html = readFileSync(file, 'utf8');
	expect(html).not.toContain('Leave a Reply');
	expect(html.match(/<[a-z]+[^>]*\sdata-fact="[^"]+"/g)?.length ?? 0).toBeGreaterThanOrEqual(20);
	const story = html.slice(html.indexOf('data-testid="article"'), html.indexOf('</article>'));
	const text = story
		.replace(/<span[^>]*class="[^"]*\b(?:marker|visually-hidden)\b[^"]*"[^>]*>[^<]*<\/span>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;|&#160;/g, '\u00a0')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
	for (const p of paragraphs) expect(squash(text)).toContain(squash(p));
});
