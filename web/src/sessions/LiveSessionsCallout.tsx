import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePresenceView } from '../presence';
import { useSessionClient, useSessionsView } from './SessionProvider';
import { SessionStatusPill } from './SessionStatusPill';
import { sessionPath } from './sessionPaths';
import './sessions.css';

/** On the home page: a committee session going on now in this tab's workspace, to join. */
export function LiveSessionsCallout() {
  const { t } = useTranslation();
  const client = useSessionClient();
  const { lists, active } = useSessionsView();
  const { workspaceId, connection } = usePresenceView();
  useEffect(() => {
    if (client && workspaceId && connection === 'connected') void client.refreshList(workspaceId);
  }, [client, workspaceId, connection]);
  const live = (workspaceId ? (lists.get(workspaceId) ?? []) : []).filter(
    (s) => s.status === 'live' && s.id !== active?.sessionId,
  );
  if (live.length === 0) return null;
  return (
    <section
      className="live-callout card"
      aria-label={t('sessions.list.live')}
      data-testid="live-sessions"
    >
      {live.map((s) => (
        <div key={s.id} className="live-callout__row">
          <SessionStatusPill status="live" />
          <span className="live-callout__title">{s.title}</span>
          <Link
            to={sessionPath(s.workspaceId, s.id)}
            className="button button--primary button--small"
          >
            {t('sessions.list.join')}
          </Link>
        </div>
      ))}
    </section>
  );
}
