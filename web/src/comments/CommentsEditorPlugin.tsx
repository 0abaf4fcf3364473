import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useCommentsStore } from './CommentsContext';

interface Place {
  top: number;
  host: HTMLElement;
  /** No room in the margin: the button goes under the selection, inside the text's box. */
  inside: boolean;
}

/** Room the button needs beside the page. */
const MARGIN_BUTTON_PX = 140;

/** Where the floating Comment button goes: level with the selection, in the page's margin. */
function placeForSelection(root: HTMLElement): Place | null {
  const host = root.parentElement;
  const selection = window.getSelection();
  if (!host || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const rect = range.getBoundingClientRect();
  const box = host.getBoundingClientRect();
  // A narrative section of a course standard has no margin of its own, nor has a narrow window.
  const inside =
    !host.classList.contains('editor__surface') ||
    box.right + MARGIN_BUTTON_PX > document.documentElement.clientWidth;
  return { top: (inside ? rect.bottom + 6 : rect.top) - box.top, host, inside };
}

/**
 * Inside a rich-text editor bound to `rootName`: hands the editor to the document's comments
 * store (which paints comment and author highlights over it) and offers a Comment button next
 * to a text selection.
 */
export function CommentsEditorPlugin({ rootName }: { rootName: string }) {
  const [editor] = useLexicalComposerContext();
  const store = useCommentsStore();
  const { t } = useTranslation();
  const [place, setPlace] = useState<Place | null>(null);

  useEffect(
    () => (store ? store.registerEditor(rootName, editor) : undefined),
    [store, rootName, editor],
  );

  // Ctrl+Alt+M (⌘⌥M), as in the word processors people know.
  useEffect(() => {
    if (!store?.canComment) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || !event.altKey || event.code !== 'KeyM') return;
      if (store.startTextComment(rootName, editor)) event.preventDefault();
    };
    let current: HTMLElement | null = null;
    const stop = editor.registerRootListener((root) => {
      current?.removeEventListener('keydown', onKeyDown);
      current = root;
      current?.addEventListener('keydown', onKeyDown);
    });
    return () => {
      stop();
      current?.removeEventListener('keydown', onKeyDown);
    };
  }, [store, rootName, editor]);

  useEffect(() => {
    if (!store?.canComment) return;
    const update = () => {
      const root = editor.getRootElement();
      const hasRange = editor.getEditorState().read(() => {
        const selection = $getSelection();
        return $isRangeSelection(selection) && !selection.isCollapsed();
      });
      setPlace(root && hasRange ? placeForSelection(root) : null);
    };
    const stop = editor.registerUpdateListener(update);
    document.addEventListener('selectionchange', update);
    return () => {
      stop();
      document.removeEventListener('selectionchange', update);
    };
  }, [store, editor]);

  if (!store?.canComment || !place) return null;
  return createPortal(
    <button
      type="button"
      className={`comment-fab${place.inside ? ' comment-fab--inside' : ''}`}
      style={{ top: place.top }}
      title={t('comments.addHint')}
      // Keep the selection: the editor must not lose it before we read it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (store.startTextComment(rootName, editor)) setPlace(null);
      }}
    >
      <span aria-hidden="true" className="comment-fab__icon">
        +
      </span>
      {t('comments.add')}
    </button>,
    place.host,
  );
}
