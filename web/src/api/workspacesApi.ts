import type { PairKind, Role } from '@tandem/domain';
import {
  AuditEntryDto,
  CreatedInvitation,
  type CreateInvitationBody,
  InvitationDto,
  OrganisationDto,
  WorkspaceDetail,
} from '@tandem/protocol';
import { NO_CONTENT, request, type Schema } from './http';

const ws = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

/** `{ [key]: T[] }` responses, unwrapped to the array. */
function listIn<T>(key: string, item: { array(): Schema<T[]> }): Schema<T[]> {
  const items = item.array();
  return {
    parse: (body) =>
      items.parse(typeof body === 'object' && body !== null ? Reflect.get(body, key) : body),
  };
}

const InvitationList = listIn('invitations', InvitationDto);
const AuditList = listIn('entries', AuditEntryDto);
const OrganisationList = listIn('organisations', OrganisationDto);

/** Members, their roles and the dual pairs; also the caller's own role. */
export function getWorkspace(workspaceId: string, signal?: AbortSignal): Promise<WorkspaceDetail> {
  return request(ws(workspaceId), WorkspaceDetail, { signal });
}

export function setMemberRole(workspaceId: string, userId: string, role: Role): Promise<null> {
  return request(`${ws(workspaceId)}/members/${encodeURIComponent(userId)}`, NO_CONTENT, {
    method: 'PATCH',
    body: JSON.stringify({ role }),
  });
}

export function removeMember(workspaceId: string, userId: string): Promise<null> {
  return request(`${ws(workspaceId)}/members/${encodeURIComponent(userId)}`, NO_CONTENT, {
    method: 'DELETE',
  });
}

export function setPair(
  workspaceId: string,
  kind: PairKind,
  pair: { schoolUserId: string; enterpriseUserId: string; scope?: string },
): Promise<null> {
  return request(`${ws(workspaceId)}/pairs/${kind}`, NO_CONTENT, {
    method: 'PUT',
    body: JSON.stringify(pair),
  });
}

export function listInvitations(
  workspaceId: string,
  signal?: AbortSignal,
): Promise<InvitationDto[]> {
  return request(`${ws(workspaceId)}/invitations`, InvitationList, { signal });
}

export function createInvitation(
  workspaceId: string,
  body: CreateInvitationBody,
): Promise<CreatedInvitation> {
  return request(`${ws(workspaceId)}/invitations`, CreatedInvitation, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

export function revokeInvitation(workspaceId: string, invitationId: string): Promise<null> {
  return request(`${ws(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`, NO_CONTENT, {
    method: 'DELETE',
  });
}

export function listAudit(workspaceId: string, signal?: AbortSignal): Promise<AuditEntryDto[]> {
  return request(`${ws(workspaceId)}/audit`, AuditList, { signal });
}

/** The organisations a workspace's people belong to (only that workspace's, when given). */
export function listOrganisations(
  signal?: AbortSignal,
  workspaceId?: string,
): Promise<OrganisationDto[]> {
  const query = workspaceId ? `?workspaceId=${encodeURIComponent(workspaceId)}` : '';
  return request(`/api/organisations${query}`, OrganisationList, { signal });
}
