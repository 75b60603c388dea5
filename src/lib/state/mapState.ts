/**
 * The range map's view as URL search parameters, so any view can be shared:
 *
 *   /map?test=2022-01-30-hwasong-12&site=mupyong-ni&model=powered&rot=1&range=5000&pts=21.3,-157.9,Pearl%20Harbor
 *
 * - `test`    dataset test id, or `missile` = a missile id (its test with the farthest Kepler floor is used);
 * - `site`    launch-site preset id, or `lat,lon` in degrees (a site moved by clicking);
 * - `model`   `kepler` or `powered` (the model the map leads with);
 * - `rot`     `1` for the rotating-Earth reach, `0` (default) for the non-rotating one;
 * - `range`   a custom ring radius in km (1-19,500);
 * - `pts`     user targets `lat,lon[,name]` separated by `;` (at most 20).
 *
 * `parseMapState` accepts ANY string: it never throws, keeps what is valid, and for each bad parameter
 * returns a message saying what was wrong, how to fix it, and which safe default it used instead.
 * `formatMapState` writes the state back, leaving out defaults.
 */
import { groupedNumber } from '../data/units.ts';
import { MAX_RING_RADIUS_KM } from '../geo/ring.ts';

export type MapModel = 'kepler' | 'powered';

export interface UserTarget {
	lat: number;
	lon: number;
	name: string;
}

export type SiteChoice =
	{ kind: 'preset'; id: string } | { kind: 'point'; lat: number; lon: number };

export interface MapState {
	testId: string;
	/** When the view was chosen by missile rather than test. */
	missileId: string | null;
	/** Null = the test's own launch site. */
	site: SiteChoice | null;
	model: MapModel;
	rotation: boolean;
	customRangeKm: number | null;
	targets: UserTarget[];
}

export interface MapStateContext {
	testIds: readonly string[];
	/** Missile id -> the test id to show for it. */
	missileTests: Readonly<Record<string, string>>;
	siteIds: readonly string[];
	defaultTestId: string;
}

export interface ParsedMapState {
	state: MapState;
	/** One sentence per ignored or corrected parameter; empty when the URL was fine. */
	messages: string[];
}

/** The test /map opens on: the article's launch, 30 January 2022. */
export const DEFAULT_MAP_TEST_ID = '2022-01-30-hwasong-12';

export const MAX_USER_TARGETS = 20;
/** The largest custom ring: the largest ring the map draws (ring.ts). */
export const MAX_CUSTOM_RANGE_KM = MAX_RING_RADIUS_KM;
const MAX_NAME_LENGTH = 60;

export function defaultMapState(ctx: MapStateContext): MapState {
	return {
		testId: ctx.defaultTestId,
		missileId: null,
		site: null,
		model: 'powered',
		rotation: false,
		customRangeKm: null,
		targets: []
	};
}

/** Shortens a user-supplied value for quoting in a message. */
function quote(v: string): string {
	const s = v.length > 40 ? `${v.slice(0, 40)}…` : v;
	return `"${s}"`;
}

