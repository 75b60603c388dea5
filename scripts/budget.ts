/**
 * `npm run budget`: builds the app into its own directory, then reports per prerendered route the
 * JavaScript a first visit loads (gzip), and the largest assets; fails (exit 1) above the budgets kept
 * in package.json under "budgets". Writes reports/budget.md and reports/budget.json.
 *
 * What is counted for a route, by reading its prerendered HTML:
 * - first-load JS: every <link rel="modulepreload">, <script src> and import("...") in the page's inline
 *   boot script, plus everything those modules import statically (transitively);
 * - lazy JS: modules the route's own nodes (`_app/immutable/nodes/*`, i.e. its layouts and page) import
 *   dynamically, transitively (e.g. Leaflet loaded on mount). The app entry's dynamic imports of *other*
 *   routes' nodes are not counted.
 * - data: JS chunks that are mostly a bundled TopoJSON/GeoJSON basemap are reported apart and left out
 *   of the budget ("excluding the basemap data").
 * The budget applies to first-load + lazy JS, minus data. Gzip is zlib level 9 (what a static host
 * serving pre-compressed files sends); sizes in KB = 1,000 bytes.
 *
 * Options: --dir <build dir> (skip the build and measure an existing one), --out <dir> (reports dir).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Budgets {
	/** Route -> maximum first-load + lazy JS, gzip, in KB (1,000 bytes), data chunks excluded. */
	jsGzipKb: Record<string, number>;
}

export interface RouteReport {
	route: string;
	firstLoadFiles: string[];
	lazyFiles: string[];
	dataFiles: string[];
	firstLoadGzipBytes: number;
	lazyGzipBytes: number;
	dataGzipBytes: number;
	cssGzipBytes: number;
	countedGzipBytes: number;
	budgetKb: number | null;
	pass: boolean | null;
	/** The route's five largest files (JS, CSS), gzip bytes. */
	largest: { file: string; gzipBytes: number; kind: 'first-load' | 'lazy' | 'data' | 'css' }[];
}

function argValue(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) walk(full, out);
		else out.push(full);
	}
	return out;
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
	let size = gzipCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file), { level: 9 }).length;
		gzipCache.set(file, size);
	}
	return size;
}

/**
 * A chunk that is mostly basemap data (TopoJSON or GeoJSON bundled as JS): it names a Topology or a
 * FeatureCollection near its start, or at least 60 % of it is numbers, commas and brackets (arc arrays).
 */
