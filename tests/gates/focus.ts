/**
 * Visible-focus gate (WCAG 2.4.7): tabs through the page with the real keyboard and, for each element
 * that receives focus, compares its focused look with its unfocused look (outline, box-shadow, border,
 * background, text decoration, on the element, its ::before/::after and its parent for :focus-within
 * rings). An element that looks the same focused and unfocused is reported. A focus trap (Tab stays on
 * the same element) is reported too.
 */
import type { Page } from '@playwright/test';

export interface FocusFinding {
	/** A readable locator: tag#id.class "accessible text". */
	element: string;
	problem: string;
}

export interface FocusWalk {
	/** Elements reached by Tab, in order. */
	visited: string[];
	findings: FocusFinding[];
}

/** Captures the look of the active element; runs in the page. */
function snapshotActive(): { key: string; focused: string; unfocused: string } | null {
	const el = document.activeElement as HTMLElement | null;
	if (!el || el === document.body || el === document.documentElement) return null;
	const props = [
		'outline-style',
		'outline-width',
		'outline-color',
		'outline-offset',
		'box-shadow',
		'border-top-color',
		'border-bottom-color',
		'border-bottom-width',
		'background-color',
		'text-decoration-line',
		'text-decoration-thickness',
		'color'
	];
	const look = () => {
		const parts: string[] = [];
		const targets: [Element, string | null][] = [
			[el, null],
			[el, '::before'],
			[el, '::after']
		];
		if (el.parentElement) targets.push([el.parentElement, null]);
		for (const [node, pseudo] of targets) {
			const cs = getComputedStyle(node, pseudo);
			for (const p of props) parts.push(cs.getPropertyValue(p));
		}
		// An SVG element may show focus through stroke.
		if (el instanceof SVGElement) {
			const cs = getComputedStyle(el);
			parts.push(cs.stroke, cs.strokeWidth, cs.fill);
		}
		return parts.join('|');
	};
	const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('title') ?? '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 40);
	const cls =
		typeof el.className === 'string' && el.className.trim()
			? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.')
			: '';
	const key = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls} "${label}"`;
	// Sanity: the focused look is computed while :focus-visible applies (keyboard focus).
	const focused = look();
	el.blur();
	const unfocused = look();
	el.focus({ preventScroll: true });
	return { key, focused, unfocused };
}

/**
 * Tabs from the top of the page until focus cycles back (or `maxSteps` is reached) and reports every
 * element without a visible focus change.
 */
export async function walkFocus(page: Page, maxSteps = 400): Promise<FocusWalk> {
	const visited: string[] = [];
	const findings: FocusFinding[] = [];
	const seen = new Set<string>();
	await page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur?.();
		window.scrollTo(0, 0);
	});
	let previous = '';
	let repeats = 0;
	for (let step = 0; step < maxSteps; step++) {
		await page.keyboard.press('Tab');
		const snap = await page.evaluate(snapshotActive);
		if (!snap) {
			if (visited.length > 0) break; // focus left the document: one full cycle done
			continue;
		}
		if (snap.key === previous) {
			if (++repeats >= 2) {
				findings.push({ element: snap.key, problem: 'focus trap: Tab does not move focus on' });
				break;
			}
		} else repeats = 0;
		previous = snap.key;
		if (seen.has(snap.key) && visited[0] === snap.key) break; // cycled back to the start
		seen.add(snap.key);
		visited.push(snap.key);
		if (snap.focused === snap.unfocused)
			findings.push({
				element: snap.key,
				problem: 'no visible focus indicator (looks the same focused and unfocused)'
			});
	}
	return { visited, findings };
}

export function formatFocus(findings: FocusFinding[]): string {
	return findings.map((f) => `- ${f.element}: ${f.problem}`).join('\n');
}
