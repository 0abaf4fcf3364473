import { randomUUID } from 'node:crypto';
import type { PairKind, Role, Side } from '@tandem/domain';
import { StoreError } from '../errors';
import {
  type AccountSideStores,
  type AccountStore,
  type AuditEntry,
  byOrganisationOrder,
  compareText,
  type DualPair,
  type Invitation,
  type Member,
  type NewInvitation,
  type NewUser,
  type Organisation,
  type User,
  type Workspace,
} from './AccountStore';
import { MemoryCredentialStore } from './MemoryCredentialStore';
import { MemoryPolicyStore } from './MemoryPolicyStore';
import { MemorySessionStore } from './MemorySessionStore';
import { hashToken, newToken } from './tokens';

interface StoredUser extends NewUser {
  id: string;
}
interface StoredToken {
  userId: string;
  expiresAt: number;
  revokedAt: number | null;
}

/** What the account store shares with its credential store: passwords and sign-ins. */
export interface MemoryAccountTables {
  users: Map<string, StoredUser>;
  /** By token hash. */
  tokens: Map<string, StoredToken>;
}

/** An AccountStore in process memory, for tests and throwaway runs; nothing survives a restart. */
export class MemoryAccountStore implements AccountStore {
  private readonly tables: MemoryAccountTables = { users: new Map(), tokens: new Map() };
  private readonly organisations = new Map<string, Organisation>();
  /** In creation order. */
  private readonly workspaces = new Map<string, Workspace>();
  /** Workspace id → user id → membership. */
  private readonly members = new Map<string, Map<string, { role: Role; joinedAt: number }>>();
  private readonly pairs = new Map<string, DualPair[]>();
  /** In creation order. */
  private readonly invitations = new Map<string, Invitation & { tokenHash: string }>();
  private readonly auditLog: AuditEntry[] = [];
  private readonly side: AccountSideStores = {
    credentials: new MemoryCredentialStore(this.tables),
    sessions: new MemorySessionStore(),
    policies: new MemoryPolicyStore(),
  };

  sideStores(): AccountSideStores {
    return this.side;
  }

  async createOrganisation(name: string, side: Side): Promise<Organisation> {
    for (const o of this.organisations.values()) {
      if (o.name === name && o.side === side) return { ...o };
    }
    const org = { id: randomUUID(), name, side };
    this.organisations.set(org.id, org);
    return { ...org };
  }

  async getOrganisation(id: string): Promise<Organisation | null> {
    const org = this.organisations.get(id);
    return org ? { ...org } : null;
  }

  async listOrganisations(): Promise<Organisation[]> {
    return [...this.organisations.values()].map((o) => ({ ...o })).sort(byOrganisationOrder);
  }

  async organisationsUsedBy(workspaceIds: readonly string[]): Promise<Organisation[]> {
    const used = new Set<string>();
    for (const wsId of workspaceIds) {
      for (const userId of this.members.get(wsId)?.keys() ?? []) {
        const user = this.tables.users.get(userId);
        if (user) used.add(user.organisationId);
      }
    }
    for (const inv of this.invitations.values()) {
      if (workspaceIds.includes(inv.workspaceId)) used.add(inv.organisationId);
    }
    return [...used]
      .flatMap((id) => {
        const org = this.organisations.get(id);
        return org ? [{ ...org }] : [];
      })
      .sort(byOrganisationOrder);
  }

  async createUser(input: NewUser): Promise<User> {
    if (this.byEmail(input.email)) throw new StoreError('an account with that email exists');
    if (!this.organisations.has(input.organisationId)) {
      throw new StoreError(`organisation ${input.organisationId} does not exist`);
    }
    const stored = { ...input, id: randomUUID() };
    this.tables.users.set(stored.id, stored);
    return this.toUser(stored);
  }

  async getUser(id: string): Promise<User | null> {
    const stored = this.tables.users.get(id);
    return stored ? this.toUser(stored) : null;
  }

  async findCredentials(email: string) {
    const stored = this.byEmail(email);
    return stored ? { user: this.toUser(stored), passwordHash: stored.passwordHash } : null;
  }

  async createWorkspace(name: string): Promise<Workspace> {
    const ws = { id: randomUUID(), name, createdAt: Date.now() };
    this.workspaces.set(ws.id, ws);
    return { ...ws };
  }

  async getWorkspace(id: string): Promise<Workspace | null> {
    const ws = this.workspaces.get(id);
    return ws ? { ...ws } : null;
  }

  async countWorkspaces(): Promise<number> {
    return this.workspaces.size;
  }

