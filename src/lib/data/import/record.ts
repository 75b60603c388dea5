/**
 * Pieces every importer uses to build an `ImportRecord`: an empty record, the KST date from a UTC date
 * and time, salvo positions, and the CNS record turned into the common shape.
 */
import type { CnsRecord } from '../cns/types.ts';
import type { LinkableTest } from '../cns/link.ts';
import { kstTime } from '../time.ts';
import type { ImportFlag, ImportRecord } from './types.ts';

export function emptyRecord(row: number, at: string, raw: Record<string, string>): ImportRecord {
	return {
		row,
		at,
		date: null,
		dateKst: null,
		timeUtc: null,
		month: null,
		year: null,
		datePrecision: null,
		missileName: null,
		missileType: null,
		missileId: null,
		facilityName: null,
		facilityLat: null,
		facilityLon: null,
		landing: null,
		apogeeKm: null,
		apogeeLowKm: null,
		apogeeHighKm: null,
		distanceKm: null,
		distanceLowKm: null,
		distanceHighKm: null,
		bearingDeg: null,
		salvo: null,
		outcome: null,
		confirmation: null,
		notes: null,
		sources: null,
		testId: null,
		raw,
		flags: []
	};
}

/**
 * The KST date of a launch from its UTC date and time (IANA Asia/Seoul, so Korea's summer time of
 * 1987-88 is right). Without a time the KST date is the same day or the next: it is left null, said so.
 */
export function kstDate(
	dateUtc: string | null,
	timeUtc: string | null
): { dateKst: string | null; flag: ImportFlag | null } {
	if (!dateUtc) return { dateKst: null, flag: null };
	if (!timeUtc)
		return {
			dateKst: null,
			flag: {
				field: 'dateKst',
				code: 'kst-date-unknown',
				severity: 'info',
				message: `No launch time is given, so the Korean date is ${dateUtc} (UTC) or the day after; dateKst is left empty.`
			}
		};
	const seconds = timeUtc.length === 5 ? ':00' : '';
	const local = kstTime(`${dateUtc}T${timeUtc}${seconds}Z`);
	const offset =
		local.offsetMinutes === 540 ? 'UTC+9' : `UTC+${local.offsetMinutes / 60}, Korean summer time`;
	return {
		dateKst: local.date,
		flag: {
			field: 'dateKst',
			code: 'utc-to-kst',
			severity: 'info',
			message:
				local.date === dateUtc
					? `The file gives UTC: ${dateUtc} ${timeUtc} UTC is ${local.date} ${local.time} KST (${offset}), the same day; both are kept.`
					: `The file gives UTC: ${dateUtc} ${timeUtc} UTC is ${local.date} ${local.time} KST (${offset}), the next day in Korea; both are kept.`
		}
	};
}

/**
 * Salvo positions from the file's order: consecutive rows on the same day are the 1st, 2nd ... of the
 * day's launches. `position(i)` may give the file's own number (nagix `series`); rows it returns null for
 * are grouped by date alone. Each salvo row gets a flag, since a salvo's figures are often reported once
 * for all its missiles.
 */
export function assignSalvos(
	records: ImportRecord[],
	position: (r: ImportRecord) => number | null = () => null
): void {
	let start = 0;
	while (start < records.length) {
		const day = dayKey(records[start]);
		let end = start + 1;
		if (day !== null) while (end < records.length && dayKey(records[end]) === day) end++;
		const size = end - start;
		if (size > 1) {
			for (let i = start; i < end; i++) {
				const r = records[i];
				const own = position(r);
				r.salvo = { position: own ?? i - start + 1, size };
				r.flags.push({
					field: 'salvo',
					code: 'salvo-position',
					severity: 'info',
					message: `Launch ${r.salvo.position} of ${size} on ${day} (rows ${records[start].row}-${records[end - 1].row}); figures reported for a salvo may be shared by its missiles.`
				});
			}
		}
		start = end;
	}
}

function dayKey(r: ImportRecord): string | null {
	return r.date ?? r.month ?? (r.year === null ? null : String(r.year));
}

/**
 * A CNS record in the common shape. The CNS "Date" is documented as UTC, but some rows give the Korean
 * date: where the link to a dataset test says so (flag 'date-is-local'), the file's date is the KST date
 * and the UTC date is the test's.
 */
export function fromCns(
	c: CnsRecord,
	at: string,
	testsById: ReadonlyMap<string, LinkableTest>
): ImportRecord {
	const r = emptyRecord(c.row, at, c.raw);
	r.flags = c.flags;
	r.date = c.date;
	r.timeUtc = c.launchTimeUtc;
	r.month = c.month;
	r.year = c.year;
	r.datePrecision = c.datePrecision;
	r.missileName = c.missileName;
	r.missileType = c.missileType;
	r.missileId = c.missileId;
	r.facilityName = c.facilityName ?? c.facilityLocation;
	r.facilityLat = c.facilityLat;
	r.facilityLon = c.facilityLon;
	r.landing = c.landingLocation;
	r.apogeeKm = c.apogeeKm;
	r.apogeeLowKm = c.apogeeLowKm;
	r.apogeeHighKm = c.apogeeHighKm;
	r.distanceKm = c.distanceKm;
	r.distanceLowKm = c.distanceLowKm;
	r.distanceHighKm = c.distanceHighKm;
	r.outcome = c.outcome;
	r.confirmation = c.confirmation;
	r.notes = c.notes;
	r.sources = c.sources;
	r.testId = c.testId;
	const test = c.testId ? testsById.get(c.testId) : undefined;
	if (test && c.flags.some((f) => f.code === 'date-is-local')) {
		r.dateKst = c.date;
		r.date = test.launch.utc.slice(0, 10);
		r.flags.push({
			field: 'date',
			code: 'date-is-kst',
			severity: 'warning',
			message: `This row's Date ${c.date} is the Korean date of test ${test.id}; date is set to its UTC date ${r.date} and dateKst keeps ${c.date}.`,
			raw: c.raw['Date']
		});
		return r;
	}
	const kst = kstDate(r.date, r.timeUtc);
	r.dateKst = kst.dateKst;
	if (kst.flag) r.flags.push(kst.flag);
	return r;
}
