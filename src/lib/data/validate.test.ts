import { describe, expect, it } from 'vitest';
import missilesJson from '../../../data/missiles.json';
import placesJson from '../../../data/places.json';
import testsJson from '../../../data/tests.json';
import {
	coreValidators,
	DataValidationError,
	formatIssue,
	validateDataset,
	validators,
	type DataValidator,
	type ValidationIssue
} from './validate.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh deep copy of the real data files, keyed as the build plugin keys them. */
function files(): Record<string, Json> {
	return structuredClone({
		'data/tests.json': testsJson,
		'data/missiles.json': missilesJson,
		'data/places.json': placesJson
	}) as Record<string, Json>;
}
const testOf = (f: Record<string, Json>, id: string) =>
	f['data/tests.json'].tests.find((t: Json) => t.id === id);
const missileOf = (f: Record<string, Json>, id: string) =>
	f['data/missiles.json'].missiles.find((m: Json) => m.id === id);
const placeOf = (f: Record<string, Json>, id: string) =>
	f['data/places.json'].places.find((p: Json) => p.id === id);

const ID = '2022-01-30-hwasong-12';

function only(issues: ValidationIssue[]): ValidationIssue {
	expect(issues, issues.map(formatIssue).join('\n')).toHaveLength(1);
	return issues[0];
}

describe('validateDataset', () => {
	it('accepts the shipped data', () => {
		expect(validateDataset(files(), coreValidators)).toEqual([]);
	});

	it('rejects a negative apogee, naming file, record and field', () => {
		const f = files();
		testOf(f, ID).figures.apogeeKm[0].value = -2000;
		const issue = only(validateDataset(f, coreValidators));
		expect(issue).toMatchObject({
			file: 'data/tests.json',
			record: ID,
			field: 'figures.apogeeKm[0].value',
			got: '-2000'
		});
		expect(formatIssue(issue)).toBe(
			'data/tests.json › 2022-01-30-hwasong-12 › figures.apogeeKm[0].value: expected a number > 0 (km), got -2000'
		);
	});

	it('rejects a zero range and an absurd one', () => {
		const f = files();
		testOf(f, ID).figures.rangeKm[0].value = 0;
		testOf(f, ID).figures.rangeKm[1].value = 50_000; // more than half the Earth's circumference
		const issues = validateDataset(f, coreValidators);
		expect(issues.map((i) => i.field)).toEqual([
			'figures.rangeKm[0].value',
			'figures.rangeKm[1].value'
		]);
	});

	it('rejects a figure with a missing or empty source list', () => {
		const f = files();
		delete testOf(f, ID).figures.apogeeKm[0].sources;
		testOf(f, ID).figures.rangeKm[0].sources = [];
		const issues = validateDataset(f, coreValidators);
		expect(issues.map((i) => [i.record, i.field])).toEqual([
			[ID, 'figures.apogeeKm[0].sources'],
			[ID, 'figures.rangeKm[0].sources']
		]);
		expect(issues[0].expected).toMatch(/sources.*missing/);
		expect(issues[1].expected).toMatch(/at least one source/);
	});

	it('rejects a source without an http(s) URL or publisher', () => {
		const f = files();
		testOf(f, ID).impact.sources[0].url = 'www.example.org/page';
		testOf(f, ID).impact.sources[0].publisher = '  ';
		const fields = validateDataset(f, coreValidators).map((i) => i.field);
		expect(fields).toEqual(['impact.sources[0].url', 'impact.sources[0].publisher']);
	});

	it.each([
		['2022-1-30-hwasong-12', /an id like/],
		['2022-01-31-hwasong-12', /KST launch date/],
		['2022-01-30-hwasong-15', /missileId/],
		['2022-01-30-Hwasong-12', /an id like/]
	])('rejects the bad id %s', (id, expected) => {
		const f = files();
		testOf(f, ID).id = id;
		const issue = only(validateDataset(f, coreValidators));
		expect(issue.field).toBe('id');
		expect(issue.expected).toMatch(expected);
	});

	it('rejects an unknown launch site and an unknown missile, listing the known ids', () => {
		const f = files();
		testOf(f, ID).siteId = 'atlantis';
		testOf(f, ID).missileId = 'taepodong-9';
		testOf(f, ID).id = '2022-01-30-taepodong-9';
		const issues = validateDataset(f, coreValidators);
		expect(issues.map((i) => i.field).sort()).toEqual(['missileId', 'siteId']);
		expect(issues.find((i) => i.field === 'siteId')?.expected).toContain('mupyong-ni');
		expect(issues.find((i) => i.field === 'missileId')?.expected).toContain('hwasong-12');
	});

	it('rejects a site id that names a target rather than a launch site', () => {
		const f = files();
		testOf(f, ID).siteId = 'tokyo';
		expect(only(validateDataset(f, coreValidators)).field).toBe('siteId');
	});

	it('rejects a UTC time that is not KST minus 9 hours', () => {
		const f = files();
		testOf(f, ID).launch.utc = '2022-01-30T07:52:00Z'; // the KST clock time mislabelled as UTC
		const issue = only(validateDataset(f, coreValidators));
		expect(issue.field).toBe('launch.utc');
		expect(issue.expected).toMatch(/minus 9 h/);
	});

	it('rejects a KST time without the +09:00 offset', () => {
		const f = files();
		testOf(f, ID).launch.kst = '2022-01-30T07:52:00+08:30';
		const fields = validateDataset(f, coreValidators).map((i) => i.field);
		expect(fields).toContain('launch.kst');
	});

	it('rejects an unknown trajectory, qualifier or reporter', () => {
		const f = files();
		testOf(f, ID).trajectory = 'sideways';
		testOf(f, ID).figures.apogeeKm[0].qualifier = 'roughly';
		testOf(f, ID).figures.apogeeKm[1].reporter = 'NHK';
		const fields = validateDataset(f, coreValidators).map((i) => i.field);
		expect(fields).toEqual([
			'trajectory',
			'figures.apogeeKm[0].qualifier',
			'figures.apogeeKm[1].reporter'
		]);
	});

	it('rejects a misspelt field instead of ignoring it', () => {
		const f = files();
		testOf(f, ID).figures.apogeeKm[0].qualifer = 'about';
		const issue = only(validateDataset(f, coreValidators));
		expect(issue.field).toBe('figures.apogeeKm[0].qualifer');
		expect(issue.expected).toMatch(/unknown field/);
	});

	it('rejects duplicate ids', () => {
		const f = files();
		f['data/places.json'].places.push(structuredClone(placeOf(f, 'tokyo')));
		const issue = only(validateDataset(f, coreValidators));
		expect(issue).toMatchObject({ file: 'data/places.json', field: 'id', got: '"tokyo"' });
	});

	it('reports a missing file rather than throwing', () => {
		const f = files();
		delete f['data/missiles.json'];
		const issues = validateDataset(f, coreValidators);
		expect(issues[0]).toMatchObject({ file: 'data/missiles.json', record: '(file)' });
	});
});

