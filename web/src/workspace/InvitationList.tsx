import type { InvitationDto } from '@tandem/protocol';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmInvitation, describeApiError, listInvitations, revokeInvitation } from '../api';
import { useLanguage } from '../i18n';
import { RoleBadge } from './Badges';
import { ConfirmDialog } from './ConfirmDialog';
import { describeWorkspaceError } from './describeWorkspaceError';
import { formatDateTime } from './formatDateTime';
import type { NoticeMessage } from './Notice';
import { toApiError, useLoad } from './useLoad';
import { onWindowFocus } from './useWorkspaceDetail';

function InvitationRow({
  invitation,
  onRevoke,
  onConfirm,
}: {
  invitation: InvitationDto;
  onRevoke: (invitation: InvitationDto) => void;
  /** Without mail, owners vouch for the address of whoever answered. */
  onConfirm: (invitation: InvitationDto) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pending = invitation.status === 'pending';
  return (
    <li
      className={`invitation-row invitation-row--${invitation.status}`}
      data-testid="invitation-row"
      data-email={invitation.email}
      data-status={invitation.status}
    >
      <div className="invitation-row__main">
        <span className="invitation-row__email">{invitation.email}</span>
        <span className="invitation-row__meta">
          <RoleBadge role={invitation.role} />
          <span className={`status-badge status-badge--${invitation.status}`}>
            {t(`workspace.invitations.status.${invitation.status}`)}
          </span>
        </span>
        <span className="invitation-row__detail">
          {invitation.organisation.name} ·{' '}
          {pending
            ? t('workspace.invitations.expires', {
                date: formatDateTime(invitation.expiresAt, language),
              })
            : t('workspace.invitations.sent', {
                date: formatDateTime(invitation.createdAt, language, false),
              })}
        </span>
      </div>
      {pending && invitation.awaitingConfirmation && (
        <>
          <span className="invitation-row__detail">{t('workspace.invitations.awaiting')}</span>
          <button
            type="button"
            className="button button--small"
            aria-label={t('workspace.invitations.confirmLabel', { email: invitation.email })}
            onClick={() => onConfirm(invitation)}
          >
            {t('workspace.invitations.confirm')}
          </button>
        </>
      )}
      {pending && (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={t('workspace.invitations.revokeLabel', { email: invitation.email })}
          onClick={() => onRevoke(invitation)}
        >
          {t('workspace.invitations.revoke')}
        </button>
      )}
    </li>
  );
}

/** Invitations sent from this workspace, pending first, each with its status; revoke pending ones. */
export function InvitationList({
  workspaceId,
  version,
  report,
}: {
  workspaceId: string;
  /** Bumped when an invitation was created, to read the list again. */
  version: number;
  report: (notice: NoticeMessage) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const load = useCallback(
    (signal: AbortSignal) => listInvitations(workspaceId, signal),
    [workspaceId],
  );
  const [invitations, reload] = useLoad(load);
  const [revoking, setRevoking] = useState<InvitationDto | null>(null);

  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  // An invitee may have accepted while we were in another window.
  useEffect(() => onWindowFocus(reload), [reload]);

  const revoke = async (invitation: InvitationDto) => {
    setRevoking(null);
    try {
      await revokeInvitation(workspaceId, invitation.id);
      report({
        kind: 'ok',
        text: t('workspace.invitations.revoked', { email: invitation.email }),
      });
    } catch (error) {
      report({ kind: 'error', text: describeWorkspaceError(t, toApiError(error)) });
    }
    reload();
  };

  const confirm = async (invitation: InvitationDto) => {
    try {
      await confirmInvitation(workspaceId, invitation.id);
      report({
        kind: 'ok',
        text: t('workspace.invitations.confirmed', { email: invitation.email }),
      });
    } catch (error) {
      report({ kind: 'error', text: describeWorkspaceError(t, toApiError(error)) });
    }
    reload();
  };

  const sorted =
    invitations.state === 'ready'
      ? [...invitations.data].sort(
          (a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'),
        )
      : [];

  return (
    <section className="card invitations" aria-labelledby={id} data-testid="invitations">
      <h2 id={id} className="card__title">
        {t('workspace.invitations.title')}
      </h2>
      {invitations.state === 'error' && (
        <p className="field__error" role="alert">
          {describeApiError(t, invitations.error)}
        </p>
      )}
      {invitations.state === 'ready' && sorted.length === 0 && (
        <p className="card__intro">{t('workspace.invitations.empty')}</p>
      )}
      {sorted.length > 0 && (
        <ul className="invitation-list">
          {sorted.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              invitation={invitation}
              onRevoke={setRevoking}
              onConfirm={(i) => void confirm(i)}
            />
          ))}
        </ul>
      )}
      {revoking && (
        <ConfirmDialog
          title={t('workspace.invitations.confirmRevokeTitle', { email: revoking.email })}
          body={t('workspace.invitations.confirmRevokeBody')}
          confirmLabel={t('workspace.invitations.revoke')}
          cancelLabel={t('workspace.invitations.cancel')}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        />
      )}
    </section>
  );
}
