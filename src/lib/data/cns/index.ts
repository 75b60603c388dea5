/** CNS/NTI North Korea Missile Test Database import: see import.ts for the contract. */
export { importCns, CNS_COLUMNS, type ImportOptions } from './import.ts';
export {
	parseKm,
	parseDate,
	parseTime,
	parseCoordinate,
	parseEnum,
	parseText,
	missingKind
} from './cells.ts';
export { missileIdForName, linkRecords, normaliseMissileName } from './link.ts';
export { noteFigures, noteIssues } from './notes.ts';
export type * from './types.ts';
