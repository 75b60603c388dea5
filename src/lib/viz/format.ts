/**
 * The one place numbers, distances, durations and dates become text: pages, charts, tables, exports and
 * the CLI all call these, so a value reads the same everywhere ("2,111.5 km" in the catalogue and in a
 * chart). Every string carries its unit. Intl formatters are created once per option set and reused.
 *
 * Precision rule for kilometres: a reported figure or a sampled point keeps up to one decimal, as the
 * sources give them ("2,111.5 km"); a modelled range, a band, a margin or a geodesic distance is given in
 * whole kilometres (`formatKm(x, 0)`): a model's uncertainty is far wider than a kilometre.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
	const key = `${minDecimals}:${maxDecimals}`;
	let f = numberFormats.get(key);
	if (!f) {
		f = new Intl.NumberFormat('en-US', {
			minimumFractionDigits: minDecimals,
			maximumFractionDigits: maxDecimals
		});
		numberFormats.set(key, f);
	}
	return f;
}

/** Non-finite values (a missing or broken number) read as this. */
export const NOT_A_NUMBER = 'n/a';
/** The true minus sign (U+2212), as typeset numbers use. */
const MINUS = '\u2212';

/**
 * "2,111.5", "4,124", "−12.5": en-US grouping, at most `maxDecimals` decimals (trailing zeros dropped
 * unless `minDecimals` asks for them), a true minus sign and never "−0".
 */
export function formatNumber(x: number, maxDecimals = 1, minDecimals = 0): string {
	if (!Number.isFinite(x)) return NOT_A_NUMBER;
	const s = numberFormat(minDecimals, Math.max(minDecimals, maxDecimals)).format(Math.abs(x));
	const zero = /^[0.,]*$/.test(s);
	return x < 0 && !zero ? `${MINUS}${s}` : s;
}

/** Decimals of a distance: 1 = as reported (up to one), 0 = whole kilometres (modelled values). */
export type KmDecimals = 0 | 1;

/** "2,111.5 km" (default: up to one decimal) or "4,124 km" (`decimals` 0). */
export function formatKm(km: number, decimals: KmDecimals = 1): string {
	if (!Number.isFinite(km)) return NOT_A_NUMBER;
	return `${formatNumber(km, decimals)} km`;
}

/** "3,853–4,433 km": both ends at the same precision, the unit once. */
export function formatKmBand(lowKm: number, highKm: number, decimals: KmDecimals = 0): string {
	if (!Number.isFinite(lowKm) || !Number.isFinite(highKm)) return NOT_A_NUMBER;
	return `${formatNumber(lowKm, decimals)}–${formatNumber(highKm, decimals)} km`;
}

/** "+628 km" / "−1,713 km": how far inside (+) or outside (−) a range a point lies, whole km. */
export function formatMarginKm(km: number): string {
	if (!Number.isFinite(km)) return NOT_A_NUMBER;
	const whole = Math.round(km);
	return `${whole >= 0 ? '+' : MINUS}${formatNumber(Math.abs(whole), 0)} km`;
}

/** "5.50 km/s". */
export function formatKms(kms: number): string {
	if (!Number.isFinite(kms)) return NOT_A_NUMBER;
	return `${formatNumber(kms, 2, 2)} km/s`;
}

/** "80°" (whole degrees). */
export function formatDeg(deg: number): string {
	if (!Number.isFinite(deg)) return NOT_A_NUMBER;
	return `${formatNumber(deg, 0)}°`;
}

/** "12.5 %" from a percentage (not a fraction). */
export function formatPercent(pct: number, maxDecimals = 1): string {
	if (!Number.isFinite(pct)) return NOT_A_NUMBER;
	return `${formatNumber(pct, maxDecimals)} %`;
}

function minutesSeconds(s: number): { sign: string; min: number; sec: number } {
	const total = Math.round(s);
	const abs = Math.abs(total);
	return { sign: total < 0 ? MINUS : '', min: Math.floor(abs / 60), sec: abs % 60 };
}

