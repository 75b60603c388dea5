import { describe, expect, it } from 'vitest';
import { documentOnly, longTasks, type TraceEvent } from './tasks.ts';

const ORIGIN = 'http://127.0.0.1:4188';
const MAIN = { pid: 1, tid: 10 };
const OTHER = { pid: 1, tid: 11 };
/** The main thread of another renderer (e.g. the browser's new-tab page). */
const NTP = { pid: 2, tid: 20 };
const meta: TraceEvent[] = [
	{ name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
	{ name: 'thread_name', ph: 'M', ts: 0, ...OTHER, args: { name: 'Compositor' } },
	{ name: 'thread_name', ph: 'M', ts: 0, ...NTP, args: { name: 'CrRendererMain' } },
	{
		name: 'TracingStartedInBrowser',
		ph: 'I',
		ts: 0,
		pid: 0,
		tid: 0,
		args: {
			data: {
				frames: [
					{ url: `${ORIGIN}/map`, processId: 1 },
					{ url: 'chrome://new-tab-page/', processId: 2 }
				]
			}
		}
	}
];
const x = (name: string, tsMs: number, durMs: number, where = MAIN, url?: string): TraceEvent => ({
	name,
	ph: 'X',
	ts: tsMs * 1000,
	dur: durMs * 1000,
	...where,
	args: url ? { data: { url } } : {}
});

describe('longTasks', () => {
	it('keeps main-thread tasks over the threshold and splits their time by kind', () => {
		const rows = longTasks(
			[
				...meta,
				x('RunTask', 0, 20), // short: left out
				x('RunTask', 100, 80),
				x('TimerFire', 100, 60, MAIN, 'https://x/_app/chunk.js'),
				x('FunctionCall', 101, 55), // nested in TimerFire: not counted twice
				x('Layout', 165, 10),
				x('MinorGC', 176, 4),
				x('RunTask', 300, 120, OTHER), // another thread: ignored
				x('RunTask', 500, 200, NTP) // another renderer: ignored
			],
			ORIGIN
		);
		expect(rows).toHaveLength(1);
		const [row] = rows;
		expect(row.startMs).toBe(100);
		expect(row.durationMs).toBe(80);
		expect(row.byKind).toEqual({ script: 60, parse: 0, 'style-layout': 10, paint: 0, gc: 4 });
		expect(row.main).toBe('script');
		expect(row.script).toBe('chunk.js');
		expect(row.cpuMs).toBeNull();
		expect(row.fontMs).toBe(0);
	});

	it('reports the main thread’s CPU time and the wall time of outermost font lookups', () => {
		const task = { ...x('RunTask', 0, 120), tdur: 35_000 };
		const rows = longTasks(
			[
				...meta,
				task,
				x('Layout', 0, 110),
				x('FontCache::GetFontPlatformData', 10, 30),
				x('FontCache::GetFontPlatformData', 15, 5), // nested (fallback lookup): not counted twice
				x('FontCache::GetFontPlatformData', 60, 12),
				x('FontCache::GetFontPlatformData', 115, 20), // runs past the task's end: cut at the end
				x('FontCache::GetFontPlatformData', 200, 50) // after the task
			],
			ORIGIN
		);
		expect(rows).toHaveLength(1);
		expect(rows[0].cpuMs).toBe(35);
		expect(rows[0].fontMs).toBe(30 + 12 + 5);
		expect(rows[0].main).toBe('style-layout');
	});

	it('names a task made of parsing and layout as the browser’s, not script', () => {
		const rows = longTasks(
			[
				...meta,
				x('RunTask', 0, 90),
				x('ParseHTML', 0, 30),
				x('UpdateLayoutTree', 31, 15),
				x('Layout', 46, 40)
			],
			ORIGIN
		);
		expect(rows[0].main).toBe('style-layout');
		expect(rows[0].byKind.parse).toBe(30);
		expect(rows[0].byKind['style-layout']).toBe(55);
		expect(rows[0].script).toBe('');
	});

	it('a task with nothing classified inside is "other"; an empty trace has no tasks', () => {
		expect(longTasks([...meta, x('RunTask', 0, 70)], ORIGIN)[0].main).toBe('other');
		expect(longTasks(meta, ORIGIN)).toEqual([]);
		expect(longTasks([...meta, x('RunTask', 0, 60)], ORIGIN, 60)).toEqual([]);
	});

	it('finds the page’s renderer from the HTML parser when the trace lists no frames', () => {
		const events: TraceEvent[] = [
			...meta.filter((e) => e.name !== 'TracingStartedInBrowser'),
			{ ...x('ParseHTML', 0, 5, NTP), args: { beginData: { url: `${ORIGIN}/` } } },
			x('RunTask', 0, 80, NTP),
			x('RunTask', 0, 90, MAIN)
		];
		expect(longTasks(events, ORIGIN).map((t) => t.durationMs)).toEqual([80]);
	});
});

describe('documentOnly', () => {
	const page = [
		'<!doctype html><html lang="en"><head>',
		'<link href="../_app/immutable/assets/0.css" rel="stylesheet">',
		'<link rel="modulepreload" href="../_app/immutable/entry/start.js">',
		"<link rel='modulepreload' href='../_app/immutable/chunks/a.js' />",
		'</head><body><div style="display: contents">',
		'<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg><p>Text &amp; figures: 2,000 km</p>',
		'<script>\n\t{ __sveltekit_x = { base: ".." };\n\t Promise.all([import("./start.js")]) }\n</script>',
		'<SCRIPT type="application/json" data-sveltekit-fetched>{"a":"</p>"}</SCRIPT >',
		'</div></body></html>'
	].join('\n');

	it('removes every script element and module preload, and keeps the stylesheet and markup', () => {
		const out = documentOnly(page);
		expect(out).not.toMatch(/<script/i);
		expect(out).not.toMatch(/modulepreload/);
		expect(out).toContain('<link href="../_app/immutable/assets/0.css" rel="stylesheet">');
		expect(out).toContain(
			'<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg><p>Text &amp; figures: 2,000 km</p>'
		);
		expect(out.startsWith('<!doctype html><html lang="en"><head>')).toBe(true);
		expect(out.endsWith('</div></body></html>')).toBe(true);
	});

	it('leaves a page without script as it is', () => {
		const plain = '<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>';
		expect(documentOnly(plain)).toBe(plain);
	});
});
