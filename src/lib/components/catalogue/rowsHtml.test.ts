import { describe, expect, it } from 'vitest';
import { getMissile, getPlace, tests } from '../../data/dataset.ts';
import { summarizeFigures } from '../../data/figures.ts';
import type { CnsRecord } from '../../data/cns/types.ts';
import { catalogueRow, type CatalogueRow } from './rows.ts';
import { catalogueRowsHtml, cnsText, spreadKm, spreadTime } from './rowsHtml.ts';

const rows = tests.map((t) => catalogueRow(t, { getMissile, getPlace, summarizeFigures }));
const href = (id: string) => `/base/tests/${id}`;

/** The `<tr>` elements of the markup, split apart (rows hold no nested tables). */
const trs = (html: string) => html.match(/<tr [^>]*>[\s\S]*?<\/tr>/g) ?? [];
/** Cell contents of one row, tags removed. */
const cells = (tr: string | undefined = '') =>
	(tr.match(/<t[hd][^>]*>[\s\S]*?<\/t[hd]>/g) ?? []).map((c) =>
		c
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);

describe('catalogueRowsHtml', () => {
	it('one row per test, in the given order, with the test page link and nine cells', () => {
		const reversed = [...rows].reverse();
		const html = catalogueRowsHtml(reversed, { href, cnsByTest: null });
		const out = trs(html);
		expect(out).toHaveLength(rows.length);
		out.forEach((tr, i) => {
			expect(tr).toContain(`data-testid="catalogue-row" data-id="${reversed[i].id}"`);
			expect(tr).toContain(`<a href="/base/tests/${reversed[i].id}">`);
			expect(cells(tr)).toHaveLength(9);
		});
		expect(html).not.toContain('catalogue-cns');
	});

	it('writes the rows from the dataset: times, missile, figures, reporters’ spread and reporters', () => {
		// Expected values from ../shared/reference/tests.md (launch times KST; apogee / range as KCNA / Japan
		// MoD / ROK JCS reported them), not from the code's own helpers.
		const html = catalogueRowsHtml(
			rows.filter((r) => r.id === '2022-01-30-hwasong-12' || r.id === '2017-05-14-hwasong-12'),
			{ href, cnsByTest: null }
		);
		const byId = Object.fromEntries(
			trs(html).map((tr) => [tr.match(/data-id="([^"]+)"/)![1], cells(tr)])
		);
		expect(byId['2022-01-30-hwasong-12']).toEqual([
			'2022-01-29 22:52 UTC 2022-01-30 07:52 KST',
			'Hwasong-12',
			'IRBM',
			'lofted',
			'success',
			'2,000 km JMOD, JCS',
			'800 km JMOD, JCS',
			'30 min JMOD',
			'Mupyong-ni (Mupyong-ri), Jagang Province'
		]);
		const may2017 = byId['2017-05-14-hwasong-12'];
		expect(may2017[0]).toBe('2017-05-13 20:28 UTC 2017-05-14 05:28 KST');
		// KCNA's 2,111.5 km leads; Japan said "more than 2,000 km", so there is no spread. The JCS gave
		// no apogee (tests.md: the ">2,000" often attributed to it was Japan's estimate).
		expect(may2017[5]).toBe('2,111.5 km KCNA, JMOD');
		// 787 km (KCNA), about 800 km (Japan MoD), about 700 km (ROK JCS): the spread, kept on one line.
		expect(may2017[6]).toBe('787 km 700–800 km KCNA, JMOD, JCS');
		expect(trs(html).find((tr) => tr.includes('2017-05-14'))).toContain(
			'<span class="muted nowrap">700–800 km</span>'
		);
	});

	it('says "not reported" for a missing figure and escapes every text and attribute', () => {
		const row: CatalogueRow = {
			...rows[0],
			id: 'x"><script>',
			missileName: '<img src=x onerror=alert(1)>',
			siteName: 'A & B',
			apogeeKm: null,
			flightTimeS: null
		};
		const html = catalogueRowsHtml([row], { href: (id) => `/tests/${id}`, cnsByTest: null });
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<script>');
		expect(html).toContain('<td>&#60;img src=x onerror=alert(1)&#62;</td>');
		expect(html).toContain('data-id="x&#34;&#62;&#60;script&#62;"');
		const c = cells(trs(html)[0]);
		expect(c[5]).toBe('not reported');
		expect(c[7]).toBe('not reported');
		expect(c[8]).toBe('A &#38; B');
	});

	it('adds the loaded CNS file’s column: matching rows, or "no matching row"', () => {
		const rec = { row: 12, apogeeKm: 2000, distanceKm: null } as CnsRecord;
		const html = catalogueRowsHtml(rows.slice(0, 2), {
			href,
			cnsByTest: { [rows[0].id]: [rec] }
		});
		const [first, second] = trs(html).map(cells);
		expect(first).toHaveLength(10);
		expect(first[9]).toBe('row 12, apogee 2,000 km');
		expect(second[9]).toBe('no matching row');
		expect(cnsText({ ...rec, distanceKm: 800 } as CnsRecord)).toBe(
			'row 12, apogee 2,000 km, distance 800 km'
		);
	});

	it('spreads are null when the reporters agree', () => {
		const f = { central: 10, low: 10, high: 10, reports: [] } as never;
		expect(spreadKm(f)).toBeNull();
		expect(spreadTime(f)).toBeNull();
		expect(spreadTime({ central: 4000, low: 3900, high: 4260, reports: [] } as never)).toBe(
			'65 min to 71 min'
		);
	});
});
