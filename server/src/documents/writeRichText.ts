import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createYjsBinding, type Provider, syncLexicalUpdateToYjs } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** A block of rich text, as the demo seed and server-made documents write it. */
export type RichBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/**
 * Writes blocks into the Lexical rich-text root `rootName` of a Y.Doc through Lexical's own Yjs
 * binding, so the result is exactly what the browser editor would have produced. The node
 * format is internal to Lexical; going through the binding keeps it right across versions.
 */
export function writeRichText(doc: Y.Doc, rootName: string, blocks: readonly RichBlock[]): void {
  const editor = createHeadlessEditor({
    namespace: 'tandem-server',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    onError: (err) => {
      throw err;
    },
  });
  const docMap = new Map<string, Y.Doc>([[rootName, doc]]);
  const binding = createYjsBinding({ editor, id: rootName, doc, docMap, rootName });
  const awareness = new Awareness(doc);
  const provider = headlessProvider(awareness);
  const stop = editor.registerUpdateListener((update) => {
    syncLexicalUpdateToYjs(
      binding,
      provider,
      update.prevEditorState,
      update.editorState,
      update.dirtyElements,
      update.dirtyLeaves,
      update.normalizedNodes,
      update.tags,
    );
  });
  try {
    editor.update(() => $appendBlocks($getRoot(), blocks), { discrete: true });
  } finally {
    stop();
    // Awareness runs a timer; left alive it would keep the process from exiting.
    awareness.destroy();
  }
}

function $appendBlocks(root: ElementNode, blocks: readonly RichBlock[]): void {
  for (const block of blocks) {
    if (block.kind === 'heading') {
      root.append($createHeadingNode(`h${block.level}`).append($createTextNode(block.text)));
    } else if (block.kind === 'paragraph') {
      root.append($createParagraphNode().append($createTextNode(block.text)));
    } else {
      const list = $createListNode(block.ordered ? 'number' : 'bullet');
      for (const item of block.items)
        list.append($createListItemNode().append($createTextNode(item)));
      root.append(list);
    }
  }
}

/** The binding wants a provider for cursors; a server-side writer has none to share. */
function headlessProvider(awareness: Awareness): Provider {
  return {
    awareness: awareness as unknown as Provider['awareness'],
    connect: () => undefined,
    disconnect: () => undefined,
    on: () => undefined,
    off: () => undefined,
  };
}
