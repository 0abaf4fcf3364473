// Only what the rest of the server uses. The layout libraries (docx, exceljs, pdfmake) are loaded
// by the routes when a file is asked for, or in the render workers, not by importing this.
export { registerCompareDocxRoute } from './compareDocxRoute';
export { contentDisposition } from './contentDisposition';
export { type CourseStandardExport, courseStandardOutline } from './courseStandardOutline';
export { type ExportRouteDeps, registerExportRoutes } from './exportRoutes';
export { type ExportLabels, enumLabel, exportLabels, renderMessage } from './labels';
export type { Cell, ExportOutline, OutlineBlock, OutlineColumn, TitleItem } from './outline';
export { DEFAULT_PDF_FONT_DIRS, findPdfFonts, PDF_FONT_PACKAGE, type PdfFonts } from './pdfFonts';
export { readNarrative } from './readNarrative';
export { type ExportBlock, type ListItem, readRichBlocks, type TextRun } from './readRichBlocks';
