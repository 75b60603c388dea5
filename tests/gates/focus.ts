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
function snapshotActive(): { id: number; key: string; focused: string; unfocused: string } | null {
	const el = document.activeElement as HTMLElement | null;
	if (!el || el === document.body || el === document.documentElement) return null;
	// Identity, not description: two adjacent links may read the same ("The Korea Herald").
	const w = window as unknown as {
		__loftedFocusIds?: WeakMap<Element, number>;
		__loftedFocusNext?: number;
	};
	w.__loftedFocusIds ??= new WeakMap();
	let id = w.__loftedFocusIds.get(el);
	if (id === undefined) {
		id = w.__loftedFocusNext = (w.__loftedFocusNext ?? 0) + 1;
		w.__loftedFocusIds.set(el, id);
	}
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
	return { id, key, focused, unfocused };
}

/**
 * Tabs from the top of the page until focus cycles back (or `maxSteps` is reached) and reports every
 * element without a visible focus change.
 */
export async function walkFocus(page: Page, maxSteps = 400): Promise<FocusWalk> {
	const visited: string[] = [];
	const findings: FocusFinding[] = [];
	await page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur?.();
		window.scrollTo(0, 0);
	});
	let previous = -1;
	let first = -1;
	let repeats = 0;
	for (let step = 0; step < maxSteps; step++) {
		await page.keyboard.press('Tab');
		const snap = await page.evaluate(snapshotActive);
		if (!snap) {
			if (visited.length > 0) break; // focus left the document: one full cycle done
			continue;
		}
		if (snap.id === first) break; // cycled back to the start
		if (snap.id === previous) {
			if (++repeats >= 2) {
				findings.push({ element: snap.key, problem: 'focus trap: Tab does not move focus on' });
				break;
			}
			continue;
		}
		repeats = 0;
		previous = snap.id;
		if (first < 0) first = snap.id;
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
