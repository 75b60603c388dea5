/**
 * `fact <id> [--json]`: prints a resolved fact (a claim id from data/article/claims.json, or a dataset
 * path like test.2022-01-30-hwasong-12.rangeKm): value with unit, every reporter's figure, sources,
 * unit check and conflicts. `fact --list` lists every fact id.
 */
import {
	listFactIds,
	resolveFact,
	tryResolveFact,
	type ResolvedFact
} from '../../src/lib/scene/facts/index.ts';
import { CliError, table, type Command } from '../lib/cli-kit.ts';

const USAGE = 'fact <id> [--json] | fact --list [--json]';

function sourceLine(s: { publisher: string; url: string; via?: string }): string {
	return `${s.publisher}${s.via ? ` (via ${s.via})` : ''}: ${s.url}`;
}

function render(f: ResolvedFact, indent = ''): string[] {
	const out: string[] = [];
	const push = (s: string) => out.push(indent + s);
	push(`${f.label}  [${f.id}]`);
	if (f.claim) {
		push(`Verdict: ${f.value}`);
		push(`Why: ${f.claim.explanation}`);
	} else {
		push(`Value: ${f.value}`);
	}
	if (f.unitCheck) push(`Unit check: ${f.unitCheck.message}`);
	if (f.reports.length) {
		push('Reported figures:');
		const rows = table(
			['Reporter', 'As reported', 'Value'],
			f.reports.map((r) => [r.reporterName, r.asReported, `${r.value} ${r.unit}`])
		);
		for (const line of rows.split('\n')) push('  ' + line);
	}
	for (const c of f.conflicts) push(`Conflict: ${c}`);
	for (const n of f.notes) push(`Note: ${n}`);
	if (f.claim?.notFound) push(`Not found: ${f.claim.notFound}`);
	if (f.sources.length) {
		push('Sources:');
		for (const s of f.sources) push('  - ' + sourceLine(s));
	}
	for (const sub of f.facts ?? []) {
		out.push('');
		push('Dataset fact:');
		out.push(...render({ ...sub, facts: [] }, indent + '  '));
	}
	return out;
}

export const factCommand: Command = {
	name: 'fact',
	summary: 'Show a fact: a claim from the article or a dataset value, with reporters and sources',
	usage: USAGE,
	options: { list: { type: 'boolean' } },
	allowPositionals: true,
	run(values, positionals) {
		if (values.list) {
			if (positionals.length)
				throw new CliError(`--list takes no id; got "${positionals[0]}". Usage: ${USAGE}`);
			const ids = listFactIds();
			return { json: ids, text: ids.join('\n') };
		}
		if (positionals.length !== 1) {
			throw new CliError(
				positionals.length === 0
					? `Give one fact id, e.g. \`fact launch-day-monday\` or \`fact test.2022-01-30-hwasong-12.rangeKm\`; list them with \`fact --list\`.`
					: `Give one fact id at a time; got ${positionals.length}. List ids with \`fact --list\`.`
			);
		}
		const result = tryResolveFact(positionals[0]);
		if (!result.ok) throw new CliError(result.message);
		return { json: resolveFact(positionals[0]), text: render(result.value).join('\n') };
	}
};
