import { type MotionView, type SessionState, VOTE_CHOICES } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { PersonBadges, useRealtime } from '../presence';
import { QuorumMeter } from './QuorumMeter';
import { peopleOfSession } from './sessionRoles';
import { VoteButtons } from './VoteButtons';

/** One motion: its text, the live tally, each vote with the voter's side, and R15 quorum. */
export function MotionCard({
  state,
  motion,
  open,
}: {
  state: SessionState;
  motion: MotionView;
  /** Still open for votes (the item is undecided and the session live). */
  open: boolean;
}) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const people = peopleOfSession(state);
  const isVoting = state.votingMembers.some((m) => m.userId === realtime?.userId);
  const total = Math.max(1, motion.votes.length);
  return (
    <article className="motion" data-testid="motion" data-motion-id={motion.id}>
      <header className="motion__head">
        <p className="motion__text">{motion.text}</p>
        <p className="motion__by">
          {t('sessions.motion.by', { name: people.get(motion.proposerId)?.name ?? '—' })}
        </p>
      </header>
      <div className="tally" data-testid="tally">
        {VOTE_CHOICES.map((choice) => (
          <div key={choice} className={`tally__row tally__row--${choice}`} data-choice={choice}>
            <span className="tally__label">{t(`sessions.motion.${choice}`)}</span>
            <span className="tally__track">
              <span
                className="tally__fill"
                style={{ width: `${(motion.tally[choice] / total) * 100}%` }}
              />
            </span>
            <span className="tally__count" data-testid={`tally-${choice}`}>
              {motion.tally[choice]}
            </span>
          </div>
        ))}
      </div>
      <QuorumMeter quorum={motion.quorum} />
      {motion.votes.length > 0 ? (
        <ul className="motion__votes" aria-label={t('sessions.motion.votes')}>
          {motion.votes.map((v) => (
            <li
              key={v.voterId}
              className="motion__vote"
              data-testid="vote"
              data-voter={people.get(v.voterId)?.name}
            >
              <span className="motion__voter">{people.get(v.voterId)?.name ?? '—'}</span>
              <PersonBadges side={v.side} />
              <span className={`vote-chip vote-chip--${v.choice}`}>
                {t(`sessions.motion.${v.choice}`)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="motion__none">{t('sessions.motion.noVotes')}</p>
      )}
      {open &&
        (isVoting ? (
          <VoteButtons sessionId={state.id} motion={motion} />
        ) : (
          <p className="motion__none">{t('sessions.motion.notVoting')}</p>
        ))}
    </article>
  );
}
