import { can, type PairKind, type Role } from '@tandem/domain';
import { ErrorCode, type MemberDto, type WorkspaceDetail } from '@tandem/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { removeMember, setMemberRole, setPair } from '../api';
import { useAuth, useCurrentUser } from '../auth';
import { ConfirmDialog } from './ConfirmDialog';
import { describeWorkspaceError } from './describeWorkspaceError';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { MemberList } from './MemberList';
import { Notice, useNotice } from './Notice';
import { PairsSection } from './PairsSection';
import { toApiError } from './useLoad';
import { usePageTitle } from './usePageTitle';
import { WorkspaceFrame } from './WorkspaceFrame';

/** Errors after which our own role or membership is in doubt: read who we are again. */
const ACCESS_ERRORS: ReadonlySet<string | null> = new Set([
  ErrorCode.FORBIDDEN,
  ErrorCode.WORKSPACE_NOT_FOUND,
]);

function MembersContent({
  detail,
  refresh,
}: {
  detail: WorkspaceDetail;
  refresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { reload: reloadAuth } = useAuth();
  const [notice, setNotice] = useNotice();
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<MemberDto | null>(null);
  const [invitationsVersion, setInvitationsVersion] = useState(0);
  const manage = can(detail.role, 'member:manage');

  /** Runs a change, says how it went, and reads the workspace (and, if it may be ours, our role) again. */
  const act = async (work: () => Promise<unknown>, success: string, concernsMe: boolean) => {
    setNotice(null);
    let ok = false;
    try {
      await work();
      ok = true;
      setNotice({ kind: 'ok', text: success });
    } catch (error) {
      const apiError = toApiError(error);
      setNotice({ kind: 'error', text: describeWorkspaceError(t, apiError) });
      if (ACCESS_ERRORS.has(apiError.code)) concernsMe = true;
    }
    if (concernsMe) await reloadAuth();
    await refresh();
    return ok;
  };

  const changeRole = async (member: MemberDto, role: Role) => {
    setBusyUserId(member.user.id);
    await act(
      () => setMemberRole(detail.id, member.user.id, role),
      t('workspace.members.changed', {
        name: member.user.name,
        role: t(`workspace.roles.${role}`),
      }),
      member.user.id === me.id,
    );
    setBusyUserId(null);
  };

  const remove = async (member: MemberDto) => {
    setRemoving(null);
    setBusyUserId(member.user.id);
    await act(
      () => removeMember(detail.id, member.user.id),
      t('workspace.members.removed', { name: member.user.name }),
      member.user.id === me.id,
    );
    setBusyUserId(null);
  };

  const savePair = (kind: PairKind, schoolUserId: string, enterpriseUserId: string) =>
    act(
      () => setPair(detail.id, kind, { schoolUserId, enterpriseUserId, scope: 'group' }),
      t('workspace.pairs.saved', { kind: t(`workspace.pairKinds.${kind}`) }),
      false,
    );

  return (
    <div className={manage ? 'workspace-grid' : 'workspace-grid workspace-grid--single'}>
      <div className="workspace-grid__main">
        {!manage && (
          <p className="workspace-note" data-testid="read-only-note">
            {t('workspace.members.readOnlyNote')}
          </p>
        )}
        <PairsSection
          pairs={detail.pairs}
          members={detail.members}
          manage={can(detail.role, 'pair:manage')}
          onSave={savePair}
        />
        <MemberList
          members={detail.members}
          actions={{
            actor: manage ? detail.role : null,
            myUserId: me.id,
            busyUserId,
            onChangeRole: (member, role) => void changeRole(member, role),
            onRemove: setRemoving,
          }}
        />
      </div>
      {can(detail.role, 'member:invite') && (
        <aside className="workspace-grid__aside">
          <InviteForm
            workspaceId={detail.id}
            actor={detail.role}
            onCreated={() => setInvitationsVersion((n) => n + 1)}
          />
          <InvitationList workspaceId={detail.id} version={invitationsVersion} report={setNotice} />
        </aside>
      )}
      {removing && (
        <ConfirmDialog
          title={t('workspace.members.confirmRemoveTitle', { name: removing.user.name })}
          body={
            removing.user.id === me.id
              ? t('workspace.members.confirmRemoveSelf')
              : t('workspace.members.confirmRemoveBody', { name: removing.user.name })
          }
          confirmLabel={t('workspace.members.remove')}
          cancelLabel={t('workspace.members.cancel')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
    </div>
  );
}

/** `/w/:workspaceId/members`: members by side, dual pairs, and (for managers) invitations. */
export function MembersPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  usePageTitle(t('workspace.members.title'));
  return (
    <WorkspaceFrame
      workspaceId={workspaceId}
      title={t('workspace.members.title')}
      subtitle={t('workspace.members.subtitle')}
    >
      {(detail, refresh) => <MembersContent detail={detail} refresh={refresh} />}
    </WorkspaceFrame>
  );
}
