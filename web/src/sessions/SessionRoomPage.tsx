import type { SessionState } from '@tandem/protocol';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../auth';
import { usePresenceView, usePresenceWorkspace, useRealtime } from '../presence';
import { sessionsPath, useWorkspaceDetail } from '../workspace';
import { AgendaPanel } from './AgendaPanel';
import { AttendancePanel } from './AttendancePanel';
import type { MemberChoice } from './DecidePanel';
import { FollowControls } from './FollowControls';
import { MotionPanel } from './MotionPanel';
import { SessionHeader } from './SessionHeader';
import { useSessionClient, useSessionsView } from './SessionProvider';
import { currentItemId } from './sessionRoles';
import { type ActionError, useDescribeSessionError } from './useSessionAction';
import './sessions.css';

function useMembers(workspaceId: string): MemberChoice[] {
  const [entry] = useWorkspaceDetail(workspaceId);
  if (entry.status !== 'ready') return [];
  return entry.detail.members.map((m) => ({ userId: m.user.id, name: m.user.name }));
}

function SessionRoom({ state }: { state: SessionState }) {
  const members = useMembers(state.workspaceId);
  const current = currentItemId(state);
  // The reader's pick holds until the room moves to another item; then the room's item shows.
  const [picked, setPicked] = useState<{ itemId: string; during: string | null } | null>(null);
  const selected =
    (picked?.during === current ? picked.itemId : null) ?? current ?? state.agenda[0]?.id ?? null;
  const item = state.agenda.find((i) => i.id === selected) ?? null;
  return (
    <div className="session-room" data-testid="session-room" data-session-status={state.status}>
      <SessionHeader state={state} />
      <FollowControls state={state} />
      <div className="session-room__grid">
        <div className="session-room__main">
          <AgendaPanel
            state={state}
            selected={selected}
            onSelect={(itemId) => setPicked({ itemId, during: current })}
          />
          {item && state.status !== 'scheduled' && (
            <MotionPanel state={state} item={item} members={members} />
          )}
        </div>
        <aside className="session-room__aside">
          <AttendancePanel state={state} />
        </aside>
      </div>
    </div>
  );
}

/** `/w/:workspaceId/sessions/:sessionId`: the session room. Opening it joins the session. */
export function SessionRoomPage() {
  const { t } = useTranslation();
  const { workspaceId = '', sessionId = '' } = useParams();
  usePresenceWorkspace(workspaceId);
  const { roleIn } = useAuth();
  const realtime = useRealtime();
  const client = useSessionClient();
  const { active } = useSessionsView();
  const { connection } = usePresenceView();
  // Read through a ref: a language switch should not join the session again.
  const describeError = useDescribeSessionError();
  const describe = useRef(describeError);
  describe.current = describeError;
  const [error, setError] = useState<ActionError | null>(null);

  // Others see "in the committee session" next to your name, not "browsing the workspace".
  useEffect(() => {
    if (!realtime) return;
    realtime.presence.setPlace(null, { session: sessionId });
    return () => realtime.presence.setPlace(null, null);
  }, [realtime, sessionId]);

  useEffect(() => {
    if (!client || connection !== 'connected') return;
    void client.join(sessionId).then((res) => setError(res.ok ? null : describe.current(res)));
  }, [client, sessionId, connection]);

  const state = active?.sessionId === sessionId ? active.state : null;
  if (error || roleIn(workspaceId) === null) {
    return (
      <section className="message-page" role="alert">
        <p className="message-page__body">{error?.text ?? t('sessions.room.notFound')}</p>
        <Link to={sessionsPath(workspaceId)} className="button button--primary">
          {t('sessions.room.back')}
        </Link>
      </section>
    );
  }
  if (!state || !realtime) {
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('sessions.room.loading')}
      </div>
    );
  }
  return <SessionRoom state={state} />;
}
