/**
 * ESLint rule `lofted/layers`: the import direction between the layers of src/lib (docs/architecture.md).
 *
 * - data imports no other layer; physics and geo import only data's types and units;
 * - viz, state, scene, check and workers import the layers below them, never the dataset-aware ones
 *   unless they are dataset-aware themselves (scene, check, workers);
 * - no layer imports components or routes;
 * - code that runs in the browser (components, pages, universal loads, state, viz) imports nothing that
 *   reads the dataset (data/dataset, scene/): pages get their numbers from `load`. Type-only
 *   imports are allowed there, since they vanish from the bundle.
 *
 * Imports are resolved (`$lib/...` and relative paths) before they are checked, so `../data/dataset.ts`
 * and `$lib/data/dataset` are the same module. Packages are left to `no-restricted-imports`.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const LIB = resolve('src/lib');
const ROUTES = resolve('src/routes');

/**
 * Layer -> the layers (or `layer/module` paths) it may import. Root files of src/lib (errors.ts) are free.
 * @type {Record<string, string[]>}
 */
const ALLOWED = {
	data: ['data'],
	physics: ['physics', 'data/types', 'data/units'],
	geo: ['geo', 'data/types', 'data/units'],
	viz: ['viz', 'data', 'physics', 'geo', 'state'],
	state: ['state', 'data', 'physics', 'geo', 'viz'],
	scene: ['scene', 'data', 'physics', 'geo', 'viz', 'state'],
	check: ['check', 'data', 'physics', 'geo', 'viz', 'scene'],
	workers: ['workers', 'data', 'physics', 'geo', 'viz', 'scene']
};

/** Modules that read the dataset: never in a browser bundle. */
const DATASET_AWARE = ['data/dataset', 'scene'];

/** Files allowed to break the direction: none today; a name here must say which change removes it. */
/** @type {string[]} */
export const LAYERING_EXCEPTIONS = [];

/**
 * `data/types` for src/lib/data/types.ts, `scene/facts/index` for src/lib/scene/facts/index.ts.
 * @param {string} file
 * @returns {string | null}
 */
function libPath(file) {
	const rel = relative(LIB, file);
	if (rel.startsWith('..')) return null;
	return rel
		.split(sep)
		.join('/')
		.replace(/\.(svelte\.)?(ts|js)$/, '');
}

/** @type {(path: string, prefix: string) => boolean} */
const matches = (path, prefix) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Where code runs decides what it may import: 'browser', a lib layer, or null (server-only, tests).
 * @param {string} file
 * @returns {{ kind: 'browser' | 'layer', layer: string | null, browser?: boolean } | null}
 */
function roleOf(file) {
	const lib = libPath(file);
	if (lib !== null) {
		const layer = lib.split('/')[0];
		if (layer === 'components') return { kind: 'browser', layer: null };
		return { kind: 'layer', layer, browser: layer === 'viz' || layer === 'state' };
	}
	if (relative(ROUTES, file).startsWith('..')) return null;
	// Server loads and endpoints run at build time; pages and universal loads also run in the browser.
	if (/\+(page|layout)\.server\.ts$|\+server\.ts$/.test(file)) return null;
	return { kind: 'browser', layer: null };
}

/**
 * @param {string} source
 * @param {string} file
 */
function target(source, file) {
	if (source.startsWith('$lib/')) return libPath(resolve(LIB, source.slice(5)));
	if (source.startsWith('.')) return libPath(resolve(dirname(file), source));
	return null;
}

/**
 * Why `file` may not import `to` (a src/lib path), or null when it may.
 * @param {string} file
 * @param {string | null} to
 * @param {boolean} typeOnly
 * @returns {string | null}
 */
export function layeringProblem(file, to, typeOnly) {
	const role = roleOf(file);
	if (!role || to === null) return null;
	const toLayer = to.split('/')[0];
	if (!to.includes('/')) return null; // a root file of src/lib, e.g. errors.ts
	const layer = role.layer;
	if (role.kind === 'layer' && layer !== null && ALLOWED[layer]) {
		if (toLayer === 'components')
			return `${layer}/ is a pure layer: it may not import components (${to}).`;
		if (!ALLOWED[layer].some((a) => matches(to, a)))
			return `${layer}/ may import only ${ALLOWED[layer].join(', ')}; not ${to}.`;
	}
	const browser = role.kind === 'browser' || role.browser;
	if (browser && !typeOnly && DATASET_AWARE.some((d) => matches(to, d)))
		return `${to} reads the dataset and would ship it to the browser: compute the value in a server load (scene/) and pass it as page data (a type-only import is fine).`;
	return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
	meta: {
		type: 'problem',
		docs: { description: 'Keep imports between the layers of src/lib in one direction.' },
		schema: []
	},
	create(context) {
		const file = resolve(context.filename);
		const rel = relative(resolve('.'), file).split(sep).join('/');
		if (LAYERING_EXCEPTIONS.includes(rel) || /\.(test|spec)\.ts$/.test(file)) return {};
		/** @type {(node: import('estree').Node, source: unknown, typeOnly: boolean) => void} */
		const check = (node, source, typeOnly) => {
			if (typeof source !== 'string') return;
			const problem = layeringProblem(file, target(source, file), typeOnly);
			if (problem) context.report({ node, message: problem });
		};
		/** A node as typescript-eslint gives it: with `importKind` / `exportKind` (`type` for type-only). */
		/** @typedef {{ importKind?: string, exportKind?: string, specifiers?: { importKind?: string }[] }} TsNode */
		/** @type {(node: unknown) => boolean} */
		const typeOnlyImport = (node) => {
			const n = /** @type {TsNode} */ (node);
			return (
				n.importKind === 'type' ||
				(!!n.specifiers?.length && n.specifiers.every((s) => s.importKind === 'type'))
			);
		};
		/** @type {(node: unknown) => boolean} */
		const typeOnlyExport = (node) => /** @type {TsNode} */ (node).exportKind === 'type';
		return {
			ImportDeclaration: (node) => check(node, node.source.value, typeOnlyImport(node)),
			ExportNamedDeclaration: (node) =>
				node.source && check(node, node.source.value, typeOnlyExport(node)),
			ExportAllDeclaration: (node) => check(node, node.source.value, typeOnlyExport(node)),
			ImportExpression: (node) =>
				node.source.type === 'Literal' && check(node, node.source.value, false)
		};
	}
};

export default { rules: { layers: rule } };
