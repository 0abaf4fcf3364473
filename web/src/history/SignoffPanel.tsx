import type { Side } from '@tandem/domain';
import type { DualPairDto, SignoffDto, UserDto, VersionDto } from '@tandem/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOff } from '../api';
import { formatDateTime, SideBadge } from '../workspace';
import { toApiError } from '../workspace/useLoad';
import { describeHistoryError } from './describeHistoryError';
import { latestDecisions } from './historyModel';

interface SignoffPanelProps {
  documentId: string;
  version: VersionDto;
  signoffs: readonly SignoffDto[];
  pair: DualPairDto | null | undefined;
  user: UserDto;
  onSigned: () => void;
}

const SIDES: readonly Side[] = ['school', 'enterprise'];

/**
 * R14 on one version: each side's latest decision, and for the two leaders themselves Approve /
 * Request changes with a comment. Everyone else sees the state but no buttons (the server would
 * answer SIGNOFF_NOT_ALLOWED).
 */
export function SignoffPanel({
  documentId,
  version,
  signoffs,
  pair,
  user,
  onSigned,
}: SignoffPanelProps) {
  const { t } = useTranslation();
  const decisions = latestDecisions(signoffs, version.id);
  const mySide: Side | null = !pair
    ? null
    : pair.school.id === user.id
      ? 'school'
      : pair.enterprise.id === user.id
        ? 'enterprise'
        : null;
  return (
    <section
      className="history-card signoff"
      aria-labelledby="signoff-title"
      data-testid="signoff-panel"
    >
      <div className="history-card__head">
        <h2 id="signoff-title" className="history-card__title">
          {t('history.signoff.title')}
        </h2>
        {version.adopted ? (
          <span className="history-chip history-chip--ok" data-testid="adopted-badge">
            {t('history.adoption.adopted')}
          </span>
        ) : (
          <span className="history-chip">{t('history.adoption.none')}</span>
        )}
      </div>
      <p className="history-card__intro">
        {pair === null ? t('history.signoff.noPair') : t('history.signoff.intro')}
      </p>
      <ul className="signoff__sides">
        {SIDES.map((side) => (
          <SideDecision key={side} side={side} pair={pair} decision={decisions[side]} />
        ))}
      </ul>
      {mySide && (
        <SignoffForm
          documentId={documentId}
          versionId={version.id}
          side={mySide}
          onSigned={onSigned}
        />
      )}
    </section>
  );
}

function SideDecision({
  side,
  pair,
  decision,
}: {
  side: Side;
  pair: DualPairDto | null | undefined;
  decision: SignoffDto | null;
}) {
  const { t, i18n } = useTranslation();
  const name = decision?.user.name ?? pair?.[side].name ?? '';
  return (
    <li className="signoff__side" data-side={side} data-decision={decision?.decision ?? 'pending'}>
      <SideBadge side={side} />
      <span className="signoff__who">{name}</span>
      <span className={`signoff__decision signoff__decision--${decision?.decision ?? 'pending'}`}>
        {decision
          ? t(`history.signoff.decisions.${decision.decision}`)
          : t('history.signoff.pending')}
      </span>
      {decision && (
        <span className="signoff__when">{formatDateTime(decision.createdAt, i18n.language)}</span>
      )}
      {decision?.comment && <q className="signoff__comment">{decision.comment}</q>}
    </li>
  );
}

function SignoffForm({
  documentId,
  versionId,
  side,
  onSigned,
}: {
  documentId: string;
  versionId: string;
  side: Side;
  onSigned: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const decide = async (decision: 'approve' | 'request-changes') => {
    setBusy(true);
    setMessage(null);
    try {
      await signOff(documentId, { versionId, decision, comment: comment.trim() });
      setComment('');
      setMessage({ kind: 'ok', text: t('history.signoff.done') });
      onSigned();
    } catch (e) {
      setMessage({ kind: 'error', text: describeHistoryError(t, toApiError(e)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="signoff__form">
      <p className="signoff__your-side">
        {t('history.signoff.yourSide', { side: t(`sides.${side}`) })}
      </p>
      <label className="field__label" htmlFor={`${id}-comment`}>
        {t('history.signoff.comment')}
      </label>
      <textarea
        id={`${id}-comment`}
        className="input history-textarea"
        rows={2}
        maxLength={2000}
        value={comment}
        placeholder={t('history.signoff.commentPlaceholder')}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="signoff__actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void decide('request-changes')}
        >
          {t('history.signoff.requestChanges')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void decide('approve')}
        >
          {busy ? t('history.signoff.signing') : t('history.signoff.approve')}
        </button>
      </div>
      {message && (
        <p
          className={`history-message history-message--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
