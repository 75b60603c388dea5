/**
 * `check-article FILE [--json]`: checks a report of a launch (.txt, or .html with its markup stripped)
 * against the dataset and the engine. --json prints `{ tests, claims, ... }` (see CheckResult);
 * otherwise a summary and one line per claim.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { defaultCheckDeps } from '../../src/lib/check/defaults.ts';
import { checkReport, MAX_HTML_CHARS, type CheckResult } from '../../src/lib/check/index.ts';
import { CliError, table, type Command } from '../lib/cli-kit.ts';

const USAGE = 'check-article FILE [--json]';
// UTF-8 takes at most 4 bytes a character: a file this large cannot fit the checker's limit.
const MAX_FILE_BYTES = MAX_HTML_CHARS * 4;

function readReport(file: string): string {
	let size: number;
	try {
		const stat = statSync(file);
		if (!stat.isFile())
			throw new CliError(`"${file}" is not a file; give the path of a .txt or .html report.`);
		size = stat.size;
	} catch (error) {
		if (error instanceof CliError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(
			code === 'ENOENT'
				? `File not found: "${file}". Give the path of a report saved as .txt or .html.`
				: `Cannot read "${file}" (${code ?? 'unknown error'}); check the path and its permissions.`
		);
	}
	if (size > MAX_FILE_BYTES)
		throw new CliError(
			`"${file}" is ${Math.round(size / 1e6)} MB; a report (even as a web page) is well under ${MAX_FILE_BYTES / 1e6} MB.`
		);
	const text = readFileSync(file, 'utf8');
	if (text.includes('\u0000'))
		throw new CliError(
			`"${file}" is not text (it holds binary data); save the report as .txt or .html.`
		);
	return text;
}

function render(r: CheckResult): string {
	const { total, correct, incorrect, unverified } = r.summary;
	const lines = [
		`${total} claims: ${correct} correct, ${incorrect} incorrect, ${unverified} unverified.`,
		`Launch: ${r.launches[0]?.testId ?? 'not in the dataset'} (${r.launches[0]?.evidence ?? ''})`
	];
	for (const l of r.launches.slice(1)) lines.push(`Also about: ${l.testId} (${l.evidence})`);
	for (const n of r.notices) lines.push(`[${n.level}] ${n.message}`);
	if (r.claims.length)
		lines.push(
			'',
			table(
				['verdict', 'kind', 'text', 'value', 'test'],
				r.claims.map((c) => [
					c.verdict,
					c.kind,
					c.text,
					`${c.value}${c.unit ? ' ' + c.unit : ''}`,
					c.testId
				])
			),
			'',
			'Reasons:',
			...r.claims.map((c) => `- "${c.text}" (${c.verdict}): ${c.reason}`)
		);
	return lines.join('\n');
}

export const checkArticleCommand: Command = {
	name: 'check-article',
	summary:
		'Check a report of a launch (.txt or .html): every claim with a verdict, reason and sources',
	usage: USAGE,
	options: {},
	allowPositionals: true,
	run(_values, positionals) {
		if (positionals.length !== 1)
			throw new CliError(
				positionals.length === 0
					? `Give the report to check: ${USAGE}`
					: `Give one file, not ${positionals.length} (${positionals.join(', ')}): ${USAGE}`
			);
		const file = positionals[0];
		const ext = extname(file).toLowerCase();
		const format = ext === '.html' || ext === '.htm' ? 'html' : ext === '.txt' ? 'text' : 'auto';
		const result = checkReport(readReport(file), defaultCheckDeps(), { format });
		const fatal = result.notices.find((n) => n.level === 'error');
		if (fatal) throw new CliError(`${file}: ${fatal.message}`);
		return { json: result, text: render(result) };
	}
};
