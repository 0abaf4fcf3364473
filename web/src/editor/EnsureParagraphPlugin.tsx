import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_LOW,
  FOCUS_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

/** Gives an empty document a paragraph to type into. Runs inside `editor.update`. */
export function $ensureParagraph(): void {
  const root = $getRoot();
  if (!root.isEmpty()) return;
  const paragraph = $createParagraphNode();
  root.append(paragraph);
  paragraph.select();
}

/**
 * With `shouldBootstrap` off (the server's copy is the source of truth), a brand-new document has
 * an empty root and nothing to put a caret in. Seeding a paragraph on load would race: every
 * client that opens the empty document would add one. Instead we add it lazily, when someone
 * focuses the editor to write, and only once `ready` says we have seen the server's content (or
 * the local copy, when offline), so an existing document never gains a stray empty paragraph.
 */
export function registerEnsureParagraph(editor: LexicalEditor, ready: Promise<void>): () => void {
  let active = true;
  const unregister = editor.registerCommand(
    FOCUS_COMMAND,
    () => {
      void ready.then(() => {
        if (active) editor.update($ensureParagraph);
      });
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
  return () => {
    active = false;
    unregister();
  };
}

export function EnsureParagraphPlugin({ ready }: { ready: Promise<void> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerEnsureParagraph(editor, ready), [editor, ready]);
  return null;
}
