import { Side } from '@tandem/domain';
import { type CreateInvitationBody, ErrorCode } from '@tandem/protocol';
import type { AuthService, Organisation, Principal, SqliteAccountStore } from '../auth';
import { AppError } from '../errors';

/**
 * Organisations belong to no workspace on their own; a workspace *uses* those of its members and
 * of the people it invited. Only those are shown to its members and offered to invite into, so
 * one workspace never learns (or joins people to) another's partners.
 */
export function organisationsUsedBy(
  accounts: SqliteAccountStore,
  workspaceIds: readonly string[],
): Organisation[] {
  if (workspaceIds.length === 0) return [];
  const marks = workspaceIds.map(() => '?').join(', ');
  const rows = accounts.db
    .prepare(
      `SELECT id, name, side FROM organisations WHERE id IN (
         SELECT u.organisation_id FROM memberships m JOIN users u ON u.id = m.user_id
           WHERE m.workspace_id IN (${marks})
         UNION
         SELECT organisation_id FROM invitations WHERE workspace_id IN (${marks})
       ) ORDER BY side, name`,
    )
    .all(...workspaceIds, ...workspaceIds) as { id: string; name: string; side: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, side: Side.parse(r.side) }));
}

export function workspaceUsesOrganisation(
  accounts: SqliteAccountStore,
  workspaceId: string,
  organisationId: string,
): boolean {
  return organisationsUsedBy(accounts, [workspaceId]).some((o) => o.id === organisationId);
}

/**
 * An invitation may name an existing organisation only if the workspace already uses it; any
 * other id is answered as if it did not exist. Checked after the caller's right to invite, so a
 * member who may not invite learns nothing from the answer.
 */
export async function refuseForeignOrganisation(
  auth: AuthService,
  principal: Principal,
  workspaceId: string,
  body: CreateInvitationBody,
): Promise<void> {
  if (!('id' in body.organisation)) return;
  await auth.requireRole(principal, workspaceId, 'member:invite');
  if (!workspaceUsesOrganisation(auth.accounts, workspaceId, body.organisation.id)) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, 400, 'organisation: not found');
  }
}
