import {
  type AcceptInvitationBody,
  AcceptInvitationPending,
  InvitationPreview,
  LoginResponse,
} from '@tandem/protocol';
import { NO_CONTENT, request } from './http';

const invitation = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** What an invitation link offers; 404 INVITE_INVALID (unknown, used, revoked), 410 INVITE_EXPIRED. */
export function previewInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return request(invitation(token), InvitationPreview, { signal });
}

/**
 * Joins with an existing account's password (signed in), or leaves the answer waiting for the
 * address to be confirmed (by the mailed link, or by an owner when there is no mail).
 */
export function acceptInvitation(
  token: string,
  body: AcceptInvitationBody,
): Promise<LoginResponse | AcceptInvitationPending> {
  return request(`${invitation(token)}/accept`, LoginResponse.or(AcceptInvitationPending), {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

/** Owners, without mail configured: vouch for the address of whoever answered the invitation. */
export function confirmInvitation(workspaceId: string, invitationId: string): Promise<null> {
  return request(
    `/api/workspaces/${encodeURIComponent(workspaceId)}/invitations/${encodeURIComponent(invitationId)}/confirm`,
    NO_CONTENT,
    { method: 'POST' },
  );
}
