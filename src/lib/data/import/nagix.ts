/**
 * Reader for the nagix/nk-missile-tests JSON files (Apache-2.0): `test.en.json` (the launches, grouped
 * in `timeBins[].data[]`), with `missile.en.json` (key -> name and class) and `facility.en.json`
 * (key -> name, lat, lon) when given. Their quirks, each flagged with what was done:
 * - dates are UTC, times "22:52 (UTC)": the KST date is computed and both are kept;
 * - "unknown" and "na" stand beside numbers, and numbers come both as numbers and as strings;
 * - a bearing of 90 deg is the placeholder for "not known": read as null;
 * - `series` numbers the missiles of a salvo;
 * - keys (missile, facility) that the companion files do not list; the "unknown" facility has a
 *   placeholder position (Pyongyang), which is not used.
 */
import {
	cellHygiene,
	missingKind,
	missingIssue,
	parseDate,
	parseKm,
	parseTime
} from '../cns/cells.ts';
import { OUTCOMES } from '../cns/import.ts';
import { parseEnum } from '../cns/cells.ts';
import type { CellIssue } from '../cns/types.ts';
import { emptyRecord, kstDate } from './record.ts';
import type { ImportFlag, ImportProblem, ImportRecord } from './types.ts';

/** The launch fields of a nagix test entry; anything else is kept in raw and listed once. */
const KNOWN_FIELDS = new Set([
	'date',
	'time',
	'series',
	'missile',
	'facility',
	'landing',
	'apogee',
	'distance',
	'bearing',
	'outcome',
	'description'
]);

export interface NagixMissile {
	name: string;
	type: string | null;
}
export interface NagixFacility {
	name: string;
	lat: number | null;
	lon: number | null;
}

/** One entry of the test file, where it sits, and the year of its bin (null outside timeBins). */
export interface NagixEntry {
	value: unknown;
	at: string;
	binYear: number | null;
}

/** The test entries of a parsed test file, in file order, or a reason why it is not one. */
export function nagixEntries(json: unknown): { entries: NagixEntry[] } | { error: string } {
	if (Array.isArray(json))
		return { entries: json.map((value, i) => ({ value, at: `[${i}]`, binYear: null })) };
	if (!isObject(json) || !Array.isArray(json.timeBins))
		return { error: 'it has no "timeBins" list of launches' };
	const entries: NagixEntry[] = [];
	json.timeBins.forEach((bin, i) => {
		const data = isObject(bin) && Array.isArray(bin.data) ? bin.data : null;
		if (!data) {
			entries.push({ value: bin, at: `timeBins[${i}]`, binYear: null });
			return;
		}
		const year = typeof bin.year === 'number' ? bin.year : null;
		data.forEach((value, j) =>
			entries.push({ value, at: `timeBins[${i}].data[${j}]`, binYear: year })
		);
	});
	return { entries };
}

export function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a parsed JSON value looks like a nagix test file (timeBins, or a list of launch objects). */
export function looksLikeNagixTests(json: unknown): boolean {
	if (isObject(json)) return Array.isArray(json.timeBins);
	if (Array.isArray(json)) {
		const first = json.find(isObject);
		return first !== undefined && 'date' in first && ('missile' in first || 'apogee' in first);
	}
	return false;
}

/** Which companion file a parsed JSON value looks like, if any. */
export function companionKind(json: unknown): 'missiles' | 'facilities' | null {
	if (!isObject(json)) return null;
	if (isObject(json.facilities)) return 'facilities';
	const values = Object.values(json);
	if (values.length === 0 || !values.every(isObject)) return null;
	if (values.every((v) => 'lat' in v && 'lon' in v)) return 'facilities';
	if (values.every((v) => 'name' in v && 'type' in v)) return 'missiles';
	return null;
}

/** Reads missile.en.json: `{ key: { name, type } }` (or the same under "missiles"). */
export function readNagixMissiles(json: unknown): Map<string, NagixMissile> | null {
	const table = isObject(json) && isObject(json.missiles) ? json.missiles : json;
	if (!isObject(table)) return null;
	const out = new Map<string, NagixMissile>();
	for (const [key, v] of Object.entries(table)) {
		if (isObject(v) && typeof v.name === 'string')
			out.set(key, { name: v.name, type: typeof v.type === 'string' ? v.type : null });
	}
	return out;
}

/** Reads facility.en.json: `{ facilities: { key: { name, lat, lon } } }` (or the table itself). */
export function readNagixFacilities(json: unknown): Map<string, NagixFacility> | null {
	const table = isObject(json) && isObject(json.facilities) ? json.facilities : json;
	if (!isObject(table)) return null;
	const out = new Map<string, NagixFacility>();
	for (const [key, v] of Object.entries(table)) {
		if (!isObject(v)) continue;
		const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
		out.set(key, {
			name: typeof v.name === 'string' ? v.name : key,
			lat: num(v.lat),
			lon: num(v.lon)
		});
	}
	return out;
}

