/**
 * Lofted command line: `npm run -s cli -- <command> [options]`.
 * JSON with --json, a readable table otherwise; bad arguments exit 2 with a one-line reason on stderr.
 */
import { runCli, streamWriter } from './lib/run-cli.ts';

// A reader that stops early (`| head`) closes the pipe: that is not an error of the tool.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});
const stdout = streamWriter(process.stdout);
const stderr = streamWriter(process.stderr);

runCli(process.argv.slice(2), { stdout, stderr }).then(
	// Wait for the last write to drain: process.exit() would otherwise cut long output short on a pipe.
	(code) => process.stdout.write('', () => process.exit(code)),
	(error: unknown) => {
		process.stderr.write(`error: ${String(error).split('\n')[0]}\n`);
		process.exit(1);
	}
);
