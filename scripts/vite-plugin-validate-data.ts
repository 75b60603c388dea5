/**
 * Vite plugin: validates every JSON file under the data directory at the start of `vite build` and fails
 * the build with one line per problem (`file › record › field: expected ..., got ...`).
 *
 * The directory is `process.env.LOFTED_DATA_DIR ?? 'data'` (tests point it at a broken copy). Files are keyed
 * `data/<relative path>` whatever the directory, so messages name the file as it sits in the repository.
 * The rules live in src/lib/data/validate.ts (`validators`), shared with dataset.ts and the unit tests.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssues, validateDataset, type ValidationIssue } from '../src/lib/data/validate.ts';

export interface DataFiles {
	/** Parsed JSON keyed `data/<relative path>`. */
	files: Record<string, unknown>;
	/** Files that could not be read or parsed. */
	issues: ValidationIssue[];
}

function listJson(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...listJson(path));
		else if (name.endsWith('.json')) out.push(path);
	}
	return out;
}

/** Reads and parses every *.json under `dir` (recursively). */
export function readDataFiles(dir: string): DataFiles {
	const root = resolve(dir);
	const files: Record<string, unknown> = {};
	const issues: ValidationIssue[] = [];
	let paths: string[];
	try {
		paths = listJson(root);
	} catch (error) {
		issues.push({
			file: dir,
			record: '(directory)',
			field: '(all files)',
			expected: 'a readable data directory (set LOFTED_DATA_DIR or run from the project root)',
			got: error instanceof Error ? error.message.split('\n')[0] : String(error)
		});
		return { files, issues };
	}
	for (const path of paths) {
		const key = 'data/' + relative(root, path).split(sep).join('/');
		try {
			files[key] = JSON.parse(readFileSync(path, 'utf8'));
		} catch (error) {
			issues.push({
				file: key,
				record: '(file)',
				field: '(whole file)',
				expected: 'valid JSON',
				got: error instanceof Error ? error.message.split('\n')[0] : String(error)
			});
		}
	}
	return { files, issues };
}

/** All problems in the data directory: unreadable files first, then validation issues. */
export function checkDataDir(dir: string): ValidationIssue[] {
	const { files, issues } = readDataFiles(dir);
	return [...issues, ...validateDataset(files)];
}

export function validateData(options: { dir?: string } = {}): Plugin {
	return {
		name: 'lofted-validate-data',
		apply: 'build',
		buildStart() {
			const dir = options.dir ?? process.env.LOFTED_DATA_DIR ?? 'data';
			const issues = checkDataDir(dir);
			if (issues.length === 0) return;
			const lines = formatIssues(issues);
			const message =
				`Data validation failed (${issues.length} problem${issues.length === 1 ? '' : 's'} in ${dir}/); ` +
				`fix the data file(s) and build again:\n` +
				lines.map((l) => `  ${l}`).join('\n');
			this.error(message);
		}
	};
}
