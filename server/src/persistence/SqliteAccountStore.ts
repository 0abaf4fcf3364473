import { randomUUID } from 'node:crypto';
import { type PairKind, Role, Side } from '@tandem/domain';
import type { Statement } from 'better-sqlite3';
import { StoreError } from '../errors';
import type {
  AccountSideStores,
  AccountStore,
  AuditEntry,
  AuditEvent,
  DualPair,
  Invitation,
  Member,
  NewInvitation,
  NewUser,
  Organisation,
  User,
  Workspace,
} from './AccountStore';
import type { SqliteDatabase } from './openDatabase';
import { SqliteCredentialStore } from './SqliteCredentialStore';
import { SqlitePolicyStore } from './SqlitePolicyStore';
import { SqliteSessionStore } from './SqliteSessionStore';
import { hashToken, newToken } from './tokens';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  organisation_id: string;
  org_name: string;
  org_side: string;
}
interface InvitationRow {
  id: string;
  workspace_id: string;
  email: string;
  role: string;
  organisation_id: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  revoked_at: number | null;
}

const USER_SELECT = `SELECT u.*, o.name AS org_name, o.side AS org_side
  FROM users u JOIN organisations o ON o.id = u.organisation_id`;

/**
 * Users, organisations, workspaces, memberships, dual pairs, invitations, tokens and the audit
 * log, in the same SQLite file as the documents. Tokens and invitation links are stored only
 * as hashes.
 */
export class SqliteAccountStore implements AccountStore {
  private readonly side: AccountSideStores;

  constructor(private readonly db: SqliteDatabase) {
    this.side = {
      credentials: new SqliteCredentialStore(db),
      sessions: new SqliteSessionStore(db),
      policies: new SqlitePolicyStore(db),
    };
  }

  sideStores(): AccountSideStores {
    return this.side;
  }

  async createOrganisation(name: string, side: Side): Promise<Organisation> {
    const existing = this.one(
      'SELECT id FROM organisations WHERE name = ? AND side = ?',
      name,
      side,
    ) as { id: string } | undefined;
    if (existing) return { id: existing.id, name, side };
    const id = randomUUID();
    this.run(() =>
      this.exec(
        'INSERT INTO organisations (id, name, side, created_at) VALUES (?, ?, ?, ?)',
        id,
        name,
        side,
        Date.now(),
      ),
    );
    return { id, name, side };
  }

  async getOrganisation(id: string): Promise<Organisation | null> {
    const row = this.one('SELECT id, name, side FROM organisations WHERE id = ?', id) as
      | OrganisationRow
      | undefined;
    return row ? toOrganisation(row) : null;
  }

  async listOrganisations(): Promise<Organisation[]> {
    const rows = this.many(
      'SELECT id, name, side FROM organisations ORDER BY side, name',
    ) as OrganisationRow[];
    return rows.map(toOrganisation);
  }

  async organisationsUsedBy(workspaceIds: readonly string[]): Promise<Organisation[]> {
    if (workspaceIds.length === 0) return [];
    const marks = workspaceIds.map(() => '?').join(', ');
    // Not cached: the statement's shape depends on how many workspaces are asked about.
    const rows = this.run(() =>
      this.db
        .prepare(
          `SELECT id, name, side FROM organisations WHERE id IN (
             SELECT u.organisation_id FROM memberships m JOIN users u ON u.id = m.user_id
               WHERE m.workspace_id IN (${marks})
             UNION
             SELECT organisation_id FROM invitations WHERE workspace_id IN (${marks})
           ) ORDER BY side, name`,
        )
        .all(...workspaceIds, ...workspaceIds),
    ) as OrganisationRow[];
    return rows.map(toOrganisation);
  }

