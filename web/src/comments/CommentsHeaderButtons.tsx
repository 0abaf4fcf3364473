import { useTranslation } from 'react-i18next';
import { useCommentsState, useCommentsStore } from './CommentsContext';

/**
 * The document header's Comments button (with the number of open threads) and, for documents
 * with rich text, the "Show authors" switch.
 */
export function CommentsHeaderButtons({ authors }: { authors: boolean }) {
  const { t } = useTranslation();
  const store = useCommentsStore();
  const state = useCommentsState(store);
  if (!store || !state) return null;
  const open = state.threads.filter((thread) => thread.status === 'open').length;
  return (
    <div className="comments-toggles">
      {authors && (
        <button
          type="button"
          className={`comments-toggle comments-toggle--authors${state.showAuthors ? ' is-on' : ''}`}
          aria-pressed={state.showAuthors}
          aria-label={t('comments.authors.toggle')}
          title={t('comments.authors.toggle')}
          onClick={() => store.toggleAuthors()}
        >
          <span className="comments-toggle__swatches" aria-hidden="true">
            <span className="comments-toggle__swatch comments-toggle__swatch--school" />
            <span className="comments-toggle__swatch comments-toggle__swatch--enterprise" />
          </span>
          <span className="comments-toggle__label">{t('comments.authors.toggle')}</span>
        </button>
      )}
      <button
        type="button"
        className={`comments-toggle${state.panelOpen ? ' is-on' : ''}`}
        aria-pressed={state.panelOpen}
        aria-label={t('comments.toggleCount', { count: open })}
        title={t('comments.toggle')}
        onClick={() => store.togglePanel()}
      >
        <svg className="comments-toggle__icon" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4 3h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H9l-4 3v-3H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z" />
        </svg>
        <span className="comments-toggle__label">{t('comments.toggle')}</span>
        {open > 0 && (
          <span className="comments-toggle__count" data-testid="open-thread-count">
            {open}
          </span>
        )}
      </button>
    </div>
  );
}
