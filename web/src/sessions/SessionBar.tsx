import type { SessionState } from '@tandem/protocol';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { sectionInView, usePresenceView, useRealtime } from '../presence';
import { FollowToggle, usePresentedPlace } from './FollowControls';
import { QuorumMeter } from './QuorumMeter';
import { useSessionClient, useSessionsView } from './SessionProvider';
import { sessionPath } from './sessionPaths';
import { currentItemId, myVote, openMotion, rolesIn } from './sessionRoles';
import { usePresent } from './usePresent';
import { useReserveBarSpace } from './useReserveBarSpace';
import { ActionErrorText } from './useSessionAction';
import { VoteButtons } from './VoteButtons';
import './sessions.css';

function PresentThis({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const { documentId, location } = usePresenceView();
  const presenting = usePresent();
  if (!documentId) return null;
  const itemId =
    state.agenda.find((i) => i.link?.documentId === documentId && !i.outcome)?.id ??
    state.follow?.itemId;
  const present = () => {
    // Where this tab last was in the document: the button has taken focus by now.
    const section = location?.section ?? sectionInView();
    void presenting.present(
      {
        sessionId: state.id,
        documentId,
        ...(section ? { section } : {}),
        ...(itemId ? { itemId } : {}),
      },
      false,
    );
  };
  return (
    <>
      <button
        type="button"
        className="button button--primary button--small"
        title={t('sessions.follow.presentThisHint')}
        disabled={presenting.pending}
        onClick={present}
        data-testid="present-this"
      >
        {t('sessions.follow.presentThis')}
      </button>
      <ActionErrorText error={presenting.error} />
    </>
  );
}

function MotionSummary({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const motion = openMotion(state, currentItemId(state));
  if (!motion || !realtime) return null;
  const roles = rolesIn(state, realtime.userId);
  const canVote = roles.isVoting && !myVote(motion, realtime.userId);
  return (
    <div className="session-bar__motion" data-testid="bar-motion">
      <span className="session-bar__motion-text" title={motion.text}>
        {t('sessions.bar.vote', { text: motion.text })}
      </span>
      {canVote ? (
        <VoteButtons sessionId={state.id} motion={motion} compact />
      ) : (
        <span className="session-bar__tally">
          {t('sessions.motion.for')} {motion.tally.for} · {t('sessions.motion.against')}{' '}
          {motion.tally.against} · {t('sessions.motion.abstain')} {motion.tally.abstain}
        </span>
      )}
      <QuorumMeter quorum={motion.quorum} compact />
    </div>
  );
}

function LiveBar({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const client = useSessionClient();
  const place = usePresentedPlace(state);
  const reserve = useReserveBarSpace();
  if (!realtime || !client) return null;
  const roles = rolesIn(state, realtime.userId);
  const index = state.agenda.findIndex((i) => i.id === currentItemId(state));
  const item = state.agenda[index];
  return (
    <section
      ref={reserve}
      className="session-bar"
      data-presence-ignore=""
      aria-label={t('sessions.bar.label')}
      data-testid="session-bar"
    >
      <Link to={sessionPath(state.workspaceId, state.id)} className="session-bar__title">
        <span className="session-pill session-pill--live">
          <span className="session-pill__dot" aria-hidden="true" />
          {t('sessions.bar.live')}
        </span>
        <span className="session-bar__name">{state.title}</span>
      </Link>
      <span className="session-bar__where">
        {item && (
          <span className="session-bar__item">
            {t('sessions.bar.item', { number: index + 1, title: item.title })}
          </span>
        )}
        {place && <span className="session-bar__place">{place}</span>}
      </span>
      <MotionSummary state={state} />
      <span className="session-bar__actions">
        {roles.isPresenter ? <PresentThis state={state} /> : <FollowToggle compact />}
        <Link
          to={sessionPath(state.workspaceId, state.id)}
          className="button button--quiet button--small"
        >
          {t('sessions.bar.room')}
        </Link>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void client.leave()}
        >
          {t('sessions.bar.leave')}
        </button>
      </span>
    </section>
  );
}

function EndedBar({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const client = useSessionClient();
  const { pathname } = useLocation();
  const minutesPath = state.minutesDocumentId ? `/d/${state.minutesDocumentId}` : null;
  const reserve = useReserveBarSpace();
  return (
    <div
      ref={reserve}
      className="session-bar session-bar--ended"
      data-presence-ignore=""
      role="status"
      data-testid="session-bar"
    >
      <span>{t('sessions.bar.ended')}</span>
      {minutesPath && pathname !== minutesPath && (
        <Link to={minutesPath} className="button button--primary button--small">
          {t('sessions.room.openMinutes')}
        </Link>
      )}
      <button
        type="button"
        className="session-bar__dismiss"
        aria-label={t('sessions.bar.dismiss')}
        title={t('sessions.bar.dismiss')}
        onClick={() => void client?.leave()}
      >
        ×
      </button>
    </div>
  );
}

/**
 * "The session has ended" is said once, on the page where the person learns it (the room says it
 * itself): moving to another page counts as having read it and leaves the ended session, so the
 * notice does not follow them around.
 */
function useLeaveEndedOnNavigate(state: SessionState | null | undefined): void {
  const client = useSessionClient();
  const { pathname } = useLocation();
  const seenAt = useRef<string | null>(null);
  const ended = state?.status === 'ended';
  useEffect(() => {
    if (!ended) {
      seenAt.current = null;
      return;
    }
    if (seenAt.current === null) seenAt.current = pathname;
    else if (seenAt.current !== pathname) void client?.leave();
  }, [ended, pathname, client]);
}

/**
 * A slim floating bar while this tab is in a live session, on every page but the room itself:
 * follow or present, vote on the open motion, back to the room, leave. Once the session ends, a
 * notice in its place on the page where the person is, until they dismiss it or move on.
 */
export function SessionBar() {
  const { active } = useSessionsView();
  const location = useLocation();
  const state = active?.state;
  useLeaveEndedOnNavigate(state);
  if (!state || state.status === 'scheduled') return null;
  if (location.pathname === sessionPath(state.workspaceId, state.id)) return null;
  return state.status === 'live' ? <LiveBar state={state} /> : <EndedBar state={state} />;
}
