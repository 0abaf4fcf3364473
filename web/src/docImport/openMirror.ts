import { createHeadlessEditor } from '@lexical/headless';
import {
  createYjsBinding,
  type Provider,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
} from '@lexical/yjs';
import type { Klass, LexicalEditor, LexicalNode } from 'lexical';
import * as Y from 'yjs';

/** Lexical's binding wants a provider for cursors; an offline mirror has none to share. */
const offlineProvider: Provider = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    on: () => undefined,
    off: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  },
  connect: () => undefined,
  disconnect: () => undefined,
  on: () => undefined,
  off: () => undefined,
};

interface MirrorSection {
  editor: LexicalEditor;
  stop(): void;
}

/**
 * Binds a headless Lexical editor to one root of the mirror, as CollaborationPlugin does: remote
 * changes flow into Lexical, Lexical's own updates flow back to Yjs.
 */
function bindSection(
  mirror: Y.Doc,
  rootName: string,
  nodes: ReadonlyArray<Klass<LexicalNode>>,
): MirrorSection {
  const editor = createHeadlessEditor({
    namespace: `tandem-import:${rootName}`,
    nodes: [...nodes],
    onError: (error) => {
      throw error;
    },
  });
  const binding = createYjsBinding({
    editor,
    id: rootName,
    doc: mirror,
    docMap: new Map([[rootName, mirror]]),
    rootName,
  });
  const shared = binding.root.getSharedType();
  const onYjs = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
    if (transaction.origin !== binding)
      syncYjsChangesToLexical(binding, offlineProvider, events as never, false);
  };
  shared.observeDeep(onYjs as never);
  const stopLexical = editor.registerUpdateListener((u) =>
    syncLexicalUpdateToYjs(
      binding,
      offlineProvider,
      u.prevEditorState,
      u.editorState,
      u.dirtyElements,
      u.dirtyLeaves,
      u.normalizedNodes,
      u.tags,
    ),
  );
  return {
    editor,
    stop: () => {
      shared.unobserveDeep(onYjs as never);
      stopLexical();
    },
  };
}

/** A copy of a document whose rich-text roots are each bound to a headless Lexical editor. */
export interface Mirror {
  readonly doc: Y.Doc;
  editor(rootName: string): LexicalEditor;
  destroy(): void;
}

/**
 * Copies `source` into a new Y.Doc with a headless Lexical editor on each of `rootNames`, bound
 * through Lexical's own Yjs binding: what the editors read and write is exactly the node format
 * the browser editor uses. `source` is only read.
 */
export function openMirror(
  source: Y.Doc,
  rootNames: readonly string[],
  nodes: ReadonlyArray<Klass<LexicalNode>>,
): Mirror {
  const doc = new Y.Doc();
  // Bound before the state arrives: Lexical's binding only sees content that comes after it.
  const sections = new Map(rootNames.map((name) => [name, bindSection(doc, name, nodes)]));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  // The binding's updates are queued; commit them so the editors hold the copied content.
  for (const s of sections.values()) s.editor.update(() => undefined, { discrete: true });
  return {
    doc,
    editor: (rootName) => {
      const section = sections.get(rootName);
      if (!section) throw new Error(`${rootName} is not mirrored`);
      return section.editor;
    },
    destroy: () => {
      for (const s of sections.values()) s.stop();
      doc.destroy();
    },
  };
}
