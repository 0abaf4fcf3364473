import type { DocumentType } from '@tandem/domain';
import type { ThreadDto } from '@tandem/protocol';
import { type RefObject, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthorsSummary } from './AuthorsSummary';
import { entityLabel } from './anchorLabel';
import { CommentComposer } from './CommentComposer';
import { useCommentsState } from './CommentsContext';
import type { CommentsStore } from './CommentsStore';
import { ThreadCard } from './ThreadCard';
import { useMentionables } from './useMentionables';

interface CommentsPanelProps {
  store: CommentsStore;
  workspaceId: string | null;
  /** A document without rich text: comments go on rows and cells. */
  structured: boolean;
  /** Names the sections in the authors summary. */
  documentType: DocumentType;
}

/** Open threads in document order (text by position, then the rest oldest first). */
function sortThreads(store: CommentsStore, threads: ThreadDto[]): ThreadDto[] {
  const key = (thread: ThreadDto) => store.rangeOf(thread)?.start ?? Number.MAX_SAFE_INTEGER;
  return [...threads].sort((a, b) => key(a) - key(b) || a.createdAt.localeCompare(b.createdAt));
}

/** Keeps the panel's top at the bottom of the document header, which is sticky. */
function usePanelTop(panel: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => {
    if (!open) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const header = document.querySelector('.document-header');
      const bottom = header ? Math.max(56, header.getBoundingClientRect().bottom) : 56;
      panel.current?.style.setProperty('--comments-top', `${Math.round(bottom)}px`);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('resize', schedule);
    window.addEventListener('scroll', schedule, true);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('scroll', schedule, true);
    };
  }, [panel, open]);
}

/** The comments side panel: authorship legend, a new comment being written, open and resolved threads. */
export function CommentsPanel({
  store,
  workspaceId,
  structured,
  documentType,
}: CommentsPanelProps) {
  const { t } = useTranslation();
  const state = useCommentsState(store);
  const members = useMentionables(workspaceId ?? '');
  const threads = state?.threads ?? [];
  const docVersion = state?.docVersion ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: positions move with the document
  const open = useMemo(
    () =>
      sortThreads(
        store,
        threads.filter((t) => t.status === 'open'),
      ),
    [store, threads, docVersion],
  );
  const resolved = threads.filter((t) => t.status === 'resolved');
  const panel = useRef<HTMLElement>(null);
  usePanelTop(panel, state?.panelOpen ?? false);
  if (!state?.panelOpen) return null;

  const describe = (thread: ThreadDto) => {
    const anchor = thread.anchor;
    const detached = store.isDetached(thread);
    if (anchor.kind === 'text') return { text: anchor.quote, kind: 'quote' as const, detached };
    if (anchor.kind === 'entity') {
      return { text: entityLabel(store.doc, anchor, t), kind: 'target' as const, detached };
    }
    return { text: t('comments.wholeDocument'), kind: 'target' as const, detached };
  };
  const card = (thread: ThreadDto) => {
    const about = describe(thread);
    return (
      <ThreadCard
        key={thread.id}
        thread={thread}
        store={store}
        active={state.activeId === thread.id}
        anchorText={about.text}
        anchorKind={about.kind}
        detached={about.detached}
        members={members}
      />
    );
  };
  const draft = state.draft;
  const draftAnchor = draft?.anchor;

  return (
    <aside
      ref={panel}
      className="comments-panel"
      aria-label={t('comments.panelTitle')}
      data-testid="comments-panel"
    >
      <header className="comments-panel__head">
        <h2 className="comments-panel__title">{t('comments.panelTitle')}</h2>
        <button
          type="button"
          className="comments-panel__close"
          aria-label={t('comments.close')}
          onClick={() => store.togglePanel(false)}
        >
          ×
        </button>
      </header>
      <div className="comments-panel__body">
        {state.showAuthors && (
          <AuthorsSummary store={store} state={state} documentType={documentType} />
        )}
        {state.loadError && (
          <p className="comments-panel__note" role="status">
            {t('comments.loadError')}
          </p>
        )}
        {!store.canComment && <p className="comments-panel__note">{t('comments.readOnly')}</p>}
        {draftAnchor && store.canComment && (
          <article className="thread thread--draft is-active" aria-label={t('comments.newThread')}>
            <p className="thread__anchor thread__anchor--quote">
              {draftAnchor.kind === 'text'
                ? draftAnchor.quote
                : draftAnchor.kind === 'entity'
                  ? entityLabel(store.doc, draftAnchor, t)
                  : t('comments.wholeDocument')}
            </p>
            <CommentComposer
              placeholder={t('comments.placeholder')}
              submitLabel={t('comments.submit')}
              members={members}
              autoFocus
              onSubmit={(body) => store.submitDraft(body)}
              onCancel={() => store.cancelDraft()}
            />
          </article>
        )}
        {state.loaded && open.length === 0 && !draft && (
          <p className="comments-panel__empty">
            {resolved.length > 0
              ? t('comments.noneOpen')
              : !store.canComment
                ? t('comments.none')
                : structured
                  ? t('comments.emptyStructured')
                  : t('comments.empty')}
          </p>
        )}
        <div className="comments-panel__list" data-testid="open-threads">
          {open.map(card)}
        </div>
        {resolved.length > 0 && (
          <details className="comments-panel__resolved">
            <summary>{t('comments.resolved', { count: resolved.length })}</summary>
            <div className="comments-panel__list" data-testid="resolved-threads">
              {resolved.map(card)}
            </div>
          </details>
        )}
      </div>
    </aside>
  );
}
