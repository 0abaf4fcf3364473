import type { SessionState } from '@tandem/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n';
import { call, useRealtime } from '../presence';
import { sessionsPath } from '../workspace';
import { SessionStatusPill } from './SessionStatusPill';
import { peopleOfSession, rolesIn } from './sessionRoles';
import { useFormatTime } from './useFormatTime';
import { ActionErrorText, useSessionAction } from './useSessionAction';

function ChairActions({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const action = useSessionAction();
  const language = useLanguage();
  const [confirming, setConfirming] = useState(false);
  if (!realtime) return null;
  const start = () =>
    action.run(() => call(realtime.socket, 'session:start', { sessionId: state.id }));
  // The minutes are written in the chair's language, with times in the chair's time zone.
  const end = () =>
    action.run(() =>
      call(realtime.socket, 'session:end', {
        sessionId: state.id,
        language,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
    );
  if (state.status === 'scheduled') {
    return (
      <div className="session-header__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={action.pending}
          onClick={() => void start()}
        >
          {action.pending ? t('sessions.room.starting') : t('sessions.room.start')}
        </button>
        <ActionErrorText error={action.error} />
      </div>
    );
  }
  if (state.status !== 'live') return null;
  return (
    <div className="session-header__actions">
      {confirming ? (
        <div className="end-confirm">
          <span>{t('sessions.room.endConfirm')}</span>
          <button
            type="button"
            className="button button--danger button--small"
            disabled={action.pending}
            onClick={() => void end().then(() => setConfirming(false))}
          >
            {action.pending ? t('sessions.room.ending') : t('sessions.room.end')}
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setConfirming(false)}
          >
            {t('sessions.bar.close')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('sessions.room.end')}
        </button>
      )}
      <ActionErrorText error={action.error} />
    </div>
  );
}

/** Title, status, chair and presenter, when; the chair's start and end; the minutes once ended. */
export function SessionHeader({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const formatTime = useFormatTime();
  if (!realtime) return null;
  const roles = rolesIn(state, realtime.userId);
  const people = peopleOfSession(state);
  const name = (id: string) => {
    const n = people.get(id)?.name ?? '—';
    return id === realtime.userId ? t('sessions.room.you', { name: n }) : n;
  };
  const when =
    state.status === 'ended' && state.endedAt
      ? t('sessions.room.endedAt', { time: formatTime(state.endedAt) })
      : state.startedAt
        ? t('sessions.room.startedAt', { time: formatTime(state.startedAt) })
        : state.scheduledFor
          ? t('sessions.room.scheduledFor', { time: formatTime(state.scheduledFor) })
          : null;
  return (
    <header className="session-header">
      <nav className="workspace-page__trail" aria-label={t('workspace.nav.breadcrumb')}>
        <Link to={sessionsPath(state.workspaceId)}>{t('sessions.room.back')}</Link>
        <span aria-hidden="true">/</span>
        <span>{state.title}</span>
      </nav>
      <div className="session-header__row">
        <div className="session-header__heading">
          <h1 className="page-header__title session-header__title">{state.title}</h1>
          <p className="session-header__meta">
            <SessionStatusPill status={state.status} />
            {when && <span>{when}</span>}
            <span>{t('sessions.room.chairIs', { name: name(state.chairId) })}</span>
            {state.status === 'live' && (
              <span>{t('sessions.room.presenterIs', { name: name(state.presenterId) })}</span>
            )}
          </p>
        </div>
        {roles.isChair && <ChairActions state={state} />}
      </div>
      {state.status === 'scheduled' && (
        <p className="session-header__note">
          {roles.isChair ? t('sessions.room.startHint') : t('sessions.room.waiting')}
        </p>
      )}
      {state.status === 'ended' && (
        <div className="session-header__ended" role="status">
          <span>{t('sessions.room.ended')}</span>
          {state.minutesDocumentId && (
            <Link
              to={`/d/${state.minutesDocumentId}`}
              className="button button--primary button--small"
              data-testid="minutes-link"
            >
              {t('sessions.room.openMinutes')}
            </Link>
          )}
        </div>
      )}
    </header>
  );
}