export interface NagixContext {
	missiles: Map<string, NagixMissile> | null;
	facilities: Map<string, NagixFacility> | null;
	/** Field names met that are not launch fields (reported once, by the caller). */
	extraFields: Set<string>;
}

function rawOf(entry: Record<string, unknown>): Record<string, string> {
	const raw: Record<string, string> = {};
	for (const [k, v] of Object.entries(entry))
		raw[k] = typeof v === 'string' ? v : JSON.stringify(v);
	return raw;
}

/** Reads one test entry into a record. Never throws. */
export function readNagixEntry(entry: NagixEntry, row: number, ctx: NagixContext): ImportRecord {
	const v = entry.value;
	if (!isObject(v)) {
		const r = emptyRecord(row, entry.at, { value: JSON.stringify(v) ?? String(v) });
		r.flags.push({
			field: 'row',
			code: 'not-an-object',
			severity: 'error',
			message: `This entry is ${v === null ? 'null' : Array.isArray(v) ? 'a list' : `a ${typeof v}`}, not a launch object; it is kept as raw text.`
		});
		return r;
	}
	const r = emptyRecord(row, entry.at, rawOf(v));
	const flag = (field: string, issues: CellIssue[], raw?: string) => {
		for (const i of issues) r.flags.push({ field, ...i, ...(raw === undefined ? {} : { raw }) });
	};
	for (const [k, value] of Object.entries(v)) {
		if (!KNOWN_FIELDS.has(k)) ctx.extraFields.add(k);
		if (typeof value === 'string') flag(k, cellHygiene(value, k), value);
	}
	readDate(r, v, entry.binYear, flag);
	readMissile(r, v, ctx, flag);
	readFacility(r, v, ctx, flag);
	r.landing = keyText(v.landing, 'landing', flag);
	const apogee = readKm(v.apogee, 'apogee', flag);
	r.apogeeKm = apogee.km;
	r.apogeeLowKm = apogee.lowKm;
	r.apogeeHighKm = apogee.highKm;
	const distance = readKm(v.distance, 'distance', flag);
	r.distanceKm = distance.km;
	r.distanceLowKm = distance.lowKm;
	r.distanceHighKm = distance.highKm;
	r.bearingDeg = readBearing(v.bearing, flag);
	if (v.outcome !== undefined) {
		const raw = text(v.outcome);
		const parsed = parseEnum(raw, 'outcome', OUTCOMES, { unknownValue: 'unknown' });
		r.outcome = parsed.value;
		flag('outcome', parsed.issues, raw);
	}
	if (typeof v.description === 'string' && v.description.trim() !== '')
		r.notes = v.description.trim();
	return r;
}

type Flagger = (field: string, issues: CellIssue[], raw?: string) => void;

