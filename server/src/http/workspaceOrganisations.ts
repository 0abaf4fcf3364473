import { type CreateInvitationBody, ErrorCode } from '@tandem/protocol';
import type { AccountStore, AuthService, Principal } from '../auth';
import { AppError } from '../errors';

/**
 * Organisations belong to no workspace on their own; a workspace *uses* those of its members and
 * of the people it invited (`AccountStore.organisationsUsedBy`). Only those are shown to its
 * members and offered to invite into, so one workspace never learns (or joins people to)
 * another's partners.
 */
export async function workspaceUsesOrganisation(
  accounts: AccountStore,
  workspaceId: string,
  organisationId: string,
): Promise<boolean> {
  const used = await accounts.organisationsUsedBy([workspaceId]);
  return used.some((o) => o.id === organisationId);
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
  if (!(await workspaceUsesOrganisation(auth.accounts, workspaceId, body.organisation.id))) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, 400, 'organisation: not found');
  }
}
