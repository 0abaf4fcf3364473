import { $generateNodesFromDOM } from '@lexical/html';
import {
  $createParagraphNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  type ParagraphNode,
} from 'lexical';
import * as Y from 'yjs';
import { openMirror } from './openMirror';

/** Whether imported text goes below what a section already has, or takes its place. */
export type NarrativeMode = 'append' | 'replace';

export interface NarrativeWrite {
  /** The Y.XmlText root the section's Lexical editor binds to (`section:<id>`). */
  rootName: string;
  /** The section's part of the Word file, as mammoth's HTML. */
  html: string;
  mode: NarrativeMode;
}

/** Top-level children of the root must be blocks; stray inline nodes get a paragraph. */
function $appendAsBlocks(nodes: LexicalNode[]): void {
  const root = $getRoot();
  let paragraph: ParagraphNode | null = null;
  for (const node of nodes) {
    const inline = $isElementNode(node) || $isDecoratorNode(node) ? node.isInline() : true;
    if (!inline) {
      paragraph = null;
      root.append(node);
      continue;
    }
    if (paragraph === null) {
      paragraph = $createParagraphNode();
      root.append(paragraph);
    }
    paragraph.append(node);
  }
}

function $writeHtml(editor: LexicalEditor, write: NarrativeWrite): void {
  const root = $getRoot();
  // An "empty" section often holds the one blank paragraph the editor keeps; no need to keep it.
  if (write.mode === 'replace' || root.getTextContent().trim() === '') root.clear();
  const dom = new DOMParser().parseFromString(write.html, 'text/html');
  $appendAsBlocks($generateNodesFromDOM(editor, dom));
}

/**
 * The Yjs update that writes each section's HTML into its rich text, computed on a mirror of
 * `doc` (nothing is written to `doc` here). The caller applies it to `doc` in its own
 * transaction, with its own origin; the mounted editors and other clients then see it as they
 * see a colleague's typing.
 */
export function narrativeUpdate(
  doc: Y.Doc,
  writes: readonly NarrativeWrite[],
  nodes: ReadonlyArray<Klass<LexicalNode>>,
): Uint8Array {
  const mirror = openMirror(
    doc,
    writes.map((w) => w.rootName),
    nodes,
  );
  try {
    const before = Y.encodeStateVector(mirror.doc);
    for (const write of writes) {
      const editor = mirror.editor(write.rootName);
      editor.update(() => $writeHtml(editor, write), { discrete: true });
    }
    return Y.encodeStateAsUpdate(mirror.doc, before);
  } finally {
    mirror.destroy();
  }
}
