import type { AgendaItemView, SessionState } from '@tandem/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, useRealtime } from '../presence';
import { DecidePanel, type MemberChoice } from './DecidePanel';
import { MotionCard } from './MotionCard';
import { peopleOfSession, rolesIn } from './sessionRoles';
import { ActionErrorText, useSessionAction } from './useSessionAction';

function MotionForm({ state, item }: { state: SessionState; item: AgendaItemView }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const id = useId();
  const [text, setText] = useState('');
  const action = useSessionAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!realtime || !text.trim()) return;
    const motion = await action.run(() =>
      call(realtime.socket, 'session:motion', {
        sessionId: state.id,
        itemId: item.id,
        text: text.trim(),
      }),
    );
    if (motion) setText('');
  };
  return (
    <form className="motion-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`${id}-motion`}>
        {t('sessions.motion.label')}
      </label>
      <input
        id={`${id}-motion`}
        className="input"
        value={text}
        maxLength={2000}
        placeholder={t('sessions.motion.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button" disabled={action.pending || !text.trim()}>
        {action.pending ? t('sessions.motion.moving') : t('sessions.motion.move')}
      </button>
      <ActionErrorText error={action.error} />
    </form>
  );
}

/** The selected agenda item's business: motions with their votes, and the chair's decision. */
export function MotionPanel({
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
  if (!realtime) return null;
  const roles = rolesIn(state, realtime.userId);
  const live = state.status === 'live';
  const open = live && !item.outcome;
  const motions = state.motions.filter((m) => m.itemId === item.id);
  const people = peopleOfSession(state);
  return (
    <section
      className="motion-panel"
      aria-label={t('sessions.motion.heading')}
      data-testid="motion-panel"
    >
      <h3 className="motion-panel__title">{t('sessions.motion.heading')}</h3>
      {motions.length === 0 && <p className="motion__none">{t('sessions.motion.none')}</p>}
      {motions.map((m) => (
        <MotionCard key={m.id} state={state} motion={m} open={open} />
      ))}
      {open && roles.mayMove && <MotionForm state={state} item={item} />}
      {item.outcome && (
        <div
          className={`outcome outcome--${item.outcome}`}
          data-testid="outcome"
          data-outcome={item.outcome}
        >
          <p className="outcome__title">
            {t('sessions.outcome.recorded', { outcome: t(`sessions.outcome.${item.outcome}`) })}
          </p>
          {item.actions.length > 0 && (
            <ul className="outcome__actions">
              {item.actions.map((a) => (
                <li key={`${a.text}:${a.ownerId}`}>
                  {a.text} —{' '}
                  {t('sessions.outcome.owner', {
                    name:
                      people.get(a.ownerId)?.name ??
                      members.find((m) => m.userId === a.ownerId)?.name ??
                      '—',
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {open && roles.isChair && <DecidePanel state={state} item={item} members={members} />}
    </section>
  );
}
