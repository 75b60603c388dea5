/**
 * Main-thread tasks from a Chromium trace (devtools.timeline events): each task over a threshold, with its
 * time split by what ran inside it, so a long task can be told apart as the page's own script (hydration,
 * timers) or the browser's work on the document (parsing, style, layout, paint). Pure: trace in, rows out.
 *
 * A task's wall time is not all work: the renderer's main thread also waits, when the operating system runs
 * another thread on its core, and in synchronous calls to the browser process (font lookups on Linux:
 * `FontCache::GetFontPlatformData`). So each row also carries the main thread's CPU time in the task (the
 * trace's thread duration) and the wall time spent in font lookups (needs the `fonts` trace category).
 */

export interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** Thread (CPU) time, µs, where the trace recorded it. */
	tdur?: number;
	pid: number;
	tid: number;
	args?: {
		name?: string;
		data?: {
			url?: string;
			functionName?: string;
			frames?: { url?: string; processId?: number }[];
		};
		beginData?: { url?: string };
	};
}

export type TaskKind = 'script' | 'parse' | 'style-layout' | 'paint' | 'gc';

const KIND_OF: Record<string, TaskKind> = {
	EvaluateScript: 'script',
	'v8.evaluateModule': 'script',
	'v8.compile': 'script',
	'v8.compileModule': 'script',
	FunctionCall: 'script',
	TimerFire: 'script',
	FireAnimationFrame: 'script',
	RunMicrotasks: 'script',
	EventDispatch: 'script',
	XHRReadyStateChange: 'script',
	ParseHTML: 'parse',
	ParseAuthorStyleSheet: 'parse',
	UpdateLayoutTree: 'style-layout',
	Layout: 'style-layout',
	Paint: 'paint',
	PrePaint: 'paint',
	Layerize: 'paint',
	MinorGC: 'gc',
	MajorGC: 'gc'
};

export interface TaskRow {
	/** From the first task of the trace, ms. */
	startMs: number;
	durationMs: number;
	/** Time inside the task per kind, ms (outermost events only: nested ones are not counted twice). */
	byKind: Record<TaskKind, number>;
	/** The kind with the most time. */
	main: TaskKind | 'other';
	/** Script URL of the first script event, if any (file name only). */
	script: string;
	/** CPU time of the main thread in the task, ms; null when the trace has no thread times. */
	cpuMs: number | null;
	/** Wall time in synchronous font lookups (outermost `FontCache::GetFontPlatformData`), ms. */
	fontMs: number;
}

const FONT_LOOKUP = 'FontCache::GetFontPlatformData';

/**
 * The renderer processes that loaded a page of `origin`: from the trace's list of frames, or from the
 * HTML parser's URL. The browser's own pages (e.g. a new-tab page) run in other renderers of the same trace.
 */
function pageProcesses(events: TraceEvent[], origin: string): Set<number> {
	const pids = new Set<number>();
	for (const e of events) {
		for (const f of e.args?.data?.frames ?? [])
			if (f.url?.startsWith(origin) && f.processId !== undefined) pids.add(f.processId);
		if (e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin)) pids.add(e.pid);
	}
	return pids;
}

/** The renderer main threads ("CrRendererMain") of the page's processes, as "pid:tid". */
function mainThreads(events: TraceEvent[], origin: string): Set<string> {
	const pids = pageProcesses(events, origin);
	return new Set(
		events
			.filter(
				(e) =>
					e.ph === 'M' &&
					e.name === 'thread_name' &&
					e.args?.name === 'CrRendererMain' &&
					pids.has(e.pid)
			)
			.map((e) => `${e.pid}:${e.tid}`)
	);
}

/**
 * Tasks (RunTask) lasting more than `minMs` on the main thread of the renderer that loaded `origin`'s
 * page, in time order.
 */
export function longTasks(events: TraceEvent[], origin: string, minMs = 50): TaskRow[] {
	const threads = mainThreads(events, origin);
	const onMain = events
		.filter((e) => e.ph === 'X' && e.dur !== undefined && threads.has(`${e.pid}:${e.tid}`))
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const tasks = onMain.filter((e) => e.name === 'RunTask');
	if (tasks.length === 0) return [];
	const t0 = tasks[0].ts;
	const rows: TaskRow[] = [];
	for (const task of tasks) {
		const dur = task.dur ?? 0;
		if (dur / 1000 <= minMs) continue;
		const end = task.ts + dur;
		const byKind: Record<TaskKind, number> = {
			script: 0,
			parse: 0,
			'style-layout': 0,
			paint: 0,
			gc: 0
		};
		// Outermost classified events only: an event inside another classified event is skipped.
		let coveredUntil = -Infinity;
		let fontUntil = -Infinity;
		let fontMs = 0;
		let script = '';
		for (const e of onMain) {
			if (e.ts < task.ts || e.ts >= end || e === task) continue;
			if (e.name === FONT_LOOKUP && e.ts >= fontUntil) {
				fontUntil = Math.min(end, e.ts + (e.dur ?? 0));
				fontMs += (fontUntil - e.ts) / 1000;
			}
			const kind = KIND_OF[e.name];
			if (!kind) continue;
			if (!script && kind === 'script') script = e.args?.data?.url?.split('/').pop() ?? '';
			if (e.ts < coveredUntil) continue;
			const eEnd = Math.min(end, e.ts + (e.dur ?? 0));
			byKind[kind] += (eEnd - e.ts) / 1000;
			coveredUntil = eEnd;
		}
		const [main, ms] = (Object.entries(byKind) as [TaskKind, number][]).reduce((a, b) =>
			b[1] > a[1] ? b : a
		);
		rows.push({
			startMs: (task.ts - t0) / 1000,
			durationMs: dur / 1000,
			byKind,
			main: ms > 0 ? main : 'other',
			script,
			cpuMs: task.tdur === undefined ? null : task.tdur / 1000,
			fontMs
		});
	}
	return rows;
}

/**
 * A prerendered page's HTML without its script: every `<script>` element and every `<link rel="modulepreload">`
 * removed, the rest (stylesheets, markup, inline SVG) kept. Loading it measures what the browser's own work on
 * the document costs (parsing, style, layout, fonts, paint) with no hydration at all.
 */
export function documentOnly(html: string): string {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
		.replace(/<link\b[^>]*\brel\s*=\s*["']?modulepreload\b[^>]*>/gi, '');
}
