/**
 * Reduced-motion gate (WCAG 2.3.3): with `prefers-reduced-motion: reduce` emulated, the page must not run
 * animations, must not scroll smoothly and must not transition anything that moves (transform, position,
 * margins). Colour and opacity transitions are allowed.
 */
import type { Page } from '@playwright/test';

export interface MotionFinding {
	element: string;
	problem: string;
}

const movingProps =
	/^(all|transform|translate|scale|rotate|left|right|top|bottom|inset|margin.*|width|height)$/;

/** Call after `page.emulateMedia({ reducedMotion: 'reduce' })` and navigation. */
export async function checkReducedMotion(page: Page): Promise<MotionFinding[]> {
	const movingSource = movingProps.source;
	return page.evaluate((movingSrc: string) => {
		const moving = new RegExp(movingSrc);
		const findings: { element: string; problem: string }[] = [];
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${
				typeof (el as HTMLElement).className === 'string' && (el as HTMLElement).className.trim()
					? '.' + (el as HTMLElement).className.trim().split(/\s+/).slice(0, 2).join('.')
					: ''
			}`;
		if (!matchMedia('(prefers-reduced-motion: reduce)').matches)
			findings.push({ element: 'page', problem: 'reduced motion is not emulated' });
		for (const anim of document.getAnimations()) {
			const timing = anim.effect?.getComputedTiming();
			const duration = Number(timing?.duration ?? 0);
			if (anim.playState === 'running' && (duration > 10 || timing?.iterations === Infinity)) {
				const target = (anim.effect as KeyframeEffect | null)?.target;
				findings.push({
					element: target ? describe(target) : 'unknown',
					problem: `animation "${(anim as CSSAnimation).animationName ?? anim.id ?? ''}" runs (${duration} ms, iterations ${timing?.iterations}) under reduced motion`
				});
			}
		}
		const seconds = (v: string) =>
			v.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s)));
		for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
			const cs = getComputedStyle(el);
			if (cs.scrollBehavior === 'smooth')
				findings.push({
					element: describe(el),
					problem: 'scroll-behavior: smooth under reduced motion'
				});
			if (cs.animationName !== 'none' && seconds(cs.animationDuration).some((s) => s > 0.01))
				findings.push({
					element: describe(el),
					problem: `CSS animation ${cs.animationName} (${cs.animationDuration}) is not disabled under reduced motion`
				});
			const props = cs.transitionProperty.split(',').map((s) => s.trim());
			const durations = seconds(cs.transitionDuration);
			props.forEach((p, i) => {
				const d = durations[i % durations.length] ?? 0;
				if (d > 0.01 && moving.test(p))
					findings.push({
						element: describe(el),
						problem: `transition of ${p} (${d}s) moves things under reduced motion`
					});
			});
		}
		return findings;
	}, movingSource);
}

export function formatMotion(findings: MotionFinding[]): string {
	return findings.map((f) => `- ${f.element}: ${f.problem}`).join('\n');
}
