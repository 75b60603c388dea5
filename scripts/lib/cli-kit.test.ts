import { describe, expect, it } from 'vitest';
import {
	CliError,
	joinNegativeValues,
	numberOption,
	parseCommandArgs,
	wholeNumberOption,
	type Command
} from './cli-kit.ts';

const command: Command = {
	name: 'demo',
	summary: 'demo',
	usage: 'demo --lon N [--verbose]',
	options: { lon: { type: 'string' }, verbose: { type: 'boolean' } },
	run: () => ({ json: null, text: '' })
};

describe('joinNegativeValues', () => {
	it('joins a negative number to the string option before it', () => {
		expect(joinNegativeValues(command, ['--lon', '-149.9'])).toEqual(['--lon=-149.9']);
		expect(joinNegativeValues(command, ['--lon', '-.5'])).toEqual(['--lon=-.5']);
	});
	it('leaves flags, boolean options and positive values alone', () => {
		expect(joinNegativeValues(command, ['--verbose', '-1'])).toEqual(['--verbose', '-1']);
		expect(joinNegativeValues(command, ['--lon', '12', '--verbose'])).toEqual([
			'--lon',
			'12',
			'--verbose'
		]);
		expect(joinNegativeValues(command, ['--lon', '--verbose'])).toEqual(['--lon', '--verbose']);
	});
});

describe('parseCommandArgs', () => {
	it('reads a negative longitude as a value', () => {
		const { values } = parseCommandArgs(command, ['--lon', '-149.9']);
		expect((values as Record<string, unknown>).lon).toBe('-149.9');
	});
	it('turns an unknown option into a one-line CliError that shows the usage', () => {
		expect(() => parseCommandArgs(command, ['--nope'])).toThrow(CliError);
		expect(() => parseCommandArgs(command, ['--nope'])).toThrow(/Usage: npm run -s cli -- demo/);
	});
});

describe('wholeNumberOption', () => {
	it('gives the default when absent, the value when whole and in range, a message otherwise', () => {
		const opts = { min: 1, max: 9 };
		expect(wholeNumberOption({}, 'runs', 3, opts)).toBe(3);
		expect(wholeNumberOption({ runs: '5' }, 'runs', 3, opts)).toBe(5);
		expect(() => wholeNumberOption({ runs: '2.5' }, 'runs', 3, opts)).toThrow(
			'--runs must be a whole number from 1 to 9; got 2.5.'
		);
		expect(() => wholeNumberOption({ runs: '0' }, 'runs', 3, opts)).toThrow(
			'--runs must be at least 1; got 0.'
		);
		expect(() => wholeNumberOption({ runs: '10' }, 'runs', 3, opts)).toThrow(
			'--runs must be at most 9; got 10.'
		);
		expect(() => wholeNumberOption({ runs: 'x' }, 'runs', 3, opts)).toThrow(
			'--runs must be a number; got "x".'
		);
	});
});

describe('numberOption', () => {
	it('parses numbers and enforces bounds with the unit in the message', () => {
		expect(numberOption({ r: '800' }, 'r', { min: 0, exclusiveMin: true, unit: 'km' })).toBe(800);
		expect(() => numberOption({ r: '0' }, 'r', { min: 0, exclusiveMin: true, unit: 'km' })).toThrow(
			'--r must be greater than 0 km; got 0.'
		);
		expect(() => numberOption({ r: 'abc' }, 'r', { unit: 'km' })).toThrow(
			'--r must be a number in km; got "abc".'
		);
		expect(() => numberOption({}, 'r', { required: true, unit: 'km' })).toThrow(
			'--r is required (in km).'
		);
		expect(numberOption({}, 'r')).toBeUndefined();
	});
});
