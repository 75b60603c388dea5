/**
 * `npm run budget`: builds the app into its own directory, then reports per prerendered route the
 * JavaScript a visit loads (gzip), read from Vite's build manifest; fails (exit 1) above the budgets in
 * package.json under "budgets". Writes reports/budget.md and reports/budget.json.
 *
 * For each page, its boot script names the app's entry chunks and the route's nodes (`node_ids`). From
 * the manifest (SvelteKit's <kit dir>/output/client/.vite/manifest.json):
 * - first-load JS: those chunks and everything they import statically;
 * - lazy JS: what the route's nodes import dynamically (Leaflet, the fact panel...), transitively, minus
 *   the first load. The app entry's dynamic imports of other routes' nodes are not counted;
 * - workers: worker scripts the route's chunks start (they run off the main thread; reported apart).
 * A page with no boot script (csr = false) loads no JavaScript. The budget applies to first-load + lazy.
 * Gzip is zlib level 9 (what a static host serving pre-compressed files sends); KB = 1,000 bytes.
 *
 * Options: --dir <build dir> --kit <kit dir> (measure an existing build; both or neither), --out <dir>.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteReport {
	route: string;
	firstLoadGzipBytes: number;
	lazyGzipBytes: number;
	workerGzipBytes: number;
	cssGzipBytes: number;
	countedGzipBytes: number;
	budgetKb: number | null;
	pass: boolean | null;
	files: { file: string; gzipBytes: number; kind: 'first-load' | 'lazy' | 'worker' }[];
}

function argValue(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function pages(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			if (name !== '_app') pages(full, out);
		} else if (name.endsWith('.html')) out.push(full);
	}
	return out;
}

function routeOf(buildDir: string, file: string): string {
	const rel = relative(buildDir, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	return '/' + rel.replace(/\/index\.html$/, '').replace(/\.html$/, '');
}

/** Manifest keys reachable from `keys` through `imports` (and `dynamicImports` when `dynamic`). */
function closure(manifest: Manifest, keys: string[], dynamic = false): Set<string> {
	const seen = new Set<string>();
	const stack = [...keys];
	while (stack.length) {
		const k = stack.pop()!;
		if (seen.has(k) || !manifest[k]) continue;
		seen.add(k);
		stack.push(...(manifest[k].imports ?? []));
		if (dynamic) stack.push(...(manifest[k].dynamicImports ?? []));
	}
	return seen;
}

export function measureRoute(
	buildDir: string,
	kitDir: string,
	manifest: Manifest,
	htmlFile: string,
	budgets: Record<string, number>,
	gzipSize: (file: string) => number
): RouteReport {
	const html = readFileSync(htmlFile, 'utf8');
	const byFile = new Map(Object.entries(manifest).map(([k, c]) => [c.file, k]));
	const boot = [...html.matchAll(/import\("\.?\/?((?:\.\.\/)*_app\/immutable\/[^"]+\.js)"\)/g)].map(
		(m) => m[1].replace(/^(\.\.\/)+/, '')
	);
	const nodeIds =
		/node_ids:\s*\[([\d,\s]*)\]/
			.exec(html)?.[1]
			.split(',')
			.map((s) => s.trim()) ?? [];
	const nodeKeys = nodeIds
		.filter(Boolean)
		.map((id) => `${kitDir}/generated/client-optimized/nodes/${id}.js`)
		.filter((k) => manifest[k]);
	const entryKeys = boot.map((f) => byFile.get(f)).filter((k): k is string => !!k);
	const first = closure(manifest, [...entryKeys, ...nodeKeys]);
	const lazyKeys = new Set<string>();
	for (const k of closure(manifest, nodeKeys))
		for (const d of manifest[k].dynamicImports ?? [])
			for (const c of closure(manifest, [d], true)) if (!first.has(c)) lazyKeys.add(c);
	const fileOf = (k: string) => join(buildDir, manifest[k].file);
	const workers = new Set<string>();
	for (const k of [...first, ...lazyKeys]) {
		const text = readFileSync(fileOf(k), 'utf8');
		for (const m of text.matchAll(/workers\/([\w.-]+\.js)/g)) {
			const f = join(buildDir, '_app/immutable/workers', m[1]);
			if (existsSync(f)) workers.add(f);
		}
	}
	const css = new Set([...first].flatMap((k) => manifest[k].css ?? []));
	const files: RouteReport['files'] = [
		...[...first].map((k) => ({ file: manifest[k].file, kind: 'first-load' as const })),
		...[...lazyKeys].map((k) => ({ file: manifest[k].file, kind: 'lazy' as const })),
		...[...workers].map((f) => ({ file: relative(buildDir, f), kind: 'worker' as const }))
	]
		.map((f) => ({ ...f, gzipBytes: gzipSize(join(buildDir, f.file)) }))
		.sort((a, b) => b.gzipBytes - a.gzipBytes);
	const sum = (kind: RouteReport['files'][number]['kind']) =>
		files.filter((f) => f.kind === kind).reduce((s, f) => s + f.gzipBytes, 0);
	const route = routeOf(buildDir, htmlFile);
	const budgetKb = budgets[route] ?? null;
	const counted = sum('first-load') + sum('lazy');
	return {
		route,
		firstLoadGzipBytes: sum('first-load'),
		lazyGzipBytes: sum('lazy'),
		workerGzipBytes: sum('worker'),
		cssGzipBytes: [...css].reduce((s, f) => s + gzipSize(join(buildDir, f)), 0),
		countedGzipBytes: counted,
		budgetKb,
		pass: budgetKb === null ? null : counted <= budgetKb * 1000,
		files
	};
}

