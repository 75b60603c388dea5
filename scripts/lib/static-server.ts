/**
 * A static file server for a built site (adapter-static output), for the measuring scripts: it serves two
 * builds (say, before and after a change) the same way, gzipped as a static host would, and extra pages
 * from memory (a control page). `/map` is `map.html`, `/` is `index.html`.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};

/** The file a URL path names in `dir`, or null (paths outside `dir` included). */
export function fileFor(dir: string, urlPath: string): string | null {
	const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^([/\\])+/, '');
	if (path.split(sep).includes('..')) return null;
	const candidates =
		path === '' ? ['index.html'] : [path, `${path}.html`, join(path, 'index.html')];
	for (const c of candidates) {
		const f = join(dir, c);
		if (existsSync(f) && statSync(f).isFile()) return f;
	}
	return null;
}

export interface StaticServer {
	origin: string;
	close: () => Promise<void>;
}

/** Serves `dir` on 127.0.0.1:`port`; `extra` maps URL paths to HTML served from memory. */
export async function serveStatic(
	dir: string,
	port: number,
	extra: Record<string, string> = {}
): Promise<StaticServer> {
	const cache = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		const path = url.split('?')[0];
		let body: Buffer;
		let type: string;
		if (Object.hasOwn(extra, path)) {
			body = Buffer.from(extra[path]);
			type = TYPES['.html'];
		} else {
			const file = fileFor(dir, path);
			if (!file) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				return;
			}
			body = readFileSync(file);
			type = TYPES[extname(file)] ?? 'application/octet-stream';
		}
		const gzip =
			/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|svg/.test(type);
		const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
		if (gzip) {
			const key = `${path}:${body.length}`;
			let z = cache.get(key);
			if (!z) cache.set(key, (z = gzipSync(body, { level: 9 })));
			body = z;
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers).end(body);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
