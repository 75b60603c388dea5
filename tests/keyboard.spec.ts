/**
 * Cross-page keyboard and motion checks, on every prerendered route (list from the build output):
 * - every element Tab reaches shows a visible focus indicator (its focused look differs from its
 *   unfocused look) and Tab never gets stuck;
 * - with prefers-reduced-motion: reduce, nothing animates, scrolls smoothly or moves in a transition.
 * Page-specific keyboard journeys (annotations, map, profiles) live in those pages' own specs.
 */
import { expect, test } from '@playwright/test';
import {
	checkReducedMotion,
	formatFocus,
	formatMotion,
	prerenderedRoutes,
	ready,
	walkFocus
} from './gates';

const routes = prerenderedRoutes();

test.describe('keyboard and motion on every route', () => {
	for (const route of routes) {
		test(`${route}: every focusable element shows visible focus`, async ({ page }) => {
			test.setTimeout(180_000); // one Tab and one style read per focusable element
			await page.goto(route);
			await ready(page);
			await page.waitForLoadState('networkidle').catch(() => {});
			const walk = await walkFocus(page);
			expect(
				walk.visited.length,
				'Tab reaches at least the skip link and the site links'
			).toBeGreaterThan(3);
			expect(walk.findings, `focus problems on ${route}:\n${formatFocus(walk.findings)}`).toEqual(
				[]
			);
		});

		test(`${route}: prefers-reduced-motion is respected`, async ({ page }) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(route);
			await ready(page);
			await page.waitForLoadState('networkidle').catch(() => {});
			const findings = await checkReducedMotion(page);
			expect(findings, `motion under reduce on ${route}:\n${formatMotion(findings)}`).toEqual([]);
		});
	}
});
