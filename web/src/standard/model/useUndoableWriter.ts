import type { DomainResult, FieldResult } from '@tandem/domain';
import { useEffect, useMemo, useRef } from 'react';
import * as Y from 'yjs';

/** The typed origin of every structured write from this client (read by undo tracking). */
export interface StructuredEditOrigin {
  readonly source: 'client';
  readonly area: 'course-standard' | 'talent-plan';
  readonly userId: string;
}

/**
 * What the tables and fields of a structured document (a course standard, a talent plan) write
 * through: each write a validated domain helper, `validate` the same check before it is written.
 */
export interface StructuredWriter<C extends string> {
  readonly origin: StructuredEditOrigin;
  undo(): void;
  redo(): void;
  validate(collection: C | 'info', field: string, raw: unknown): FieldResult;
  info(field: string, raw: unknown): DomainResult<unknown>;
  /** Several info fields as one change (linking a course writes its id, code and name). */
  infoFields(fields: Readonly<Record<string, unknown>>): DomainResult<unknown>;
  field(collection: C, id: string, field: string, raw: unknown): DomainResult<unknown>;
  remove(collection: C, id: string): DomainResult<string>;
}

/**
 * A structured document's writer with an undo history of its own writes: undo covers the
 * structured roots only (each narrative section has Lexical's), and never a collaborator's change.
 * `build` receives the origin to tag every transaction with; it must be stable per `doc`.
 */
export function useUndoableWriter<W extends object>(
  doc: Y.Doc,
  userId: string,
  area: StructuredEditOrigin['area'],
  roots: readonly string[],
  build: (origin: StructuredEditOrigin) => W,
): W & Pick<StructuredWriter<string>, 'origin' | 'undo' | 'redo'> {
  const history = useRef<Y.UndoManager | null>(null);
  const rootKey = roots.join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `build` is new each render but reads only `doc` and the origin (both deps); the roots are compared by name
  const writer = useMemo(() => {
    const origin: StructuredEditOrigin = { source: 'client', area, userId };
    return {
      ...build(origin),
      origin,
      undo: () => history.current?.undo(),
      redo: () => history.current?.redo(),
    };
  }, [doc, userId, area, rootKey]);
  useEffect(() => {
    const manager = new Y.UndoManager(
      rootKey.split('|').map((name) => doc.getMap(name)),
      { trackedOrigins: new Set([writer.origin]), captureTimeout: 0 },
    );
    history.current = manager;
    return () => {
      history.current = null;
      manager.destroy();
    };
  }, [doc, writer, rootKey]);
  return writer;
}

/** Writes several info fields in one transaction; the first refusal is the answer. */
export function writeInfoFields(
  doc: Y.Doc,
  origin: StructuredEditOrigin,
  fields: Readonly<Record<string, unknown>>,
  write: (field: string, raw: unknown) => DomainResult<unknown>,
): DomainResult<unknown> {
  let outcome: DomainResult<unknown> = { ok: true, value: null };
  doc.transact(() => {
    for (const [field, raw] of Object.entries(fields)) {
      const result = write(field, raw);
      if (!result.ok && outcome.ok) outcome = result;
    }
  }, origin);
  return outcome;
}
