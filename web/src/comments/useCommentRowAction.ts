import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommentsStore } from './CommentsContext';

export interface CommentRowAction {
  id: string;
  label: string;
  disabled: boolean;
  onSelect(): void;
}

/** The grid cell (`data-cell="row:field"`) that last had the focus, as row and field. */
function useLastFocusedCell() {
  const last = useRef<{ row: string; field: string } | null>(null);
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const cell = event.target instanceof Element ? event.target.closest('[data-cell]') : null;
      const key = cell?.getAttribute('data-cell');
      if (!key) return;
      const cut = key.lastIndexOf(':');
      last.current = { row: key.slice(0, cut), field: key.slice(cut + 1) };
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  return last;
}

/**
 * A "Comment" entry for a structured document's row menu, anchored to the entity — and to the
 * cell, when the menu was opened from one of that row's cells (Shift+F10). Null outside a
 * document page.
 */
export function useCommentRowAction():
  | ((collection: string, entityId: string) => CommentRowAction)
  | null {
  const store = useCommentsStore();
  const { t } = useTranslation();
  const lastCell = useLastFocusedCell();
  const make = useCallback(
    (collection: string, entityId: string): CommentRowAction => {
      const cell = lastCell.current;
      const field = cell?.row === entityId ? cell.field : undefined;
      return {
        id: 'comment',
        label: t('comments.rowAction'),
        disabled: !store?.canComment,
        onSelect: () => store?.startEntityComment(collection, entityId, field),
      };
    },
    [store, t, lastCell],
  );
  return store ? make : null;
}
