import type { SessionState } from '@tandem/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, useDocumentTitles, useRealtime, useSectionLabel } from '../presence';
import { useSessionClient, useSessionsView } from './SessionProvider';
import { peopleOfSession, rolesIn } from './sessionRoles';
import { ActionErrorText, useSessionAction } from './useSessionAction';

/** "Course standard · §4 Objectives": where the presenter has taken the room. */
export function usePresentedPlace(state: SessionState): string | null {
  const { t } = useTranslation();
  const titles = useDocumentTitles([state.follow?.documentId ?? null]);
  const sectionLabel = useSectionLabel();
  if (!state.follow) return null;
  const doc = titles.get(state.follow.documentId);
  const title = doc?.title ?? t('people.aDocument');
  return state.follow.section
    ? `${title} · ${sectionLabel(state.follow.section, doc?.type)}`
    : title;
}

/** Follow the presenter, or stop; anyone may leave and rejoin following (S3). */
export function FollowToggle({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const client = useSessionClient();
  const { active } = useSessionsView();
  const action = useSessionAction();
  if (!client || !active) return null;
  const following = active.following;
  return (
    <>
      <button
        type="button"
        className={`button button--small follow-toggle${following ? ' is-following' : ''}`}
        aria-pressed={following}
        data-testid="follow-toggle"
        disabled={action.pending}
        onClick={() => void action.run(() => client.setFollowing(!following))}
      >
        <span className="follow-toggle__dot" aria-hidden="true" />
        {following
          ? compact
            ? t('sessions.follow.stop')
            : t('sessions.follow.following')
          : t('sessions.follow.follow')}
      </button>
      <ActionErrorText error={action.error} />
    </>
  );
}

function HandPresenter({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const id = useId();
  const [to, setTo] = useState('');
  const action = useSessionAction();
  if (!realtime) return null;
  const people = [...peopleOfSession(state).values()].filter((p) => p.userId !== state.presenterId);
  if (people.length === 0) return null;
  return (
    <div className="hand-presenter">
      <label className="visually-hidden" htmlFor={`${id}-to`}>
        {t('sessions.follow.handToLabel')}
      </label>
      <select
        id={`${id}-to`}
        className="input input--compact"
        value={to}
        onChange={(e) => setTo(e.target.value)}
      >
        <option value="">{t('sessions.follow.handTo')}</option>
        {people.map((p) => (
          <option key={p.userId} value={p.userId}>
            {p.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        disabled={!to || action.pending}
        onClick={() =>
          void action
            .run(() =>
              call(realtime.socket, 'session:presenter', { sessionId: state.id, userId: to }),
            )
            .then(() => setTo(''))
        }
      >
        {t('sessions.follow.hand')}
      </button>
      <ActionErrorText error={action.error} />
    </div>
  );
}

/** The room's strip: what is presented, who presents, following, handing over. */
export function FollowControls({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const place = usePresentedPlace(state);
  if (!realtime || state.status !== 'live') return null;
  const roles = rolesIn(state, realtime.userId);
  const presenter = peopleOfSession(state).get(state.presenterId);
  return (
    <div className="follow-strip" data-testid="follow-strip">
      <div className="follow-strip__what">
        <span className="follow-strip__presenter">
          {roles.isPresenter
            ? t('sessions.follow.youPresent')
            : `${t('sessions.room.presenter')}: ${presenter?.name ?? '—'}`}
        </span>
        <span className="follow-strip__place" data-testid="presented-place">
          {place ? t('sessions.follow.presenting', { place }) : t('sessions.follow.nothing')}
        </span>
      </div>
      <div className="follow-strip__actions">
        <span className="follow-strip__count">
          {t('sessions.follow.followersCount', { count: state.followers })}
        </span>
        {!roles.isPresenter && <FollowToggle />}
        {roles.isChair && <HandPresenter state={state} />}
      </div>
    </div>
  );
}