  async createUser(input: NewUser): Promise<User> {
    const id = randomUUID();
    this.run(() =>
      this.exec(
        `INSERT INTO users (id, email, name, password_hash, organisation_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        id,
        input.email,
        input.name,
        input.passwordHash,
        input.organisationId,
        Date.now(),
      ),
    );
    const user = await this.getUser(id);
    if (!user) throw new StoreError('user vanished after insert');
    return user;
  }

  async getUser(id: string): Promise<User | null> {
    const row = this.one(`${USER_SELECT} WHERE u.id = ?`, id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  /** The user and their password hash, for sign-in only. */
  async findCredentials(email: string): Promise<{ user: User; passwordHash: string } | null> {
    const row = this.one(`${USER_SELECT} WHERE u.email = ?`, email) as UserRow | undefined;
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  }

  async createWorkspace(name: string): Promise<Workspace> {
    const ws = { id: randomUUID(), name, createdAt: Date.now() };
    this.run(() =>
      this.exec(
        'INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)',
        ws.id,
        ws.name,
        ws.createdAt,
      ),
    );
    return ws;
  }

  async getWorkspace(id: string): Promise<Workspace | null> {
    const row = this.one('SELECT id, name, created_at FROM workspaces WHERE id = ?', id) as
      | { id: string; name: string; created_at: number }
      | undefined;
    return row ? { id: row.id, name: row.name, createdAt: row.created_at } : null;
  }

  async countWorkspaces(): Promise<number> {
    return (this.one('SELECT COUNT(*) AS n FROM workspaces') as { n: number }).n;
  }

  async listWorkspaces(): Promise<Workspace[]> {
    const rows = this.many(
      'SELECT id, name, created_at FROM workspaces ORDER BY created_at, rowid',
    ) as { id: string; name: string; created_at: number }[];
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
  }

  async workspacesOf(userId: string): Promise<{ workspace: Workspace; role: Role }[]> {
    const rows = this.many(
      `SELECT w.id, w.name, w.created_at, m.role FROM memberships m
         JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = ? ORDER BY w.name`,
      userId,
    ) as { id: string; name: string; created_at: number; role: string }[];
    return rows.map((r) => ({
      workspace: { id: r.id, name: r.name, createdAt: r.created_at },
      role: Role.parse(r.role),
    }));
  }

  async roleOf(workspaceId: string, userId: string): Promise<Role | null> {
    const row = this.one(
      'SELECT role FROM memberships WHERE workspace_id = ? AND user_id = ?',
      workspaceId,
      userId,
    ) as { role: string } | undefined;
    return row ? Role.parse(row.role) : null;
  }

  async setMember(workspaceId: string, userId: string, role: Role): Promise<void> {
    this.run(() =>
      this.exec(
        `INSERT INTO memberships (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role`,
        workspaceId,
        userId,
        role,
        Date.now(),
      ),
    );
  }

  /** Removes the membership and any dual pair the member was part of in this workspace. */
  async removeMember(workspaceId: string, userId: string): Promise<void> {
    this.run(() =>
      this.db
        .transaction(() => {
          this.exec(
            `DELETE FROM dual_pairs WHERE workspace_id = ?
             AND (school_user_id = ? OR enterprise_user_id = ?)`,
            workspaceId,
            userId,
            userId,
          );
          this.exec(
            'DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?',
            workspaceId,
            userId,
          );
        })
        .immediate(),
    );
  }

  async listMembers(workspaceId: string): Promise<Member[]> {
    const rows = this.many(
      `SELECT u.*, o.name AS org_name, o.side AS org_side, m.role, m.created_at AS joined_at
         FROM memberships m JOIN users u ON u.id = m.user_id
         JOIN organisations o ON o.id = u.organisation_id
         WHERE m.workspace_id = ? ORDER BY o.side, u.name`,
      workspaceId,
    ) as (UserRow & { role: string; joined_at: number })[];
    return rows.map((r) => ({ user: toUser(r), role: Role.parse(r.role), joinedAt: r.joined_at }));
  }

  async setPair(workspaceId: string, pair: DualPair): Promise<void> {
    this.run(() =>
      this.exec(
        `INSERT INTO dual_pairs (workspace_id, kind, scope, school_user_id, enterprise_user_id, updated_at)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, kind, scope) DO UPDATE SET
           school_user_id = excluded.school_user_id, enterprise_user_id = excluded.enterprise_user_id,
           updated_at = excluded.updated_at`,
        workspaceId,
        pair.kind,
        pair.scope,
        pair.schoolUserId,
        pair.enterpriseUserId,
        Date.now(),
      ),
    );
  }

  async listPairs(workspaceId: string): Promise<DualPair[]> {
    const rows = this.many(
      `SELECT kind, scope, school_user_id, enterprise_user_id FROM dual_pairs
         WHERE workspace_id = ? ORDER BY kind, scope`,
      workspaceId,
    ) as {
      kind: PairKind;
      scope: string;
      school_user_id: string;
      enterprise_user_id: string;
    }[];
    return rows.map((r) => ({
      kind: r.kind,
      scope: r.scope,
      schoolUserId: r.school_user_id,
      enterpriseUserId: r.enterprise_user_id,
    }));
  }

  async removePairsOf(workspaceId: string, userId: string, kind: PairKind): Promise<number> {
    return this.exec(
      `DELETE FROM dual_pairs WHERE workspace_id = ? AND kind = ?
         AND (school_user_id = ? OR enterprise_user_id = ?)`,
      workspaceId,
      kind,
      userId,
      userId,
    ).changes;
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
    this.run(() =>
      this.exec(
        `INSERT INTO invitations (id, workspace_id, email, role, organisation_id, token_hash,
           created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        invitation.id,
        invitation.workspaceId,
        invitation.email,
        invitation.role,
        invitation.organisationId,
        hashToken(token),
        invitation.createdBy,
        invitation.createdAt,
        invitation.expiresAt,
      ),
    );
    return { invitation, token };
  }

  async findInvitation(token: string): Promise<Invitation | null> {
    const row = this.one('SELECT * FROM invitations WHERE token_hash = ?', hashToken(token)) as
      | InvitationRow
      | undefined;
    return row ? toInvitation(row) : null;
  }

  async getInvitation(id: string): Promise<Invitation | null> {
    const row = this.one('SELECT * FROM invitations WHERE id = ?', id) as InvitationRow | undefined;
    return row ? toInvitation(row) : null;
  }

  async listInvitations(workspaceId: string): Promise<Invitation[]> {
    const rows = this.many(
      'SELECT * FROM invitations WHERE workspace_id = ? ORDER BY created_at DESC',
      workspaceId,
    ) as InvitationRow[];
    return rows.map(toInvitation);
  }

  /** Marks an invitation used; false if it was already used or revoked (single use). */
  async consumeInvitation(id: string): Promise<boolean> {
    const result = this.exec(
      `UPDATE invitations SET accepted_at = ?
         WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL`,
      Date.now(),
      id,
    );
    return result.changes === 1;
  }

  async revokeInvitation(id: string): Promise<void> {
    this.exec(
      'UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      Date.now(),
      id,
    );
  }

  async issueToken(userId: string, ttlMs: number): Promise<{ token: string; expiresAt: number }> {
    const token = newToken();
    const now = Date.now();
    this.run(() =>
      this.exec(
        'INSERT INTO auth_tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
        hashToken(token),
        userId,
        now,
        now + ttlMs,
      ),
    );
    return { token, expiresAt: now + ttlMs };
  }

  /** The user a live token belongs to and when it runs out; null when unknown, expired or revoked. */
  resolveToken(token: string): Promise<{ userId: string; expiresAt: number } | null> {
    return this.resolveTokenHash(hashToken(token));
  }

  async resolveTokenHash(tokenHash: string): Promise<{ userId: string; expiresAt: number } | null> {
    const row = this.one(
      `SELECT user_id, expires_at FROM auth_tokens WHERE token_hash = ?
         AND revoked_at IS NULL AND expires_at > ?`,
      tokenHash,
      Date.now(),
    ) as { user_id: string; expires_at: number } | undefined;
    return row ? { userId: row.user_id, expiresAt: row.expires_at } : null;
  }

  async revokeTokenHash(tokenHash: string): Promise<void> {
    this.exec(
      'UPDATE auth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
      Date.now(),
      tokenHash,
    );
  }

  async audit(entry: Omit<AuditEntry, 'id' | 'createdAt'>): Promise<void> {
    this.run(() =>
      this.exec(
        `INSERT INTO audit_log (workspace_id, actor_user_id, event, target, details, ip, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        entry.workspaceId,
        entry.actorUserId,
        entry.event,
        entry.target,
        JSON.stringify(entry.details),
        entry.ip,
        Date.now(),
      ),
    );
  }

  /** A workspace's security events, newest first. */
  async listAudit(workspaceId: string, limit = 200): Promise<AuditEntry[]> {
    const rows = this.many(
      'SELECT * FROM audit_log WHERE workspace_id = ? ORDER BY id DESC LIMIT ?',
      workspaceId,
      limit,
    ) as {
      id: number;
      workspace_id: string | null;
      actor_user_id: string | null;
      event: AuditEvent;
      target: string | null;
      details: string;
      ip: string | null;
      created_at: number;
    }[];
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      actorUserId: r.actor_user_id,
      event: r.event,
      target: r.target,
      details: JSON.parse(r.details) as Record<string, unknown>,
      ip: r.ip,
      createdAt: r.created_at,
    }));
  }

  private readonly statements = new Map<string, Statement<unknown[]>>();

  private statement(sql: string): Statement<unknown[]> {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<unknown[]>(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private one(sql: string, ...params: unknown[]): unknown {
    return this.run(() => this.statement(sql).get(...params));
  }

  private many(sql: string, ...params: unknown[]): unknown[] {
    return this.run(() => this.statement(sql).all(...params));
  }

  private exec(sql: string, ...params: unknown[]) {
    return this.run(() => this.statement(sql).run(...params));
  }

  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw new StoreError(`sqlite: ${String(err)}`, { cause: err });
    }
  }
}

interface OrganisationRow {
  id: string;
  name: string;
  side: string;
}

function toOrganisation(row: OrganisationRow): Organisation {
  return { id: row.id, name: row.name, side: Side.parse(row.side) };
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    organisation: { id: row.organisation_id, name: row.org_name, side: Side.parse(row.org_side) },
  };
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    email: row.email,
    role: Role.parse(row.role),
    organisationId: row.organisation_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}
