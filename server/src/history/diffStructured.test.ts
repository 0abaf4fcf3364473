import { addStandardEntity, initDocument, setStandardEntityField } from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { structuredChanges } from './diffStructured';

const copy = (doc: Y.Doc) => {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
};

describe('structuredChanges', () => {
  it('[H7] reads a course standard as objectives added, removed and reworded', () => {
    const doc = new Y.Doc();
    initDocument(doc, 'course-standard');
    const s3 = addStandardEntity(doc, 'objectives', {
      dimension: 'skill',
      code: 'S3',
      text: 'Run a live-stream session',
    });
    if (!s3.ok) throw new Error('objective not added');
    const before = copy(doc);
    const editor = new Y.Doc();
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(doc));
    setStandardEntityField(
      editor,
      'objectives',
      s3.value.id,
      'text',
      'Plan and run a live-stream session',
    );
    addStandardEntity(editor, 'objectives', {
      dimension: 'quality',
      code: 'Q1',
      text: 'Integrity',
    });

    const changes = structuredChanges(before, copy(editor));
    expect(changes.map((c) => c.summary)).toEqual([
      'objective S3: text reworded',
      'objectives: added objective Q1',
    ]);
    // The reworded cell was written by the editor's client, after `before`.
    expect(changes[0]?.writers.map((id) => id.client)).toEqual([editor.clientID]);
    expect(structuredChanges(before, copy(before))).toEqual([]);
  });
});
