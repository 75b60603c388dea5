/**
 * The dataset's shapes: the contract between data/ (validated by schemas.ts) and every other layer.
 * Add fields freely; rename none (physics, geo, viz, components and the CLI read these names).
 * Units live in names: a number without one in its name is a bug waiting.
 */

/**
 * How close a source stands to the value: an official statement (Japan MoD, JCS, KCNA as quoted), a wire
 * service, an established outlet, or an analyst. data/sources-policy.json says which tiers each domain may carry.
 */
export type SourceTier = 'official' | 'wire' | 'outlet' | 'analysis';

/**
 * Where a value comes from: a page checked to contain it. A value without at least one source is a
 * validation error unless it is marked `unsourced` with a note.
 */
export interface SourceRef {
	url: string;
	/** Publisher or outlet, e.g. "Yonhap", "Japan Ministry of Defense". */
	publisher: string;
	title?: string;
	/** "via X" when the page attributes the value to someone else. */
	via?: string;
	note?: string;
	/** official statement (JMOD, JCS, KCNA as quoted), wire service, established outlet, analyst. */
	tier: SourceTier;
	/** ISO date on which the page was checked to contain the value, e.g. '2026-12-02'. */
	checked: string;
}

/** Who reported a figure. */
export type Reporter = 'KCNA' | 'JMOD' | 'JCS' | 'US' | 'analyst';

export type Qualifier = 'exact' | 'about' | 'more-than' | 'less-than';

/** One party's figure for one quantity, as they reported it. */
export interface ReportedFigure {
	reporter: Reporter;
	value: number;
	qualifier: Qualifier;
	/** The words as reported, e.g. "about 2,000 km", "47 min 12 s". */
	asReported: string;
	sources: SourceRef[];
	/** No citable page supports the value: `note` says why, and `sources` may be empty. */
	unsourced?: true;
	note?: string;
}

export type TrajectoryKind =
	'lofted' | 'standard' | 'depressed' | 'glide' | 'failed-early' | 'unknown';
export type Outcome = 'success' | 'partial' | 'failure' | 'unknown';

export interface Test {
	/** Stable id `YYYY-MM-DD-missile-slug` on the KST date. */
	id: string;
	missileId: string;
	/** Names used by each reporter where they differ, e.g. "new-type IRBM" (KCNA). */
	namesAsReported?: { reporter: Reporter; name: string; sources: SourceRef[] }[];
	launch: {
		/** ISO 8601 with offset, e.g. 2022-01-30T07:52:00+09:00. */
		kst: string;
		/** ISO 8601 in UTC, e.g. 2022-01-29T22:52:00Z. */
		utc: string;
		/** E.g. Pyongyang time was UTC+8:30 from 2015-08-15 to 2018-05-05. */
		note?: string;
		sources: SourceRef[];
		/** No citable page gives the time: `note` says why, and `sources` may be empty. */
		unsourced?: true;
	};
	siteId: string;
	siteNote?: string;
	trajectory: TrajectoryKind;
	outcome: Outcome;
	impact: {
		description: string;
		/** Only where a source gives coordinates; otherwise any drawn point is an estimate. */
		lat?: number;
		lon?: number;
		sources: SourceRef[];
		/** No citable page describes the impact: `note` says why, and `sources` may be empty. */
		unsourced?: true;
		note?: string;
	};
	figures: {
		apogeeKm: ReportedFigure[];
		rangeKm: ReportedFigure[];
		flightTimeS: ReportedFigure[];
	};
	notes?: string[];
}

/** A vehicle parameter: a sourced value, or null with a note saying it is unpublished. */
export interface VehicleParam {
	value: number | null;
	/** Published spread, where sources give one (e.g. 80,000-110,000 kg). */
	low?: number;
	high?: number;
	/** The words or figure as published, before any conversion, e.g. "80 tf", "40-50 t". */
	asReported?: string;
	sources: SourceRef[];
	note?: string;
	/** A published value no citable page supports: `note` says why, and `sources` may be empty. */
	unsourced?: true;
}

export interface StageParams {
	thrustKN: VehicleParam;
	burnTimeS: VehicleParam;
	ispS: VehicleParam;
	grossMassKg: VehicleParam;
	propellantMassKg: VehicleParam;
}

/** Another name for a missile, e.g. the US designation KN-17 for the Hwasong-12. */
export interface MissileAlias {
	name: string;
	/** 'confirmed': the alias is used for this missile by an official or wire source; else 'unconfirmed'. */
	status: 'confirmed' | 'unconfirmed';
	note?: string;
	sources: SourceRef[];
}

export interface Missile {
	id: string;
	name: string;
	aliases: MissileAlias[];
	class: 'SRBM' | 'MRBM' | 'IRBM' | 'ICBM';
	stageCount: number;
	propellant: 'liquid' | 'solid';
	lengthM: VehicleParam;
	diameterM: VehicleParam;
	launchMassKg: VehicleParam;
	payloadKg: VehicleParam;
	stages: StageParams[];
	sources: SourceRef[];
	notes?: string[];
}

export interface Place {
	id: string;
	name: string;
	kind: 'launch-site' | 'target' | 'city';
	lat: number;
	lon: number;
	country?: string;
	sources: SourceRef[];
	note?: string;
	/** No citable page gives the coordinates: `note` says where they come from; `sources` may be empty. */
	unsourced?: true;
}
