/**
 * The HTTP headers Lofted's static build is served with, in one place: `npm start` sends them, and
 * static/_headers (Netlify, Cloudflare Pages) and docs/serving/lofted-headers.conf (nginx) carry the same
 * values (a test keeps them equal).
 *
 * The Content-Security-Policy header is svelte.config.js's policy without script-src and default-src,
 * plus frame-ancestors (which a <meta> policy cannot set). Script hashes differ on every page, so
 * SvelteKit keeps writing them in each page's <meta> policy; a browser enforces both policies, so a
 * script must pass the meta one and everything else the header one.
 */
import config from '../../svelte.config.js';

/** CSP keywords are quoted in a policy; schemes and hosts are not. */
const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-inline',
	'unsafe-eval',
	'unsafe-hashes',
	'strict-dynamic',
	'report-sample',
	'wasm-unsafe-eval'
]);

/** Left to the per-page <meta> policy, where SvelteKit puts each page's script hashes. */
const META_ONLY = new Set(['script-src', 'default-src']);

export function headerPolicy(): string {
	const directives = (config.kit?.csp?.directives ?? {}) as Record<string, string[] | boolean>;
	const parts: string[] = [];
	for (const [name, sources] of Object.entries(directives)) {
		if (META_ONLY.has(name) || !Array.isArray(sources)) continue;
		parts.push([name, ...sources.map((s) => (KEYWORDS.has(s) ? `'${s}'` : s))].join(' '));
	}
	parts.push("frame-ancestors 'none'");
	return parts.join('; ');
}

/** Headers for every response. */
export function securityHeaders(): Record<string, string> {
	return {
		'Content-Security-Policy': headerPolicy(),
		'X-Content-Type-Options': 'nosniff',
		'X-Frame-Options': 'DENY',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
		'Cross-Origin-Opener-Policy': 'same-origin'
	};
}

/** Files whose names carry a content hash: never change, so cached for a year. */
export const IMMUTABLE_PREFIX = '/_app/immutable/';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (pages, data, the favicon) is checked with the server before each use. */
export const REVALIDATE_CACHE = 'no-cache';

export function cacheControl(pathname: string): string {
	return pathname.startsWith(IMMUTABLE_PREFIX) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}
