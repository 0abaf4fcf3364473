// @vitest-environment happy-dom
import { $isListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableNode } from '@lexical/table';
import { $getRoot, $isParagraphNode, $isTextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editorNodes } from '../editor/editorNodes';
import { narrativeUpdate } from './narrativeUpdate';
import { openMirror } from './openMirror';

const ROOT = 'section:design-rationale';

/** What a browser editor bound to the root would show: block types and their text. */
function readBlocks(doc: Y.Doc, rootName = ROOT): string[] {
  const mirror = openMirror(doc, [rootName], editorNodes);
  try {
    return mirror.editor(rootName).read(() =>
      $getRoot()
        .getChildren()
        .map((node) => {
          const kind = $isHeadingNode(node)
            ? node.getTag()
            : $isListNode(node)
              ? 'list'
              : $isTableNode(node)
                ? 'table'
                : node.getType();
          return `${kind}:${node.getTextContent().replace(/\s+/g, ' ').trim()}`;
        }),
    );
  } finally {
    mirror.destroy();
  }
}

function write(doc: Y.Doc, html: string, mode: 'append' | 'replace' = 'append') {
  Y.applyUpdate(doc, narrativeUpdate(doc, [{ rootName: ROOT, html, mode }], editorNodes));
}

describe('writing imported HTML into a section through Lexical’s Yjs binding', () => {
  it('turns headings, lists, tables and bold text into the editor’s own nodes', () => {
    const doc = new Y.Doc();
    write(
      doc,
      '<h2>Sub</h2><p>Plain <strong>bold</strong> <em>it</em></p><ul><li>one</li><li>two</li></ul>' +
        '<table><tr><td><p>a</p></td><td><p>b</p></td></tr></table>',
    );
    expect(readBlocks(doc)).toEqual([
      'h2:Sub',
      'paragraph:Plain bold it',
      'list:one two',
      'table:a b',
    ]);
    const mirror = openMirror(doc, [ROOT], editorNodes);
    const formats = mirror.editor(ROOT).read(() => {
      const paragraph = $getRoot().getChildAtIndex(1);
      if (!$isParagraphNode(paragraph)) return [];
      return paragraph
        .getChildren()
        .filter($isTextNode)
        .map(
          (t) =>
            `${t.getTextContent()}:${t.hasFormat('bold') ? 'b' : ''}${t.hasFormat('italic') ? 'i' : ''}`,
        );
    });
    mirror.destroy();
    expect(formats).toEqual(['Plain :', 'bold:b', ' :', 'it:i']);
  });

  it('appends below what the section has, or replaces it', () => {
    const doc = new Y.Doc();
    write(doc, '<p>First</p>');
    write(doc, '<p>Second</p>');
    expect(readBlocks(doc)).toEqual(['paragraph:First', 'paragraph:Second']);
    write(doc, '<p>Only</p>', 'replace');
    expect(readBlocks(doc)).toEqual(['paragraph:Only']);
  });

  it('reaches another replica as an ordinary update and writes nothing itself', () => {
    const doc = new Y.Doc();
    const before = Y.encodeStateVector(doc);
    const update = narrativeUpdate(
      doc,
      [{ rootName: ROOT, html: '<p>x</p>', mode: 'append' }],
      editorNodes,
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, update);
    expect(readBlocks(peer)).toEqual(['paragraph:x']);
  });

  it('wraps stray inline content in a paragraph', () => {
    const doc = new Y.Doc();
    write(doc, 'loose <strong>text</strong>');
    expect(readBlocks(doc)).toEqual(['paragraph:loose text']);
  });
});
