import type { SessionState } from '@tandem/protocol';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePresenceView, usePresenceWorkspace, WorkspacePeople } from '../presence';
import { WorkspaceFrame } from '../workspace';
import { ScheduleSessionForm } from './ScheduleSessionForm';
import { useSessionClient, useSessionsView } from './SessionProvider';
import { SessionStatusPill } from './SessionStatusPill';
import { mayChair, sessionPath } from './sessionPaths';
import { useFormatTime } from './useFormatTime';
import './sessions.css';

function SessionRow({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const when =
    session.status === 'ended' && session.endedAt
      ? session.endedAt
      : (session.startedAt ?? session.scheduledFor);
  return (
    <li className="session-row" data-testid="session-row" data-status={session.status}>
      <div className="session-row__main">
        <Link to={sessionPath(session.workspaceId, session.id)} className="session-row__title">
          {session.title}
        </Link>
        <span className="session-row__meta">
          <SessionStatusPill status={session.status} />
          <span>{when ? formatTime(when) : t('sessions.list.notScheduled')}</span>
          <span aria-hidden="true">·</span>
          <span>{t('sessions.list.items', { count: session.agenda.length })}</span>
        </span>
      </div>
      <div className="session-row__actions">
        {session.minutesDocumentId && (
          <Link
            to={`/d/${session.minutesDocumentId}`}
            className="button button--quiet button--small"
          >
            {t('sessions.list.minutes')}
          </Link>
        )}
        <Link
          to={sessionPath(session.workspaceId, session.id)}
          className={`button button--small${session.status === 'live' ? ' button--primary' : ''}`}
        >
          {session.status === 'live' ? t('sessions.list.join') : t('sessions.list.open')}
        </Link>
      </div>
    </li>
  );
}

function SessionGroup({ title, sessions }: { title: string; sessions: SessionState[] }) {
  if (sessions.length === 0) return null;
  return (
    <section className="session-group">
      <h2 className="session-group__title">{title}</h2>
      <ul className="session-list">
        {sessions.map((s) => (
          <SessionRow key={s.id} session={s} />
        ))}
      </ul>
    </section>
  );
}

function SessionLists({ workspaceId, chair }: { workspaceId: string; chair: boolean }) {
  const { t } = useTranslation();
  const client = useSessionClient();
  const { lists } = useSessionsView();
  const { connection } = usePresenceView();
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!client || connection !== 'connected') return;
    void client.refreshList(workspaceId).then((res) => setFailed(res.ok ? null : res.code));
  }, [client, workspaceId, connection]);
  const list = lists.get(workspaceId);
  if (!list) {
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {connection === 'connected' && !failed
          ? t('sessions.list.loading')
          : t('sessions.list.offline')}
      </div>
    );
  }
  if (list.length === 0) {
    return (
      <div className="state state--empty" data-testid="sessions-empty">
        <p className="state__title">{t('sessions.list.empty')}</p>
        <p className="state__body">
          {chair ? t('sessions.list.emptyChair') : t('sessions.list.emptyMember')}
        </p>
      </div>
    );
  }
  const newestFirst = [...list].reverse();
  return (
    <div className="session-groups">
      <SessionGroup
        title={t('sessions.list.live')}
        sessions={newestFirst.filter((s) => s.status === 'live')}
      />
      <SessionGroup
        title={t('sessions.list.scheduled')}
        sessions={list.filter((s) => s.status === 'scheduled')}
      />
      <SessionGroup
        title={t('sessions.list.ended')}
        sessions={newestFirst.filter((s) => s.status === 'ended')}
      />
    </div>
  );
}

/** `/w/:workspaceId/sessions`: the workspace's committee sessions and, for chairs, scheduling. */
export function SessionsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  usePresenceWorkspace(workspaceId);
  return (
    <WorkspaceFrame
      workspaceId={workspaceId}
      title={t('sessions.pageTitle')}
      subtitle={t('sessions.pageSubtitle')}
    >
      {(detail) => (
        <div className="sessions-page">
          <div className="sessions-page__main">
            <SessionLists workspaceId={detail.id} chair={mayChair(detail.role)} />
          </div>
          <aside className="sessions-page__aside">
            {mayChair(detail.role) ? (
              <ScheduleSessionForm workspaceId={detail.id} />
            ) : (
              <p className="card sessions-page__cannot">{t('sessions.schedule.cannot')}</p>
            )}
            <WorkspacePeople />
          </aside>
        </div>
      )}
    </WorkspaceFrame>
  );
}
