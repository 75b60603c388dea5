/**
 * A diagnostic, not a test: the article page's Largest Contentful Paint against a bare HTML page holding
 * only the same article text (data/article/article.txt), both served by the same static server, in
 * Debian Chromium with Lighthouse's mobile conditions applied through DevTools (4x CPU slowdown; "slow
 * 4G": 150 ms round trip as 562.5 ms request latency, 1.6 Mbit/s down at 90 %, 750 kbit/s up at 90 %),
 * a phone-sized window and a fresh profile per load. The two pages are loaded alternately, --runs times
 * each; the report gives medians, the ratio, and what the article's extra time is made of (HTML bytes,
 * their download, the first paint after them, script). Compare builds in one run:
 *
 *   npx tsx scripts/lcp.ts --dir build-before --dir build-ui --runs 5
 *
 * Writes reports/lcp.md and .json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { findBrowser } from './find-browser.js';
import { fail, readScriptOptions, wholeNumberFlag } from './lib/preview.ts';
import { serveStatic } from './lib/static-server.ts';

const usage =
	'Usage: npx tsx scripts/lcp.ts --dir <build> [--dir <build> ...] [--runs <n>] [--port <n>]';
const options = readScriptOptions(
	{ dir: { type: 'string', multiple: true }, runs: { type: 'string' }, port: { type: 'string' } },
	usage
);
const runs = wholeNumberFlag(options, 'runs', 5, { min: 1, max: 20 }, usage);
const port = wholeNumberFlag(options, 'port', 4189, { min: 1024, max: 65535 }, usage);

/** Lighthouse's mobile "slow 4G" as DevTools applies it, and its CPU slowdown. */
const NETWORK = {
	offline: false,
	latency: 150 * 3.75,
	downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
	uploadThroughput: (750 * 0.9 * 1024) / 8
};
const CPU_SLOWDOWN = 4;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article's text as the plainest page: a headline and paragraphs, nothing else. */
export function barePage(text: string): string {
	const [headline, ...paragraphs] = text.trim().split(/\n\s*\n/);
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(headline)}</title></head>
<body><main><article><h1>${escape(headline)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main></body></html>
`;
}

interface Load {
	ttfbMs: number;
	/** The HTML's last byte. */
	htmlEndMs: number;
	fcpMs: number;
	lcpMs: number;
	lcpElement: string;
	htmlTransferBytes: number;
	scriptBytes: number;
}

async function measure(browser: Browser, url: string): Promise<Load> {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', NETWORK);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	await page.addInitScript(() => {
		const w = window as unknown as { __lcp: { t: number; el: string }[] };
		w.__lcp = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { element?: Element })[])
				w.__lcp.push({ t: e.startTime, el: e.element?.tagName.toLowerCase() ?? '?' });
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	});
	await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	await page.waitForTimeout(3000);
	const m = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		const lcp = (window as unknown as { __lcp: { t: number; el: string }[] }).__lcp.at(-1);
		const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
			.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
			.reduce((n, r) => n + r.transferSize, 0);
		return {
			ttfbMs: nav.responseStart,
			htmlEndMs: nav.responseEnd,
			fcpMs: fcp?.startTime ?? NaN,
			lcpMs: lcp?.t ?? NaN,
			lcpElement: lcp?.el ?? '?',
			htmlTransferBytes: nav.transferSize,
			scriptBytes: scripts
		};
	});
	await context.close();
	return m;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor((s.length - 1) / 2)];
};

async function main() {
	const dirs = options.dir ?? [];
	if (dirs.length === 0) fail(`Give at least one --dir (a built site). ${usage}`, 2);
	const chromePath = findBrowser();
	if (!chromePath) fail('No Chromium found: install it or set CHROME_PATH.', 2);
	const bare = barePage(readFileSync('data/article/article.txt', 'utf8'));
	const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
	const load = [loadavg()[0]];
	const results: { dir: string; article: Load[]; bare: Load[] }[] = [];
	for (const dir of dirs) {
		const server = await serveStatic(dir, port, { '/__bare__': bare });
		const article: Load[] = [];
		const plain: Load[] = [];
		for (let i = 0; i < runs; i++) {
			plain.push(await measure(browser, `${server.origin}/__bare__`));
			article.push(await measure(browser, `${server.origin}/`));
			console.log(
				`${dir} run ${i + 1}: bare LCP ${Math.round(plain[i].lcpMs)} ms, article LCP ${Math.round(article[i].lcpMs)} ms (${article[i].lcpElement})`
			);
		}
		results.push({ dir, article, bare: plain });
		await server.close();
	}
	await browser.close();
	load.push(loadavg()[0]);
	const ms = (x: number) => String(Math.round(x));
	const row = (name: string, l: Load[]) =>
		`| ${name} | ${ms(median(l.map((x) => x.ttfbMs)))} | ${ms(median(l.map((x) => x.htmlEndMs)))} | ${ms(median(l.map((x) => x.fcpMs)))} | **${ms(median(l.map((x) => x.lcpMs)))}** (${l.map((x) => ms(x.lcpMs)).join(', ')}) | ${l[0].lcpElement} | ${(median(l.map((x) => x.htmlTransferBytes)) / 1000).toFixed(1)} | ${(median(l.map((x) => x.scriptBytes)) / 1000).toFixed(1)} |`;
	const md = [
		'# Article LCP against the bare article text',
		'',
		`Debian Chromium (${chromePath}), 412 x 823 at 1.75x, DevTools throttling as Lighthouse's mobile: 4x CPU, ${NETWORK.latency} ms request latency, ${((NETWORK.downloadThroughput * 8) / 1024 / 1024).toFixed(2)} Mbit/s down; fresh profile, cache disabled; bare and article pages loaded alternately, ${runs} runs each; ${new Date().toISOString()}. Load average (1 min) at the start and end: ${load.map((x) => x.toFixed(2)).join(' / ')}.`,
		'',
		'| Page | TTFB ms | HTML end ms | FCP ms | LCP ms, median (runs) | LCP element | HTML KB transferred | Script KB |',
		'| --- | ---: | ---: | ---: | --- | --- | ---: | ---: |',
		...results.flatMap((r) => [
			row(`\`${r.dir}\` article`, r.article),
			row(`\`${r.dir}\` bare`, r.bare)
		]),
		'',
		...results.map((r) => {
			const a = median(r.article.map((x) => x.lcpMs));
			const b = median(r.bare.map((x) => x.lcpMs));
			const html =
				median(r.article.map((x) => x.htmlEndMs)) - median(r.bare.map((x) => x.htmlEndMs));
			return `- \`${r.dir}\`: article / bare LCP = **${(a / b).toFixed(2)}x** (${ms(a - b)} ms more); of which the longer HTML download ${ms(html)} ms, the rest (${ms(a - b - html)} ms) parsing, style, layout and paint of a larger page${median(r.article.map((x) => x.scriptBytes)) > 0 ? ' and its script' : ''}.`;
		}),
		''
	].join('\n');
	mkdirSync('reports', { recursive: true });
	writeFileSync(join('reports', 'lcp.md'), md);
	writeFileSync(join('reports', 'lcp.json'), JSON.stringify({ load, results }, null, 2));
	console.log(`\n${md}`);
}

main().catch((e: unknown) => fail(`LCP run failed: ${e instanceof Error ? e.message : e}`));
