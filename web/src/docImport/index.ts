// Importing an existing Word file (.docx) into a document's template sections (issue 12).

export type { DocImportProfile, DocSection, TableMapping } from './DocImportProfile';
export { DocxImportButton } from './DocxImportButton';
export { docImportProfile } from './docImportProfiles';
