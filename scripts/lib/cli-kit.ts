/**
 * Shared pieces of the command line: the command shape, argument parsing and errors.
 * A command returns JSON-able data and a readable text rendering; cli.ts prints one or the other.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** An error whose message is shown to the user as one line on stderr (exit code 2). */
export class CliError extends Error {}

export interface CommandOutput {
	/** What `--json` prints (JSON.stringify). */
	json: unknown;
	/** What is printed without `--json`: a readable table or summary. */
	text: string;
}

export interface Command {
	name: string;
	/** One line for `cli help`. */
	summary: string;
	/** Usage line(s), e.g. `infer --range-km N --apogee-km N [--json]`. */
	usage: string;
	options: NonNullable<ParseArgsConfig['options']>;
	/** Whether positional arguments are accepted. */
	allowPositionals?: boolean;
	run(
		values: Record<string, string | boolean | string[] | boolean[] | undefined>,
		positionals: string[]
	): CommandOutput | Promise<CommandOutput>;
}

/**
 * `--lon -149.9` is a value, not a flag: node's parseArgs calls it ambiguous, so a negative number after a
 * string option is joined to it (`--lon=-149.9`) before parsing.
 */
export function joinNegativeValues(command: Command, argv: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i];
		const next = argv[i + 1];
		const name = token.startsWith('--') && !token.includes('=') ? token.slice(2) : null;
		if (
			name &&
			command.options[name]?.type === 'string' &&
			next !== undefined &&
			/^-(\d|\.\d)/.test(next)
		) {
			out.push(`${token}=${next}`);
			i++;
		} else out.push(token);
	}
	return out;
}

export function parseCommandArgs(command: Command, argv: string[]) {
	try {
		return parseArgs({
			args: joinNegativeValues(command, argv),
			options: { ...command.options, json: { type: 'boolean' } },
			allowPositionals: command.allowPositionals ?? false,
			strict: true
		});
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new CliError(`${message}. Usage: npm run -s cli -- ${command.usage}`);
	}
}

/** Reads a numeric option: a clear one-line error for a missing value, a non-number or a value out of range. */
export function numberOption(
	values: Record<string, unknown>,
	name: string,
	opts: {
		required?: boolean;
		min?: number;
		max?: number;
		exclusiveMin?: boolean;
		unit?: string;
	} = {}
): number | undefined {
	const raw = values[name];
	if (raw === undefined) {
		if (opts.required)
			throw new CliError(`--${name} is required${opts.unit ? ` (in ${opts.unit})` : ''}.`);
		return undefined;
	}
	if (typeof raw !== 'string' || raw.trim() === '') throw new CliError(`--${name} needs a value.`);
	const value = Number(raw.trim());
	if (!Number.isFinite(value)) {
		throw new CliError(
			`--${name} must be a number${opts.unit ? ` in ${opts.unit}` : ''}; got "${raw}".`
		);
	}
	if (opts.min !== undefined && (opts.exclusiveMin ? value <= opts.min : value < opts.min)) {
		throw new CliError(
			`--${name} must be ${opts.exclusiveMin ? 'greater than' : 'at least'} ${opts.min}${opts.unit ? ` ${opts.unit}` : ''}; got ${value}.`
		);
	}
	if (opts.max !== undefined && value > opts.max) {
		throw new CliError(
			`--${name} must be at most ${opts.max}${opts.unit ? ` ${opts.unit}` : ''}; got ${value}.`
		);
	}
	return value;
}

/** A whole-number option with a default (e.g. `--runs 3`): numberOption's messages, and no fractions. */
export function wholeNumberOption(
	values: Record<string, unknown>,
	name: string,
	fallback: number,
	opts: { min: number; max: number }
): number {
	const value = numberOption(values, name, opts);
	if (value === undefined) return fallback;
	if (!Number.isInteger(value))
		throw new CliError(
			`--${name} must be a whole number from ${opts.min} to ${opts.max}; got ${value}.`
		);
	return value;
}

/** Renders rows as an aligned plain-text table. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
	const cells = [
		headers,
		...rows.map((r) => r.map((c) => (c === null || c === undefined ? '—' : String(c))))
	];
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) =>
		r
			.map((c, i) => c.padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [
		line(cells[0]),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line)
	].join('\n');
}
