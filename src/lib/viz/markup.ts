/**
 * Building escaped HTML/SVG markup as strings, for the parts of the charts and tables that are inserted
 * with `{@html}` (see chartSvg.ts for why). Every text and attribute value is escaped: labels come from the
 * dataset.
 */
import { escapeHtml } from '../components/html.ts';

export type AttrValue = string | number | undefined | null;

/** One element: attributes whose value is undefined or null are left out (as Svelte does). */
export function el(name: string, attrs: Record<string, AttrValue>, children = ''): string {
	let open = `<${name}`;
	for (const [key, value] of Object.entries(attrs)) {
		if (value === undefined || value === null) continue;
		open += ` ${key}="${escapeHtml(String(value))}"`;
	}
	return `${open}>${children}</${name}>`;
}

/** Escaped text content. */
export const text = escapeHtml;
