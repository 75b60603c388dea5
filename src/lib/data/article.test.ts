import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkDataDir } from '../../../scripts/vite-plugin-validate-data.ts';
import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article/article.json';
import claimsJson from '../../../data/article/claims.json';
import missilesJson from '../../../data/missiles.json';
import placesJson from '../../../data/places.json';
import testsJson from '../../../data/tests.json';
import policyJson from '../../../data/sources-policy.json';
import {
	ARTICLE_FILE,
	CLAIMS_FILE,
	annotations,
	articleSchemaIssues,
	articleText,
	articleValidator,
	claimsSchemaIssues,
	crossCheckArticle,
	datasetPathChecker,
	parseFactPath,
	type AnnotationRun,
	type Article,
	type ClaimsFile
} from './article.ts';
import { denyEntryOf, type SourcePolicy } from './sourcePolicy.ts';
import { formatIssues, validateDataset, validators } from './validate.ts';

const SEED = resolve(__dirname, '../../../../shared/seed/article.txt');
const FACT_SHEET = resolve(__dirname, '../../../../shared/reference/article-facts.md');
const CHECKED_IN = resolve(__dirname, '../../../data/article/article.txt');
const seedMissing = !existsSync(SEED);
const factSheetMissing = !existsSync(FACT_SHEET);

const article = articleJson as unknown as Article;
const claimsFile = claimsJson as unknown as ClaimsFile;
const datasetFiles = {
	'data/tests.json': testsJson as unknown,
	'data/missiles.json': missilesJson as unknown,
	'data/places.json': placesJson as unknown
};
const allFiles = {
	...datasetFiles,
	[ARTICLE_FILE]: article,
	[CLAIMS_FILE]: claimsFile,
	'data/sources-policy.json': policyJson
};

/** A deep copy to break. */
const copy = <T>(x: T): T => structuredClone(x);
const lines = (issues: { file: string; record: string; field: string }[]) =>
	issues.map((i) => `${i.file} › ${i.record} › ${i.field}`);

describe('article text', () => {
	it('equals the checked-in copy of the seed minus its boilerplate (data/article/article.txt)', () => {
		const expected = readFileSync(CHECKED_IN, 'utf8').replace(/\n$/, '');
		expect(articleText(article)).toBe(expected);
	});

	it.skipIf(seedMissing)(
		`the checked-in copy equals ../shared/seed/article.txt up to "Leave a Reply"${seedMissing ? ' (SKIPPED: ../shared/seed/article.txt is absent in this checkout)' : ''}`,
		() => {
			const seed = readFileSync(SEED, 'utf8');
			const cut = seed.indexOf('Leave a Reply');
			expect(cut).toBeGreaterThan(0);
			expect(readFileSync(CHECKED_IN, 'utf8')).toBe(seed.slice(0, cut).trimEnd() + '\n');
			expect(articleText(article)).toBe(seed.slice(0, cut).trimEnd());
		}
	);

	it('leaves out the web boilerplate and keeps every paragraph of the article', () => {
		const text = articleText(article);
		expect(text).not.toContain('Leave a Reply');
		expect(text).not.toContain('Your email address');
		expect(article.blocks).toHaveLength(13);
		expect(article.blocks[0].type).toBe('headline');
		expect(text.startsWith('North Korea Has Launched A Missile Into Space')).toBe(true);
		expect(text.endsWith('once the Games are over later this month.')).toBe(true);
	});
});

