// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editorNodes } from '../editor/editorNodes';
import { narrativeUpdate } from './narrativeUpdate';
import { sectionHasText } from './sectionHasText';

const ROOT = 'section:appendix';

function withHtml(html: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, narrativeUpdate(doc, [{ rootName: ROOT, html, mode: 'append' }], editorNodes));
  return doc;
}

describe('sectionHasText', () => {
  it('is false for a section never written or holding only an empty paragraph', () => {
    expect(sectionHasText(new Y.Doc().get(ROOT, Y.XmlText))).toBe(false);
    expect(sectionHasText(withHtml('<p> </p>').get(ROOT, Y.XmlText))).toBe(false);
  });

  it('finds words in a paragraph, a list item or a table cell', () => {
    for (const html of ['<p>x</p>', '<ul><li>x</li></ul>', '<table><tr><td>x</td></tr></table>'])
      expect(sectionHasText(withHtml(html).get(ROOT, Y.XmlText))).toBe(true);
  });
});
