// Importing an existing course list (.xlsx/.csv) into the curriculum map.

export { applyImportPlan, type ImportTarget } from './applyImportPlan';
export { buildImportPlan, type DuplicatePolicy, type ImportPlan } from './buildImportPlan';
export { ImportCoursesButton } from './ImportCoursesButton';
export { type ColumnMapping, findHeaderRow, guessMapping, IMPORT_FIELDS } from './importFields';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readImportFile } from './readImportFile';
