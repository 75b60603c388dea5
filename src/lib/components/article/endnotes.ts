// Build-time rendering of the endnotes to static HTML (server only: imports svelte/server and the resolver).
import { render } from 'svelte/server';
import { claims, resolveFact } from '$lib/data/facts.ts';
import Endnotes from './Endnotes.svelte';

/** The `<li>` items of the endnote list, every claim in text order, as an HTML string. */
export function renderEndnotes(): string {
	const facts = claims.map((c) => resolveFact(c.id));
	return render(Endnotes, { props: { facts } }).body;
}
