/** The CLI's commands. Each lives in its own file beside this one; add new ones to this list. */
import type { Command } from '../lib/cli-kit.ts';
import { importCnsCommand } from './import-cns.ts';
import { importCommand } from './import.ts';
import { factCommand } from './fact.ts';
import { testsCommand } from './tests.ts';
import { ringCommand } from './ring.ts';
import { reachCommand } from './reach.ts';
import { inferCommand } from './infer.ts';
import { profileCommand } from './profile.ts';
import { checkArticleCommand } from './check-article.ts';
import { payloadCommand } from './payload.ts';

export const commands: Command[] = [
	importCommand,
	importCnsCommand,
	factCommand,
	ringCommand,
	reachCommand,
	testsCommand,
	inferCommand,
	profileCommand,
	payloadCommand,
	checkArticleCommand
];
