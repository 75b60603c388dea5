// Makes the static article interactive in the browser. The article page's content is prerendered HTML
// that is not hydrated (render.ts, staticHtml.ts); this attachment, on the element holding it:
// - turns each annotation link (Annotation.svelte) into underlined text plus a marker <button> with
//   aria-expanded and aria-controls, one block per frame, so that neither the script nor the relayout it
//   causes blocks a phone's main thread for long; the article says data-annotations="buttons" when done;
// - opens a fact-check panel (FactPanel.svelte, mounted into the panel slot after the block) when a
//   marker or a phrase is activated, focuses it, and fills it when the fact's details arrive; the panel's
//   code is not part of the page's first load: it is fetched once the annotations are buttons (or on the
//   first open, if that comes earlier);
// - closes it on Escape, on Close or on a second activation, and returns focus to the marker.
// A link activated before its turn is converted on the spot, so an early click opens the panel too
// (a modified click, e.g. Ctrl+click, still follows the link to the endnote).
import { flushSync, mount, unmount } from 'svelte';
import { resolve } from '$app/paths';
import type { Attachment } from 'svelte/attachments';
import type { ResolvedFact } from '$lib/data/facts.ts';
import { errorMessage } from '$lib/errors';
import { inFrames } from '../frames.ts';
import { loadOnce } from '../loadOnce.ts';
import type { PanelDetail } from './FactPanel.svelte';
import { noteId } from './anchors.ts';

export interface AnnotateOptions {
	/** The prerendered JSON of every annotation's details (fact id -> ResolvedFact), fetched on the first open. */
	factsUrl: string;
}

const LINK = 'a.annotation[data-fact]';
const MARKER = 'button.marker';

/**
 * Turns one annotation link into its interactive form in place: a span with the same classes and data,
 * whose phrases are marked `data-annotation-phrase` and whose marker becomes a button named by the link's
 * `data-label` and controlling the panel slot `data-panel`. Returns the button, or null (leaving the
 * link, which still works) when the link lacks its marker or panel.
 */
export function linkToButton(link: HTMLAnchorElement): HTMLButtonElement | null {
	const marker = link.querySelector<HTMLElement>('.marker');
	const panel = link.dataset.panel;
	if (!marker || !panel) return null;
	const annotation = document.createElement('span');
	annotation.className = link.className;
	for (const name of ['fact', 'verdict'] as const) {
		const value = link.dataset[name];
		if (value !== undefined) annotation.dataset[name] = value;
	}
	link.querySelector(':scope > .visually-hidden')?.remove();
	for (const phrase of link.querySelectorAll('.phrase'))
		phrase.setAttribute('data-annotation-phrase', '');

	const button = document.createElement('button');
	button.type = 'button';
	button.className = marker.className;
	if (link.id) button.id = link.id;
	button.setAttribute('aria-expanded', 'false');
	button.setAttribute('aria-controls', panel);
	const symbol = document.createElement('span');
	symbol.setAttribute('aria-hidden', 'true');
	symbol.textContent = marker.textContent;
	const name = document.createElement('span');
	name.className = 'visually-hidden';
	name.textContent = link.dataset.label ?? link.textContent;
	button.append(symbol, name);
	marker.replaceWith(button);
	annotation.append(...link.childNodes);
	link.replaceWith(annotation);
	return button;
}

/** The panel component, not part of the page's first load. */
const loadPanel = loadOnce(() => import('./FactPanel.svelte'));