function text(v: unknown): string {
	return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

function missingField(field: string, flag: Flagger): void {
	flag(field, [
		{
			code: 'missing-field',
			severity: 'warning',
			message: `This entry has no "${field}"; the value is null.`
		}
	]);
}

function readDate(
	r: ImportRecord,
	v: Record<string, unknown>,
	binYear: number | null,
	flag: Flagger
): void {
	if (v.date === undefined) missingField('date', flag);
	else {
		const raw = text(v.date);
		const d = parseDate(raw, 'date');
		flag('date', d.issues, raw);
		r.date = d.value.date;
		r.month = d.value.month;
		r.year = d.value.year;
		r.datePrecision = d.value.precision;
	}
	if (binYear !== null && r.year !== null && binYear !== r.year)
		flag('date', [
			{
				code: 'year-bin',
				severity: 'warning',
				message: `The entry is filed under the year ${binYear} but its date is in ${r.year}; the date is kept.`
			}
		]);
	if (v.time !== undefined) {
		const raw = text(v.time);
		// "22:52 (UTC)": the zone in brackets is the file's way of saying UTC.
		const bare = raw.replace(/\s*\(\s*utc\s*\)\s*$/i, ' UTC');
		const t = parseTime(bare, 'time');
		r.timeUtc = t.value;
		flag('time', t.issues, raw);
	}
	const kst = kstDate(r.date, r.timeUtc);
	r.dateKst = kst.dateKst;
	if (kst.flag) r.flags.push(kst.flag);
}

/** A key field ("sea-of-japan"): text, or null for "unknown"/"na"/blank with a flag. */
function keyText(v: unknown, field: string, flag: Flagger): string | null {
	if (v === undefined || v === null) return null;
	const raw = text(v);
	const missing = missingKind(raw);
	if (missing) {
		flag(field, [missingIssue(missing, field)], raw);
		return null;
	}
	return raw.trim();
}

function readMissile(
	r: ImportRecord,
	v: Record<string, unknown>,
	ctx: NagixContext,
	flag: Flagger
): void {
	if (v.missile === undefined) return missingField('missile', flag);
	const key = keyText(v.missile, 'missile', flag);
	if (key === null) return;
	const m = ctx.missiles?.get(key);
	r.missileName = m?.name ?? key;
	r.missileType = m?.type ?? null;
	if (ctx.missiles && !m)
		flag(
			'missile',
			[
				{
					code: 'unknown-missile-key',
					severity: 'warning',
					message: `The missile key "${key}" is not in the missile file; the key is used as the name and the class is unknown.`
				}
			],
			key
		);
}

function readFacility(
	r: ImportRecord,
	v: Record<string, unknown>,
	ctx: NagixContext,
	flag: Flagger
): void {
	const key = keyText(v.facility, 'facility', flag);
	if (key === null) return;
	const f = ctx.facilities?.get(key);
	r.facilityName = f?.name ?? key;
	r.facilityLat = f?.lat ?? null;
	r.facilityLon = f?.lon ?? null;
	if (ctx.facilities && !f)
		flag(
			'facility',
			[
				{
					code: 'unknown-facility-key',
					severity: 'warning',
					message: `The facility key "${key}" is not in the facility file; the key is used as the name and the position is unknown.`
				}
			],
			key
		);
}

const NO_KM = { km: null, lowKm: null, highKm: null };

/** A distance or apogee: a number, a numeric string, "unknown"/"na", or text the CNS parser reads. */
function readKm(
	v: unknown,
	field: string,
	flag: Flagger
): { km: number | null; lowKm: number | null; highKm: number | null } {
	if (v === undefined || v === null) return NO_KM;
	if (typeof v === 'number') {
		if (Number.isFinite(v) && v >= 0) return { km: v, lowKm: null, highKm: null };
		flag(field, [
			{
				code: 'negative',
				severity: 'error',
				message: `${field} ${v} km is not a possible value; it is null.`
			}
		]);
		return NO_KM;
	}
	const raw = text(v);
	const parsed = parseKm(raw, field);
	// The file's numbers are km by definition: a bare number is not a quirk here.
	flag(
		field,
		parsed.issues.filter((i) => i.code !== 'no-unit'),
		raw
	);
	return { km: parsed.value.km, lowKm: parsed.value.lowKm, highKm: parsed.value.highKm };
}

/** The file's value for "no bearing known". */
export const PLACEHOLDER_BEARING_DEG = 90;

function readBearing(v: unknown, flag: Flagger): number | null {
	if (v === undefined || v === null) return null;
	const raw = text(v);
	const issue = (code: string, severity: ImportFlag['severity'], message: string) =>
		flag('bearing', [{ code, severity, message }], raw);
	const missing = missingKind(raw);
	if (missing) {
		flag('bearing', [missingIssue(missing, 'bearing')], raw);
		return null;
	}
	const value = typeof v === 'number' ? v : /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isFinite(value) || value < 0 || value > 360) {
		issue(
			'unparseable',
			'error',
			`bearing ${JSON.stringify(raw)} is not a heading in degrees (0-360); it is null.`
		);
		return null;
	}
	if (value === PLACEHOLDER_BEARING_DEG) {
		issue(
			'placeholder-bearing',
			'warning',
			'The bearing is 90 deg, which this file uses as a placeholder when no heading is known; read as unknown (null).'
		);
		return null;
	}
	return value;
}

/** File-level problems for the companion files and the extra fields met. */
export function nagixProblems(ctx: NagixContext): ImportProblem[] {
	const problems: ImportProblem[] = [];
	if (!ctx.missiles)
		problems.push({
			code: 'no-missile-file',
			severity: 'info',
			message:
				'No missile file (missile.en.json) was given: missile keys ("hwasong-12") are used as names and classes are unknown.'
		});
	if (!ctx.facilities)
		problems.push({
			code: 'no-facility-file',
			severity: 'info',
			message:
				'No facility file (facility.en.json) was given: facility keys are used as names and launch sites have no coordinates.'
		});
	if (ctx.extraFields.size > 0)
		problems.push({
			code: 'extra-field',
			severity: 'info',
			message: `Fields that are not launch fields were kept in raw: ${[...ctx.extraFields]
				.slice(0, 10)
				.map((f) => JSON.stringify(f))
				.join(', ')}${ctx.extraFields.size > 10 ? '…' : ''}.`
		});
	return problems;
}