  async listWorkspaces(): Promise<Workspace[]> {
    // Stable: workspaces made in the same millisecond stay in the order they were made.
    return [...this.workspaces.values()]
      .map((w) => ({ ...w }))
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  async workspacesOf(userId: string): Promise<{ workspace: Workspace; role: Role }[]> {
    const found: { workspace: Workspace; role: Role }[] = [];
    for (const [wsId, members] of this.members) {
      const member = members.get(userId);
      const ws = this.workspaces.get(wsId);
      if (member && ws) found.push({ workspace: { ...ws }, role: member.role });
    }
    return found.sort((a, b) => compareText(a.workspace.name, b.workspace.name));
  }

  async roleOf(workspaceId: string, userId: string): Promise<Role | null> {
    return this.members.get(workspaceId)?.get(userId)?.role ?? null;
  }

  async setMember(workspaceId: string, userId: string, role: Role): Promise<void> {
    if (!this.workspaces.has(workspaceId) || !this.tables.users.has(userId)) {
      throw new StoreError('membership of an unknown workspace or user');
    }
    const members = this.members.get(workspaceId) ?? new Map();
    const joinedAt = members.get(userId)?.joinedAt ?? Date.now();
    members.set(userId, { role, joinedAt });
    this.members.set(workspaceId, members);
  }

  async removeMember(workspaceId: string, userId: string): Promise<void> {
    const pairs = this.pairs.get(workspaceId) ?? [];
    this.pairs.set(
      workspaceId,
      pairs.filter((p) => p.schoolUserId !== userId && p.enterpriseUserId !== userId),
    );
    this.members.get(workspaceId)?.delete(userId);
  }

  async listMembers(workspaceId: string): Promise<Member[]> {
    const members: Member[] = [];
    for (const [userId, m] of this.members.get(workspaceId) ?? []) {
      const stored = this.tables.users.get(userId);
      if (stored) members.push({ user: this.toUser(stored), role: m.role, joinedAt: m.joinedAt });
    }
    return members.sort(
      (a, b) =>
        compareText(a.user.organisation.side, b.user.organisation.side) ||
        compareText(a.user.name, b.user.name),
    );
  }

  async setPair(workspaceId: string, pair: DualPair): Promise<void> {
    const others = (this.pairs.get(workspaceId) ?? []).filter(
      (p) => p.kind !== pair.kind || p.scope !== pair.scope,
    );
    this.pairs.set(workspaceId, [...others, { ...pair }]);
  }

  async listPairs(workspaceId: string): Promise<DualPair[]> {
    return (this.pairs.get(workspaceId) ?? [])
      .map((p) => ({ ...p }))
      .sort((a, b) => compareText(a.kind, b.kind) || compareText(a.scope, b.scope));
  }

  async removePairsOf(workspaceId: string, userId: string, kind: PairKind): Promise<number> {
    const pairs = this.pairs.get(workspaceId) ?? [];
    const kept = pairs.filter(
      (p) => p.kind !== kind || (p.schoolUserId !== userId && p.enterpriseUserId !== userId),
    );
    this.pairs.set(workspaceId, kept);
    return pairs.length - kept.length;
  }

  async createInvitation(input: NewInvitation) {
    const token = newToken();
    const invitation: Invitation = {
      ...input,
      id: randomUUID(),
      createdAt: Date.now(),
      acceptedAt: null,
      revokedAt: null,
    };
    this.invitations.set(invitation.id, { ...invitation, tokenHash: hashToken(token) });
    return { invitation: { ...invitation }, token };
  }

  async findInvitation(token: string): Promise<Invitation | null> {
    const hash = hashToken(token);
    for (const inv of this.invitations.values()) {
      if (inv.tokenHash === hash) return toInvitation(inv);
    }
    return null;
  }

  async getInvitation(id: string): Promise<Invitation | null> {
    const inv = this.invitations.get(id);
    return inv ? toInvitation(inv) : null;
  }

  async listInvitations(workspaceId: string): Promise<Invitation[]> {
    return [...this.invitations.values()]
      .filter((i) => i.workspaceId === workspaceId)
      .reverse()
      .sort((a, b) => b.createdAt - a.createdAt)
      .map(toInvitation);
  }

  async consumeInvitation(id: string): Promise<boolean> {
    const inv = this.invitations.get(id);
    if (!inv || inv.acceptedAt !== null || inv.revokedAt !== null) return false;
    inv.acceptedAt = Date.now();
    return true;
  }

  async revokeInvitation(id: string): Promise<void> {
    const inv = this.invitations.get(id);
    if (inv && inv.revokedAt === null) inv.revokedAt = Date.now();
  }

  async issueToken(userId: string, ttlMs: number) {
    if (!this.tables.users.has(userId)) throw new StoreError(`user ${userId} does not exist`);
    const token = newToken();
    const expiresAt = Date.now() + ttlMs;
    this.tables.tokens.set(hashToken(token), { userId, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  resolveToken(token: string) {
    return this.resolveTokenHash(hashToken(token));
  }

  async resolveTokenHash(tokenHash: string) {
    const stored = this.tables.tokens.get(tokenHash);
    if (!stored || stored.revokedAt !== null || stored.expiresAt <= Date.now()) return null;
    return { userId: stored.userId, expiresAt: stored.expiresAt };
  }

  async revokeTokenHash(tokenHash: string): Promise<void> {
    const stored = this.tables.tokens.get(tokenHash);
    if (stored && stored.revokedAt === null) stored.revokedAt = Date.now();
  }

  async audit(entry: Omit<AuditEntry, 'id' | 'createdAt'>): Promise<void> {
    this.auditLog.push({
      ...entry,
      // Stored as the SQLite driver stores it: a copy, as JSON.
      details: JSON.parse(JSON.stringify(entry.details)) as Record<string, unknown>,
      id: this.auditLog.length + 1,
      createdAt: Date.now(),
    });
  }

  async listAudit(workspaceId: string, limit = 200): Promise<AuditEntry[]> {
    return this.auditLog
      .filter((e) => e.workspaceId === workspaceId)
      .reverse()
      .slice(0, limit)
      .map((e) => ({ ...e, details: structuredClone(e.details) }));
  }

  /** Addresses are one account whatever their case, as SQLite's NOCASE column compares them. */
  private byEmail(email: string): StoredUser | undefined {
    const wanted = foldAscii(email);
    for (const u of this.tables.users.values()) {
      if (foldAscii(u.email) === wanted) return u;
    }
    return undefined;
  }

  private toUser(stored: StoredUser): User {
    const org = this.organisations.get(stored.organisationId);
    if (!org) throw new StoreError(`organisation ${stored.organisationId} vanished`);
    return { id: stored.id, email: stored.email, name: stored.name, organisation: { ...org } };
  }
}

/** SQLite's NOCASE folds ASCII letters only. */
const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function toInvitation(stored: Invitation & { tokenHash: string }): Invitation {
  const { tokenHash: _hidden, ...invitation } = stored;
  return invitation;
}
