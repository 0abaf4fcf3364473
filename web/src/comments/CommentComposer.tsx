import {
  type FormEvent,
  type KeyboardEvent,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, describeApiError } from '../api';
import type { Mentionable } from './useMentionables';

interface CommentComposerProps {
  placeholder: string;
  submitLabel: string;
  members: readonly Mentionable[];
  autoFocus?: boolean;
  onSubmit(body: string): Promise<void>;
  onCancel?: () => void;
}

/** The `@query` being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([^\s@]{0,30})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/**
 * A comment box. Typing `@` offers the workspace's members; picking one inserts `@Name `, which
 * the server records as a mention (H14).
 */
export function CommentComposer(props: CommentComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();

  const mention = dismissed ? null : mentionQuery(body, caret);
  const q = mention?.query.toLowerCase() ?? '';
  const options = mention
    ? props.members
        .filter((m) => m.name.toLowerCase().includes(q) || m.email.toLowerCase().startsWith(q))
        .slice(0, 6)
    : [];

  const pick = (member: Mentionable) => {
    if (!mention) return;
    const next = `${body.slice(0, mention.start)}@${member.name} ${body.slice(caret)}`;
    const at = mention.start + member.name.length + 2;
    pendingCaret.current = at;
    setBody(next);
    setCaret(at);
    setActive(0);
  };

  // Put the caret after the inserted name in the same commit that changes the text: a later
  // frame would move it under keys typed in between.
  useLayoutEffect(() => {
    const at = pendingCaret.current;
    if (at === null || !input.current) return;
    pendingCaret.current = null;
    input.current.focus();
    input.current.setSelectionRange(at, at);
  });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = body.trim();
    if (!text || sending) return;
    setSending(true);
    setError(null);
    try {
      await props.onSubmit(text);
      setBody('');
      setCaret(0);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, null, String(caught));
      setError(t('comments.sendError', { message: describeApiError(t, apiError) }));
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (options.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((active + step + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const chosen = options[Math.min(active, options.length - 1)];
        if (chosen) pick(chosen);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(true);
        return;
      }
    }
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void submit();
    if (event.key === 'Escape') props.onCancel?.();
  };

  return (
    <form className="comment-composer" onSubmit={submit}>
      <div className="comment-composer__field">
        <textarea
          ref={input}
          className="comment-composer__input"
          value={body}
          rows={2}
          placeholder={props.placeholder}
          aria-label={props.placeholder}
          // biome-ignore lint/a11y/noAutofocus: a new comment box opens to be typed into
          autoFocus={props.autoFocus}
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          onChange={(event) => {
            setBody(event.target.value);
            setCaret(event.target.selectionStart);
            setDismissed(false);
            setActive(0);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {options.length > 0 && (
          <div
            id={listId}
            className="mention-list"
            role="listbox"
            aria-label={t('comments.mentionList')}
          >
            {options.map((member, index) => (
              <div
                key={member.id}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className={`mention-list__option${index === active ? ' is-active' : ''}`}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(member);
                }}
              >
                <span className="mention-list__name">{member.name}</span>
                <span className="mention-list__email">{member.email}</span>
              </div>
            ))}
          </div>
        )}
      </div>
      {error && (
        <p className="comment-composer__error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-composer__actions">
        {props.onCancel && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={props.onCancel}
          >
            {t('comments.cancel')}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={sending || body.trim() === ''}
        >
          {sending ? t('comments.sending') : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
