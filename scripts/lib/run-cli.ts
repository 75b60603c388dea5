/**
 * The command line as a function: `runCli(argv, io)` runs one command and returns its exit code, writing
 * to the given streams. scripts/cli.ts calls it with the process's streams; tests and the fuzz suite call
 * it in-process with buffers.
 *
 * Exit codes: 0 done; 2 bad arguments or unreadable input (one line on stderr, `error: ...`); 1 a fault of
 * the tool itself (also one line).
 */
import { commands } from '../commands/index.ts';
import { CliError, oneLine, parseCommandArgs, quote, type Write } from './cli-kit.ts';

export interface CliIo {
	stdout: Write;
	stderr: Write;
}

function help(): string {
	const lines = ['Usage: npm run -s cli -- <command> [options] [--json]', '', 'Commands:'];
	for (const c of commands)
		lines.push(`  ${c.name.padEnd(12)} ${c.summary}`, `  ${''.padEnd(12)} ${c.usage}`);
	return lines.join('\n');
}

async function run(argv: string[], io: CliIo): Promise<void> {
	const [name, ...rest] = argv;
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		await io.stdout(help() + '\n');
		return;
	}
	const command = commands.find((c) => c.name === name);
	if (!command) {
		throw new CliError(
			`Unknown command ${quote(name)}. Known commands: ${commands.map((c) => c.name).join(', ')}.`
		);
	}
	const { values, positionals } = parseCommandArgs(command, rest);
	const output = await command.run(values, positionals);
	if (!values.json) {
		await io.stdout(output.text + '\n');
	} else if (output.writeJson) {
		await output.writeJson(io.stdout);
	} else {
		await io.stdout(JSON.stringify(output.json, null, 2) + '\n');
	}
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
	try {
		await run(argv, io);
		return 0;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		// Only the first line of a tool fault: a stack or a multi-line message is not for the user.
		const line = error instanceof CliError ? message : message.split('\n')[0];
		await io.stderr(`error: ${oneLine(line)}\n`);
		return error instanceof CliError ? 2 : 1;
	}
}

/** A Write for a Node stream that waits for 'drain' when the stream's buffer is full (backpressure). */
export function streamWriter(stream: NodeJS.WritableStream): Write {
	return (chunk) =>
		new Promise<void>((resolve, reject) => {
			const ok = stream.write(chunk, (error) => (error ? reject(error) : undefined));
			if (ok) resolve();
			else stream.once('drain', () => resolve());
		});
}