/** The attachment (see the file comment). */
export function annotate(options: AnnotateOptions): Attachment<HTMLElement> {
	return (root) => {
		const article = root.querySelector<HTMLElement>('article[data-annotations]');
		if (!article) return;

		const { factsUrl } = options;
		const loadFacts = loadOnce(async () => {
			const res = await fetch(factsUrl);
			if (!res.ok) throw new Error(`HTTP ${res.status} for ${factsUrl}`);
			return (await res.json()) as Record<string, ResolvedFact>;
		});
		async function loadFact(id: string): Promise<ResolvedFact> {
			const fact = (await loadFacts())[id];
			if (!fact) throw new Error(`no fact “${id}” in ${factsUrl}`);
			return fact;
		}

		let open: {
			button: HTMLButtonElement;
			annotation: HTMLElement;
			slot: HTMLElement;
			panel: ReturnType<typeof mount> | null;
		} | null = null;

		function close(restoreFocus: boolean) {
			if (!open) return;
			const { button, annotation, slot, panel } = open;
			open = null;
			if (panel) void unmount(panel);
			else slot.replaceChildren(); // a "could not be opened" message, if any
			button.setAttribute('aria-expanded', 'false');
			annotation.classList.remove('open');
			if (restoreFocus) button.focus();
		}

		function toggle(button: HTMLButtonElement) {
			if (open?.button === button) return close(true);
			close(false);
			const annotation = button.closest<HTMLElement>('.annotation[data-fact]');
			const fact = annotation?.dataset.fact;
			const slot = document.getElementById(button.getAttribute('aria-controls') ?? '');
			if (!annotation || !fact || !slot) return;
			const current: NonNullable<typeof open> = { button, annotation, slot, panel: null };
			open = current;
			button.setAttribute('aria-expanded', 'true');
			annotation.classList.add('open');
			const props = $state({
				detail: null as PanelDetail,
				headingId: `${slot.id}-title`,
				factId: fact,
				onclose: () => close(true)
			});
			loadFact(fact).then(
				(f) => {
					if (open === current) props.detail = { fact: f };
				},
				(e: unknown) => {
					if (open === current) props.detail = { error: errorMessage(e) };
				}
			);
			loadPanel().then(
				({ default: FactPanel }) => {
					if (open !== current) return;
					current.panel = mount(FactPanel, { target: slot, props });
					flushSync();
					slot.querySelector<HTMLElement>('[data-testid="fact-panel"]')?.focus();
				},
				(e: unknown) => {
					if (open !== current) return;
					const alert = document.createElement('p');
					alert.setAttribute('role', 'alert');
					alert.textContent = `The fact check could not be opened (${errorMessage(e)}). Reload the page, or follow the link to the list of all claims: `;
					const link = document.createElement('a');
					link.href = `${resolve('/claims')}#${noteId(fact)}`;
					link.textContent = 'this check in the list';
					alert.append(link);
					slot.replaceChildren(alert);
				}
			);
		}

		const onclick = (event: MouseEvent) => {
			const target = event.target instanceof Element ? event.target : null;
			const link = target?.closest<HTMLAnchorElement>(LINK);
			if (link) {
				if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
				event.preventDefault();
				const button = linkToButton(link);
				if (button) toggle(button);
				return;
			}
			const button =
				target?.closest<HTMLButtonElement>(MARKER) ??
				target
					?.closest('[data-annotation-phrase]')
					?.closest('.annotation')
					?.querySelector<HTMLButtonElement>(MARKER);
			if (button && article.contains(button)) toggle(button);
		};
		const onkeydown = (event: KeyboardEvent) => {
			if (event.key === 'Escape' && open) {
				event.preventDefault();
				close(true);
			}
		};
		article.addEventListener('click', onclick);
		document.addEventListener('keydown', onkeydown);

		// One block per frame: the next block waits until the browser has drawn the previous one.
		const blocks = [...article.querySelectorAll<HTMLElement>('[data-block]')];
		const cancelSteps = inFrames([
			...blocks.map((block) => () => {
				for (const link of block.querySelectorAll<HTMLAnchorElement>(LINK)) linkToButton(link);
			}),
			() => {
				article.dataset.annotations = 'buttons';
				void loadPanel().catch(() => undefined); // ready for the first open; a failure retries then
			}
		]);

		return () => {
			cancelSteps();
			article.removeEventListener('click', onclick);
			document.removeEventListener('keydown', onkeydown);
			close(false);
		};
	};
}
