import type { DocumentDto, InvitationDto, MemberDto, UserDto } from '@tandem/protocol';
import type { Invitation, Member, Organisation, User } from '../auth';
import type { DocumentRecord } from '../persistence';

export const iso = (ms: number) => new Date(ms).toISOString();

export function toDocumentDto(r: DocumentRecord): DocumentDto {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    type: r.type,
    title: r.title,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export const toUserDto = (u: User): UserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  organisation: u.organisation,
});

export const toMemberDto = (m: Member): MemberDto => ({
  user: toUserDto(m.user),
  role: m.role,
  joinedAt: iso(m.joinedAt),
});

export function toInvitationDto(i: Invitation, organisation: Organisation): InvitationDto {
  const status = i.acceptedAt
    ? 'accepted'
    : i.revokedAt
      ? 'revoked'
      : i.expiresAt <= Date.now()
        ? 'expired'
        : 'pending';
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    organisation,
    createdAt: iso(i.createdAt),
    expiresAt: iso(i.expiresAt),
    status,
  };
}
