/**
 * Runs the command line in-process for tests: `cli(...argv)` gives the exit code and what was written to
 * stdout and stderr, without spawning a process (tsx start-up costs about a second a call).
 */
import { runCli } from './run-cli.ts';

export interface CliRun {
	status: number;
	stdout: string;
	stderr: string;
	/** How many writes stdout received (a streamed result arrives in several). */
	stdoutWrites: number;
}

export async function cli(...argv: string[]): Promise<CliRun> {
	const out: string[] = [];
	const err: string[] = [];
	const status = await runCli(argv, {
		stdout: async (chunk) => void out.push(chunk),
		stderr: async (chunk) => void err.push(chunk)
	});
	return { status, stdout: out.join(''), stderr: err.join(''), stdoutWrites: out.length };
}
