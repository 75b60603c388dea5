/**
 * Shared by the measuring scripts (lighthouse, longtasks): build the app into a directory of its own,
 * list its prerendered routes and serve it with `vite preview` on a port of its own, so a measurement never
 * collides with a developer's build or with the test server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { errorMessage } from '../../src/lib/errors.ts';
import { CliError, wholeNumberOption } from './cli-kit.ts';

export function fail(message: string, code = 1): never {
	console.error(message);
	process.exit(code);
}

/**
 * The script's command-line flags (plus --help, which prints `usage` and exits), parsed strictly; a bad
 * flag exits 2 with the parser's message and the usage line.
 */
export function readScriptOptions<const T extends ParseArgsOptionsConfig>(
	options: T,
	usage: string
) {
	const config = {
		args: process.argv.slice(2),
		options: { ...options, help: { type: 'boolean', short: 'h' } } as T & {
			help: { type: 'boolean'; short: 'h' };
		},
		strict: true as const,
		allowPositionals: false as const
	};
	let values: ReturnType<typeof parseArgs<typeof config>>['values'];
	try {
		values = parseArgs(config).values;
	} catch (error) {
		fail(`${errorMessage(error).split('\n')[0]}. ${usage}`, 2);
	}
	if ((values as { help?: boolean }).help) {
		console.log(usage);
		process.exit(0);
	}
	return values;
}

/** A whole-number flag with a default and bounds (cli-kit's messages); exits 2 with the usage line. */
export function wholeNumberFlag(
	values: Record<string, unknown>,
	name: string,
	fallback: number,
	bounds: { min: number; max: number },
	usage: string
): number {
	try {
		return wholeNumberOption(values, name, fallback, bounds);
	} catch (error) {
		if (!(error instanceof CliError)) throw error;
		fail(`${error.message} ${usage}`, 2);
	}
}

/** Every prerendered page under `dir` as a route: index.html -> "/", tests/x.html -> "/tests/x". */
export function routesIn(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app') walk(full);
			} else if (name.endsWith('.html')) {
				const rel = relative(dir, full).split(sep).join('/');
				out.push(
					rel === 'index.html'
						? '/'
						: '/' + rel.replace(/\/index\.html$/, '').replace(/\.html$/, '')
				);
			}
		}
	};
	walk(dir);
	return out.sort();
}

/** The top-level routes plus the first /tests/<id> (what the measuring scripts visit by default). */
export function defaultRoutes(all: string[]): string[] {
	return all.filter(
		(r) => r.split('/').length <= 2 || r === all.find((x) => x.startsWith('/tests/'))
	);
}

export interface BuildDirs {
	buildDir: string;
	kitDir: string;
}

/** `vite build` into `dirs`; exits with a message when the build fails. */
export function buildInto(dirs: BuildDirs, command: string): void {
	// tsconfig.json extends ./.svelte-kit/tsconfig.json: a fresh clone needs one sync of the default dir.
	if (!existsSync('.svelte-kit/tsconfig.json'))
		spawnSync('npx', ['svelte-kit', 'sync'], { stdio: ['ignore', 'ignore', 'inherit'] });
	console.log(`Building into ${dirs.buildDir}/ ...`);
	const res = spawnSync('npx', ['vite', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, LOFTED_BUILD_DIR: dirs.buildDir, LOFTED_KIT_DIR: dirs.kitDir }
	});
	if (res.status !== 0)
		fail(`The build failed (exit ${res.status}): fix it, then rerun ${command}.`);
}

async function waitForServer(url: string, child: ChildProcess, port: number, timeoutMs = 30_000) {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		if (child.exitCode !== null)
			fail(`vite preview exited (code ${child.exitCode}): is port ${port} free? Pass --port <n>.`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	fail(`vite preview did not answer on ${url} within ${timeoutMs / 1000} s.`);
}

/** Serves `dirs.buildDir` on 127.0.0.1:`port`; resolves once it answers. `stop()` ends the server. */
export async function startPreview(
	dirs: BuildDirs,
	port: number
): Promise<{ origin: string; stop: () => void }> {
	// Run vite's own binary with node, so the pid we kill is the server itself.
	const preview = spawn(
		process.execPath,
		[
			join('node_modules', 'vite', 'bin', 'vite.js'),
			'preview',
			'--port',
			String(port),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{
			env: { ...process.env, LOFTED_BUILD_DIR: dirs.buildDir, LOFTED_KIT_DIR: dirs.kitDir },
			stdio: 'ignore'
		}
	);
	const stop = () => {
		if (preview.exitCode === null) preview.kill('SIGTERM');
	};
	process.on('exit', stop);
	const origin = `http://127.0.0.1:${port}`;
	await waitForServer(`${origin}/`, preview, port);
	return { origin, stop };
}
