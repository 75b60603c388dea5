/**
 * The catalogue's rows from the dataset and the engine, at build time: each test's figures summarised
 * across reporters and the engine's standard-trajectory range. The page filters and sorts them in the
 * browser with viz/catalogue.ts.
 */
import { getMissile, getPlace, missiles, tests } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import type { Test } from '../data/types.ts';
import type { EstimateResult, PhysicsError } from '../physics/index.ts';
import type { CatalogueRow } from '../viz/catalogue.ts';
import type { StandardRange } from '../viz/format.ts';
import { estimateTest } from './engine.ts';
import { aliasNames } from './facts/missile.ts';

/** The engine's standard range of a test as the catalogue and the test page state it. */
export function standardRange(est: EstimateResult | PhysicsError): StandardRange {
	if (!est.ok) return { kind: 'none', reason: est.message };
	const p = est.powered;
	if (!p) return { kind: 'none', reason: est.poweredNote ?? 'the engine gave no powered estimate' };
	if (p.orbital || p.standardRangeKm === null) return { kind: 'orbital' };
	return { kind: 'range', centralKm: p.standardRangeKm, bandKm: p.bandKm };
}

export function catalogueRow(test: Test): CatalogueRow {
	const missile = getMissile(test.missileId);
	const site = getPlace(test.siteId);
	const figures = summarizeFigures(test);
	return {
		id: test.id,
		launchUtc: test.launch.utc,
		launchKst: test.launch.kst,
		year: Number(test.launch.kst.slice(0, 4)),
		missileId: test.missileId,
		missileName: missile?.name ?? test.missileId,
		missileClass: missile?.class ?? 'unknown',
		trajectory: test.trajectory,
		outcome: test.outcome,
		siteId: test.siteId,
		siteName: site?.name ?? test.siteId,
		apogeeKm: figures.apogeeKm,
		rangeKm: figures.rangeKm,
		flightTimeS: figures.flightTimeS,
		standardRange: standardRange(estimateTest(test.id))
	};
}

/** One row per dataset test, in file order. */
export function catalogueRows(): CatalogueRow[] {
	return tests.map(catalogueRow);
}

/**
 * What the in-browser CNS importer needs to link a file's rows to our tests and names to our missiles:
 * ids, launch dates and names only (the page does not carry the dataset).
 */
export function cnsContext(): {
	tests: { id: string; missileId: string; launch: { utc: string; kst: string } }[];
	missiles: { id: string; name: string; aliases: string[] }[];
} {
	return {
		tests: tests.map((t) => ({
			id: t.id,
			missileId: t.missileId,
			launch: { utc: t.launch.utc, kst: t.launch.kst }
		})),
		missiles: missiles.map((m) => ({ id: m.id, name: m.name, aliases: aliasNames(m) }))
	};
}
