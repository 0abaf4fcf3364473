import { type MotionView, VOTE_CHOICES, type VoteChoice } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { call, useRealtime } from '../presence';
import { myVote } from './sessionRoles';
import { ActionErrorText, useSessionAction } from './useSessionAction';

/** For / against / abstain for the caller only (S4); after voting, what you chose. */
export function VoteButtons({
  sessionId,
  motion,
  compact = false,
}: {
  sessionId: string;
  motion: MotionView;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const action = useSessionAction();
  if (!realtime) return null;
  const mine = myVote(motion, realtime.userId);
  if (mine) {
    return (
      <p
        className={`vote-done vote-done--${mine.choice}`}
        data-testid="my-vote"
        data-choice={mine.choice}
      >
        {t('sessions.motion.yourVote', { choice: t(`sessions.motion.${mine.choice}`) })}
      </p>
    );
  }
  const vote = (choice: VoteChoice) =>
    action.run(() =>
      call(realtime.socket, 'session:vote', { sessionId, motionId: motion.id, choice }),
    );
  return (
    <div className={`vote-buttons${compact ? ' vote-buttons--compact' : ''}`}>
      <fieldset className="vote-buttons__row">
        <legend className="visually-hidden">{t('sessions.motion.votes')}</legend>
        {VOTE_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`button button--small vote-button vote-button--${choice}`}
            disabled={action.pending}
            onClick={() => void vote(choice)}
            data-vote={choice}
          >
            {t(`sessions.motion.${choice}`)}
          </button>
        ))}
      </fieldset>
      <ActionErrorText error={action.error} />
    </div>
  );
}
