export { contentDisposition } from './contentDisposition';
export { type CourseStandardExport, courseStandardDocx } from './courseStandardDocx';
export { type CurriculumMapExport, curriculumMapXlsx } from './curriculumMapXlsx';
export { type ExportRouteDeps, registerExportRoutes } from './exportRoutes';
export { type ExportLabels, enumLabel, exportLabels, renderMessage } from './labels';
export { readNarrative } from './readNarrative';
export { type ExportBlock, type ListItem, readRichBlocks, type TextRun } from './readRichBlocks';
export * as wordParts from './wordParts';
export * as workbookParts from './workbookParts';
