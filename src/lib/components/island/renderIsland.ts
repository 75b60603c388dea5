// Build-time rendering of an island (server only: imports svelte/server). See islands.ts and Island.svelte.
import { render } from 'svelte/server';
import type { Component, ComponentProps } from 'svelte';
import { ISLAND_ROOT } from './islands.ts';

/**
 * The component's server-rendered HTML, hydration markers kept, inside one wrapper element. The page inserts
 * it with `{@html}`: Svelte's `{@html}` hydration claims top-level nodes up to the first empty comment, so the
 * markers (some of which are empty comments) must sit one level down. `idPrefix` keeps the island's
 * `$props.id()` ids apart from the page's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, its props checked below
export function renderIsland<C extends Component<any>>(
	component: C,
	props: ComponentProps<C>,
	idPrefix: string
): string {
	// render()'s conditional parameter types do not resolve for a generic component.
	const renderAny = render as (
		c: C,
		o: { props: ComponentProps<C>; idPrefix: string }
	) => { body: string };
	const { body } = renderAny(component, { props, idPrefix });
	return `<div ${ISLAND_ROOT}="${idPrefix}">${body}</div>`;
}
