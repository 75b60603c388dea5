/**
 * Waits until a page can be used: hydrated (the root layout marks <html data-hydrated>), or, for a page
 * that ships no script at all (the article, the claims list), loaded.
 */
import { expect, type Page } from '@playwright/test';

export async function ready(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(
					() =>
						document.documentElement.dataset.hydrated === 'true' ||
						(document.readyState === 'complete' &&
							!document.querySelector('link[rel="modulepreload"], script[type="module"]'))
				),
			{ timeout: 30_000 }
		)
		.toBe(true);
}
