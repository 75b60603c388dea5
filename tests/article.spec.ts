/**
 * The article page (/) in real Chromium: the keyboard journey through an annotation, the Monday/Sunday
 * explanation, pointer use, and the prerendered HTML before any script runs (whole text, >= 20 data-fact
 * annotations, no web boilerplate, endnotes reachable without JavaScript). Expected values come from the
 * data files and the seed text, not from the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ready as whenReady } from './gates';
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
	await whenReady(page);
}

/** The fact check a marker opens (a native popover dialog), by fact id. */
const panelOf = (page: Page, fact: string) => page.locator(`[id="check-${fact}"]`);
const isOpen = (page: Page, fact: string) =>
	panelOf(page, fact).evaluate((el) => el.matches(':popover-open'));

test.describe('article annotations', () => {
	test('keyboard only: Tab to an annotation, Enter opens it, its source link is readable, Escape closes', async ({
		page
	}) => {
		await ready(page);
		const fact = 'headline-into-space';
		await tabTo(page, fact);
		const button = page.locator(`[data-fact="${fact}"] button`);
		await expect(button).toBeFocused();
		await expect(button).toHaveAccessibleName(
			/Fact check of “Has Launched A Missile Into Space”: Partly correct/
		);
		expect(await isOpen(page, fact)).toBe(false);

		await page.keyboard.press('Enter');
		const panel = panelOf(page, fact);
		await expect(panel).toBeVisible();
		await expect(panel).toBeFocused();
		await expect(panel).toContainText('Partly correct');
		await expect(panel).toContainText('about 2,000 km');

		// The first source link, read from the page, is the claim's first source in claims.json.
		const expected = claims.find((c) => c.id === fact)!.sources[0];
		const link = panel.locator('.fd-sources a').first();
		await expect(link).toHaveText(expected.publisher);
		await expect(link).toHaveAttribute('href', expected.url);
		// Keyboard reaches it: Tab from the focused panel lands on a control inside it.
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => !!document.activeElement?.closest('[data-testid="fact-panel"]'))
		).toBe(true);

		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('"on Monday": the panel explains the launch time in KST and UTC and the KCNA report day', async ({
		page
	}) => {
		await ready(page);
		await tabTo(page, 'launch-day-monday');
		await page.keyboard.press('Enter');
		const panel = panelOf(page, 'launch-day-monday');
		await expect(panel).toContainText('Incorrect');
		await expect(panel).toContainText('Sunday 30 January 2022, 07:52 KST (UTC+9)');
		await expect(panel).toContainText('Saturday 29 January 2022, 22:52 UTC');
		await expect(panel).toContainText('Monday 31 January 2022 is the day KCNA reported the launch');
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
	});

	test('pointer: clicking the phrase opens the unit check; another annotation replaces it; Close closes', async ({
		page
	}) => {
		await ready(page);
		await page.locator('[data-fact="range-800km"] .phrase').first().click();
		const range = panelOf(page, 'range-800km');
		await expect(range).toContainText('800 km = 497.10 mi; 497 mi is correct.');
		await expect(range).toContainText('Japan Ministry of Defense');
		await expect(range).toContainText('South Korea Joint Chiefs of Staff');
		// A click outside the open check closes it; the next marker opens its own.
		await page
			.getByTestId('article')
			.locator('h1')
			.click({ position: { x: 2, y: 2 } });
		await expect(range).toBeHidden();
		await page.locator('[data-fact="apogee-2000km"] button').click();
		const apogee = panelOf(page, 'apogee-2000km');
		await expect(apogee).toContainText('1,242 mi is truncated: it should round to 1,243 mi.');
		await expect(page.locator('[data-testid="fact-panel"]:popover-open')).toHaveCount(1);
		await apogee.getByRole('button', { name: /Close/ }).click();
		await expect(apogee).toBeHidden();
		await expect(page.locator('[data-fact="apogee-2000km"] button')).toBeFocused();
	});

	test('the facts panel shows the test from the dataset, with reporters, and the links to explore it', async ({
		page
	}) => {
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
		const explore = page.getByRole('navigation', { name: 'Explore this test' });
		for (const name of ['Range map', 'Trajectory profiles', 'Catalogue of all launches'])
			await expect(explore.getByRole('link', { name: new RegExp(name) })).toBeVisible();
		await expect(
			explore.getByRole('link', { name: 'Catalogue entry for this test' })
		).toHaveAttribute('href', /\/tests\/2022-01-30-hwasong-12$/);
	});

	test('"Explore this test" is reachable without scrolling a nested panel', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 700 });
		await ready(page);
		const explore = page.getByRole('navigation', { name: 'Explore this test' });
		await expect(explore).toBeInViewport();
		// No box between it and the page scrolls on its own.
		const nested = await explore.evaluate((el) => {
			for (let p = el.parentElement; p; p = p.parentElement) {
				const o = getComputedStyle(p).overflowY;
				if ((o === 'auto' || o === 'scroll') && p.scrollHeight > p.clientHeight) return p.className;
			}
			return null;
		});
		expect(nested).toBeNull();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe (WCAG 2.1 A/AA) with an annotation open, ${colorScheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await ready(page);
			await page.locator('[data-fact="launch-day-monday"] button').click();
			await expect(panelOf(page, 'launch-day-monday')).toBeVisible();
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

test.describe('the article needs no script', () => {
	test('its HTML carries no script and no module preload', async ({ request }) => {
		const html = await (await request.get('/')).text();
		expect(html).not.toMatch(/<script\b/);
		expect(html).not.toMatch(/rel="modulepreload"/);
	});

	test('from another page, the site navigation reaches the article and the claims list, both working', async ({
		page
	}) => {
		await page.goto('/tests');
		await whenReady(page);
		await page
			.getByRole('navigation', { name: 'Site' })
			.getByRole('link', { name: 'Article' })
			.click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByTestId('article')).toBeVisible();
		await page.locator('[data-fact="launch-day-monday"] button').click();
		await expect(panelOf(page, 'launch-day-monday')).toContainText(
			'Saturday 29 January 2022, 22:52 UTC'
		);
		await page.keyboard.press('Escape');
		await page.getByRole('link', { name: `All ${claims.length} checks as a list` }).click();
		await expect(page).toHaveURL(/\/claims$/);
		await expect(page.locator('#notes-list > li.note')).toHaveCount(claims.length);
	});
});

test.describe('article with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole text, >= 20 annotations whose checks open, and the endnotes reachable', async ({
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
		const annotations = article.locator('span[data-fact]');
		expect(await annotations.count()).toBeGreaterThanOrEqual(20);
		expect(await page.content()).not.toContain('Leave a Reply');

		// The marker opens its check with no script (a native popover), and the check links to its endnote.
		await article.locator('[data-fact="launch-day-monday"] button').click();
		const panel = panelOf(page, 'launch-day-monday');
		await expect(panel).toBeVisible();
		const toNote = panel.getByRole('link', { name: 'This check in the list of all claims' });
		await expect(toNote).toHaveAttribute('href', /^\.?\/claims#note-launch-day-monday$/);
		await toNote.click();
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
		.replace(/<span[^>]*class="[^"]*\bvisually-hidden\b[^"]*"[^>]*>[^<]*<\/span>/g, '')
		.replace(/<button[^>]*class="[^"]*\bmarker\b[^"]*"[^>]*>[^<]*<\/button>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;|&#160;/g, '\u00a0')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
	for (const p of paragraphs) expect(squash(text)).toContain(squash(p));
});
