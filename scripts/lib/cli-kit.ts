/**
 * Shared pieces of the command line: the command shape, argument parsing and errors.
 * A command returns JSON-able data and a readable text rendering; cli.ts prints one or the other.
 *
 * Rules every command gets from here:
 * - Numbers are decimal only ("800", "-149.9", ".5", "1e3"); "0x10", "0b101", "0o17", "Infinity" are refused.
 * - An option given twice is refused (the tool cannot know which one was meant).
 * - A value echoed in a message is quoted JSON-style (`quote`), so a newline or an escape sequence in it
 *   cannot break the one-line message or reach the terminal raw.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** An error whose message is shown to the user as one line on stderr (exit code 2). */
export class CliError extends Error {}

/** Writes a chunk and resolves once the stream accepted it (waits for 'drain' when its buffer is full). */
export type Write = (chunk: string) => Promise<void>;

export interface CommandOutput {
	/** What `--json` prints (JSON.stringify), unless `writeJson` is given. */
	json: unknown;
	/**
	 * What is printed without `--json`: a readable table or summary. It is read only when wanted, so a
	 * command with a large result defines it as a getter (`get text() { ... }`) and builds nothing in
	 * JSON mode.
	 */
	text: string;
	/** Streams the JSON instead of building it in one string (large imports). Prints the same value as `json`. */
	writeJson?: (write: Write) => Promise<void>;
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

const QUOTE_MAX = 80;

/**
 * A value for a message: JSON-quoted (newlines, tabs and escape sequences become `\n`, `\t`, `\u001b`),
 * with the other characters a terminal may act on escaped too (DEL, C1 controls, line separators,
 * bidirectional overrides), and clipped to 80 characters.
 */
export function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : String(value);
	const clipped = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
	return JSON.stringify(clipped).replace(
		/[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/**
 * A message made safe for one terminal line: control and invisible formatting characters are written as
 * `\uXXXX` escapes (a newline included), so nothing in it is acted on by the terminal.
 */
export function oneLine(message: string): string {
	return message.replace(
		// eslint-disable-next-line no-control-regex
		/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** Refuses an option given more than once (parseArgs would silently keep the last one). */
function rejectRepeats(
	command: Command,
	tokens: { kind: string; name?: string; value?: string }[]
): void {
	const seen = new Map<string, string | undefined>();
	for (const token of tokens) {
		if (token.kind !== 'option' || !token.name) continue;
		if (command.options[token.name]?.multiple) continue;
		if (seen.has(token.name)) {
			const first = seen.get(token.name);
			const values =
				first === undefined && token.value === undefined
					? ''
					: ` (${quote(first ?? '')} and ${quote(token.value ?? '')})`;
			throw new CliError(
				`--${token.name} is given twice${values}; give it once. Usage: npm run -s cli -- ${command.usage}`
			);
		}
		seen.set(token.name, token.value);
	}
}

export function parseCommandArgs(command: Command, argv: string[]) {
	let parsed;
	try {
		parsed = parseArgs({
			args: joinNegativeValues(command, argv),
			options: { ...command.options, json: { type: 'boolean' } },
			allowPositionals: command.allowPositionals ?? false,
			strict: true,
			tokens: true
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new CliError(`${oneLine(message)}. Usage: npm run -s cli -- ${command.usage}`);
	}
	rejectRepeats(command, parsed.tokens);
	return { values: parsed.values, positionals: parsed.positionals };
}

/** Decimal notation only: an optional sign, digits with an optional fraction, an optional exponent. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads a decimal number; null for anything else (hex, binary, octal, "Infinity", "1_000", blanks). */
export function parseDecimal(raw: string): number | null {
	const t = raw.trim();
	if (!DECIMAL.test(t)) return null;
	const value = Number(t);
	return Number.isFinite(value) ? value : null;
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
	const value = parseDecimal(raw);
	if (value === null) {
		throw new CliError(
			`--${name} must be a number${opts.unit ? ` in ${opts.unit}` : ''} written in decimals (e.g. 800 or 2.5); got ${quote(raw)}.`
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
	// A loop, not Math.max(...column): spreading a column of 100,000 rows overflows the call stack.
	const widths = headers.map((_, i) => {
		let width = 0;
		for (const r of cells) width = Math.max(width, (r[i] ?? '').length);
		return width;
	});
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

/** Bytes gathered before a write: one write per record would spend more on promises than on output. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes `JSON.stringify(value, null, 2)` of an object, with the arrays named in `streamed` written one
 * element at a time, so a result of 100,000 records never becomes one string. The text is the same as
 * JSON.stringify's, byte for byte.
 */
export async function writeJsonStreamed(
	write: Write,
	value: Record<string, unknown>,
	streamed: readonly string[]
): Promise<void> {
	let buffer = '{';
	const flush = async (force = false) => {
		if (force || buffer.length >= CHUNK_CHARS) {
			await write(buffer);
			buffer = '';
		}
	};
	const entries = Object.entries(value).filter(([, v]) => v !== undefined);
	for (const [i, [key, v]] of entries.entries()) {
		buffer += `${i > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `;
		if (streamed.includes(key) && Array.isArray(v) && v.length > 0) {
			buffer += '[';
			for (let j = 0; j < v.length; j++) {
				buffer += `${j > 0 ? ',' : ''}\n    ${indent(JSON.stringify(v[j], null, 2) ?? 'null', '    ')}`;
				await flush();
			}
			buffer += '\n  ]';
		} else buffer += indent(JSON.stringify(v, null, 2) ?? 'null', '  ');
	}
	buffer += entries.length > 0 ? '\n}\n' : '}\n';
	await flush(true);
}

function indent(json: string, by: string): string {
	return json.includes('\n') ? json.replace(/\n/g, `\n${by}`) : json;
}
