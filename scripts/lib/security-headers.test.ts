import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	IMMUTABLE_CACHE,
	REVALIDATE_CACHE,
	headerPolicy,
	securityHeaders
} from './security-headers.ts';
import { createStaticServer } from './serve-static.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Netlify/Cloudflare `_headers`: path lines, then indented `Name: value` lines. */
function parseHeadersFile(text: string): Record<string, Record<string, string>> {
	const out: Record<string, Record<string, string>> = {};
	let path = '';
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			path = line.trim();
			out[path] = {};
		} else {
			const [name, ...value] = line.trim().split(': ');
			out[path][name] = value.join(': ');
		}
	}
	return out;
}

describe('the header policy', () => {
	it("leaves script-src and default-src to each page's meta policy and forbids framing", () => {
		const policy = headerPolicy();
		expect(policy).not.toMatch(/script-src|default-src/);
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("img-src 'self' data: blob:");
	});
});

describe('the shipped host configurations', () => {
	it('static/_headers sends the same headers, and caches hashed assets for a year', () => {
		const file = parseHeadersFile(read('static/_headers'));
		expect(file['/*']).toEqual(securityHeaders());
		expect(file['/_app/immutable/*']).toEqual({ 'Cache-Control': IMMUTABLE_CACHE });
	});

	it('the nginx snippet sends the same headers', () => {
		const lines = read('docs/serving/lofted-headers.conf')
			.split('\n')
			.filter((l) => l.startsWith('add_header'));
		const sent = Object.fromEntries(
			lines.map((l) => {
				const m = /^add_header (\S+) "(.*)" always;$/.exec(l)!;
				return [m[1], m[2]];
			})
		);
		expect(sent).toEqual(securityHeaders());
		expect(read('docs/serving/nginx.conf')).toContain(
			`add_header Cache-Control "${IMMUTABLE_CACHE}" always;`
		);
	});
});

describe('the npm start server', () => {
	const dir = mkdtempSync(join(tmpdir(), 'lofted-serve-'));
	let server: ReturnType<typeof createStaticServer>;
	let base = '';
	beforeAll(async () => {
		mkdirSync(join(dir, '_app/immutable'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lofted</title>');
		writeFileSync(join(dir, 'map.html'), '<!doctype html><title>Map</title>');
		writeFileSync(join(dir, '_app/immutable/app.abc123.js'), 'export {};');
		writeFileSync(join(dir, '_headers'), '/*\n');
		server = createStaticServer(dir);
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => {
		server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('sends the security headers on pages, assets and errors, and no CORS header', async () => {
		for (const path of ['/', '/map', '/_app/immutable/app.abc123.js', '/nope']) {
			const res = await fetch(base + path);
			for (const [name, value] of Object.entries(securityHeaders()))
				expect(res.headers.get(name)).toBe(value);
			expect(res.headers.get('access-control-allow-origin')).toBeNull();
		}
	});

	it('caches hashed assets for a year and revalidates pages', async () => {
		expect((await fetch(`${base}/_app/immutable/app.abc123.js`)).headers.get('cache-control')).toBe(
			IMMUTABLE_CACHE
		);
		const page = await fetch(`${base}/map`);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('<title>Map</title>');
		expect(page.headers.get('cache-control')).toBe(REVALIDATE_CACHE);
	});

	it("answers 404 for a missing page and for the hosts' header file", async () => {
		expect((await fetch(`${base}/nope`)).status).toBe(404);
		expect((await fetch(`${base}/_headers`)).status).toBe(404);
	});
});
