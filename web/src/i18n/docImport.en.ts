/**
 * English messages for importing a Word file into a document's sections (issue 12).
 * Mounted as `docImport` in en.ts; the zh-CN file is typed against this one.
 */
export const docImportEn = {
  open: 'Import from Word',
  openHint: 'Fill this document’s sections from an existing Word file (.docx)',
  title: 'Import from Word',
  fileLabel: 'Word file (.docx, up to 5 MB)',
  reading: 'Reading the file…',
  intro:
    'Headings are matched to the template’s sections by their titles, in Chinese or English; numbering such as “一、”, “（一）” or “1.” does not matter. Tables in {{sections}} become rows; other text goes into the section’s text.',
  nothingMatched:
    'No heading in this file names a section of the template, so nothing can be imported. Its text is listed below to place by hand.',
  summary:
    '{{sections}} sections of text · {{rows}} rows to add · {{unplaced}} items to place by hand',
  from: 'From “{{headings}}”',
  sectionNothing: 'Nothing from the file goes here: see the list of what is not placed.',
  emptySection: 'The section is empty: the imported text fills it.',
  hasText: 'The section already has text.',
  modeLabel: 'What to do with the text already there',
  modes: { append: 'Keep it, add the import below', replace: 'Replace it with the import' },
  rowsSummary: '{{add}} rows to add after the {{existing}} already there',
  rowsInvalid_one: '{{count}} row has errors and is not imported',
  rowsInvalid_other: '{{count}} rows have errors and are not imported',
  rowsSkipped_one: '{{count}} total row skipped',
  rowsSkipped_other: '{{count}} total rows skipped',
  rowsLabel: 'Rows of the Word table',
  row: 'Row',
  result: 'Result',
  actions: { add: 'Add', skip: 'Total, skipped', invalid: 'Not imported' },
  filledCode: 'as {{code}}',
  problems: { unknownChoice: '“{{value}}” is not one of {{allowed}}' },
  unplacedTitle: 'Not placed: for you to handle ({{count}})',
  unplacedHint:
    'These parts of the file have no place in the template. Copy their text and put it where it belongs.',
  kinds: {
    heading: 'A heading that names no section: “{{where}}”',
    preamble: 'Before the first section',
    image: 'An image in “{{where}}”',
    imageNoText: 'Images are not imported; insert it by hand.',
    noText: '“{{section}}” has only fields: type this in by hand',
    row: '“{{section}}”, table row {{line}}: not imported',
    courseTable:
      'A course table in “{{where}}”: not imported; the plan reads its courses from the curriculum map',
  },
  copy: 'Copy text',
  copyAll: 'Copy all',
  copied: 'Copied',
  copyFailed: 'Could not copy; select the text instead.',
  notWritten: 'Nothing is written until you press Import. One Undo takes the whole import back.',
  confirm: 'Import',
  cancel: 'Cancel',
  failed: 'Nothing was imported: table row {{line}} was refused. {{reason}}',
  done: 'Imported {{sections}} sections and {{rows}} rows from Word.',
  undo: 'Undo import',
  undone: 'The import was taken back.',
  dismiss: 'Dismiss',
  errors: {
    DOCX_TOO_LARGE: 'The file is larger than {{maxMb}} MB. Nothing was imported.',
    DOCX_UNSUPPORTED:
      '“{{name}}” is not a .docx file. Save it from Word as .docx first. Nothing was imported.',
    DOCX_UNREADABLE:
      'The file could not be read as a Word document (.docx); it may be damaged. Nothing was imported.',
    DOCX_EMPTY: 'The file has no text. Nothing was imported.',
  },
};

export type DocImportMessages = typeof docImportEn;
