/**
 * A small static server for the built site (sirv) that sends securityHeaders() on every response and
 * caches hashed assets for a year. What `npm start` runs; a production host can use static/_headers or
 * docs/serving/ instead. The folder's files are listed once, when the server is created (after a build).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import { cacheControl, securityHeaders } from './security-headers.ts';

export function createStaticServer(dir: string): Server {
	const headers = securityHeaders();
	const files = sirv(dir, {
		etag: true,
		extensions: ['html'],
		setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname))
	});
	const notFound = (res: ServerResponse) => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.setHeader('Cache-Control', 'no-cache');
		res.end('Not found. The pages are /, /claims, /map, /profiles and /tests.\n');
	};
	return createServer((req, res) => {
		for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		// The hosts' header file is copied into the build; it is for the host, not for readers.
		if ((req.url ?? '').split('?')[0] === '/_headers') return notFound(res);
		files(req, res, () => notFound(res));
	});
}
