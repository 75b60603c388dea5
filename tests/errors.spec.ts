/**
 * When a page cannot be shown: the site's error page says what happened (not found, or could not be
 * loaded: you may be offline) and how to go on, inside the site's layout.
 */
import { expect, test } from '@playwright/test';
import { ready } from './gates';

test('offline, following a link to a page not loaded yet explains what happened and how to go on', async ({
	page,
	context
}) => {
	await page.goto('/tests');
	await ready(page);
	await context.setOffline(true);
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'Range map' })
		.click();
	const error = page.getByTestId('error-page');
	await expect(error).toBeVisible();
	await expect(error.locator('h1')).toHaveText('This page could not be loaded');
	await expect(error).toContainText(/offline/);
	await expect(error).not.toContainText('Internal Error');
	await expect(error.getByRole('button', { name: 'Reload this page' })).toBeVisible();
	await expect(error.getByRole('link', { name: 'Catalogue of tests' })).toBeVisible();
	// The site's header and footer are still there, and the footer does not claim offline use.
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
	await expect(page.locator('.site-footer')).not.toContainText(/works offline/i);
	// Back online, reloading shows the page.
	await context.setOffline(false);
	await error.getByRole('button', { name: 'Reload this page' }).click();
	await expect(page.locator('h1')).toHaveText('Range map');
});

test('a link to a page that does not exist says so, with the way back', async ({ page }) => {
	await page.goto('/tests');
	await ready(page);
	// A client-side navigation to an address the site does not have.
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = '/tests/1999-01-01-nodong/nothing';
		a.textContent = 'broken link';
		document.querySelector('main')!.append(a);
	});
	await page.getByRole('link', { name: 'broken link' }).click();
	const error = page.getByTestId('error-page');
	await expect(error.locator('h1')).toHaveText('Page not found');
	await expect(error).toContainText('/tests/1999-01-01-nodong/nothing');
	await expect(error.getByRole('link', { name: 'The annotated article' })).toBeVisible();
});
