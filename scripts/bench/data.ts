/** Dataset benchmarks: full validation of tests/missiles/places (target < 10 ms) and figure summaries (< 1 ms). */
import missilesJson from '../../data/missiles.json';
import placesJson from '../../data/places.json';
import testsJson from '../../data/tests.json';
import { tests } from '../../src/lib/data/dataset.ts';
import { summarizeFigures } from '../../src/lib/data/figures.ts';
import { coreValidators, validateDataset } from '../../src/lib/data/validate.ts';
import type { BenchSuite } from './index.ts';

const files = {
	'data/tests.json': testsJson as unknown,
	'data/missiles.json': missilesJson as unknown,
	'data/places.json': placesJson as unknown
};

export const dataSuite: BenchSuite = {
	name: 'data',
	cases: [
		{
			name: 'validate tests, missiles and places (schemas + cross references)',
			targetMs: 10,
			fn: () => validateDataset(files, coreValidators)
		},
		{
			name: 'summarizeFigures for all 15 tests',
			targetMs: 1,
			fn: () => tests.map(summarizeFigures)
		}
	]
};
