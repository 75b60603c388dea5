/**
 * Offline gate: records every request a browser context makes and blocks (and reports) any that leaves
 * the machine. Lofted must work with no network: no CDN, fonts, tiles or analytics from elsewhere.
 */
import type { BrowserContext, Request, Route } from '@playwright/test';

/** Hosts that count as "this machine". */
export const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Schemes that never touch the network. */
const localSchemes = new Set(['data:', 'blob:', 'about:', 'chrome-extension:', 'devtools:']);

/** True when a URL would go over the network to another machine. Malformed URLs count as external. */
export function isExternalUrl(url: string): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return true;
	}
	if (localSchemes.has(parsed.protocol)) return false;
	return !localHosts.has(parsed.hostname);
}

export interface RecordedRequest {
	url: string;
	resourceType: string;
	method: string;
}

export interface OfflineGuard {
	/** Every request seen (local and external), in order. */
	readonly all: RecordedRequest[];
	/** Requests to other machines: each was aborted. Should be empty. */
	readonly external: RecordedRequest[];
	/** Stop intercepting. */
	dispose(): Promise<void>;
}

/**
 * Installs the guard on a context: must run before the page navigates. External requests are aborted
 * (so a test never waits on the network) and recorded; WebSocket connections to other hosts too.
 */
export async function installOfflineGuard(context: BrowserContext): Promise<OfflineGuard> {
	const all: RecordedRequest[] = [];
	const external: RecordedRequest[] = [];
	const describe = (request: Request): RecordedRequest => ({
		url: request.url(),
		resourceType: request.resourceType(),
		method: request.method()
	});
	// Every request the context makes (including those a page route fulfils).
	const onRequest = (request: Request) => {
		all.push(describe(request));
	};
	context.on('request', onRequest);
	const handler = async (route: Route) => {
		const request = route.request();
		if (isExternalUrl(request.url())) {
			external.push(describe(request));
			await route.abort('internetdisconnected');
		} else {
			await route.fallback();
		}
	};
	await context.route('**/*', handler);
	const onPage = (page: import('@playwright/test').Page) => {
		page.on('websocket', (ws) => {
			if (isExternalUrl(ws.url()))
				external.push({ url: ws.url(), resourceType: 'websocket', method: 'GET' });
		});
	};
	context.pages().forEach(onPage);
	context.on('page', onPage);
	return {
		all,
		external,
		dispose: async () => {
			await context.unroute('**/*', handler);
			context.off('page', onPage);
			context.off('request', onRequest);
		}
	};
}

export function formatRequests(requests: RecordedRequest[]): string {
	return requests.map((r) => `- ${r.method} ${r.url} (${r.resourceType})`).join('\n');
}
