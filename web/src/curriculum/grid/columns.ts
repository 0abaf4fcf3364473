import type { DomainMessage, DomainResult, FieldResult } from '@tandem/domain';
import type { ReactNode } from 'react';

/**
 * How a cell is edited: text and numbers in an input (the domain converts what was typed), enums
 * and tag sets in a picker, booleans toggle in place, computed cells are read-only.
 */
export type CellKind = 'text' | 'number' | 'enum' | 'bool' | 'list' | 'tags' | 'computed';

export interface CellOption {
  value: string;
  label: string;
  /** Shorter text for a dense cell; the label is the tooltip. */
  short?: string;
}

export interface GridColumn<Row> {
  /** The field written on commit (and the `data-cell` address). */
  id: string;
  kind: CellKind;
  label: string;
  /** A longer header tooltip. */
  title?: string;
  width: number;
  options?: readonly CellOption[];
  /** Whether an empty input clears the value (the schema says nullable). */
  nullable?: boolean;
  value(row: Row): unknown;
  /** Custom display; the default formats the value by kind. */
  display?(row: Row): ReactNode;
  readOnly?(row: Row): boolean;
  align?: 'end';
  /** Left offset in px for columns that stay visible while scrolling sideways. */
  stickyLeft?: number;
  /** A cell that breaks a rule gets a tint (e.g. hours per credit outside R5's range). */
  tone?(row: Row): 'warn' | null;
}

export interface GridRowBase {
  id: string;
}

/** The write side of a grid: check first (for a message), then write through a domain helper. */
export interface GridWriter {
  validate(rowId: string, field: string, raw: unknown): FieldResult;
  commit(rowId: string, field: string, raw: unknown): DomainResult<unknown>;
}

export interface CellError {
  rowId: string;
  colId: string;
  message: DomainMessage;
}

/** A value that was not written because someone else changed the cell meanwhile. */
export interface CellConflict {
  rowId: string;
  colId: string;
  mine: unknown;
  theirs: string;
  by: string | null;
}

export interface RemoteCell {
  clientId: number;
  name: string;
  color: string;
}

export function cellAddress(rowId: string, colId: string): string {
  return `${rowId}:${colId}`;
}
