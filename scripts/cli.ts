/**
 * Lofted command line: `npm run -s cli -- <command> [options]`.
 * JSON with --json, a readable table otherwise; bad arguments exit 2 with a one-line reason on stderr.
 */
import { commands } from './commands/index.ts';
import { CliError, parseCommandArgs } from './lib/cli-kit.ts';

function help(): string {
	const lines = ['Usage: npm run -s cli -- <command> [options] [--json]', '', 'Commands:'];
	for (const c of commands)
		lines.push(`  ${c.name.padEnd(12)} ${c.summary}`, `  ${''.padEnd(12)} ${c.usage}`);
	return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		console.log(help());
		return 0;
	}
	const command = commands.find((c) => c.name === name);
	if (!command) {
		throw new CliError(
			`Unknown command "${name}". Known commands: ${commands.map((c) => c.name).join(', ')}.`
		);
	}
	const { values, positionals } = parseCommandArgs(command, rest);
	const output = await command.run(values, positionals);
	const text = values.json ? JSON.stringify(output.json, null, 2) + '\n' : output.text + '\n';
	// Wait for the write to drain: process.exit() would otherwise cut long output short on a pipe.
	await new Promise<void>((done) => process.stdout.write(text, () => done()));
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		if (error instanceof CliError) {
			process.stderr.write(`error: ${error.message}\n`);
			process.exit(2);
		}
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`error: ${message.split('\n')[0]}\n`);
		process.exit(1);
	}
);
