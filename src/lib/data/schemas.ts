/**
 * Valibot schemas for the dataset files (data/tests.json, data/missiles.json, data/places.json).
 *
 * Each custom message is phrased as what was EXPECTED ("a number > 0"), because validate.ts prints
 * `file › record › field: expected <message>, got <value>`. The rule that matters most:
 * a fact without a source is a validation error (every reported figure, vehicle value and place
 * needs at least one SourceRef), except a VehicleParam whose value is null (unpublished), which needs
 * a note instead.
 *
 * Cross-file rules (a test's missileId and siteId must exist) live in validate.ts, which sees all files.
 * The TypeScript types in types.ts are checked against these schemas at compile time (see the bottom).
 */
import * as v from 'valibot';
import type {
	Missile,
	MissileAlias,
	Place,
	ReportedFigure,
	SourceRef,
	Test,
	VehicleParam
} from './types.ts';

/** Test ids: `YYYY-MM-DD-missile-slug` on the KST date. */
export const TEST_ID_PATTERN = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** Missile and place ids: lower-case slugs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO 8601 KST, e.g. 2022-01-30T07:52:00+09:00. */
export const KST_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?\+09:00$/;
/** ISO 8601 UTC, e.g. 2022-01-29T22:52:00Z. */
export const UTC_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z$/;

const nonEmptyText = (what: string) =>
	v.pipe(v.string(`${what} (text)`), v.trim(), v.nonEmpty(`non-empty ${what}`));

export const SOURCE_TIERS = ['official', 'wire', 'outlet', 'analysis'] as const;
export const sourceTierSchema = v.picklist(SOURCE_TIERS, 'one of official, wire, outlet, analysis');

/** ISO calendar date, e.g. 2026-12-02. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string) => {
	const t = Date.parse(`${s}T00:00:00Z`);
	return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
};
export const checkedDateSchema = v.pipe(
	v.string('the date the page was checked (text)'),
	v.regex(ISO_DATE_PATTERN, 'the date the page was checked, as YYYY-MM-DD'),
	v.check(isRealDate, 'a real calendar date (YYYY-MM-DD)')
);

export const sourceRefSchema = v.strictObject({
	url: v.pipe(
		v.string('a URL (text)'),
		v.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/, 'an http(s) URL such as https://example.org/page')
	),
	publisher: nonEmptyText('publisher name'),
	title: v.optional(nonEmptyText('title')),
	via: v.optional(nonEmptyText('"via" attribution')),
	note: v.optional(nonEmptyText('note')),
	tier: sourceTierSchema,
	checked: checkedDateSchema
});

const sourcesSchema = v.pipe(
	v.array(sourceRefSchema, 'a list of sources'),
	v.minLength(1, 'at least one source (a fact without a source is a validation error)')
);

/** `unsourced: true` marks a value no citable page supports; it must say why in `note`. */
const unsourcedFlag = v.optional(v.literal(true, 'true (or leave the field out)'));

/** A value may be `unsourced` (no citable page says it): then it needs a note saying why. */
const SOURCED_OR_SAYS_WHY =
	'at least one source (a fact without a source is a validation error), or `unsourced: true` with a note saying why';
const UNSOURCED_NEEDS_NOTE =
	'a note saying why no citable page supports the value (it is marked unsourced)';
type Unsourceable = { sources: unknown[]; unsourced?: true; note?: string };
const isSourcedOrFlagged = (x: Unsourceable) => x.unsourced === true || x.sources.length >= 1;
const flaggedHasNote = (x: Unsourceable) =>
	x.unsourced !== true || (x.note !== undefined && x.note.length > 0);

export const reporterSchema = v.picklist(
	['KCNA', 'JMOD', 'JCS', 'US', 'analyst'],
	'one of KCNA, JMOD, JCS, US, analyst'
);
export const qualifierSchema = v.picklist(
	['exact', 'about', 'more-than', 'less-than'],
	'one of exact, about, more-than, less-than'
);

