/**
 * A page's view kept in its address, so any view can be shared and the browser's Back button undoes a
 * change. One helper for every page (/map, /profiles, /tests): give it the page's pure `parse` and
 * `format` functions and the state the prerendered page shows.
 *
 * - The prerendered HTML and the first (hydrating) render use `initial`: the address is not known at
 *   build time, and a different first render in the browser would not match the HTML.
 * - After hydration, and after every navigation (Back, Forward, a link), the address is parsed: the state
 *   follows it, and the messages say what in it could not be used. An address that is not in canonical
 *   form (unknown parameters, a bad value, a different order) is then rewritten in place, so the bad part
 *   does not travel on when the reader copies it or changes the view.
 * - `set(next)` shows `next` at once and adds a history entry with its address (`{ replace: true }`
 *   replaces the current one, for a change the reader would not want to step back through).
 *
 * Create it while a component initialises (it registers `afterNavigate`).
 */
import { afterNavigate, goto, replaceState } from '$app/navigation';

export interface UrlStateOptions<T> {
	/** The state the prerendered page shows (the default view). */
	initial: T;
	/** Reads any query string (with or without "?") into a valid state and one message per problem. */
	parse: (search: string) => { state: T; messages: string[] };
	/** The query string of a state ("" for the default view), with or without "?". */
	format: (state: T) => string;
}

export interface UrlState<T> {
	/** The state shown now. Treat it as a value: change it with `set`, not in place. */
	readonly current: T;
	/** What the last address given to the page asked for that it could not show (empty: nothing). */
	readonly messages: readonly string[];
	/** Shows `next` and puts it in the address (a new history entry unless `replace`). */
	set(next: T, options?: { replace?: boolean }): void;
}

export function urlState<T>(options: UrlStateOptions<T>): UrlState<T> {
	let current = $state.raw(options.initial);
	let messages = $state.raw<readonly string[]>([]);
	const query = (s: T) => {
		const q = options.format(s).replace(/^\?/, '');
		return q ? `?${q}` : '';
	};

	afterNavigate(({ to, type }) => {
		if (!to) return;
		const parsed = options.parse(to.url.search);
		if (query(parsed.state) !== query(current)) current = parsed.state;
		// A change made here (goto) has nothing to report; any other arrival reports what it could not use.
		if (type !== 'goto') messages = parsed.messages;
		const canonical = query(parsed.state);
		if (canonical !== to.url.search) {
			// The page's own path, already resolved (base path included): only the query changes.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(`${to.url.pathname}${canonical}${to.url.hash}`, {});
		}
	});

	return {
		get current() {
			return current;
		},
		get messages() {
			return messages;
		},
		set(next, { replace = false } = {}) {
			current = next;
			messages = [];
			const q = query(next);
			if (q === location.search) return;
			// The page's own path, already resolved (base path included): only the query changes.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			void goto(`${location.pathname}${q}`, {
				replaceState: replace,
				keepFocus: true,
				noScroll: true
			});
		}
	};
}