describe('article annotations', () => {
	const annotated = annotations(article).map((a) => a.run.text);
	const covered = (phrase: string) => annotated.some((t) => t.includes(phrase));

	// The claims the brief requires to be annotated: each phrase must sit inside some annotation.
	it.each([
		'Hwasong-12',
		'intermediate-range',
		'this weekend',
		'on Monday',
		'The launch on Sunday',
		'the test on Sunday',
		'Sunday’s test',
		'earlier this month',
		'later this month',
		'border with China',
		'800 kilometres (497 miles)',
		'2,000 kilometres (1,242 miles)',
		'most powerful test since late 2017',
		'South Korean and Japanese forces',
		'Guam',
		'any place in Japan',
		'Aleutian Islands',
		'camera fitted on the missile’s warhead',
		'Into Space',
		'for the safety of neighbouring countries',
		'KCNA',
		'Kim Jong-un',
		'Joe Biden',
		'Donald Trump',
		'three summits',
		'a senior US official',
		'fundamentally destabilising',
		'validate the systems',
		'Winter Olympics',
		'largest missile',
		'Korea launched',
		'sanctions'
	])('"%s" is annotated', (phrase) => {
		expect(covered(phrase)).toBe(true);
	});

	it('has at least 20 annotations, none empty, all pointing at a claim', () => {
		const list = annotations(article);
		expect(list.length).toBeGreaterThanOrEqual(20);
		const ids = new Set(claimsFile.claims.map((c) => c.id));
		for (const { run } of list) {
			expect(run.text.trim()).not.toBe('');
			expect(ids.has(run.fact)).toBe(true);
		}
	});
});

describe('article schemas', () => {
	it('accept the real files', () => {
		expect(articleSchemaIssues(article)).toEqual([]);
		expect(claimsSchemaIssues(claimsFile)).toEqual([]);
		expect(articleValidator.validate(allFiles)).toEqual([]);
	});

	it('are part of the build validator list, which passes on the real data', () => {
		expect(validators).toContain(articleValidator);
		expect(validateDataset(allFiles)).toEqual([]);
	});

	it('report an unknown block type with file, record and field', () => {
		const broken = copy(article) as unknown as { blocks: { type: string }[] };
		broken.blocks[3].type = 'sidebar';
		const issues = articleSchemaIssues(broken);
		expect(lines(issues)).toEqual([`${ARTICLE_FILE} › #3 › type`]);
		expect(issues[0].expected).toMatch(/headline.*paragraph.*quote/);
		expect(issues[0].got).toBe('"sidebar"');
	});

	it('report an empty annotation and an annotation without a fact', () => {
		const broken = copy(article) as unknown as { blocks: { runs: Record<string, unknown>[] }[] };
		const runs = broken.blocks[2].runs;
		const first = runs.findIndex((r) => r.type === 'annotation');
		runs[first].text = '';
		const second = runs.findIndex((r, i) => i > first && r.type === 'annotation');
		delete runs[second].fact;
		expect(lines(articleSchemaIssues(broken))).toEqual([
			`${ARTICLE_FILE} › #2 › runs[${first}].text`,
			`${ARTICLE_FILE} › #2 › runs[${second}].fact`
		]);
	});

	it('require the headline first and a speaker on a quote block', () => {
		const broken = copy(article) as unknown as { blocks: Record<string, unknown>[] };
		broken.blocks[0].type = 'paragraph';
		delete broken.blocks[8].speaker;
		expect(lines(articleSchemaIssues(broken))).toEqual([`${ARTICLE_FILE} › #8 › speaker`]);
		// Record-level checks run once every field is valid.
		broken.blocks[8].speaker = 'a senior US official';
		const issues = articleSchemaIssues(broken);
		expect(lines(issues)).toEqual([`${ARTICLE_FILE} › (file) › blocks`]);
		expect(issues[0].expected).toContain('headline');
	});

	it('report a claim without a source (a fact without a source is an error) by claim id', () => {
		const broken = copy(claimsFile);
		broken.claims[2].sources = [];
		const issues = claimsSchemaIssues(broken);
		expect(lines(issues)).toEqual([
			`${CLAIMS_FILE} › ${claimsFile.claims[2].id} › sources`,
			`${CLAIMS_FILE} › ${claimsFile.claims[2].id} › verdict`
		]);
		expect(issues[0].got).toBe('an empty list []');
	});

	it('accept a claim with no source only with a notFound note and verdict cannot-be-verified', () => {
		const unverifiable = claimsFile.claims.filter((c) => c.sources.length === 0);
		expect(unverifiable.map((c) => c.id)).toEqual(['quote-validate-systems']);
		expect(unverifiable[0].verdict).toBe('cannot-be-verified');
		expect(unverifiable[0].notFound).toMatch(/not found|no source/i);
		const broken = copy(claimsFile);
		const c = broken.claims.find((x) => x.id === 'quote-validate-systems')!;
		delete c.notFound;
		expect(lines(claimsSchemaIssues(broken))).toEqual([
			`${CLAIMS_FILE} › quote-validate-systems › sources`
		]);
	});

	it('report a bad verdict, a bad source URL and an unknown field', () => {
		const broken = copy(claimsFile) as unknown as { claims: Record<string, unknown>[] };
		broken.claims[0].verdict = 'true';
		(broken.claims[1].sources as { url: string }[])[0].url = 'not a url';
		broken.claims[2].verdit = 'correct';
		const found = claimsSchemaIssues(broken);
		expect(lines(found)).toEqual([
			`${CLAIMS_FILE} › ${claimsFile.claims[0].id} › verdict`,
			`${CLAIMS_FILE} › ${claimsFile.claims[1].id} › sources[0].url`,
			`${CLAIMS_FILE} › ${claimsFile.claims[2].id} › verdit`
		]);
		expect(found[2].expected).toMatch(/unknown field/);
	});

	it('stop the build validator with a missing article file', () => {
		const issues = articleValidator.validate(datasetFiles);
		expect(lines(issues)).toEqual([
			`${ARTICLE_FILE} › (file) › (whole file)`,
			`${CLAIMS_FILE} › (file) › (whole file)`
		]);
	});
});

