/**
 * Pure parsers for numeric form inputs. They accept any string and never throw: the result is either
 * a finite number inside the allowed range, or a message that says what is wrong and how to fix it,
 * naming the field and its unit (e.g. "Apogee must be between 50 and 6,000 km; you entered 9,000 km.").
 *
 * Accepted: optional sign (ASCII "-", "+" or the Unicode minus "−"), digits with an optional decimal
 * point, thousands separators (",", thin/narrow/no-break spaces, "_" or "'") between groups of three,
 * an exponent ("1.2e3"), and a trailing unit that matches the field's unit ("2,000 km").
 * Rejected with a message: empty input, a decimal comma ("12,5"), misplaced separators, two numbers,
 * another unit, NaN/Infinity, values outside [min, max], and non-integers when `integer` is set.
 */

export interface NumberInputSpec {
	/** Field name as shown to the reader, e.g. "Apogee". Starts the message. */
	label: string;
	/** Unit symbol shown after numbers, e.g. "km", "s", "°". Empty string for a pure number. */
	unit: string;
	/** Smallest allowed value (inclusive). */
	min: number;
	/** Largest allowed value (inclusive). */
	max: number;
	/** Only whole numbers are allowed (e.g. a count of steps). */
	integer?: boolean;
	/** Other spellings of the unit accepted after the number, e.g. ["kilometres", "kilometers"]. */
	unitAliases?: string[];
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Formats a number for a message: grouped thousands, at most 6 significant digits, no exponent noise. */
export function formatForMessage(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const abs = Math.abs(value);
	if (abs !== 0 && (abs >= 1e15 || abs < 1e-4)) return value.toPrecision(3);
	return value.toLocaleString('en-GB', { maximumSignificantDigits: 6 });
}

function withUnit(value: number, unit: string): string {
	const n = formatForMessage(value);
	if (!unit) return n;
	return unit === '°' || unit === '%' ? `${n}${unit}` : `${n} ${unit}`;
}

function rangeText(spec: NumberInputSpec): string {
	return `between ${formatForMessage(spec.min)} and ${withUnit(spec.max, spec.unit)}`;
}

/** Shortens what the reader typed for quoting back (control characters shown as "?"). */
function quote(raw: string): string {
	// eslint-disable-next-line no-control-regex
	const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
	return clean.length > 24 ? `"${clean.slice(0, 24)}…"` : `"${clean}"`;
}

const groupSeparators = /[,\u00a0\u2009\u202f _']/;
const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses what a reader typed into a numeric field. See the module comment for the accepted forms.
 * `spec.min`/`spec.max` must be finite with min <= max (a programming error otherwise: reported as a
 * message, not thrown).
 */
export function parseNumberInput(raw: string, spec: NumberInputSpec): ParseResult<number> {
	const label = spec.label || 'This value';
	if (!Number.isFinite(spec.min) || !Number.isFinite(spec.max) || spec.min > spec.max) {
		return {
			ok: false,
			message: `${label} has no valid range (min ${spec.min}, max ${spec.max}): the page must give finite limits with min <= max.`
		};
	}
	const hint = `enter a number ${rangeText(spec)}`;
	if (typeof raw !== 'string') return { ok: false, message: `${label} is missing: ${hint}.` };
	let text = raw.normalize('NFKC').trim();
	if (text === '') return { ok: false, message: `${label} is empty: ${hint}.` };

	// Signs: the Unicode minus and dashes readers paste from documents.
	text = text.replace(/^[\u2212\u2012\u2013\u2014\ufe63\uff0d]/, '-');
	if (/^[+-]?(nan|inf|infinity)$/i.test(text)) {
		return {
			ok: false,
			message: `${label} must be a finite number, not ${quote(raw.trim())}: ${hint}.`
		};
	}

	// Trailing unit: accept the field's own unit (and aliases), reject any other word.
	const units = [spec.unit, ...(spec.unitAliases ?? [])].filter((u) => u.trim() !== '');
	const lower = text.toLowerCase();
	for (const u of units.sort((a, b) => b.length - a.length)) {
		const ul = u.normalize('NFKC').toLowerCase();
		if (lower.endsWith(ul) && lower.length > ul.length) {
			text = text.slice(0, text.length - ul.length).trimEnd();
			break;
		}
	}
	const trailingWord = /[a-z°%µ]+\.?$/i.exec(text)?.[0];
	if (trailingWord && !/^e$/i.test(trailingWord)) {
		return {
			ok: false,
			message: spec.unit
				? `${label} is in ${spec.unit}, not "${trailingWord}": ${hint} (you may type the unit "${spec.unit}" or leave it out).`
				: `${label} takes a plain number, not "${trailingWord}": ${hint}.`
		};
	}

	// Thousands separators: only between groups of exactly three digits, before any decimal point.
	if (groupSeparators.test(text)) {
		const m = /^([+-]?)(\d{1,3})((?:[,\u00a0\u2009\u202f _']\d{3})+)(\.\d*)?(e[+-]?\d+)?$/i.exec(
			text
		);
		if (!m) {
			if (/^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$/.test(text)) {
				return {
					ok: false,
					message: `${label}: ${quote(raw.trim())} looks like a decimal comma; use a point for decimals (e.g. ${(12.5).toString()}) and commas only between groups of three digits (e.g. 2,000).`
				};
			}
			return {
				ok: false,
				message: `${label}: ${quote(raw.trim())} is not a number: ${hint}, with digits, an optional point for decimals and commas only between groups of three digits (e.g. 2,000.5).`
			};
		}
		const separators = new Set(m[3]!.match(/[^\d]/g));
		if (separators.size > 1) {
			return {
				ok: false,
				message: `${label}: ${quote(raw.trim())} mixes digit-group separators; use one kind (e.g. 2,000,000): ${hint}.`
			};
		}
		text = m[1]! + m[2]! + m[3]!.replace(/[^\d]/g, '') + (m[4] ?? '') + (m[5] ?? '');
	}

	if (!numberPattern.test(text)) {
		return {
			ok: false,
			message: `${label}: ${quote(raw.trim())} is not a number: ${hint} (digits, an optional point for decimals, e.g. 1234.5).`
		};
	}
	const value = Number(text);
	if (!Number.isFinite(value)) {
		return {
			ok: false,
			message: `${label}: ${quote(raw.trim())} is too large to be a number here: ${hint}.`
		};
	}
	const normalized = Object.is(value, -0) ? 0 : value;
	if (spec.integer && !Number.isInteger(normalized)) {
		return {
			ok: false,
			message: `${label} must be a whole number; you entered ${withUnit(normalized, spec.unit)}: ${hint} without decimals.`
		};
	}
	if (normalized < spec.min || normalized > spec.max) {
		return {
			ok: false,
			message: `${label} must be ${rangeText(spec)}; you entered ${withUnit(normalized, spec.unit)}. Enter a value in that range.`
		};
	}
	return { ok: true, value: normalized };
}