function isDataChunk(file: string): boolean {
	if (!file.endsWith('.js')) return false;
	const text = readFileSync(file, 'utf8');
	if (text.length < 20_000) return false;
	const head = text.slice(0, 4000);
	if (/["']Topology["']|["']FeatureCollection["']/.test(head)) return true;
	const numeric = text.match(/[\d,.\-[\]\s]/g)?.length ?? 0;
	return numeric / text.length >= 0.6;
}

/** Static and dynamic module specifiers in a built JS file, resolved to files. */
function importsOf(
	file: string,
	buildDir: string
): { staticDeps: string[]; dynamicDeps: string[] } {
	const text = readFileSync(file, 'utf8');
	const base = dirname(file);
	const resolveSpec = (spec: string) => {
		if (spec.startsWith('/')) return join(buildDir, spec);
		return resolve(base, spec);
	};
	const staticDeps = new Set<string>();
	const dynamicDeps = new Set<string>();
	for (const m of text.matchAll(
		/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.(?:js|mjs))["']/g
	))
		staticDeps.add(resolveSpec(m[1]!));
	for (const m of text.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g))
		staticDeps.add(resolveSpec(m[1]!));
	for (const m of text.matchAll(/\bimport\(\s*["'`]([^"'`]+\.(?:js|mjs))["'`]\s*\)/g))
		dynamicDeps.add(resolveSpec(m[1]!));
	// Vite lists the files (JS and CSS) that each dynamic import preloads in __vite__mapDeps.
	const mapDeps = /__vite__mapDeps=[^[]*\[(\[[^\]]*\])/.exec(text)?.[1];
	if (mapDeps) {
		for (const m of mapDeps.matchAll(/"([^"]+)"/g)) dynamicDeps.add(resolveSpec(m[1]!));
	}
	const exists = (f: string) => existsSync(f);
	return {
		staticDeps: [...staticDeps].filter(exists),
		dynamicDeps: [...dynamicDeps].filter(exists)
	};
}

function closure(roots: string[], buildDir: string): Set<string> {
	const seen = new Set<string>();
	const stack = [...roots];
	while (stack.length) {
		const f = stack.pop()!;
		if (seen.has(f) || !existsSync(f)) continue;
		seen.add(f);
		if (f.endsWith('.js')) stack.push(...importsOf(f, buildDir).staticDeps);
	}
	return seen;
}

function routeOf(buildDir: string, file: string): string {
	const rel = relative(buildDir, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return '/' + rel.slice(0, -'/index.html'.length);
	return '/' + rel.replace(/\.html$/, '');
}

export function measureRoute(buildDir: string, htmlFile: string, budgets: Budgets): RouteReport {
	const html = readFileSync(htmlFile, 'utf8');
	const base = dirname(htmlFile);
	const refs = new Set<string>();
	const css = new Set<string>();
	const toFile = (href: string) =>
		href.startsWith('/') ? join(buildDir, href) : resolve(base, href.split(/[?#]/)[0]!);
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (!href) continue;
		if (/rel="modulepreload"/.test(tag)) refs.add(toFile(href));
		else if (/rel="stylesheet"/.test(tag)) css.add(toFile(href));
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(toFile(m[1]!));
	for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const d of m[1]!.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g))
			refs.add(toFile(d[1]!));
	}
	const firstLoad = closure(
		[...refs].filter((f) => f.endsWith('.js')),
		buildDir
	);
	// Lazy: dynamic imports made by this route's own nodes (and their static deps), transitively.
	const lazy = new Set<string>();
	// The route's own code: its nodes and their static imports, minus what the app entry loads anyway.
	const posixOf = (f: string) => f.split(sep).join('/');
	const nodeFiles = [...firstLoad].filter((f) => posixOf(f).includes('/_app/immutable/nodes/'));
	const entryFiles = closure(
		[...firstLoad].filter((f) => posixOf(f).includes('/_app/immutable/entry/')),
		buildDir
	);
	const routeOwned = [...closure(nodeFiles, buildDir)].filter((f) => !entryFiles.has(f));
	const queue = [...routeOwned];
	const visited = new Set<string>();
	while (queue.length) {
		const f = queue.pop()!;
		if (visited.has(f)) continue;
		visited.add(f);
		for (const d of importsOf(f, buildDir).dynamicDeps) {
			if (d.endsWith('.css')) {
				if (!css.has(d)) css.add(d);
				continue;
			}
			for (const c of closure([d], buildDir)) {
				if (!firstLoad.has(c) && !lazy.has(c)) {
					lazy.add(c);
					queue.push(c);
				}
			}
		}
	}
	const data = [...firstLoad, ...lazy].filter(isDataChunk);
	const sum = (files: Iterable<string>) => [...files].reduce((s, f) => s + gzipSize(f), 0);
	const firstLoadGzipBytes = sum([...firstLoad].filter((f) => f.endsWith('.js')));
	const lazyGzipBytes = sum([...lazy].filter((f) => f.endsWith('.js')));
	const dataGzipBytes = sum(data);
	const countedGzipBytes = firstLoadGzipBytes + lazyGzipBytes - dataGzipBytes;
	const route = routeOf(buildDir, htmlFile);
	const budgetKb = budgets.jsGzipKb[route] ?? null;
	const rel = (f: string) => relative(buildDir, f).split(sep).join(posix.sep);
	return {
		route,
		firstLoadFiles: [...firstLoad].map(rel).sort(),
		lazyFiles: [...lazy].map(rel).sort(),
		dataFiles: data.map(rel).sort(),
		firstLoadGzipBytes,
		lazyGzipBytes,
		dataGzipBytes,
		cssGzipBytes: sum(css),
		countedGzipBytes,
		budgetKb,
		pass: budgetKb === null ? null : countedGzipBytes <= budgetKb * 1000,
		largest: [
			...[...firstLoad].map((f) => ({ f, kind: 'first-load' as const })),
			...[...lazy].map((f) => ({ f, kind: 'lazy' as const })),
			...[...css].map((f) => ({ f, kind: 'css' as const }))
		]
			.map(({ f, kind }) => ({
				file: rel(f),
				gzipBytes: gzipSize(f),
				kind: data.includes(f) ? ('data' as const) : kind
			}))
			.sort((a, b) => b.gzipBytes - a.gzipBytes)
			.slice(0, 5)
	};
}

function readBudgets(): Budgets {
	const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { budgets?: Partial<Budgets> };
	const jsGzipKb = pkg.budgets?.jsGzipKb;
	if (!jsGzipKb || typeof jsGzipKb !== 'object') {
		console.error(
			'package.json has no "budgets": { "jsGzipKb": { "/": 60, ... } } key: add one (route -> KB of gzip JS).'
		);
		process.exit(2);
	}
	for (const [route, value] of Object.entries(jsGzipKb)) {
		if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
			console.error(
				`package.json budgets.jsGzipKb["${route}"] must be a positive number of KB, got ${JSON.stringify(value)}.`
			);
			process.exit(2);
		}
	}
	return { jsGzipKb };
}

function main() {
	const budgets = readBudgets();
	let buildDir = argValue('--dir');
	const outDir = argValue('--out') ?? 'reports';
	if (!buildDir) {
		buildDir = 'build-budget';
		// tsconfig.json extends ./.svelte-kit/tsconfig.json: a fresh clone needs one sync of the default dir.
		if (!existsSync('.svelte-kit/tsconfig.json'))
			spawnSync('npx', ['svelte-kit', 'sync'], { stdio: ['ignore', 'ignore', 'inherit'] });
		console.log(`Building into ${buildDir}/ ...`);
		const res = spawnSync('npx', ['vite', 'build'], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, LOFTED_BUILD_DIR: buildDir, LOFTED_KIT_DIR: '.svelte-kit-budget' }
		});
		if (res.status !== 0) {
			console.error(
				`The build failed (exit ${res.status}): fix the build errors above, then rerun npm run budget.`
			);
			process.exit(1);
		}
	}
	if (!existsSync(buildDir)) {
		console.error(
			`No build at ${buildDir}: run without --dir to build, or pass an existing build dir.`
		);
		process.exit(2);
	}
	const files = walk(buildDir);
	const pages = files
		.filter((f) => f.endsWith('.html') && !f.split(sep).includes('_app'))
		.sort((a, b) => routeOf(buildDir, a).localeCompare(routeOf(buildDir, b)));
	const reports = pages.map((p) => measureRoute(buildDir, p, budgets));
	const missing = Object.keys(budgets.jsGzipKb).filter((r) => !reports.some((x) => x.route === r));

	const largest = files
		.filter((f) => !f.endsWith('.html'))
		.map((f) => ({
			file: relative(buildDir, f).split(sep).join('/'),
			bytes: statSync(f).size,
			gzip: gzipSize(f)
		}))
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, 12);

	const rows = reports.map(
		(r) =>
			`| \`${r.route}\` | ${kb(r.firstLoadGzipBytes)} | ${kb(r.lazyGzipBytes)} | ${kb(r.dataGzipBytes)} | **${kb(r.countedGzipBytes)}** | ${r.budgetKb ?? '-'} | ${r.pass === null ? 'no budget' : r.pass ? 'pass' : '**OVER**'} | ${kb(r.cssGzipBytes)} |`
	);
	const md = [
		'# Performance budget',
		'',
		`Build: \`${buildDir}/\`, measured ${new Date().toISOString()}. Sizes are gzip (level 9) in KB (1,000 bytes).`,
		'',
		"Counted JS = first-load JS (modulepreload + boot imports + their static imports) + lazy JS (dynamic imports of the route's own nodes, e.g. Leaflet) - basemap data chunks. Budgets: `package.json` → `budgets.jsGzipKb`.",
		'',
		'| Route | First-load JS | Lazy JS | Data (excluded) | Counted JS | Budget | Status | CSS |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
		...rows,
		'',
		...(missing.length
			? [`Budgeted routes with no prerendered page: ${missing.join(', ')}.`, '']
			: []),
		'## Largest assets (whole build)',
		'',
		'| File | Raw KB | Gzip KB |',
		'| --- | ---: | ---: |',
		...largest.map((a) => `| \`${a.file}\` | ${kb(a.bytes)} | ${kb(a.gzip)} |`),
		'',
		'## Largest files per route',
		'',
		...reports.flatMap((r) => [
			`- \`${r.route}\` (${r.firstLoadFiles.length} first-load file(s), ${r.lazyFiles.length} lazy): ${r.largest
				.map((l) => `\`${l.file}\` ${kb(l.gzipBytes)} (${l.kind})`)
				.join(', ')}`
		]),
		''
	].join('\n');
	mkdirSync(outDir, { recursive: true });
	writeFileSync(join(outDir, 'budget.md'), md);
	writeFileSync(
		join(outDir, 'budget.json'),
		JSON.stringify({ buildDir, budgets, reports, largest }, null, 2)
	);
	console.log(md.split('\n## Largest files per route')[0]);
	console.log(`Wrote ${join(outDir, 'budget.md')} and budget.json`);
	const over = reports.filter((r) => r.pass === false);
	if (missing.length) {
		console.error(`Budgeted route(s) not found in the build: ${missing.join(', ')}.`);
		process.exit(1);
	}
	if (over.length) {
		console.error(
			`Over budget: ${over.map((r) => `${r.route} ${kb(r.countedGzipBytes)} KB > ${r.budgetKb} KB`).join('; ')}. Trim or lazy-load code on those routes.`
		);
		process.exit(1);
	}
	console.log('All budgeted routes are within budget.');
}

main();