describe('article cross-checks', () => {
	const check = datasetPathChecker(datasetFiles);

	it('report an annotation naming an unknown claim, and the claim left unannotated', () => {
		const broken = copy(article);
		const run = broken.blocks[2].runs.find(
			(r): r is AnnotationRun => r.type === 'annotation' && r.fact === 'launch-day-monday'
		)!;
		run.fact = 'launch-on-monday';
		const issues = crossCheckArticle(broken, claimsFile, check);
		expect(lines(issues)).toEqual([
			`${ARTICLE_FILE} › #2 › runs[${broken.blocks[2].runs.indexOf(run)}].fact`,
			`${CLAIMS_FILE} › launch-day-monday › id`
		]);
		expect(issues[0].expected).toContain('fact --list');
	});

	it('report a claim quote that is not in the article and dataset paths that do not exist', () => {
		const broken = copy(claimsFile);
		broken.claims[0].quote = 'Has Launched A Rocket Into Space';
		broken.claims[1].facts = [
			'test.2022-01-31-hwasong-12.rangeKm',
			'test.2022-01-30-hwasong-12.speed'
		];
		const issues = crossCheckArticle(article, broken, check);
		expect(lines(issues)).toEqual([
			`${CLAIMS_FILE} › ${broken.claims[0].id} › quote`,
			`${CLAIMS_FILE} › ${broken.claims[1].id} › facts[0]`,
			`${CLAIMS_FILE} › ${broken.claims[1].id} › facts[1]`
		]);
		expect(issues[1].expected).toContain('no test "2022-01-31-hwasong-12"');
		expect(issues[2].expected).toContain('not a test field');
	});

	it('every claim quote is the article’s exact words', () => {
		const text = articleText(article);
		for (const c of claimsFile.claims) expect(text).toContain(c.quote);
	});
});

describe('parseFactPath', () => {
	it.each([
		[
			'test.2022-01-30-hwasong-12.rangeKm',
			{ kind: 'test', id: '2022-01-30-hwasong-12', field: 'rangeKm' }
		],
		['test.2022-01-30-hwasong-12', { kind: 'test', id: '2022-01-30-hwasong-12', field: null }],
		['missile.hwasong-12.class', { kind: 'missile', id: 'hwasong-12', field: 'class' }],
		['place.andersen-afb', { kind: 'place', id: 'andersen-afb', field: null }]
	])('parses %s', (path, expected) => {
		expect(parseFactPath(path)).toEqual({ ok: true, value: expected });
	});

	it.each([
		['test.2022-01-30-hwasong-12.speedKms', /not a test field/],
		['missile.hwasong-12.rangeKm', /not a missile field/],
		['place.tokyo.lat', /place paths take no field/],
		['rocket.x', /not a dataset path/],
		['test', /not a dataset path/],
		['test.a.b.c', /not a dataset path/]
	])('rejects %s with a reason', (path, reason) => {
		const r = parseFactPath(path);
		expect(r.ok).toBe(false);
		expect(r.ok ? '' : r.message).toMatch(reason);
	});
});

