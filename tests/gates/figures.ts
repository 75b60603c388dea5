/**
 * Text-alternative gate for charts and maps: every large visual (an <svg> or <canvas> of at least
 * 48 x 48 px, or a Leaflet map container) must have a text alternative that assistive technology reads:
 * - role="img" (or an <img>) with a non-empty accessible name (aria-label, aria-labelledby or <title>), or
 * - an enclosing <figure> with a name (aria-labelledby / aria-label / <figcaption>) AND a text
 *   alternative inside it (Figure.svelte's `.figure-alternative`, or any `[data-text-alternative]`) of at
 *   least 20 characters. Then the visual itself may be aria-hidden.
 * Small icons are left to axe (svg-img-alt, image-alt).
 */
import type { Page } from '@playwright/test';

export interface FigureFinding {
	element: string;
	problem: string;
}

export async function checkFigures(page: Page): Promise<FigureFinding[]> {
	return page.evaluate(() => {
		const findings: { element: string; problem: string }[] = [];
		const describe = (el: Element) => {
			const cls =
				typeof (el as HTMLElement).className === 'string'
					? (el as HTMLElement).className.trim().split(/\s+/).slice(0, 2).join('.')
					: (el.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 2).join('.');
			const fig = el.closest('figure');
			const title = fig?.querySelector('h1,h2,h3,h4,figcaption')?.textContent?.trim().slice(0, 40);
			return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls ? '.' + cls : ''}${title ? ` in figure "${title}"` : ''}`;
		};
		const text = (el: Element | null | undefined) =>
			(el?.textContent ?? '').replace(/\s+/g, ' ').trim();
		const nameOf = (el: Element): string => {
			const label = el.getAttribute('aria-label')?.trim();
			if (label) return label;
			const ids = el.getAttribute('aria-labelledby');
			if (ids)
				return ids
					.split(/\s+/)
					.map((id) => text(document.getElementById(id)))
					.join(' ')
					.trim();
			if (el instanceof SVGElement) return text(el.querySelector(':scope > title'));
			if (el instanceof HTMLImageElement) return el.alt.trim();
			return '';
		};
		const visuals = [...document.querySelectorAll('svg, canvas, .leaflet-container')].filter(
			(el) => {
				if (el.parentElement?.closest('svg')) return false; // nested svg: the outer one counts
				if (el.closest('.leaflet-container') && !el.classList.contains('leaflet-container'))
					return false;
				const r = el.getBoundingClientRect();
				return r.width >= 48 && r.height >= 48;
			}
		);
		// A named img/slider/application around (or on) the visual is its alternative: e.g. a chart cursor
		// (role slider) whose aria-valuetext reads the values.
		const namedRole = (el: Element) => {
			for (let n: Element | null = el; n && n.tagName !== 'FIGURE'; n = n.parentElement) {
				const role = n.getAttribute('role');
				if ((role === 'img' || role === 'slider' || role === 'application') && nameOf(n))
					return true;
			}
			return false;
		};
		for (const el of visuals) {
			if (namedRole(el)) continue;
			const figure = el.closest('figure');
			if (!figure) {
				findings.push({
					element: describe(el),
					problem:
						'a chart or map outside any <figure>, with no role="img" and accessible name: wrap it in Figure.svelte with a text alternative'
				});
				continue;
			}
			const figureName = nameOf(figure) || text(figure.querySelector(':scope > figcaption')) || '';
			if (!figureName)
				findings.push({
					element: describe(el),
					problem: 'its <figure> has no name (aria-labelledby, aria-label or figcaption)'
				});
			const alternatives = [
				...figure.querySelectorAll('.figure-alternative, [data-text-alternative]')
			].filter((a) => !a.closest('[aria-hidden="true"]'));
			const altText = alternatives.map(text).join(' ');
			if (altText.length < 20)
				findings.push({
					element: describe(el),
					problem: `no text alternative in its figure (found ${altText.length} characters): give Figure an \`alternative\` (a table or a sentence with the numbers)`
				});
		}
		return findings;
	});
}

export function formatFigures(findings: FigureFinding[]): string {
	return findings.map((f) => `- ${f.element}: ${f.problem}`).join('\n');
}
