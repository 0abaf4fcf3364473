import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $setSelection, type BaseSelection } from 'lexical';
import { useCallback, useRef } from 'react';

/**
 * For toolbar popovers: focus moves into the popover's form, so remember the editor selection
 * when it opens and put it back before applying the change.
 */
export function useSavedSelection(): {
  save: () => void;
  applyWithSelection: (change: () => void) => void;
} {
  const [editor] = useLexicalComposerContext();
  const saved = useRef<BaseSelection | null>(null);
  const save = useCallback(() => {
    saved.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
  }, [editor]);
  const applyWithSelection = useCallback(
    (change: () => void) => {
      editor.update(() => {
        if (saved.current !== null) $setSelection(saved.current.clone());
        change();
      });
    },
    [editor],
  );
  return { save, applyWithSelection };
}
