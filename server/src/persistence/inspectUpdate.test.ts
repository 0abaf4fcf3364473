import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectUpdate } from './inspectUpdate';

describe('inspectUpdate', () => {
  it('refuses the 11-byte zero-length GC struct', () => {
    const doc = new Y.Doc();
    expect(() => inspectUpdate(doc, new Uint8Array([1, 1, 7, 0, 0, 0, 0]))).toThrow(/empty struct/);
  });
});