describe('places', () => {
	it.each([
		['lat', 91],
		['lat', -90.5],
		['lon', 180.01],
		['lon', -181]
	])('rejects %s = %d', (field, value) => {
		const f = files();
		placeOf(f, 'tokyo')[field] = value;
		const issue = only(validateDataset(f, coreValidators));
		expect(issue).toMatchObject({ file: 'data/places.json', record: 'tokyo', field });
	});

	it('rejects a place without a source', () => {
		const f = files();
		placeOf(f, 'seattle').sources = [];
		expect(only(validateDataset(f, coreValidators))).toMatchObject({
			record: 'seattle',
			field: 'sources'
		});
	});
});

describe('missiles (VehicleParam)', () => {
	it('rejects a published value without a source', () => {
		const f = files();
		missileOf(f, 'hwasong-12').launchMassKg.sources = [];
		expect(only(validateDataset(f, coreValidators))).toMatchObject({
			file: 'data/missiles.json',
			record: 'hwasong-12',
			field: 'launchMassKg.sources'
		});
	});

	it('accepts null with a note, rejects null without one', () => {
		const f = files();
		expect(missileOf(f, 'hwasong-12').diameterM.value).toBeNull();
		delete missileOf(f, 'hwasong-12').diameterM.note;
		expect(only(validateDataset(f, coreValidators))).toMatchObject({
			record: 'hwasong-12',
			field: 'diameterM.note'
		});
	});

	it('rejects a spread that does not contain its value', () => {
		const f = files();
		missileOf(f, 'hwasong-17').launchMassKg.high = 90_000; // value 100,000 kg
		expect(only(validateDataset(f, coreValidators))).toMatchObject({ field: 'launchMassKg.high' });
	});

	it('rejects a negative stage thrust', () => {
		const f = files();
		missileOf(f, 'hwasong-12').stages[0].thrustKN.value = -784.532;
		const issues = validateDataset(f, coreValidators);
		expect(issues[0]).toMatchObject({
			field: 'stages[0].thrustKN.value',
			expected: 'a number > 0 (kN)',
			got: '-784.532'
		});
	});

	it('rejects a stage list that disagrees with stageCount', () => {
		const f = files();
		missileOf(f, 'hwasong-18').stages.pop();
		expect(only(validateDataset(f, coreValidators))).toMatchObject({
			record: 'hwasong-18',
			field: 'stages'
		});
	});
});

describe('extensibility', () => {
	it('the build runs at least the core validators', () => {
		expect(validators).toEqual(expect.arrayContaining(coreValidators));
	});

	it('runs extra validators over all files and keeps their issues', () => {
		const extra: DataValidator = {
			name: 'article',
			validate: (f) =>
				'data/article/article.json' in f
					? []
					: [
							{
								file: 'data/article/article.json',
								record: '(file)',
								field: '(whole file)',
								expected: 'the file to exist',
								got: 'nothing'
							}
						]
		};
		const issues = validateDataset(files(), [...coreValidators, extra]);
		expect(issues.map((i) => i.file)).toContain('data/article/article.json');
	});

	it('DataValidationError lists one line per problem', () => {
		const f = files();
		testOf(f, ID).figures.apogeeKm[0].value = -1;
		const error = new DataValidationError(validateDataset(f, coreValidators));
		expect(error.message).toContain(`data/tests.json › ${ID} › figures.apogeeKm[0].value`);
	});
});
