import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDir, readDataFiles, validateData } from './vite-plugin-validate-data.ts';

const ROOT = resolve(import.meta.dirname, '..');
const temps: string[] = [];
function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'lofted-data-'));
	temps.push(dir);
	cpSync(join(ROOT, 'data'), dir, { recursive: true });
	return dir;
}
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
function editTests(dir: string, edit: (tests: Json[]) => void) {
	const path = join(dir, 'tests.json');
	const json = JSON.parse(readFileSync(path, 'utf8'));
	edit(json.tests);
	writeFileSync(path, JSON.stringify(json, null, '\t'));
}

describe('readDataFiles / checkDataDir', () => {
	it('reads every JSON file under data/, keyed data/<path>', () => {
		const { files, issues } = readDataFiles(join(ROOT, 'data'));
		expect(issues).toEqual([]);
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining(['data/tests.json', 'data/missiles.json', 'data/places.json'])
		);
	});

	it('the shipped data directory has no problems', () => {
		expect(checkDataDir(join(ROOT, 'data'))).toEqual([]);
	});

	it('reports a file that is not JSON, and a missing directory', () => {
		const dir = copyOfData();
		writeFileSync(join(dir, 'places.json'), '{ "places": [ ');
		const issues = checkDataDir(dir);
		expect(issues[0]).toMatchObject({ file: 'data/places.json', expected: 'valid JSON' });
		expect(checkDataDir(join(dir, 'nope'))[0].expected).toMatch(/readable data directory/);
	});

	it('the plugin calls this.error with one line per problem', () => {
		const dir = copyOfData();
		editTests(dir, (tests) => {
			tests.find((t) => t.id === '2017-11-29-hwasong-15')!.figures.rangeKm[0].value = -950;
		});
		const plugin = validateData({ dir });
		let message = '';
		const context = {
			error(m: string) {
				message = m;
				throw new Error(m);
			}
		};
		const hook = plugin.buildStart as unknown as (this: typeof context) => void;
		expect(() => hook.call(context)).toThrow();
		expect(message).toContain(
			'data/tests.json › 2017-11-29-hwasong-15 › figures.rangeKm[0].value: expected a number > 0 (km), got -950'
		);
	});
});

/** Runs a real `vite build` on a data directory; returns its exit status and output. */
function buildWith(dir: string): { status: number | null; output: string } {
	const tag = `data-test-${process.pid}-${temps.indexOf(dir)}`;
	const buildDir = `build-${tag}`;
	const kitDir = `.svelte-kit-${tag}`;
	try {
		const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: {
				...process.env,
				LOFTED_DATA_DIR: dir,
				LOFTED_BUILD_DIR: buildDir,
				LOFTED_KIT_DIR: kitDir,
				NO_COLOR: '1'
			},
			timeout: 120_000
		});
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	} finally {
		rmSync(join(ROOT, buildDir), { recursive: true, force: true });
		rmSync(join(ROOT, kitDir), { recursive: true, force: true });
	}
}

describe('vite build with broken data (slow: runs a real build)', () => {
	it('fails, naming file, record and field for a negative apogee and a removed source', () => {
		const dir = copyOfData();
		editTests(dir, (tests) => {
			const t = tests.find((x) => x.id === '2022-01-30-hwasong-12')!;
			t.figures.apogeeKm[0].value = -2000;
			delete t.figures.rangeKm[0].sources;
		});
		const { status, output } = buildWith(dir);
		expect(status, output).not.toBe(0);
		expect(output).toContain(
			'data/tests.json › 2022-01-30-hwasong-12 › figures.apogeeKm[0].value: expected a number > 0 (km), got -2000'
		);
		expect(output).toContain(
			'data/tests.json › 2022-01-30-hwasong-12 › figures.rangeKm[0].sources: expected a value for "sources" (required field is missing)'
		);
	});

	it('fails on a source from a denied domain (the source policy in data/sources-policy.json)', () => {
		const dir = copyOfData();
		expect(checkDataDir(dir)).toEqual([]);
		let index = -1;
		editTests(dir, (tests) => {
			const sources = tests.find((x) => x.id === '2022-01-30-hwasong-12')!.figures.rangeKm[0]
				.sources as Json[];
			index = sources.length;
			sources.push({
				url: 'https://www.urdupoint.com/en/world/north-koreas-sunday-missile-test-could-be-ov-1458847.html',
				publisher: 'UrduPoint',
				tier: 'wire',
				checked: '2026-12-02'
			});
		});
		const { status, output } = buildWith(dir);
		expect(status, output).not.toBe(0);
		expect(output).toContain(
			`data/tests.json › 2022-01-30-hwasong-12 › figures.rangeKm[0].sources[${index}].url: expected a citable page, not urdupoint.com (denied in data/sources-policy.json: `
		);
	});
});
