/** Benchmark suites run by `npm run bench`. Each suite file exports one BenchSuite; add it to this list. */
import { checkSuite } from './check.ts';
import { cnsSuite } from './cns.ts';
import { dataSuite } from './data.ts';
import { geoSuite } from './geo.ts';
import { physicsSuite } from './physics.ts';
import { vizSuite } from './viz.ts';
export interface BenchCase {
	name: string;
	/** Target median in milliseconds (reported, not asserted). */
	targetMs: number;
	fn: () => unknown;
	setup?: () => unknown | Promise<unknown>;
	timeMs?: number;
	/** Least number of timed runs (tinybench's default is 64: too many for multi-second cases). */
	iterations?: number;
}

export interface BenchSuite {
	name: string;
	cases: BenchCase[];
}

export const suites: BenchSuite[] = [
	geoSuite,
	physicsSuite,
	dataSuite,
	vizSuite,
	cnsSuite,
	checkSuite
];