/** A reported figure whose value must lie in (0, max] of its unit. */
function figureSchema(unit: string, max: number) {
	return v.pipe(
		v.strictObject({
			reporter: reporterSchema,
			value: v.pipe(
				v.number(`a number (${unit})`),
				v.finite(`a finite number (${unit})`),
				v.gtValue(0, `a number > 0 (${unit})`),
				v.maxValue(max, `a number <= ${max} (${unit}); larger is not physically plausible here`)
			),
			qualifier: qualifierSchema,
			asReported: nonEmptyText('wording as reported, e.g. "about 2,000 km"'),
			sources: v.array(sourceRefSchema, 'a list of sources'),
			unsourced: unsourcedFlag,
			note: v.optional(nonEmptyText('note'))
		}),
		v.forward(
			v.check((x) => isSourcedOrFlagged(x), SOURCED_OR_SAYS_WHY),
			['sources']
		),
		v.forward(
			v.check((x) => flaggedHasNote(x), UNSOURCED_NEEDS_NOTE),
			['note']
		)
	);
}

/** Half the Earth's circumference bounds a ground range; apogee and flight time get generous caps. */
export const apogeeFigureSchema = figureSchema('km', 20_000);
export const rangeFigureSchema = figureSchema('km', 20_040);
export const flightTimeFigureSchema = figureSchema('s', 10_800);

const lat = v.pipe(
	v.number('a latitude in degrees'),
	v.minValue(-90, 'a latitude between -90 and 90 degrees'),
	v.maxValue(90, 'a latitude between -90 and 90 degrees')
);
const lon = v.pipe(
	v.number('a longitude in degrees'),
	v.minValue(-180, 'a longitude between -180 and 180 degrees'),
	v.maxValue(180, 'a longitude between -180 and 180 degrees')
);

export const TRAJECTORY_KINDS = [
	'lofted',
	'standard',
	'depressed',
	'glide',
	'failed-early',
	'unknown'
] as const;

/** Instant of an ISO string, or NaN. */
const instant = (iso: string) => new Date(iso).getTime();

export const testSchema = v.pipe(
	v.strictObject({
		id: v.pipe(
			v.string('a test id (text)'),
			v.regex(TEST_ID_PATTERN, 'an id like 2022-01-30-hwasong-12 (KST date, then missile id)')
		),
		missileId: v.pipe(v.string('a missile id'), v.regex(SLUG_PATTERN, 'a slug like hwasong-12')),
		namesAsReported: v.optional(
			v.array(
				v.strictObject({
					reporter: reporterSchema,
					name: nonEmptyText('name as reported'),
					sources: sourcesSchema
				})
			)
		),
		launch: v.pipe(
			v.strictObject({
				kst: v.pipe(
					v.string('a KST time'),
					v.regex(KST_PATTERN, 'an ISO time in KST like 2022-01-30T07:52:00+09:00'),
					v.check((s) => Number.isFinite(instant(s)), 'a real calendar date and time')
				),
				utc: v.pipe(
					v.string('a UTC time'),
					v.regex(UTC_PATTERN, 'an ISO time in UTC like 2022-01-29T22:52:00Z'),
					v.check((s) => Number.isFinite(instant(s)), 'a real calendar date and time')
				),
				note: v.optional(nonEmptyText('note')),
				sources: v.array(sourceRefSchema, 'a list of sources'),
				unsourced: unsourcedFlag
			}),
			v.forward(
				v.check(
					(l) => instant(l.utc) === instant(l.kst),
					'the same instant as launch.kst (UTC = KST minus 9 h exactly)'
				),
				['utc']
			),
			v.forward(
				v.check((x) => isSourcedOrFlagged(x), SOURCED_OR_SAYS_WHY),
				['sources']
			),
			v.forward(
				v.check((x) => flaggedHasNote(x), UNSOURCED_NEEDS_NOTE),
				['note']
			)
		),
		siteId: v.pipe(v.string('a place id'), v.regex(SLUG_PATTERN, 'a slug like mupyong-ni')),
		siteNote: v.optional(nonEmptyText('site note')),
		trajectory: v.picklist(TRAJECTORY_KINDS, `one of ${TRAJECTORY_KINDS.join(', ')}`),
		outcome: v.picklist(
			['success', 'partial', 'failure', 'unknown'],
			'one of success, partial, failure, unknown'
		),
		impact: v.pipe(
			v.strictObject({
				description: nonEmptyText('impact description'),
				lat: v.optional(lat),
				lon: v.optional(lon),
				sources: v.array(sourceRefSchema, 'a list of sources'),
				unsourced: unsourcedFlag,
				note: v.optional(nonEmptyText('note'))
			}),
			v.forward(
				v.check((x) => isSourcedOrFlagged(x), SOURCED_OR_SAYS_WHY),
				['sources']
			),
			v.forward(
				v.check((x) => flaggedHasNote(x), UNSOURCED_NEEDS_NOTE),
				['note']
			)
		),
		figures: v.strictObject({
			apogeeKm: v.array(apogeeFigureSchema, 'a list of apogee figures (may be empty)'),
			rangeKm: v.array(rangeFigureSchema, 'a list of range figures (may be empty)'),
			flightTimeS: v.array(flightTimeFigureSchema, 'a list of flight-time figures (may be empty)')
		}),
		notes: v.optional(v.array(nonEmptyText('note')))
	}),
	v.forward(
		v.check((t) => {
			const m = TEST_ID_PATTERN.exec(t.id);
			return !m || m[1] === t.launch.kst.slice(0, 10);
		}, 'an id starting with the KST launch date (launch.kst)'),
		['id']
	),
	v.forward(
		v.check((t) => {
			const m = TEST_ID_PATTERN.exec(t.id);
			return !m || m[2] === t.missileId || new RegExp(`^${t.missileId}-[a-z]$`).test(m[2]);
		}, 'an id ending with the missileId, or with the missileId and -a, -b, ... for two launches on one day'),
		['id']
	)
);

