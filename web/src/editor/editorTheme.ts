import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the nodes it renders; styled in editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    nested: { listitem: 'ed-li--nested' },
  },
  link: 'ed-link',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
    code: 'ed-code',
  },
  table: 'ed-table',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  tableSelection: 'ed-table--selecting',
  tableCellSelected: 'ed-td--selected',
  tableScrollableWrapper: 'ed-table-scroll',
  collaboration: {
    cursor: 'collab-cursor',
    cursorName: 'collab-cursor__name',
    selection: 'collab-selection',
    selectionBg: 'collab-selection__bg',
  },
};
