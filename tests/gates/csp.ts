/**
 * Content-Security-Policy gate, in two parts:
 * - a browser collector: `securitypolicyviolation` events (reported through a Playwright binding, so they
 *   survive navigations) plus console messages that mention the policy;
 * - a static check of a built HTML page: a CSP meta tag is present, script-src carries no 'unsafe-inline'
 *   (nor 'unsafe-eval'), and every inline <script> is allowed by one of the listed hashes.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';

export interface CspViolation {
	source: 'event' | 'console';
	directive: string;
	blockedUri: string;
	sample: string;
	documentUri: string;
}

export interface CspCollector {
	readonly violations: CspViolation[];
	/** Attach the console listener to a page (the event binding covers every page of the context). */
	watch(page: Page): void;
}

const bindingName = '__loftedReportCsp';

/** Installs the collector on a context: must run before the page navigates. */
export async function installCspCollector(context: BrowserContext): Promise<CspCollector> {
	const violations: CspViolation[] = [];
	await context.exposeBinding(bindingName, (_source, v: Omit<CspViolation, 'source'>) => {
		violations.push({ source: 'event', ...v });
	});
	await context.addInitScript((name: string) => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as Record<string, (v: unknown) => void>)[name];
			report?.({
				directive: e.effectiveDirective || e.violatedDirective,
				blockedUri: e.blockedURI,
				sample: e.sample,
				documentUri: e.documentURI
			});
		});
	}, bindingName);
	const onConsole = (msg: ConsoleMessage) => {
		const text = msg.text();
		if (/content security policy/i.test(text)) {
			const directive = /directive:?\s*"([^"]+)"/i.exec(text)?.[1] ?? 'unknown';
			violations.push({
				source: 'console',
				directive,
				blockedUri: '',
				sample: text.slice(0, 300),
				documentUri: msg.location().url
			});
		}
	};
	return {
		violations,
		watch(page: Page) {
			page.on('console', onConsole);
		}
	};
}

export function formatCsp(violations: CspViolation[]): string {
	return violations
		.map(
			(v) =>
				`- [${v.source}] ${v.directive} blocked ${v.blockedUri || '(inline)'} on ${v.documentUri}: ${v.sample}`
		)
		.join('\n');
}

export interface StaticCspReport {
	/** The policy string from the meta tag, or null when missing. */
	policy: string | null;
	/** Problems found; empty = the page carries a strict policy that allows each of its inline scripts. */
	problems: string[];
}

function decodeEntities(s: string): string {
	return s
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Parses `a b c; d e` into a directive map (names lower-cased). */
export function parsePolicy(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), values);
	}
	return map;
}

/** Checks a built HTML page's CSP meta tag against its own inline scripts. */
export function checkStaticCsp(html: string): StaticCspReport {
	const problems: string[] = [];
	const meta = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
	const policy = meta ? decodeEntities(/content="([^"]*)"/i.exec(meta)?.[1] ?? '') : null;
	if (!policy) {
		return {
			policy: null,
			problems: [
				'no <meta http-equiv="content-security-policy"> tag: set kit.csp in svelte.config.js'
			]
		};
	}
	const directives = parsePolicy(policy);
	const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
	if (!scriptSrc) problems.push('the policy has neither script-src nor default-src');
	const sources = scriptSrc ?? [];
	if (sources.includes("'unsafe-inline'"))
		problems.push("script-src allows 'unsafe-inline': use hashes (kit.csp mode 'hash')");
	if (sources.includes("'unsafe-eval'")) problems.push("script-src allows 'unsafe-eval'");
	if (sources.includes('*') || sources.some((s) => /^https?:$/.test(s)))
		problems.push(`script-src allows any host (${sources.join(' ')})`);
	const hashes = new Set(sources.filter((s) => /^'sha(256|384|512)-/.test(s)));
	const inline = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)].filter(
		([, attrs]) =>
			!/\ssrc=/i.test(attrs ?? '') && !/type=["']?application\/(ld\+)?json/i.test(attrs ?? '')
	);
	for (const [, , body] of inline) {
		if (!body || !body.trim()) continue;
		const digest = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
		if (!hashes.has(digest))
			problems.push(
				`an inline script is not allowed by any script-src hash (its hash is ${digest}): ${body.trim().slice(0, 80)}...`
			);
	}
	return { policy, problems };
}
