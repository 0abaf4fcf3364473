import {
  type ActionItem,
  type AgendaItemView,
  OUTCOMES,
  type Outcome,
  type SessionState,
} from '@tandem/protocol';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, useRealtime } from '../presence';
import { ActionErrorText, useSessionAction } from './useSessionAction';

export interface MemberChoice {
  userId: string;
  name: string;
}

interface DraftAction {
  key: number;
  text: string;
  ownerId: string;
}

let nextKey = 1;

/**
 * The chair records the item's outcome. Approving or rejecting without a quorate motion is left
 * to the server to refuse (S5), and the refusal is shown, so the rule stays in one place.
 */
export function DecidePanel({
  state,
  item,
  members,
}: {
  state: SessionState;
  item: AgendaItemView;
  members: readonly MemberChoice[];
}) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const id = useId();
  const action = useSessionAction();
  const [outcome, setOutcome] = useState<Outcome>('approved');
  const [actions, setActions] = useState<DraftAction[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const quorate = state.motions.some((m) => m.itemId === item.id && m.quorum.quorum);
  // A refusal for want of quorum is stale once the votes reach it: it must not stand under the
  // green "quorum reached" beside it.
  const { error, clear } = action;
  useEffect(() => {
    if (quorate && error?.code === 'SESSION_NO_QUORUM') clear();
  }, [quorate, error, clear]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!realtime) return;
    const ready: ActionItem[] = actions
      .filter((a) => a.text.trim() && a.ownerId)
      .map((a) => ({ text: a.text.trim(), ownerId: a.ownerId }));
    if (outcome === 'approved-with-actions' && ready.length === 0) {
      setProblem(t('sessions.outcome.actionRequired'));
      return;
    }
    setProblem(null);
    await action.run(() =>
      call(realtime.socket, 'session:decide', {
        sessionId: state.id,
        itemId: item.id,
        outcome,
        actions: outcome === 'approved-with-actions' ? ready : [],
      }),
    );
  };

  const choose = (next: Outcome) => {
    setOutcome(next);
    if (next === 'approved-with-actions' && actions.length === 0) {
      setActions([{ key: nextKey++, text: '', ownerId: '' }]);
    }
  };

  return (
    <form className="decide" onSubmit={submit} data-testid="decide-form">
      <fieldset className="decide__outcomes">
        <legend className="decide__title">{t('sessions.outcome.heading')}</legend>
        {OUTCOMES.map((o) => (
          <label
            key={o}
            className={`decide__option decide__option--${o}${outcome === o ? ' is-chosen' : ''}`}
          >
            <input
              type="radio"
              name={`${id}-outcome`}
              value={o}
              checked={outcome === o}
              onChange={() => choose(o)}
            />
            {t(`sessions.outcome.${o}`)}
          </label>
        ))}
      </fieldset>
      {!quorate && <p className="decide__hint">{t('sessions.outcome.needsQuorum')}</p>}
      {outcome === 'approved-with-actions' && (
        <div className="decide__actions">
          <p className="field__label">{t('sessions.outcome.actions')}</p>
          {actions.map((a, index) => (
            <div key={a.key} className="decide__action" data-testid="action-draft">
              <input
                className="input"
                aria-label={`${t('sessions.outcome.actionText')} ${index + 1}`}
                placeholder={t('sessions.outcome.actionText')}
                value={a.text}
                maxLength={2000}
                onChange={(e) =>
                  setActions(
                    actions.map((x) => (x.key === a.key ? { ...x, text: e.target.value } : x)),
                  )
                }
              />
              <select
                className="input"
                aria-label={`${t('sessions.outcome.actionOwner')} ${index + 1}`}
                value={a.ownerId}
                onChange={(e) =>
                  setActions(
                    actions.map((x) => (x.key === a.key ? { ...x, ownerId: e.target.value } : x)),
                  )
                }
              >
                <option value="">{t('sessions.outcome.actionOwner')}</option>
                {members.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={t('sessions.outcome.removeAction')}
                onClick={() => setActions(actions.filter((x) => x.key !== a.key))}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setActions([...actions, { key: nextKey++, text: '', ownerId: '' }])}
          >
            + {t('sessions.outcome.addAction')}
          </button>
        </div>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <ActionErrorText error={action.error} />
      <div className="decide__submit">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? t('sessions.outcome.deciding') : t('sessions.outcome.decide')}
        </button>
      </div>
    </form>
  );
}
