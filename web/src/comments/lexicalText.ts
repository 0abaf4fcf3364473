import {
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type ElementNode,
  type LexicalEditor,
  type PointType,
} from 'lexical';

/**
 * The editor's text in the same linear reading as `yjsText.ts`: text nodes in document order,
 * every element followed by one "\n", anything else (line breaks, decorators) empty. Lexical's
 * tree mirrors the Yjs one node for node, so an offset means the same character in both.
 */
interface Segment {
  key: string;
  start: number;
  length: number;
}

interface Layout {
  segments: Segment[];
  /** Linear start of every node, and for elements where their content ends (before "\n"). */
  starts: Map<string, number>;
  contentEnds: Map<string, number>;
}

function $layout(): Layout {
  const layout: Layout = { segments: [], starts: new Map(), contentEnds: new Map() };
  const walk = (element: ElementNode, base: number): number => {
    let offset = base;
    for (const child of element.getChildren()) {
      layout.starts.set(child.getKey(), offset);
      if ($isTextNode(child)) {
        const length = child.getTextContentSize();
        layout.segments.push({ key: child.getKey(), start: offset, length });
        offset += length;
      } else if ($isElementNode(child)) {
        offset = walk(child, offset);
        layout.contentEnds.set(child.getKey(), offset);
        offset += 1;
      }
    }
    return offset;
  };
  const root = $getRoot();
  layout.starts.set(root.getKey(), 0);
  layout.contentEnds.set(root.getKey(), walk(root, 0));
  return layout;
}

function pointOffset(layout: Layout, point: PointType): number | null {
  const start = layout.starts.get(point.key);
  if (start === undefined) return null;
  if (point.type === 'text') return start + point.offset;
  const element = point.getNode();
  if (!$isElementNode(element)) return start;
  const child = element.getChildAtIndex(point.offset);
  if (child) return layout.starts.get(child.getKey()) ?? start;
  return layout.contentEnds.get(point.key) ?? start;
}

/** The selection as a linear range with its text, or null when it is empty or not text. */
export function $selectionRange(
  selection: BaseSelection | null,
): { start: number; end: number; quote: string } | null {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const layout = $layout();
  const a = pointOffset(layout, selection.anchor);
  const b = pointOffset(layout, selection.focus);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b), quote: selection.getTextContent() };
}

function firstTextNode(element: HTMLElement | null): Text | null {
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** Maps linear ranges of one editor onto DOM Ranges over its rendered text nodes. */
export interface RangeMapper {
  range(start: number, end: number): Range | null;
  /** The linear offset of a DOM point inside the editor, if it is in a text node. */
  offsetOf(node: Node, offset: number): number | null;
}

export function rangeMapper(editor: LexicalEditor): RangeMapper {
  const segments = editor.getEditorState().read(() => $layout().segments);
  const dom = segments.map((s) => ({ ...s, text: firstTextNode(editor.getElementByKey(s.key)) }));
  const pointAt = (offset: number, leaning: 'start' | 'end') => {
    for (const s of dom) {
      if (!s.text || s.length === 0) continue;
      const end = s.start + s.length;
      const inside =
        leaning === 'start' ? offset >= s.start && offset < end : offset > s.start && offset <= end;
      if (inside) return { node: s.text, offset: Math.min(offset - s.start, s.text.length) };
      if (leaning === 'start' && s.start > offset) return { node: s.text, offset: 0 };
    }
    return null;
  };
  return {
    range(start, end) {
      const from = pointAt(start, 'start');
      const to = pointAt(end, 'end');
      if (!from || !to) return null;
      const range = document.createRange();
      try {
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      } catch {
        // Lexical replaced the DOM between reading and painting; the next update repaints.
        return null;
      }
      return range.collapsed ? null : range;
    },
    offsetOf(node, offset) {
      const s = dom.find((d) => d.text === node);
      return s ? s.start + Math.min(offset, s.length) : null;
    },
  };
}
