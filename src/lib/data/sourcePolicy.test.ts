import { describe, expect, it } from 'vitest';
import policyJson from '../../../data/sources-policy.json';
import { formatIssue } from './issues.ts';
import {
	denyEntryOf,
	findSources,
	hostOf,
	judgeSource,
	policyDomainOf,
	POLICY_FILE,
	sourcePolicySchema,
	sourcePolicyValidator,
	type SourcePolicy
} from './sourcePolicy.ts';
import * as v from 'valibot';

const policy = v.parse(sourcePolicySchema, policyJson);

/** A small policy written out here, so the rules are tested independently of the shipped file. */
const mini: SourcePolicy = {
	domains: {
		'yna.co.kr': { publisher: 'Yonhap', tiers: ['official', 'wire'] },
		'asiaone.com': { publisher: 'AsiaOne', tiers: ['outlet'] },
		'allthingsnuclear.org': { publisher: 'UCS', tiers: ['analysis'] },
		'wikipedia.org': { publisher: 'Wikipedia', tiers: ['outlet'], onlyIn: ['data/places.json'] }
	},
	deny: [
		{ domain: 'stage-a1.asiaone.com', reason: 'staging server' },
		{ domain: 'allthingsnuclear.org', path: '/author/', reason: 'author index page' }
	]
};

const source = (url: string, tier = 'wire') => ({
	url,
	publisher: 'P',
	tier,
	checked: '2026-12-02'
});
const judge = (url: string, tier = 'wire', file = 'data/tests.json') =>
	judgeSource({ file, record: 'r', field: 'sources[0]', source: source(url, tier) }, mini);

describe('hostOf / policyDomainOf / denyEntryOf', () => {
	it.each([
		['https://en.yna.co.kr/view/AEN1', 'en.yna.co.kr'],
		['https://www.asiaone.com/x', 'asiaone.com'],
		['https://www01.koreaherald.com/view.php', 'koreaherald.com'],
		['ftp://example.org/', null],
		['not a url', null]
	])('hostOf(%s) = %s', (url, host) => {
		expect(hostOf(url)).toBe(host);
	});

	it('a domain entry covers its subdomains, not look-alike hosts', () => {
		expect(policyDomainOf('https://m-en.yna.co.kr/view/1', mini)).toBe('yna.co.kr');
		expect(policyDomainOf('https://notyna.co.kr/view/1', mini)).toBeNull();
	});

	it('a deny entry wins over the domain entry that covers it, and a path prefix limits it', () => {
		expect(denyEntryOf('https://stage-a1.asiaone.com/asia/x', mini)?.reason).toBe('staging server');
		expect(denyEntryOf('https://www.asiaone.com/asia/x', mini)).toBeNull();
		expect(denyEntryOf('https://allthingsnuclear.org/author/dwright', mini)?.path).toBe('/author/');
		expect(denyEntryOf('https://allthingsnuclear.org/dwright/some-post/', mini)).toBeNull();
	});
});

describe('judgeSource', () => {
	it('accepts a listed domain at an allowed tier', () => {
		expect(judge('https://en.yna.co.kr/view/AEN1', 'official')).toEqual([]);
	});

	it('rejects a denied domain on the url, naming the reason', () => {
		const [issue] = judge('https://stage-a1.asiaone.com/asia/x', 'outlet');
		expect(formatIssue(issue)).toBe(
			'data/tests.json › r › sources[0].url: expected a citable page, not stage-a1.asiaone.com (denied in data/sources-policy.json: staging server); cite the original statement or a wire that carries it, got "https://stage-a1.asiaone.com/asia/x"'
		);
	});

	it('rejects an unknown domain and a tier the domain does not allow', () => {
		expect(judge('https://example.org/a')[0]).toMatchObject({
			field: 'sources[0].url',
			expected: expect.stringMatching(/a domain listed in data\/sources-policy.json/)
		});
		expect(judge('https://www.asiaone.com/a', 'wire')[0]).toMatchObject({
			field: 'sources[0].tier',
			expected: 'a tier asiaone.com may carry (outlet)',
			got: '"wire"'
		});
	});

	it('rejects a domain outside the files it is limited to', () => {
		expect(judge('https://en.wikipedia.org/wiki/Attu', 'outlet', 'data/places.json')).toEqual([]);
		expect(judge('https://en.wikipedia.org/wiki/Attu', 'outlet')[0].expected).toMatch(
			/allows only in data\/places.json/
		);
	});
});

describe('findSources', () => {
	it('names records by id and fields by path, and finds a file-level source', () => {
		const found = findSources('data/tests.json', {
			tests: [
				{ id: 'a', figures: { apogeeKm: [{ sources: [source('https://x.org/1')] }] } },
				{ launch: { sources: [source('https://x.org/2')] } }
			],
			source: source('https://x.org/3')
		});
		expect(found.map((f) => [f.record, f.field])).toEqual([
			['a', 'figures.apogeeKm[0].sources[0]'],
			['#1', 'launch.sources[0]'],
			['(file)', 'source']
		]);
	});
});

describe('the shipped policy', () => {
	it('parses, and denies every domain the source audit named', () => {
		const denied = policy.deny.map((d) => d.domain + (d.path ?? ''));
		for (const d of [
			'hqproductreviews.com',
			'seisyun.net',
			'defzone.net',
			'3rd-in.co.jp',
			'5ch.net',
			'vuink.com',
			'stage-a1.asiaone.com',
			'allthingsnuclear.org/author/',
			'seattlen.com',
			'megaasiaportal.snuac.ac.kr',
			'krtube.net',
			'vntv.net',
			'austindailyglobe.com',
			'helloscholar.in',
			'noticenews.com',
			'tellerreport.com',
			'militaryview.com',
			'webjosh.com',
			'nippontime.com',
			'vhueurope.com',
			'xsionx.com',
			'johosokuhou.com',
			'exposetimes.net',
			'ayaksizgazete.com',
			'shorenewsnetwork.com',
			'headtopics.com',
			'urdupoint.com'
		])
			expect(denied).toContain(d);
	});

	it('lists no domain both as citable and as wholly denied', () => {
		for (const d of policy.deny.filter((x) => x.path === undefined))
			expect(policyDomainOf(`https://${d.domain}/`, policy), d.domain).not.toBe(d.domain);
	});

	it('the validator reports a broken policy file instead of throwing', () => {
		const issues = sourcePolicyValidator.validate({
			[POLICY_FILE]: { domains: { 'Bad Domain': { publisher: 'x', tiers: [] } }, deny: [] }
		});
		expect(issues.length).toBeGreaterThan(0);
		expect(issues.every((i) => i.file === POLICY_FILE)).toBe(true);
		expect(sourcePolicyValidator.validate({})[0].expected).toMatch(/exist/);
	});
});
