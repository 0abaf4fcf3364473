import {
  addStandardEntity,
  type DomainResult,
  deleteStandardEntity,
  STANDARD_ROOTS,
  type StandardCollection,
  type StandardEntityInput,
  setStandardEntityField,
  setStandardInfoField,
} from '@tandem/domain';
import { useEffect, useMemo, useRef } from 'react';
import * as Y from 'yjs';

export interface StandardEditOrigin {
  readonly source: 'client';
  readonly area: 'course-standard';
  readonly userId: string;
}

/**
 * The structured writes of the course-standard editor, each through a validated domain helper.
 * Undo covers the structured parts only; each narrative section has its own (Lexical's).
 */
export interface StandardWriter {
  readonly origin: StandardEditOrigin;
  undo(): void;
  redo(): void;
  info(field: string, raw: unknown): DomainResult<unknown>;
  /** Several info fields as one change (linking a course writes its id, code and name). */
  infoFields(fields: Readonly<Record<string, unknown>>): DomainResult<unknown>;
  field(
    collection: StandardCollection,
    id: string,
    field: string,
    raw: unknown,
  ): DomainResult<unknown>;
  add<C extends StandardCollection>(
    collection: C,
    input: StandardEntityInput<C>,
  ): DomainResult<{ id: string }>;
  remove(collection: StandardCollection, id: string): DomainResult<string>;
}

export function useStandardWriter(doc: Y.Doc, userId: string): StandardWriter {
  const history = useRef<Y.UndoManager | null>(null);
  const writer = useMemo<StandardWriter>(() => {
    const origin: StandardEditOrigin = { source: 'client', area: 'course-standard', userId };
    return {
      origin,
      undo: () => history.current?.undo(),
      redo: () => history.current?.redo(),
      info: (field, raw) => setStandardInfoField(doc, field, raw, origin),
      infoFields: (fields) => {
        let outcome: DomainResult<unknown> = { ok: true, value: null };
        doc.transact(() => {
          for (const [field, raw] of Object.entries(fields)) {
            const result = setStandardInfoField(doc, field, raw, origin);
            if (!result.ok && outcome.ok) outcome = result;
          }
        }, origin);
        return outcome;
      },
      field: (collection, id, field, raw) =>
        setStandardEntityField(doc, collection, id, field, raw, origin),
      add: (collection, input) => addStandardEntity(doc, collection, input, origin),
      remove: (collection, id) => deleteStandardEntity(doc, collection, id, origin),
    };
  }, [doc, userId]);
  useEffect(() => {
    const roots = Object.values(STANDARD_ROOTS).map((name) => doc.getMap(name));
    const manager = new Y.UndoManager(roots, {
      trackedOrigins: new Set([writer.origin]),
      captureTimeout: 0,
    });
    history.current = manager;
    return () => {
      history.current = null;
      manager.destroy();
    };
  }, [doc, writer]);
  return writer;
}
