import { describe, expect, it } from 'vitest';
import {
	CliError,
	joinNegativeValues,
	numberOption,
	oneLine,
	parseCommandArgs,
	parseDecimal,
	quote,
	table,
	wholeNumberOption,
	writeJsonStreamed,
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
			'--runs must be a number written in decimals (e.g. 800 or 2.5); got "x".'
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
			'--r must be a number in km written in decimals (e.g. 800 or 2.5); got "abc".'
		);
		expect(() => numberOption({}, 'r', { required: true, unit: 'km' })).toThrow(
			'--r is required (in km).'
		);
		expect(numberOption({}, 'r')).toBeUndefined();
	});
});

describe('parseDecimal', () => {
	it.each([
		['800', 800],
		['-149.9', -149.9],
		['+2', 2],
		['.5', 0.5],
		['5.', 5],
		[' 12 ', 12],
		['1e3', 1000],
		['2.5E-1', 0.25]
	])('reads %j as %d', (raw, value) => {
		expect(parseDecimal(raw)).toBe(value);
	});
	it.each([
		'0x10',
		'0b101',
		'0o17',
		'0X1F',
		'Infinity',
		'-Infinity',
		'NaN',
		'1_000',
		'',
		' ',
		'1e',
		'--1',
		'1,5',
		'١٢'
	])('refuses %j', (raw) => {
		expect(parseDecimal(raw)).toBeNull();
	});
	it('keeps numberOption from reading hexadecimal as a distance', () => {
		expect(() => numberOption({ 'range-km': '0x10' }, 'range-km', { unit: 'km' })).toThrow(
			/--range-km must be a number in km written in decimals .*got "0x10"\./
		);
	});
});

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;

describe('quote and oneLine', () => {
	it('quotes a value JSON-style so a newline or an escape sequence stays visible and inert', () => {
		expect(quote('a\nb')).toBe('"a\\nb"');
		expect(quote('\u001b[31mred')).toBe('"\\u001b[31mred"');
		expect(quote('\u009b2J')).toBe('"\\u009b2J"');
		expect(quote('\u202eevil')).toBe('"\\u202eevil"');
		expect(quote('x'.repeat(200))).toHaveLength(82);
	});
	it('writes control characters of a whole message as escapes', () => {
		const line = oneLine('bad\nvalue \u001b[2J \u0007');
		expect(line).toBe('bad\\u000avalue \\u001b[2J \\u0007');
		expect(line).not.toMatch(CONTROL);
	});
	it('quotes a bad numeric value in the message on one line', () => {
		let message = '';
		try {
			numberOption({ r: '12\n\u001b[31m' }, 'r', { unit: 'km' });
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('got "12\\n\\u001b[31m"');
		expect(message).not.toMatch(CONTROL);
	});
});

describe('repeated options', () => {
	it('refuses an option given twice, quoting both values', () => {
		expect(() => parseCommandArgs(command, ['--lon', '1', '--lon', '2'])).toThrow(
			'--lon is given twice ("1" and "2"); give it once.'
		);
		expect(() => parseCommandArgs(command, ['--lon=1', '--lon=-2'])).toThrow(/given twice/);
		expect(() => parseCommandArgs(command, ['--verbose', '--verbose'])).toThrow(
			/--verbose is given twice; give it once/
		);
	});
	it('accepts repeats of an option declared multiple', () => {
		const multi: Command = { ...command, options: { tag: { type: 'string', multiple: true } } };
		const { values } = parseCommandArgs(multi, ['--tag', 'a', '--tag', 'b']);
		expect((values as Record<string, unknown>).tag).toEqual(['a', 'b']);
	});
	it('writes control characters in an unknown option name as escapes', () => {
		expect(() => parseCommandArgs(command, ['--x\u001b[31m'])).toThrow(/--x\\u001b\[31m/);
	});
});

describe('table', () => {
	it('lays out 200,000 rows without overflowing the call stack', () => {
		const rows = Array.from({ length: 200_000 }, (_, i) => [i, i % 7 === 0 ? null : 'x']);
		const text = table(['n', 'v'], rows);
		const lines = text.split('\n');
		expect(lines).toHaveLength(200_002);
		expect(lines[0]).toBe('n       v');
		expect(lines.at(-1)).toBe('199999  x');
	});
});

describe('writeJsonStreamed', () => {
	it('writes exactly what JSON.stringify(value, null, 2) writes, in several chunks for a long array', async () => {
		const records = Array.from({ length: 3000 }, (_, i) => ({
			row: i + 1,
			raw: { a: 'x'.repeat(30), b: i % 3 ? null : [1, { c: 'd' }] },
			flags: [],
			nested: { empty: {}, list: [] }
		}));
		const cases: Record<string, unknown>[] = [
			{ format: 'cns-csv', records, problems: [{ code: 'bom' }] },
			{ records: [], problems: [] },
			{ a: undefined, records: [1, 'two', null], z: 'end' },
			{}
		];
		for (const value of cases) {
			const chunks: string[] = [];
			await writeJsonStreamed(async (c) => void chunks.push(c), value, ['records']);
			expect(chunks.join('')).toBe(JSON.stringify(value, null, 2) + '\n');
			if (value.records === records) expect(chunks.length).toBeGreaterThan(5);
		}
	});
});