const positive = (unit: string) =>
	v.pipe(v.number(`a number (${unit})`), v.finite(), v.gtValue(0, `a number > 0 (${unit})`));

/** A vehicle value: a number with >= 1 source, or null (unpublished) with a note. */
export function vehicleParamSchema(unit: string) {
	return v.pipe(
		v.strictObject({
			value: v.nullable(positive(unit)),
			low: v.optional(positive(unit)),
			high: v.optional(positive(unit)),
			asReported: v.optional(nonEmptyText('wording as published')),
			sources: v.array(sourceRefSchema, 'a list of sources'),
			note: v.optional(nonEmptyText('note')),
			unsourced: unsourcedFlag
		}),
		v.forward(
			v.check(
				(p) => p.value === null || p.unsourced === true || p.sources.length >= 1,
				SOURCED_OR_SAYS_WHY
			),
			['sources']
		),
		v.forward(
			v.check((x) => flaggedHasNote(x), UNSOURCED_NEEDS_NOTE),
			['note']
		),
		v.forward(
			v.check(
				(p) => p.value !== null || (p.note !== undefined && p.note.length > 0),
				'a note saying the value is unpublished (value is null)'
			),
			['note']
		),
		v.forward(
			v.check(
				(p) =>
					(p.low === undefined && p.high === undefined) ||
					p.unsourced === true ||
					p.sources.length >= 1,
				'at least one source for the published spread (low/high)'
			),
			['sources']
		),
		v.forward(
			v.check((p) => p.low === undefined || p.value === null || p.low <= p.value, 'low <= value'),
			['low']
		),
		v.forward(
			v.check(
				(p) => p.high === undefined || p.value === null || p.high >= p.value,
				'high >= value'
			),
			['high']
		),
		v.forward(
			v.check((p) => p.low === undefined || p.high === undefined || p.low <= p.high, 'high >= low'),
			['high']
		)
	);
}

export const stageSchema = v.strictObject({
	thrustKN: vehicleParamSchema('kN'),
	burnTimeS: vehicleParamSchema('s'),
	ispS: vehicleParamSchema('s'),
	grossMassKg: vehicleParamSchema('kg'),
	propellantMassKg: vehicleParamSchema('kg')
});

/**
 * An alias is confirmed only by a page showing an official or wire source using it (a US designation used by
 * US officials, as reported; KCNA's own name): a confirmed alias needs at least one source, and one with no
 * source must say why.
 */
