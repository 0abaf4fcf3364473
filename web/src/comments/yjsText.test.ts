import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clientRuns, decodeRange, encodeRange, linearText } from './yjsText';

/** Two paragraphs laid out as Lexical's binding writes them: a properties map, then the text. */
function notes(first: string, second: string) {
  const doc = new Y.Doc();
  const root = doc.get('root', Y.XmlText);
  for (const [index, text] of [first, second].entries()) {
    const paragraph = new Y.XmlText();
    root.insertEmbed(index, paragraph);
    paragraph.insertEmbed(0, new Y.Map());
    paragraph.insert(1, text);
  }
  const paragraph = (i: number) => root.toDelta()[i].insert as Y.XmlText;
  return { doc, root, paragraph };
}

describe('text anchors', () => {
  it('read the root as the server does: each paragraph ends with a newline', () => {
    const { root } = notes('Intro', 'Students practise live selling.');
    expect(linearText(root)).toBe('Intro\nStudents practise live selling.\n');
  });

  it('[H13] follow their words when text is typed before, inside the paragraph and above it', () => {
    const { doc, root, paragraph } = notes('Intro', 'Students practise live selling.');
    const start = linearText(root).indexOf('live selling');
    const anchor = encodeRange(root, start, start + 'live selling'.length);
    expect(anchor).not.toBeNull();
    if (!anchor) return;
    paragraph(1).insert(1, 'All ');
    paragraph(0).insert(1, 'Module 3: ');
    const range = decodeRange(doc, root, anchor);
    expect(range).not.toBeNull();
    if (!range) return;
    expect(linearText(root).slice(range.start, range.end)).toBe('live selling');
  });

  it('do not grow when someone types right after the commented words', () => {
    const { doc, root, paragraph } = notes('Intro', 'live selling');
    const anchor = encodeRange(root, 6, 18);
    if (!anchor) throw new Error('no anchor');
    paragraph(1).insert(1 + 'live selling'.length, ' online');
    const range = decodeRange(doc, root, anchor);
    expect(range && linearText(root).slice(range.start, range.end)).toBe('live selling');
  });

  it('resolve to null once their text is deleted', () => {
    const { doc, root, paragraph } = notes('Intro', 'live selling');
    const anchor = encodeRange(root, 6, 18);
    if (!anchor) throw new Error('no anchor');
    paragraph(1).delete(1, 'live selling'.length);
    expect(decodeRange(doc, root, anchor)).toBeNull();
  });
});

describe('clientRuns', () => {
  it('gives each client its own run, in linear offsets', () => {
    const { doc, root, paragraph } = notes('ab', 'cd');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const otherRoot = other.get('root', Y.XmlText);
    (otherRoot.toDelta()[1].insert as Y.XmlText).insert(3, 'ef');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(linearText(root)).toBe('ab\ncdef\n');
    expect(paragraph(1).length).toBe(5);
    expect(clientRuns(root)).toEqual([
      { start: 0, end: 2, client: doc.clientID },
      { start: 3, end: 5, client: doc.clientID },
      { start: 5, end: 7, client: other.clientID },
    ]);
  });
});
