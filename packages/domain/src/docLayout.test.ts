import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initDocLayout, readDocMeta, SCHEMA_VERSION } from './docLayout';

describe('document layout header', () => {
  it('stamps a new document with the schema version and type', () => {
    const doc = new Y.Doc();
    expect(readDocMeta(doc)).toEqual({ schemaVersion: undefined, type: undefined });
    initDocLayout(doc, 'course-standard');
    expect(readDocMeta(doc)).toEqual({ schemaVersion: SCHEMA_VERSION, type: 'course-standard' });
  });

  it('never overwrites the header of an existing document', () => {
    const doc = new Y.Doc();
    initDocLayout(doc, 'notes');
    const before = Y.encodeStateVector(doc);
    initDocLayout(doc, 'curriculum-map');
    expect(readDocMeta(doc).type).toBe('notes');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('ignores a hostile header instead of trusting its types', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 'one');
    doc.getMap('meta').set('type', 'spreadsheet');
    expect(readDocMeta(doc)).toEqual({ schemaVersion: undefined, type: undefined });
  });
});
