import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type RawRun, textRedlines } from './diffText';

/** Rebuilt the way the store does (a gc'd doc from one update), as both ends of a diff are. */
const rebuilt = (doc: Y.Doc) => {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
};
const paragraph = (root: Y.XmlText, at: number, text: string) => {
  const p = new Y.XmlText();
  root.insertEmbed(at, p);
  p.insert(0, text);
  return p;
};
/** Adjacent runs of one kind joined, ids dropped: what a reader sees. */
const read = (runs: RawRun[]) =>
  runs.reduce<{ op: string; text: string }[]>((out, r) => {
    const last = out.at(-1);
    if (last?.op === r.op) last.text += r.text;
    else out.push({ op: r.op, text: r.text });
    return out;
  }, []);

describe('textRedlines', () => {
  it('[H6] marks typed, deleted and removed paragraphs from the two ends alone', () => {
    const doc = new Y.Doc();
    const root = doc.get('root', Y.XmlText) as Y.XmlText;
    const first = paragraph(root, 0, 'alpha beta');
    paragraph(root, 1, 'gamma');
    const from = rebuilt(doc);
    // Same client typing on: its new characters merge into the old item in the later state.
    first.insert(first.length, ' delta');
    first.delete(0, 'alpha '.length);
    root.delete(1, 1);
    paragraph(root, 1, 'epsilon');

    const [section] = textRedlines(from, rebuilt(doc));
    expect(section?.root).toBe('root');
    expect(read(section?.runs ?? [])).toEqual([
      { op: 'delete', text: 'alpha ' },
      { op: 'equal', text: 'beta' },
      { op: 'insert', text: ' delta' },
      { op: 'equal', text: '\n' },
      { op: 'delete', text: 'gamma\n' },
      { op: 'insert', text: 'epsilon\n' },
    ]);
    const inserted = section?.runs.find((r) => r.text === ' delta');
    expect(inserted?.id?.client).toBe(doc.clientID);
  });

  it('[H6] ignores text typed and deleted again between the two ends', () => {
    const doc = new Y.Doc();
    const text = doc.get('t', Y.XmlText) as Y.XmlText;
    text.insert(0, 'kept');
    const from = rebuilt(doc);
    text.insert(4, ' transient');
    text.delete(4, ' transient'.length);
    expect(textRedlines(from, rebuilt(doc))).toEqual([]);
  });
});
