import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_STATE,
	OUTCOMES,
	formatCatalogueParams,
	parseCatalogueParams,
	type CatalogueState
} from './catalogue.ts';

const SORT_KEYS = ['date', 'missile', 'apogee', 'range', 'standardRange'];
const TRAJECTORIES = ['lofted', 'standard', 'depressed'];
const options = {
	missiles: ['hwasong-12', 'hwasong-14', 'hwasong-15'],
	classes: ['IRBM', 'ICBM'],
	trajectories: TRAJECTORIES,
	years: [2017, 2022],
	sortKeys: SORT_KEYS
};

describe('parseCatalogueParams', () => {
	it('reads every filter and the sort', () => {
		const { state, messages } = parseCatalogueParams(
			'missile=hwasong-12&class=irbm&trajectory=lofted&year=2017&outcome=success&sort=apogee&dir=desc',
			options
		);
		expect(state).toEqual({
			missile: 'hwasong-12',
			missileClass: 'IRBM',
			trajectory: 'lofted',
			year: 2017,
			outcome: 'success',
			sort: 'apogee',
			dir: 'desc'
		});
		expect(messages).toEqual([]);
	});

	it('ignores unknown values, saying what was wrong and what is shown instead', () => {
		const { state, messages } = parseCatalogueParams(
			'missile=scud&year=1999&trajectory=sideways&sort=colour&dir=up&year=abc',
			options
		);
		expect(state).toEqual(DEFAULT_STATE);
		expect(messages).toHaveLength(5);
		expect(messages[0]).toContain('Unknown missile "scud"');
		expect(messages[0]).toContain('hwasong-12');
		expect(messages.join(' ')).toContain('No test in 1999');
	});

	it('accepts an empty query and "all"', () => {
		expect(parseCatalogueParams('', options)).toEqual({ state: DEFAULT_STATE, messages: [] });
		expect(parseCatalogueParams('missile=all&year=all', options).state).toEqual(DEFAULT_STATE);
	});

	it('never throws on any string and always yields a state made of allowed values', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
				const { state } = parseCatalogueParams(s, options);
				expect(state.missile === null || options.missiles.includes(state.missile)).toBe(true);
				expect(state.year === null || options.years.includes(state.year)).toBe(true);
				expect(SORT_KEYS).toContain(state.sort);
				expect(['asc', 'desc']).toContain(state.dir);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('formatCatalogueParams', () => {
	it('writes nothing for the default state', () => {
		expect(formatCatalogueParams(DEFAULT_STATE)).toBe('');
	});

	it('round-trips any valid state through the URL', () => {
		const stateArb: fc.Arbitrary<CatalogueState> = fc.record({
			missile: fc.constantFrom(null, ...options.missiles),
			missileClass: fc.constantFrom(null, ...options.classes),
			trajectory: fc.constantFrom(null, ...TRAJECTORIES),
			year: fc.constantFrom(null, ...options.years),
			outcome: fc.constantFrom(null, ...OUTCOMES),
			sort: fc.constantFrom(...SORT_KEYS),
			dir: fc.constantFrom('asc' as const, 'desc' as const)
		});
		fc.assert(
			fc.property(stateArb, (state) => {
				const back = parseCatalogueParams(formatCatalogueParams(state).slice(1), options);
				expect(back.state).toEqual(state);
				expect(back.messages).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});
});
