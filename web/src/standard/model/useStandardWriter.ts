import {
  addStandardEntity,
  type DomainResult,
  deleteStandardEntity,
  STANDARD_ROOTS,
  type StandardCollection,
  type StandardEntityInput,
  setStandardEntityField,
  setStandardInfoField,
  validateStandardField,
} from '@tandem/domain';
import type * as Y from 'yjs';
import {
  type StructuredEditOrigin,
  type StructuredWriter,
  useUndoableWriter,
  writeInfoFields,
} from './useUndoableWriter';

/** The structured writes of the course-standard editor, each through a validated domain helper. */
export interface StandardWriter extends StructuredWriter<StandardCollection> {
  add<C extends StandardCollection>(
    collection: C,
    input: StandardEntityInput<C>,
  ): DomainResult<{ id: string }>;
}

const ROOTS = Object.values(STANDARD_ROOTS);

export function useStandardWriter(doc: Y.Doc, userId: string): StandardWriter {
  const build = (origin: StructuredEditOrigin) => {
    const info = (field: string, raw: unknown) => setStandardInfoField(doc, field, raw, origin);
    return {
      validate: validateStandardField,
      info,
      infoFields: (fields: Readonly<Record<string, unknown>>) =>
        writeInfoFields(doc, origin, fields, info),
      field: (collection: StandardCollection, id: string, field: string, raw: unknown) =>
        setStandardEntityField(doc, collection, id, field, raw, origin),
      add: <C extends StandardCollection>(collection: C, input: StandardEntityInput<C>) =>
        addStandardEntity(doc, collection, input, origin),
      remove: (collection: StandardCollection, id: string) =>
        deleteStandardEntity(doc, collection, id, origin),
    };
  };
  return useUndoableWriter(doc, userId, 'course-standard', ROOTS, build);
}