function readBudgets(): Record<string, number> {
	const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
		budgets?: { jsGzipKb?: Record<string, unknown> };
	};
	const budgets = pkg.budgets?.jsGzipKb;
	if (!budgets || typeof budgets !== 'object') {
		console.error(
			'package.json has no "budgets": { "jsGzipKb": { "/": 60, ... } } key: add one (route -> KB of gzip JS).'
		);
		process.exit(2);
	}
	for (const [route, value] of Object.entries(budgets))
		if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
			console.error(
				`package.json budgets.jsGzipKb["${route}"] must be a positive number of KB, got ${JSON.stringify(value)}.`
			);
			process.exit(2);
		}
	return budgets as Record<string, number>;
}

function main() {
	if (process.argv.includes('--help')) {
		console.log(
			'Usage: npm run budget -- [--dir <build dir> --kit <kit dir>] [--out <dir>] [--help]'
		);
		return;
	}
	const budgets = readBudgets();
	let buildDir = argValue('--dir');
	let kitDir = argValue('--kit');
	const outDir = argValue('--out') ?? 'reports';
	if (!!buildDir !== !!kitDir) {
		console.error('Give both --dir <build dir> and --kit <kit dir> (or neither, to build).');
		process.exit(2);
	}
	if (!buildDir || !kitDir) {
		buildDir = 'build-budget';
		kitDir = '.svelte-kit-budget';
		// tsconfig.json extends ./.svelte-kit/tsconfig.json: a fresh clone needs one sync of the default dir.
		if (!existsSync('.svelte-kit/tsconfig.json'))
			spawnSync('npx', ['svelte-kit', 'sync'], { stdio: ['ignore', 'ignore', 'inherit'] });
		console.log(`Building into ${buildDir}/ ...`);
		const res = spawnSync('npx', ['vite', 'build'], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, LOFTED_BUILD_DIR: buildDir, LOFTED_KIT_DIR: kitDir }
		});
		if (res.status !== 0) {
			console.error(`The build failed (exit ${res.status}): fix it, then rerun npm run budget.`);
			process.exit(1);
		}
	}
	const manifestFile = join(kitDir, 'output/client/.vite/manifest.json');
	if (!existsSync(buildDir) || !existsSync(manifestFile)) {
		console.error(`No build at ${buildDir}/ with a manifest at ${manifestFile}: build first.`);
		process.exit(2);
	}
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
	const gzipCache = new Map<string, number>();
	const gzipSize = (f: string) => {
		let n = gzipCache.get(f);
		if (n === undefined) gzipCache.set(f, (n = gzipSync(readFileSync(f), { level: 9 }).length));
		return n;
	};
	const reports = pages(buildDir)
		.map((p) => measureRoute(buildDir!, kitDir!, manifest, p, budgets, gzipSize))
		.sort((a, b) => a.route.localeCompare(b.route));
	const missing = Object.keys(budgets).filter((r) => !reports.some((x) => x.route === r));

	const md = [
		'# JavaScript per route',
		'',
		`Build \`${buildDir}/\` (manifest \`${manifestFile}\`), ${new Date().toISOString()}. Gzip level 9, KB = 1,000 bytes. Budgets: \`package.json\` → \`budgets.jsGzipKb\`, on first-load + lazy JS.`,
		'',
		'| Route | First-load JS | Lazy JS | Counted | Budget | Status | Workers (off the main thread) | CSS files |',
		'| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
		...reports.map(
			(r) =>
				`| \`${r.route}\` | ${kb(r.firstLoadGzipBytes)} | ${kb(r.lazyGzipBytes)} | **${kb(r.countedGzipBytes)}** | ${r.budgetKb ?? '-'} | ${r.pass === null ? 'no budget' : r.pass ? 'pass' : '**OVER**'} | ${kb(r.workerGzipBytes)} | ${kb(r.cssGzipBytes)} |`
		),
		'',
		...(missing.length
			? [`Budgeted routes with no prerendered page: ${missing.join(', ')}.`, '']
			: []),
		'## Largest files per route',
		'',
		...reports
			.filter((r) => r.files.length)
			.map(
				(r) =>
					`- \`${r.route}\`: ${r.files
						.slice(0, 5)
						.map((f) => `\`${f.file}\` ${kb(f.gzipBytes)} (${f.kind})`)
						.join(', ')}`
			),
		''
	].join('\n');
	mkdirSync(outDir, { recursive: true });
	writeFileSync(join(outDir, 'budget.md'), md);
	writeFileSync(
		join(outDir, 'budget.json'),
		JSON.stringify({ buildDir, budgets, reports }, null, 2)
	);
	console.log(md.split('\n## Largest files per route')[0]);
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
