import { describe, expect, it } from 'vitest';
import { getMissile, getPlace, tests } from '../../data/dataset.ts';
import { summarizeFigures } from '../../data/figures.ts';
import type { CnsRecord } from '../../data/cns/types.ts';
import { catalogueRow, formatKm, type CatalogueRow } from './rows.ts';
import { catalogueRowsHtml, cnsText, reporters, spreadKm, spreadTime } from './rowsHtml.ts';

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

	it('writes the 30 January 2022 row from the dataset: times, missile, figures, spread and reporters', () => {
		const row = rows.find((r) => r.id === '2022-01-30-hwasong-12')!;
		const [tr] = trs(catalogueRowsHtml([row], { href, cnsByTest: null }));
		const c = cells(tr);
		expect(c[0]).toBe('2022-01-29 22:52 UTC 2022-01-30 07:52 KST');
		expect(c[1]).toBe(row.missileName);
		expect(c[3]).toBe('lofted');
		const apogee = row.apogeeKm!;
		expect(c[5].startsWith(formatKm(apogee.central))).toBe(true);
		expect(c[5]).toContain(reporters(apogee));
		if (spreadKm(apogee)) expect(c[5]).toContain(spreadKm(apogee)!);
		expect(c[8]).toBe(row.siteName);
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