describe('claims agree with the calendar and the dataset', () => {
	const MONTHS = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	];
	const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
	const pattern = new RegExp(
		`\\b(${WEEKDAYS.join('|')}) (\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`,
		'g'
	);

	it('every "Weekday D Month YYYY" in an explanation or conflict names the right weekday', () => {
		let count = 0;
		for (const c of claimsFile.claims) {
			for (const text of [c.explanation, ...c.conflicts]) {
				for (const m of text.matchAll(pattern)) {
					const day = new Date(
						Date.UTC(Number(m[4]), MONTHS.indexOf(m[3]), Number(m[2]))
					).getUTCDay();
					expect(`${c.id}: ${m[0]}`).toBe(`${c.id}: ${WEEKDAYS[day]} ${m[2]} ${m[3]} ${m[4]}`);
					count++;
				}
			}
		}
		expect(count).toBeGreaterThanOrEqual(15);
	});

	it('the Monday/Sunday explanation matches the dataset launch time in KST and UTC', () => {
		const test = (
			testsJson as unknown as { tests: { id: string; launch: { kst: string; utc: string } }[] }
		).tests.find((t) => t.id === article.testId)!;
		// 07:52 KST on 30 Jan 2022 is 22:52 UTC on 29 Jan 2022 (KST = UTC+9), independent of any helper.
		expect(new Date(test.launch.kst).toISOString()).toBe('2022-01-29T22:52:00.000Z');
		expect(new Date(test.launch.utc).getTime()).toBe(new Date(test.launch.kst).getTime());
		const monday = claimsFile.claims.find((c) => c.id === 'launch-day-monday')!;
		expect(monday.verdict).toBe('incorrect');
		expect(monday.explanation).toContain('Sunday 30 January 2022 at 07:52');
		expect(monday.explanation).toContain('Saturday 29 January, 22:52 UTC');
		expect(monday.explanation).toContain('Monday 31 January 2022 is the day KCNA reported');
		expect(monday.facts).toContain(`test.${test.id}.launch`);
	});

	it('the unit checks quote the article’s own numbers', () => {
		const text = articleText(article);
		for (const c of claimsFile.claims.filter((x) => x.unitCheck)) {
			const u = c.unitCheck!;
			expect(c.quote).toContain(u.articleText);
			expect(c.quote).toContain(`${u.valueKm.toLocaleString('en-GB')} kilometres`);
			expect(text).toContain(`(${u.statedMi.toLocaleString('en-GB')} miles)`);
		}
		expect(claimsFile.claims.filter((x) => x.unitCheck).map((c) => c.id)).toEqual([
			'range-800km',
			'apogee-2000km'
		]);
	});
});

