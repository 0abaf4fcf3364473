import type { DocumentType, DomainMessage, DomainResult } from '@tandem/domain';
import type * as Y from 'yjs';

/** One section of a document template, as a Word file may title it. */
export interface DocSection {
  readonly id: string;
  /** Its title in the app's languages (the template's own words), shown in the preview. */
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  /** Other titles colleges use for it; numbering and punctuation are ignored when matching. */
  readonly aliases: readonly string[];
  /** The Y.XmlText root of its rich text, or null when it is only structured fields. */
  readonly rootName: string | null;
}

/** How a cell's text becomes a field's input before the domain checks it. */
export type CellKind = 'text' | 'number' | 'percent';

export interface TableColumn {
  readonly field: string;
  /** Header texts that name this column (Chinese and English). */
  readonly headers: readonly string[];
  readonly kind?: CellKind;
  /** For a choice: the words a file may use (normalised) → the stored value. */
  readonly choices?: Readonly<Record<string, string>>;
  /** The choice's words as a person reads them, listed when a cell names none of them. */
  readonly labels?: readonly string[];
  /** What an empty cell means, when not "missing" (an empty hours cell is 0 hours). */
  readonly empty?: unknown;
}

/** A table of the template (objectives, content units…) recognised in a file by its header. */
export interface TableMapping {
  /** The collection its rows are written to. */
  readonly collection: string;
  /** The Y.Map root of that collection (for the import's undo step). */
  readonly root: string;
  /** The section its rows belong to, where the preview shows them. */
  readonly sectionId: string;
  readonly columns: readonly TableColumn[];
  /** A table is this one when its header names each of these fields ("a|b": either). */
  readonly required: readonly string[];
}

/**
 * A table files of this type often hold whose rows belong to another document (a talent plan's
 * course list and schedule are the curriculum map's). Recognised by its header like a
 * TableMapping, taken out of the text, and listed as not placed, saying where it belongs.
 */
export interface ForeignTable {
  /** How the list of what is not placed names it: `docImport.kinds.<kind>`. */
  readonly kind: 'courseTable';
  readonly columns: readonly TableColumn[];
  readonly required: readonly string[];
}

/**
 * What the Word import needs to know about one document type: its sections, its tables, and the
 * domain's validated writers. A second document type plugs in with a profile of its own.
 */
export interface DocImportProfile {
  readonly documentType: DocumentType;
  readonly sections: readonly DocSection[];
  readonly tables: readonly TableMapping[];
  /** Tables that are not this document's to hold; a table naming more of their columns is one. */
  readonly foreignTables?: readonly ForeignTable[];
  /** The domain's check for one cell, as a typed cell gets it. */
  validateField(collection: string, field: string, raw: unknown): DomainResult<unknown>;
  /**
   * Fills what a row needs but a Word table often leaves out (an objective's code), from the
   * rows already in `doc` and those planned before it. Returns the completed values.
   */
  completeRow?(
    collection: string,
    values: Readonly<Record<string, unknown>>,
    taken: ReadonlySet<string>,
  ): Record<string, unknown>;
  /** Codes already used in `doc`, so completed rows do not repeat them. */
  takenCodes?(doc: Y.Doc, collection: string): Set<string>;
  /** Adds one row through the domain's validated writer. */
  addRow(
    doc: Y.Doc,
    collection: string,
    values: Readonly<Record<string, unknown>>,
    origin: unknown,
  ): DomainResult<unknown>;
}

/** A problem with one cell or a whole row, from the domain or from the import itself. */
export type RowProblem =
  | { field: string | null; message: DomainMessage }
  | { field: string; local: 'unknownChoice'; params: { value: string; allowed: string } };
