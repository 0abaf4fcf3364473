import { type AcceptInvitationBody, InvitationPreview, LoginResponse } from '@tandem/protocol';
import { request } from './http';

const invitation = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** What an invitation link offers; 404 INVITE_INVALID (unknown, used, revoked), 410 INVITE_EXPIRED. */
export function previewInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return request(invitation(token), InvitationPreview, { signal });
}

/** Creates the account (or checks the existing one's password), joins, and signs in. */
export function acceptInvitation(
  token: string,
  body: AcceptInvitationBody,
): Promise<LoginResponse> {
  return request(`${invitation(token)}/accept`, LoginResponse, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}
