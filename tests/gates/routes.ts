/**
 * The route list every gate runs on, read from the build output: every prerendered HTML page under the
 * build dir (LOFTED_BUILD_DIR, default "build"). New routes and each /tests/<id> page are covered
 * without editing any list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const buildDir = process.env.LOFTED_BUILD_DIR ?? 'build';

/** Maps a prerendered file path (relative to the build dir) to its URL path. */
export function fileToRoute(file: string): string {
	const posix = file.split(sep).join('/');
	if (posix === 'index.html') return '/';
	if (posix.endsWith('/index.html')) return '/' + posix.slice(0, -'/index.html'.length);
	return '/' + posix.replace(/\.html$/, '');
}

function walk(dir: string, out: string[]): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			// _app holds the bundles, not pages.
			if (name !== '_app') walk(full, out);
		} else if (name.endsWith('.html')) out.push(full);
	}
	return out;
}

export interface PrerenderedPage {
	route: string;
	/** Absolute or cwd-relative path of the HTML file. */
	file: string;
}

/** Every prerendered page, sorted by route. Throws with a how-to-fix message when there is no build. */
export function prerenderedPages(dir: string = buildDir): PrerenderedPage[] {
	if (!existsSync(dir)) {
		throw new Error(
			`No build at "${dir}": build first (LOFTED_BUILD_DIR=${dir} npx vite build) or let the Playwright webServer build it.`
		);
	}
	return walk(dir, [])
		.map((file) => ({ route: fileToRoute(relative(dir, file)), file }))
		.filter((p) => !/^\/(404|200|fallback)$/.test(p.route))
		.sort((a, b) => a.route.localeCompare(b.route));
}

export function prerenderedRoutes(dir: string = buildDir): string[] {
	return prerenderedPages(dir).map((p) => p.route);
}

/**
 * Test ids from the dataset, when data/tests.json exists (tolerates an array of tests or `{ tests: [...] }`).
 * Used to check that each test has its prerendered page.
 */
export function datasetTestIds(file = 'data/tests.json'): string[] | null {
	if (!existsSync(file)) return null;
	const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
	const list = Array.isArray(json)
		? json
		: json && typeof json === 'object' && Array.isArray((json as { tests?: unknown }).tests)
			? (json as { tests: unknown[] }).tests
			: [];
	return list
		.map((t) => (t && typeof t === 'object' ? (t as { id?: unknown }).id : undefined))
		.filter((id): id is string => typeof id === 'string');
}