describe.skipIf(factSheetMissing)(
	`claims against the fact sheet${factSheetMissing ? ' (SKIPPED: ../shared/reference/article-facts.md is absent in this checkout)' : ''}`,
	() => {
		const sheet = factSheetMissing ? '' : readFileSync(FACT_SHEET, 'utf8');
		const rows = new Map<number, string>();
		for (const line of sheet.split('\n')) {
			const m = /^\| (\d+) \| .*? \| \*\*(.+?)\*\*/.exec(line);
			if (m) rows.set(Number(m[1]), m[2].toLowerCase());
		}

		// The fact sheet's leads that the claims no longer cite, each with the reason. A lead on a denied
		// domain needs no entry: the policy file gives the reason.
		const dropped: Record<string, string> = {
			'https://www.chinadailyhk.com/article/258054':
				'no stored copy could be checked; Yonhap and JewishPress carry the KCNA wording',
			'https://www.defence-industries.com/news/north-korea-says-successfully-launches-new-icbm':
				'not checked; the Hwasong-15 figures come from the dataset’s own test record',
			'https://en.wikipedia.org/wiki/2018_North_Korea%E2%80%93United_States_Singapore_Summit':
				'an encyclopaedia; NK News and The Straits Times reported the summits at the time',
			'https://www.spotlightnepal.com/2022/01/12/north-korea-releases-details-launch/':
				'republishes unnamed agency copy; The Japan Times and Yonhap carry the figures',
			'https://www.spotlightnepal.com/2022/01/30/north-korea-fired-ballistic-missile/':
				'republishes unnamed agency copy; NTV and Jiji carry Japan’s statement',
			'https://www.hindustantimes.com/world-news/north-korea-launches-first-icbm-since-days-of-fire-and-fury-101648113738660.html':
				'not checked; Deccan Herald carries AFP’s report of the ICBM of 24 March 2022',
			'https://news.yahoo.com/kim-jong-un-attended-successful-060132975.html':
				'an aggregator; The Japan Times and Jiji report Kim’s attendance',
			'http://www01.koreaherald.com/view.php?ud=20170522000559':
				'not checked; the Taipei Times reports the Earth images of May 2017',
			'https://www.theepochtimes.com/north-korea-conducts-possible-irbm-or-icbm-missile-test_4245159.html':
				'the JCS statement itself (JoongAng Ilbo) and the Korea Herald carry the 07:52 launch time',
			'https://www.trtworld.com/americas/us-seeks-direct-talks-after-north-korea-tests-most-powerful-missile-54235':
				'the checked copy of this TRT World report is at trtworld.com/article/12768732, which is cited'
		};
		const policy = policyJson as unknown as SourcePolicy;
		const rowUrls = new Map<number, string[]>();
		for (const line of sheet.split('\n')) {
			const m = /^\| (\d+) \|/.exec(line);
			if (!m) continue;
			const cells = line.split(' | ');
			rowUrls.set(Number(m[1]), cells[cells.length - 1].match(/https?:\/\/[^\s;|]+/g) ?? []);
		}

		it('each fact-sheet lead is cited by a claim of its row, denied by the policy or dropped with a reason', () => {
			expect(rowUrls.size).toBe(39);
			const unexplained: string[] = [];
			for (const [row, urls] of rowUrls) {
				const cited = new Set(
					claimsFile.claims
						.filter((c) => c.factSheetClaim === row)
						.flatMap((c) => c.sources.map((s) => s.url))
				);
				for (const url of urls)
					if (!cited.has(url) && !denyEntryOf(url, policy) && !dropped[url])
						unexplained.push(`row ${row}: ${url}`);
			}
			expect(unexplained).toEqual([]);
		});

		it('no dropped lead is still cited, and every dropped lead is one of the fact sheet’s', () => {
			const cited = new Set(claimsFile.claims.flatMap((c) => c.sources.map((s) => s.url)));
			for (const url of Object.keys(dropped)) {
				expect(cited.has(url)).toBe(false);
				expect(sheet).toContain(url);
			}
		});

		// Claims split off a fact-sheet row judge a narrower part of it; the row's verdict is about the rest.
		const narrower: Record<string, string> = {
			kcna: 'row 6 judges the word "Korea"; the agency name itself is right',
			'kim-jong-un': 'row 12 is about the motive; the name and title are right',
			'sanctions-earlier-this-month':
				'row 17 judges "first sanctions"; the date (12 Jan) is earlier in the month',
			'high-trajectory': 'row 29 judges the quote; the high trajectory itself is right',
			'more-powerful-after-games': 'row 39 judges "later this month"; the prediction came true'
		};

		it('each claim’s verdict is the fact sheet’s verdict for its row', () => {
			expect(rows.size).toBe(39);
			for (const c of claimsFile.claims) {
				if (narrower[c.id]) continue;
				const row = rows.get(c.factSheetClaim)!;
				expect(`${c.id} (row ${c.factSheetClaim}: ${row})`).toContain(c.verdict.replace(/-/g, ' '));
			}
		});
	}
);

describe('the build stops on a broken article file', () => {
	it('names file, record and field (the check the vite plugin runs at buildStart)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'lofted-article-'));
		try {
			cpSync(resolve(__dirname, '../../../data'), dir, { recursive: true });
			expect(checkDataDir(dir)).toEqual([]);
			const claimsPath = join(dir, 'article/claims.json');
			const broken = JSON.parse(readFileSync(claimsPath, 'utf8'));
			broken.claims.find((c: { id: string }) => c.id === 'range-800km').sources = [];
			writeFileSync(claimsPath, JSON.stringify(broken));
			const lines = formatIssues(checkDataDir(dir));
			expect(lines).toContain(
				'data/article/claims.json › range-800km › sources: expected at least one source, or a notFound note saying no source was located, got an empty list []'
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
