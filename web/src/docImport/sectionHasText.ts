import * as Y from 'yjs';

/**
 * Whether a section's rich text holds any words. Lexical's Yjs layout keeps a text node's words
 * as strings in its block's Y.XmlText and nests blocks (list items, table cells) as embedded
 * Y.XmlTexts, so a walk over the deltas finds them without an editor.
 */
export function sectionHasText(text: Y.XmlText): boolean {
  return text.toDelta().some((op: { insert?: unknown }) => {
    if (typeof op.insert === 'string') return op.insert.trim() !== '';
    return op.insert instanceof Y.XmlText && sectionHasText(op.insert);
  });
}
