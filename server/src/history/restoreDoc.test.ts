import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeRichText } from '../documents/writeRichText';
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

  it('[H5] [H8] restores a few changed words as a few operations; the rest keeps its authors', () => {
    const school = new Y.Doc();
    writeRichText(school, 'root', [
      { kind: 'heading', level: 2, text: 'Assessment' },
      { kind: 'paragraph', text: 'School wrote this part of the standard.' },
      { kind: 'paragraph', text: 'A second paragraph nobody touches.' },
    ]);
    const enterprise = copy(school);
    const paragraph = (doc: Y.Doc, i: number) =>
      ((doc.get('root', Y.XmlText) as Y.XmlText).toDelta() as { insert: unknown }[])[i]
        ?.insert as Y.XmlText;
    // The enterprise leader adds to the first paragraph: its text now has two authors.
    const p1 = paragraph(enterprise, 1);
    p1.insert(p1.length, ' Enterprise added this.');
    Y.applyUpdate(school, Y.encodeStateAsUpdate(enterprise));
    const version = copy(school);
    // Then a small change: one word replaced.
    const mine = paragraph(school, 1);
    const plain = mine.toDelta() as { insert: unknown }[];
    // Embeds (Lexical's text-node marker) come first, one position each, then the string.
    const markers = plain.findIndex((op) => typeof op.insert === 'string');
    const wordAt = markers + String(plain[markers]?.insert ?? '').indexOf('part');
    mine.delete(wordAt, 4);
    mine.insert(wordAt, 'piece', {});

    const update = restoreUpdate(copy(school), copy(version));
    expect(update).not.toBeNull();
    // A rewrite of the paragraphs would be hundreds of bytes; this is the word and its undoing.
    expect((update as Uint8Array).byteLength).toBeLessThan(120);
    Y.applyUpdate(school, update as Uint8Array);
    expect(tree(school.get('root', Y.XmlText) as Y.XmlText)).toEqual(
      tree(copy(version).get('root', Y.XmlText) as Y.XmlText),
    );
    // Who wrote each character of the restored paragraph: the same people as in the version.
    const authors = (doc: Y.Doc) => {
      const out: number[] = [];
      for (let item = paragraph(doc, 1)._start; item; item = item.right) {
        if (!item.deleted && item.content instanceof Y.ContentString) {
          for (const _ of item.content.str) out.push(item.id.client);
        }
      }
      return out;
    };
    const restored = authors(school);
    const expected = authors(version);
    const differing = restored.filter((client, i) => client !== expected[i]).length;
    // Only the restored word is new (the restore wrote it); every other character kept its author.
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThanOrEqual('part'.length);
    expect(restored.filter((c) => c === enterprise.clientID)).toHaveLength(
      ' Enterprise added this.'.length,
    );
  });
});