export const missileAliasSchema = v.pipe(
	v.strictObject({
		name: nonEmptyText('alias'),
		status: v.picklist(['confirmed', 'unconfirmed'], 'confirmed or unconfirmed'),
		note: v.optional(nonEmptyText('note')),
		sources: v.array(sourceRefSchema, 'a list of sources')
	}),
	v.forward(
		v.check(
			(a) => a.status !== 'confirmed' || a.sources.length >= 1,
			'at least one source for a confirmed alias (a page showing an official or wire source using it), or status "unconfirmed"'
		),
		['sources']
	),
	v.forward(
		v.check(
			(a) => a.sources.length >= 1 || (a.note !== undefined && a.note.length > 0),
			'a note saying why the alias has no source'
		),
		['note']
	)
);

export const missileSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string('a missile id'), v.regex(SLUG_PATTERN, 'a slug like hwasong-12')),
		name: nonEmptyText('name'),
		aliases: v.array(missileAliasSchema, 'a list of aliases ({ name, status, sources })'),
		class: v.picklist(['SRBM', 'MRBM', 'IRBM', 'ICBM'], 'one of SRBM, MRBM, IRBM, ICBM'),
		stageCount: v.pipe(
			v.number('a stage count'),
			v.integer('a whole number of stages'),
			v.minValue(1, 'at least 1 stage'),
			v.maxValue(4, 'at most 4 stages')
		),
		propellant: v.picklist(['liquid', 'solid'], 'liquid or solid'),
		lengthM: vehicleParamSchema('m'),
		diameterM: vehicleParamSchema('m'),
		launchMassKg: vehicleParamSchema('kg'),
		payloadKg: vehicleParamSchema('kg'),
		stages: v.array(stageSchema, 'a list of stages'),
		sources: sourcesSchema,
		notes: v.optional(v.array(nonEmptyText('note')))
	}),
	v.forward(
		v.check((m) => m.stages.length === m.stageCount, 'one entry per stage (stageCount entries)'),
		['stages']
	)
);

export const placeSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string('a place id'), v.regex(SLUG_PATTERN, 'a slug like mupyong-ni')),
		name: nonEmptyText('name'),
		kind: v.picklist(['launch-site', 'target', 'city'], 'one of launch-site, target, city'),
		lat,
		lon,
		country: v.optional(nonEmptyText('country')),
		sources: v.array(sourceRefSchema, 'a list of sources'),
		note: v.optional(nonEmptyText('note')),
		unsourced: unsourcedFlag
	}),
	v.forward(
		v.check((x) => isSourcedOrFlagged(x), SOURCED_OR_SAYS_WHY),
		['sources']
	),
	v.forward(
		v.check((x) => flaggedHasNote(x), UNSOURCED_NEEDS_NOTE),
		['note']
	)
);

const comment = v.optional(v.string());

/** data/tests.json */
export const testsFileSchema = v.strictObject({
	$comment: comment,
	tests: v.array(testSchema, 'a list of tests under "tests"')
});
/** data/missiles.json */
export const missilesFileSchema = v.strictObject({
	$comment: comment,
	missiles: v.array(missileSchema, 'a list of missiles under "missiles"')
});
/** data/places.json */
export const placesFileSchema = v.strictObject({
	$comment: comment,
	places: v.array(placeSchema, 'a list of places under "places"')
});

// ---- Compile-time proof that types.ts and the schemas describe the same shapes. ----
type Equals<A, B> =
	(<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type _SchemaTypeChecks = [
	Assert<Equals<v.InferOutput<typeof sourceRefSchema>, SourceRef>>,
	Assert<Equals<v.InferOutput<typeof apogeeFigureSchema>, ReportedFigure>>,
	Assert<Equals<v.InferOutput<ReturnType<typeof vehicleParamSchema>>, VehicleParam>>,
	Assert<Equals<v.InferOutput<typeof testSchema>, Test>>,
	Assert<Equals<v.InferOutput<typeof missileSchema>, Missile>>,
	Assert<Equals<v.InferOutput<typeof missileAliasSchema>, MissileAlias>>,
	Assert<Equals<v.InferOutput<typeof placeSchema>, Place>>
];
