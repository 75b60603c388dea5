/**
 * Database import: CNS CSV, CNS XLSX and nagix JSON to one record per row, with every quirk flagged.
 * Entry points: `importFile` (bytes in, records out; worker-friendly), `compareReleases` (two releases of
 * the same database), `detectFormat`, `decodeBytes`, the alias accessor and the crosswalk.
 */
export { importFile, type ImportFileOptions } from './import-file.ts';
export { compareReleases, type ReleaseDiff, type FieldChange } from './compare.ts';
export { detectFormat, ImportError, type Detected } from './detect.ts';
export { decodeBytes, type Decoded } from './decode.ts';
export { aliasEntries, aliasNames, type AliasEntry, type AnyAlias } from './aliases.ts';
export { makeCrosswalk, crosswalkTable } from './crosswalk.ts';
export type * from './types.ts';
export { IMPORT_FORMATS } from './types.ts';
