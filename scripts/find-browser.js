// Finds the Chromium that the browser tests drive: $CHROME_PATH, then /usr/bin/chromium.
// Prints the path; when none is found, prints a one-line instruction and exits 1.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @returns {string | null} */
export function findBrowser() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const found = findBrowser();
	if (!found) {
		console.error(
			'No Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH to a Chromium binary.'
		);
		process.exit(1);
	}
	console.log(`Browser tests will drive ${found}`);
}
