import type { ThreadDto } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { Avatar, colorForName } from '../presence';
import { SideBadge } from '../workspace';
import { CommentComposer } from './CommentComposer';
import type { CommentsStore } from './CommentsStore';
import { formatWhen } from './formatWhen';
import { MentionText } from './MentionText';
import type { Mentionable } from './useMentionables';

interface ThreadCardProps {
  thread: ThreadDto;
  store: CommentsStore;
  active: boolean;
  /** What the thread is about: the quoted text, or "ZY411 · Practice". */
  anchorText: string;
  anchorKind: 'quote' | 'target';
  detached: boolean;
  members: readonly Mentionable[];
}

/** One thread: what it is about, its comments and status changes, and (when active) a reply box. */
export function ThreadCard(props: ThreadCardProps) {
  const { thread, store, active } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const first = thread.comments[0];
  const resolved = thread.status === 'resolved';
  const select = () => {
    if (!active) store.activate(thread.id, true);
  };
  return (
    // The anchor line is the keyboard way in; a click anywhere on the card does the same.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the anchor button inside handles keys
    <article
      className={`thread${active ? ' is-active' : ''}${resolved ? ' is-resolved' : ''}`}
      data-thread={thread.id}
      data-status={thread.status}
      aria-label={t('comments.threadLabel', { name: first?.author.name ?? '' })}
      onClick={select}
    >
      <header className="thread__head">
        <button
          type="button"
          className={`thread__anchor thread__anchor--${props.anchorKind}`}
          onClick={(event) => {
            event.stopPropagation();
            store.activate(thread.id, true);
          }}
        >
          {props.detached ? (
            <>
              <span className="thread__anchor-gone">{props.anchorText}</span>
              <em className="thread__anchor-note">{t('comments.detached')}</em>
            </>
          ) : (
            props.anchorText
          )}
        </button>
        {store.canComment && (
          <button
            type="button"
            className="button button--quiet button--small thread__status"
            onClick={(event) => {
              event.stopPropagation();
              void store.setStatus(thread.id, resolved ? 'reopen' : 'resolve');
            }}
          >
            {resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        )}
      </header>
      <ol className="thread__comments">
        {thread.comments.map((comment) =>
          comment.kind === 'comment' ? (
            <li key={comment.id} className="comment">
              <div className="comment__meta">
                <Avatar
                  name={comment.author.name}
                  color={colorForName(comment.author.name)}
                  size="small"
                  decorative
                />
                <span className="comment__author">{comment.author.name}</span>
                {comment.author.side && <SideBadge side={comment.author.side} />}
                <time className="comment__time" dateTime={comment.createdAt}>
                  {formatWhen(comment.createdAt, language)}
                </time>
              </div>
              <p className="comment__body">
                <MentionText body={comment.body} mentions={comment.mentions} />
              </p>
            </li>
          ) : (
            <li key={comment.id} className="comment comment--event">
              {comment.kind === 'resolve'
                ? t('comments.resolvedBy', { name: comment.author.name })
                : t('comments.reopenedBy', { name: comment.author.name })}
              {' · '}
              <time dateTime={comment.createdAt}>{formatWhen(comment.createdAt, language)}</time>
            </li>
          ),
        )}
      </ol>
      {active && store.canComment && !resolved && (
        // biome-ignore lint/a11y/noStaticElementInteractions: stops clicks in the form from re-selecting the card
        <div
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
        >
          <CommentComposer
            placeholder={t('comments.replyPlaceholder')}
            submitLabel={t('comments.reply')}
            members={props.members}
            onSubmit={(body) => store.reply(thread.id, body)}
          />
        </div>
      )}
    </article>
  );
}
