import type { PairKind, Role, Side } from '@tandem/domain';
import type { CredentialStore } from './CredentialStore';
import type { PolicyStore } from './PolicyStore';
import type { SessionStore } from './SessionStore';

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

export { AUDIT_EVENTS, type AuditEvent } from '@tandem/protocol';

import type { AuditEvent } from '@tandem/protocol';

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

export type NewInvitation = Omit<Invitation, 'id' | 'createdAt' | 'acceptedAt' | 'revokedAt'>;

/** The tables kept beside the accounts, in the same storage. */
export interface AccountSideStores {
  credentials: CredentialStore;
  sessions: SessionStore;
  policies: PolicyStore;
}

/**
 * The port auth, workspaces and sessions talk to: users, organisations, workspaces,
 * memberships, dual pairs, invitations, sign-in tokens and the audit log. Tokens and invitation
 * links are handed out once and stored only as hashes. An implementation that cannot read or
 * write rejects with a StoreError. Asynchronous already, so any driver fits.
 */
export interface AccountStore {
  /** The organisation of that name and side, made if there is none yet. */
  createOrganisation(name: string, side: Side): Promise<Organisation>;
  getOrganisation(id: string): Promise<Organisation | null>;
  /** Every organisation, by side then name. */
  listOrganisations(): Promise<Organisation[]>;
  /**
   * The organisations a workspace uses: those of its members and of the people it invited,
   * by side then name. Organisations belong to no workspace on their own.
   */
  organisationsUsedBy(workspaceIds: readonly string[]): Promise<Organisation[]>;

  /** A StoreError when the address already has an account (whatever its case). */
  createUser(input: NewUser): Promise<User>;
  getUser(id: string): Promise<User | null>;
  /** The user and their password hash, for sign-in only; the address is matched ignoring case. */
  findCredentials(email: string): Promise<{ user: User; passwordHash: string } | null>;

  createWorkspace(name: string): Promise<Workspace>;
  getWorkspace(id: string): Promise<Workspace | null>;
  countWorkspaces(): Promise<number>;
  /** Oldest first. */
  listWorkspaces(): Promise<Workspace[]>;
  /** The workspaces the user is a member of, by name, with their role in each. */
  workspacesOf(userId: string): Promise<{ workspace: Workspace; role: Role }[]>;

  roleOf(workspaceId: string, userId: string): Promise<Role | null>;
  /** Adds the member, or changes the role of one already there (keeping when they joined). */
  setMember(workspaceId: string, userId: string, role: Role): Promise<void>;
  /** Removes the membership and any dual pair the member was part of in this workspace. */
  removeMember(workspaceId: string, userId: string): Promise<void>;
  /** By side, then name. */
  listMembers(workspaceId: string): Promise<Member[]>;

  /** Sets the pair of that kind and scope, replacing the one there was. */
  setPair(workspaceId: string, pair: DualPair): Promise<void>;
  /** By kind, then scope. */
  listPairs(workspaceId: string): Promise<DualPair[]>;
  /** Removes every pair of `kind` the user is part of in the workspace; returns how many. */
  removePairsOf(workspaceId: string, userId: string, kind: PairKind): Promise<number>;

  /** The invitation and its link token, which is not kept (only its hash is). */
  createInvitation(input: NewInvitation): Promise<{ invitation: Invitation; token: string }>;
  findInvitation(token: string): Promise<Invitation | null>;
  getInvitation(id: string): Promise<Invitation | null>;
  /** Newest first. */
  listInvitations(workspaceId: string): Promise<Invitation[]>;
  /** Marks an invitation used; false if it was already used or revoked (single use). */
  consumeInvitation(id: string): Promise<boolean>;
  revokeInvitation(id: string): Promise<void>;

  /** A new sign-in token; only its hash is kept. */
  issueToken(userId: string, ttlMs: number): Promise<{ token: string; expiresAt: number }>;
  /** The user a live token belongs to and when it runs out; null when unknown, expired or revoked. */
  resolveToken(token: string): Promise<{ userId: string; expiresAt: number } | null>;
  /** The same, by the hash an open socket keeps (it never holds the token itself). */
  resolveTokenHash(tokenHash: string): Promise<{ userId: string; expiresAt: number } | null>;
  revokeTokenHash(tokenHash: string): Promise<void>;

  audit(entry: Omit<AuditEntry, 'id' | 'createdAt'>): Promise<void>;
  /** A workspace's security events, newest first. */
  listAudit(workspaceId: string, limit?: number): Promise<AuditEntry[]>;

  /** The stores of the tables beside the accounts; the same objects on every call. */
  sideStores(): AccountSideStores;
}

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  organisationId: string;
}

/** Organisations in the order every driver lists them: by side, then name. */
export function byOrganisationOrder(a: Organisation, b: Organisation): number {
  return compareText(a.side, b.side) || compareText(a.name, b.name);
}

/** Binary string order, as SQLite's default collation sorts. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
