import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A scan of every file under data/, read from disk (so a file added later is covered too), independent
// of the schemas and of the build validator: no denied domain appears anywhere, and every source carries
// a tier and a checked date.

const DATA = resolve(__dirname, '../../../data');
const POLICY = 'sources-policy.json';

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]
	);
}
const files = filesUnder(DATA).map((f) => ({
	name: relative(DATA, f),
	text: readFileSync(f, 'utf8')
}));
const policy = JSON.parse(readFileSync(join(DATA, POLICY), 'utf8')) as {
	deny: { domain: string; path?: string }[];
};

/** Every object with a string `url`, with where it sits. */
function sourcesIn(x: unknown, at: string, out: { at: string; s: Record<string, unknown> }[]) {
	if (Array.isArray(x)) x.forEach((y, i) => sourcesIn(y, `${at}[${i}]`, out));
	else if (x && typeof x === 'object') {
		const o = x as Record<string, unknown>;
		if (typeof o.url === 'string') out.push({ at, s: o });
		for (const [k, y] of Object.entries(o)) sourcesIn(y, `${at}.${k}`, out);
	}
	return out;
}
const sources = files
	.filter((f) => f.name.endsWith('.json') && f.name !== POLICY)
	.flatMap((f) => sourcesIn(JSON.parse(f.text), f.name, []));

describe('data/ scan', () => {
	it('finds the data files and their sources', () => {
		expect(files.map((f) => f.name)).toEqual(
			expect.arrayContaining(['tests.json', 'missiles.json', 'places.json', 'article/claims.json'])
		);
		expect(sources.length).toBeGreaterThan(300);
	});

	it('no denied domain appears anywhere in data/ outside the policy file (URLs or text)', () => {
		const hits: string[] = [];
		for (const f of files.filter((x) => x.name !== POLICY)) {
			const text = f.text.toLowerCase();
			for (const d of policy.deny) {
				// A path-scoped entry (allthingsnuclear.org/author/) denies only that part of the site.
				const needle = d.path ? `${d.domain}${d.path}` : d.domain;
				if (text.includes(needle.toLowerCase())) hits.push(`${f.name}: ${needle}`);
			}
		}
		expect(hits).toEqual([]);
	});

	it('every source has a tier (official, wire, outlet, analysis) and a real checked date', () => {
		const bad: string[] = [];
		for (const { at, s } of sources) {
			const checked = typeof s.checked === 'string' ? s.checked : '';
			const realDate = /^\d{4}-\d{2}-\d{2}$/.test(checked) && !Number.isNaN(Date.parse(checked));
			if (!['official', 'wire', 'outlet', 'analysis'].includes(s.tier as string))
				bad.push(`${at}: tier`);
			if (!realDate) bad.push(`${at}: checked`);
		}
		expect(bad).toEqual([]);
	});
});
