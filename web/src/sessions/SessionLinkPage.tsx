import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { call, usePresenceView, useRealtime } from '../presence';
import { sessionPath } from './sessionPaths';

/** `/s/:sessionId`: a short link to share; it finds the session's workspace and goes to its room. */
export function SessionLinkPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const realtime = useRealtime();
  const { connection } = usePresenceView();
  const [target, setTarget] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!realtime || connection !== 'connected') return;
    void call(realtime.socket, 'session:get', { sessionId }).then((res) =>
      setTarget(res.ok ? sessionPath(res.data.workspaceId, res.data.id) : null),
    );
  }, [realtime, connection, sessionId]);
  if (target) return <Navigate to={target} replace />;
  if (target === null) {
    return (
      <section className="message-page" role="alert">
        <p className="message-page__body">{t('sessions.room.notFound')}</p>
        <Link to="/" className="button button--primary">
          {t('workspace.frame.home')}
        </Link>
      </section>
    );
  }
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('sessions.room.loading')}
    </div>
  );
}
