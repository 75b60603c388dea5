/**
 * `npm start` (after the build): serves the built site on http://127.0.0.1:4173/ (LOFTED_PORT, and
 * LOFTED_BUILD_DIR for the folder) with the security headers of scripts/lib/security-headers.ts.
 */
import { existsSync } from 'node:fs';
import { createStaticServer } from './lib/serve-static.ts';

const dir = process.env.LOFTED_BUILD_DIR ?? 'build';
const port = Number(process.env.LOFTED_PORT ?? 4173);
if (!existsSync(dir)) {
	console.error(
		`error: no build in ${JSON.stringify(dir)}; run npm run build first (npm start does both).`
	);
	process.exit(2);
}
const server = createStaticServer(dir);
server.on('error', (error: NodeJS.ErrnoException) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `error: port ${port} is in use; stop the other server or set LOFTED_PORT.`
			: `error: ${error.message.split('\n')[0]}`
	);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
	console.log(`Lofted is served at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
});
