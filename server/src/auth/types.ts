import type { PairKind, Role, Side } from '@tandem/domain';

export interface Organisation {
  id: string;
  name: string;
  side: Side;
}

export interface User {
  id: string;
  email: string;
  name: string;
  organisation: Organisation;
}

export interface Workspace {
  id: string;
  name: string;
  createdAt: number;
}

export interface Member {
  user: User;
  role: Role;
  joinedAt: number;
}

export interface DualPair {
  kind: PairKind;
  /** What the pair is attached to: `group` for the professional group, or a program or course id. */
  scope: string;
  schoolUserId: string;
  enterpriseUserId: string;
}

export interface Invitation {
  id: string;
  workspaceId: string;
  email: string;
  role: Role;
  organisationId: string;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  acceptedAt: number | null;
  revokedAt: number | null;
}

export const AUDIT_EVENTS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.password-changed',
  'auth.password-reset',
  'auth.password-reset-requested',
  'invitation.created',
  'invitation.answered',
  'invitation.confirmed',
  'invitation.accepted',
  'invitation.revoked',
  'member.role-changed',
  'member.removed',
  'pair.set',
  'pair.cleared',
  'policy.changed',
  'document.deleted',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export interface AuditEntry {
  id: number;
  workspaceId: string | null;
  actorUserId: string | null;
  event: AuditEvent;
  target: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  createdAt: number;
}