/** "67 min 32 s", "47 min" (no seconds), "42 s" (under a minute). Whole seconds. */
export function formatDuration(s: number): string {
	if (!Number.isFinite(s)) return NOT_A_NUMBER;
	const { sign, min, sec } = minutesSeconds(s);
	if (min === 0) return `${sign}${sec} s`;
	return sec === 0 ? `${sign}${min} min` : `${sign}${min} min ${sec} s`;
}

/**
 * A span of durations with both ends in one form: "73–75 min" when both are whole minutes, else
 * "73 min 0 s – 73 min 35 s" (never "73 min to 73 min 35 s").
 */
export function formatDurationBand(lowS: number, highS: number): string {
	if (!Number.isFinite(lowS) || !Number.isFinite(highS)) return NOT_A_NUMBER;
	const lo = minutesSeconds(lowS);
	const hi = minutesSeconds(highS);
	if (lo.sec === 0 && hi.sec === 0 && lo.min > 0 && !lo.sign && !hi.sign)
		return `${lo.min}–${hi.min} min`;
	const full = (d: typeof lo) => `${d.sign}${d.min} min ${d.sec} s`;
	return `${full(lo)} – ${full(hi)}`;
}

/** Tick label of an axis whose unit is in its title: "1,000", "2.5". */
export function formatTick(value: number): string {
	return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(month: 'long' | 'short'): Intl.DateTimeFormat {
	let f = dateFormats.get(month);
	if (!f) {
		f = new Intl.DateTimeFormat('en-GB', {
			day: 'numeric',
			month,
			year: 'numeric',
			timeZone: 'UTC'
		});
		dateFormats.set(month, f);
	}
	return f;
}

function calendarDate(isoDate: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
	if (!m) return null;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * "30 January 2022" (or "30 Jan 2022" with `month` 'short') from the date part of an ISO string, read as
 * written (the calendar date of a KST timestamp is the KST date).
 */
export function formatDate(iso: string, month: 'long' | 'short' = 'long'): string {
	const d = calendarDate(iso);
	return d ? dateFormat(month).format(d) : iso;
}

/** "2022-01-29 22:52 UTC" from an ISO timestamp in UTC. */
export function formatUtc(iso: string): string {
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "2022-01-30 07:52 KST" from an ISO timestamp written in KST (+09:00). */
export function formatKst(iso: string): string {
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)} KST`;
}

/** "40.61° N, 126.43° E" (longitudes wrapped into −180..180). */
export function formatLatLon({ lat, lon }: { lat: number; lon: number }, decimals = 2): string {
	const l = ((((lon + 180) % 360) + 360) % 360) - 180;
	const deg = (x: number) => formatNumber(Math.abs(x), decimals, decimals);
	return `${deg(lat)}° ${lat >= 0 ? 'N' : 'S'}, ${deg(l)}° ${l >= 0 ? 'E' : 'W'}`;
}

/** The engine's standard-trajectory range of a test as the catalogue and the test page state it. */
export type StandardRange =
	| { kind: 'range'; centralKm: number; bandKm: [number, number | null] | null }
	| { kind: 'orbital' }
	| { kind: 'none'; reason: string };

/**
 * "4,165 km" with "4,020–4,235 km" as the band (or "4,020 km – orbital"), "orbital" (reaches any point
 * on Earth), or "—" when the engine gave none.
 */
export function formatStandardRange(r: StandardRange): { value: string; band: string | null } {
	switch (r.kind) {
		case 'range':
			return {
				value: formatKm(r.centralKm, 0),
				band: r.bandKm
					? r.bandKm[1] === null
						? `${formatKm(r.bandKm[0], 0)} – orbital`
						: formatKmBand(r.bandKm[0], r.bandKm[1])
					: null
			};
		case 'orbital':
			return { value: 'orbital', band: 'reaches any point on Earth' };
		case 'none':
			return { value: '—', band: null };
	}
}
