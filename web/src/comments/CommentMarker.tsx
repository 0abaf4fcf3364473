import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommentsStore } from './CommentsContext';
import { NO_THREADS, nextThread } from './threadMarks';

const NO_SUBSCRIPTION = () => () => {};

interface CommentMarkerProps {
  entityId: string;
  /** A cell's column; omitted for the row's marker, which counts the row's cells too. */
  field?: string;
}

/**
 * A corner badge with the number of open threads about a row or a cell; a click opens the panel
 * on the next of them. Nothing outside a document page, or where no thread is open.
 */
export function CommentMarker({ entityId, field }: CommentMarkerProps) {
  const { t } = useTranslation();
  const store = useCommentsStore();
  const ids = useSyncExternalStore(store?.subscribe ?? NO_SUBSCRIPTION, () =>
    store ? store.threadsAt(entityId, field) : NO_THREADS,
  );
  if (!store || ids.length === 0) return null;
  const label = t('comments.openMarker', { count: ids.length });
  return (
    <button
      type="button"
      className={`comment-marker comment-marker--${field === undefined ? 'row' : 'cell'}`}
      // The grid keeps its own focus: the marker is for the pointer; the row menu and the
      // comments button are the keyboard's way to the same threads.
      tabIndex={-1}
      aria-label={label}
      title={label}
      data-comment-marker={field ?? ''}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        event.stopPropagation();
        const id = nextThread(ids, store.getSnapshot().activeId);
        if (id) store.activate(id);
      }}
    >
      {ids.length}
    </button>
  );
}
