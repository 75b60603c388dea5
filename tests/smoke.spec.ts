import { expect, test } from '@playwright/test';
import { ready } from './gates';

const routes = ['/', '/map', '/profiles', '/tests'];

test.describe('site navigation', () => {
	for (const route of routes) {
		test(`${route} renders with the site navigation and marks its own link`, async ({ page }) => {
			const response = await page.goto(route);
			expect(response?.status()).toBe(200);
			await ready(page);
			const nav = page.getByRole('navigation', { name: 'Site' });
			await expect(nav.getByRole('link')).toHaveCount(4);
			await expect(nav.locator('a[aria-current="page"]')).toHaveCount(1);
			await expect(page.locator('h1')).toHaveCount(1);
		});
	}

	test('the skip link moves focus to the main content', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
	});
});