/** Parses a plain decimal number; rejects '', 'Infinity', hex, '1e999'. */
function parseNumber(raw: string): number | null {
	const s = raw.trim();
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

function parseLatLon(raw: string): { lat: number; lon: number } | string {
	const parts = raw.split(',');
	if (parts.length < 2) return 'needs "lat,lon" in degrees';
	const lat = parseNumber(parts[0]);
	const lon = parseNumber(parts[1]);
	if (lat === null || lon === null) return 'needs numbers: "lat,lon" in degrees';
	if (lat < -90 || lat > 90) return `latitude ${lat} is outside -90 to 90`;
	if (lon < -180 || lon > 360) return `longitude ${lon} is outside -180 to 360`;
	return { lat, lon: lon > 180 ? lon - 360 : lon };
}

/** Safe decoding: a malformed percent-escape gives null instead of throwing. */
function safeDecode(s: string): string | null {
	try {
		return decodeURIComponent(s.replace(/\+/g, ' '));
	} catch {
		return null;
	}
}

/** Reads a query string (with or without '?') into first-value-wins pairs, never throwing. */
function readParams(search: string): { params: Map<string, string>; messages: string[] } {
	const params = new Map<string, string>();
	const messages: string[] = [];
	const s = typeof search === 'string' ? search.replace(/^\?/, '') : '';
	for (const part of s.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		const key = safeDecode(eq === -1 ? part : part.slice(0, eq));
		const value = safeDecode(eq === -1 ? '' : part.slice(eq + 1));
		if (key === null || value === null) {
			messages.push(
				`Ignored a malformed URL parameter ${quote(part)} (bad %-escape); fix or remove it.`
			);
			continue;
		}
		if (!params.has(key)) params.set(key, value);
	}
	return { params, messages };
}

/** Parses a map URL query string. Never throws; every bad value yields a message and a default. */
export function parseMapState(search: string, ctx: MapStateContext): ParsedMapState {
	const state = defaultMapState(ctx);
	const { params, messages } = readParams(search);

	const test = params.get('test');
	const missile = params.get('missile');
	if (test !== undefined) {
		if (ctx.testIds.includes(test)) state.testId = test;
		else
			messages.push(
				`Unknown test ${quote(test)}: showing ${ctx.defaultTestId}. Pick one from the list (ids look like 2022-01-30-hwasong-12).`
			);
		if (missile !== undefined)
			messages.push(`Both test and missile given: showing the test; remove one of them.`);
	} else if (missile !== undefined) {
		// Own keys only: "toString" or "__proto__" in a URL must not reach Object.prototype.
		const t = Object.hasOwn(ctx.missileTests, missile) ? ctx.missileTests[missile] : undefined;
		if (t) {
			state.testId = t;
			state.missileId = missile;
		} else
			messages.push(
				`Unknown missile ${quote(missile)}: showing ${ctx.defaultTestId}. Known missiles: ${Object.keys(ctx.missileTests).join(', ')}.`
			);
	}

	const site = params.get('site');
	if (site !== undefined && site !== '') {
		if (ctx.siteIds.includes(site)) state.site = { kind: 'preset', id: site };
		else if (site.includes(',')) {
			const p = parseLatLon(site);
			if (typeof p === 'string')
				messages.push(`Ignored site=${quote(site)}: ${p}. Using the test's own launch site.`);
			else state.site = { kind: 'point', ...p };
		} else
			messages.push(
				`Unknown launch site ${quote(site)}: using the test's own site. Use a preset (${ctx.siteIds.join(', ')}) or "lat,lon".`
			);
	}

	const model = params.get('model');
	if (model !== undefined) {
		if (model === 'kepler' || model === 'powered') state.model = model;
		else messages.push(`Ignored model=${quote(model)}: use "kepler" or "powered". Using powered.`);
	}

	const rot = params.get('rot');
	if (rot !== undefined) {
		if (rot === '1' || rot === 'true') state.rotation = true;
		else if (rot === '0' || rot === 'false') state.rotation = false;
		else messages.push(`Ignored rot=${quote(rot)}: use 1 (rotating Earth) or 0. Rotation is off.`);
	}

	const range = params.get('range');
	if (range !== undefined && range !== '') {
		const n = parseNumber(range);
		if (n === null || n <= 0 || n > MAX_CUSTOM_RANGE_KM)
			messages.push(
				`Ignored range=${quote(range)}: give a number of km above 0 and at most ${groupedNumber(MAX_CUSTOM_RANGE_KM)}. No custom ring drawn.`
			);
		else state.customRangeKm = n;
	}

	const pts = params.get('pts');
	if (pts !== undefined && pts !== '') {
		const items = pts.split(';').filter((x) => x.trim() !== '');
		items.forEach((item, i) => {
			if (state.targets.length >= MAX_USER_TARGETS) {
				if (state.targets.length === MAX_USER_TARGETS && i === MAX_USER_TARGETS)
					messages.push(`Only the first ${MAX_USER_TARGETS} added points are shown; remove some.`);
				return;
			}
			const p = parseLatLon(item);
			if (typeof p === 'string') {
				messages.push(`Ignored added point ${quote(item)}: ${p}. Write points as lat,lon[,name].`);
				return;
			}
			const rawName = item.split(',').slice(2).join(',').trim();
			const name =
				[...rawName]
					.filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127 && c !== '<' && c !== '>')
					.join('')
					.slice(0, MAX_NAME_LENGTH) || `Point ${state.targets.length + 1}`;
			state.targets.push({ lat: p.lat, lon: p.lon, name });
		});
	}

	for (const key of params.keys()) {
		if (!['test', 'missile', 'site', 'model', 'rot', 'range', 'pts'].includes(key))
			messages.push(
				`Ignored unknown parameter ${quote(key)}; known: test, missile, site, model, rot, range, pts.`
			);
	}
	return { state, messages };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The query string (without '?') for a state; parameters at their default are left out. */
export function formatMapState(state: MapState, ctx: MapStateContext): string {
	const parts: string[] = [];
	const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
	if (state.missileId) parts.push(`missile=${enc(state.missileId)}`);
	else if (state.testId !== ctx.defaultTestId) parts.push(`test=${enc(state.testId)}`);
	if (state.site?.kind === 'preset') parts.push(`site=${enc(state.site.id)}`);
	else if (state.site?.kind === 'point')
		parts.push(`site=${round(state.site.lat, 4)},${round(state.site.lon, 4)}`);
	if (state.model !== 'powered') parts.push(`model=${state.model}`);
	if (state.rotation) parts.push('rot=1');
	if (state.customRangeKm !== null) parts.push(`range=${round(state.customRangeKm, 1)}`);
	if (state.targets.length > 0) {
		const pts = state.targets
			.map((t) => `${round(t.lat, 4)},${round(t.lon, 4)},${t.name.replace(/[;,]/g, ' ')}`)
			.join(';');
		parts.push(`pts=${enc(pts)}`);
	}
	return parts.join('&');
}
