import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeRichText } from '../documents';
import { readContent } from './docContent';
import { restoreUpdate } from './restoreDoc';

const copy = (doc: Y.Doc) => {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
};

/** Lexical's node tree as Yjs holds it: attributes, embedded maps and text, recursively. */
function tree(text: Y.XmlText): unknown {
  return (text.toDelta() as { insert: unknown; attributes?: unknown }[]).map((op) => ({
    insert:
      op.insert instanceof Y.XmlText
        ? { attrs: op.insert.getAttributes(), children: tree(op.insert) }
        : op.insert instanceof Y.Map
          ? op.insert.toJSON()
          : op.insert,
    attributes: op.attributes,
  }));
}

describe('restoreUpdate', () => {
  it('[H5] brings Lexical rich text and nested maps back to the version, as operations on top', () => {
    const live = new Y.Doc();
    writeRichText(live, 'root', [
      { kind: 'heading', level: 2, text: 'Assessment' },
      { kind: 'paragraph', text: 'Process 40%, final 60%.' },
      { kind: 'list', ordered: false, items: ['quiz', 'project'] },
    ]);
    live.getMap('units').set('u1', new Y.Map([['hours', 32]]));
    const version = copy(live);
    writeRichText(live, 'root', [{ kind: 'paragraph', text: 'An added paragraph.' }]);
    (live.getMap('units').get('u1') as Y.Map<unknown>).set('hours', 48);
    live.getMap('units').set('u2', new Y.Map([['hours', 8]]));
    const before = Y.encodeStateVector(live);

    const update = restoreUpdate(copy(live), copy(version));
    expect(update).not.toBeNull();
    Y.applyUpdate(live, update as Uint8Array);

    expect(readContent(copy(live))).toEqual(readContent(copy(version)));
    expect(tree(copy(live).get('root', Y.XmlText) as Y.XmlText)).toEqual(
      tree(copy(version).get('root', Y.XmlText) as Y.XmlText),
    );
    // Nothing before was rewritten: the old state vector is a prefix of the new one.
    const after = Y.decodeStateVector(Y.encodeStateVector(live));
    for (const [client, clock] of Y.decodeStateVector(before)) {
      expect(after.get(client)).toBeGreaterThanOrEqual(clock);
    }
  });

  it('[H5] returns nothing when the content already equals the version', () => {
    const doc = new Y.Doc();
    doc.getMap('info').set('code', 'ZY301');
    writeRichText(doc, 'section:design-rationale', [{ kind: 'paragraph', text: 'unchanged' }]);
    expect(restoreUpdate(copy(doc), copy(doc))).toBeNull();
  });
});
