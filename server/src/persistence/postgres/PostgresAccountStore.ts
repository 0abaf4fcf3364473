import { randomUUID } from 'node:crypto';
import { type PairKind, Role, Side } from '@tandem/domain';
import type { AuditEvent } from '@tandem/protocol';
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { StoreError } from '../../errors';
import type {
  AccountSideStores,
  AccountStore,
  AuditEntry,
  DualPair,
  Invitation,
  Member,
  NewInvitation,
  NewUser,
  Organisation,
  User,
  Workspace,
} from '../AccountStore';
import { hashToken, newToken } from '../tokens';
import type { Database, InvitationsTable } from './Database';
import { PostgresCredentialStore } from './PostgresCredentialStore';
import { PostgresPolicyStore } from './PostgresPolicyStore';
import { PostgresSessionStore } from './PostgresSessionStore';
import { withStoreError } from './withStoreError';

/**
 * Users, organisations, workspaces, memberships, dual pairs, invitations, tokens and the audit
 * log in PostgreSQL, beside the documents. Tokens and invitation links are stored only as
 * hashes. Addresses match ignoring ASCII case, as SQLite's NOCASE does (`lower(email)` under
 * the bytewise collation, with a unique index on it).
 */
export class PostgresAccountStore implements AccountStore {
  private readonly side: AccountSideStores;

  /** `db` is migrated and shared with the document store, whose close() ends it. */
  constructor(private readonly db: Kysely<Database>) {
    this.side = {
      credentials: new PostgresCredentialStore(db),
      sessions: new PostgresSessionStore(db),
      policies: new PostgresPolicyStore(db),
    };
  }

  sideStores(): AccountSideStores {
    return this.side;
  }

  /** Insert-or-read, so two nodes making the same organisation at once both get the one row. */
  async createOrganisation(name: string, side: Side): Promise<Organisation> {
    return this.run(async (db) => {
      await db
        .insertInto('organisations')
        .values({ id: randomUUID(), name, side, created_at: Date.now() })
        .onConflict((oc) => oc.columns(['name', 'side']).doNothing())
        .execute();
      const row = await db
        .selectFrom('organisations')
        .select('id')
        .where('name', '=', name)
        .where('side', '=', side)
        .executeTakeFirstOrThrow();
      return { id: row.id, name, side };
    });
  }

  async getOrganisation(id: string): Promise<Organisation | null> {
    const row = await this.run((db) =>
      db
        .selectFrom('organisations')
        .select(['id', 'name', 'side'])
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    return row ? toOrganisation(row) : null;
  }

  async listOrganisations(): Promise<Organisation[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('organisations')
        .select(['id', 'name', 'side'])
        .orderBy('side')
        .orderBy('name')
        .execute(),
    );
    return rows.map(toOrganisation);
  }

  async organisationsUsedBy(workspaceIds: readonly string[]): Promise<Organisation[]> {
    if (workspaceIds.length === 0) return [];
    const rows = await this.run((db) =>
      db
        .selectFrom('organisations')
        .select(['id', 'name', 'side'])
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('memberships as m')
            .innerJoin('users as u', 'u.id', 'm.user_id')
            .select('u.organisation_id as id')
            .where('m.workspace_id', 'in', workspaceIds)
            .union(
              eb
                .selectFrom('invitations')
                .select('organisation_id as id')
                .where('workspace_id', 'in', workspaceIds),
            ),
        )
        .orderBy('side')
        .orderBy('name')
        .execute(),
    );
    return rows.map(toOrganisation);
  }

  async createUser(input: NewUser): Promise<User> {
    const id = randomUUID();
    await this.run((db) =>
      db
        .insertInto('users')
        .values({
          id,
          email: input.email,
          name: input.name,
          password_hash: input.passwordHash,
          organisation_id: input.organisationId,
          created_at: Date.now(),
        })
        .execute(),
    );
    const user = await this.getUser(id);
    if (!user) throw new StoreError('user vanished after insert');
    return user;
  }

  async getUser(id: string): Promise<User | null> {
    const row = await this.run((db) => selectUsers(db).where('u.id', '=', id).executeTakeFirst());
    return row ? toUser(row) : null;
  }

  async findCredentials(email: string): Promise<{ user: User; passwordHash: string } | null> {
    const row = await this.run((db) =>
      selectUsers(db)
        .where((eb) => eb(eb.fn('lower', ['u.email']), '=', eb.fn('lower', [eb.val(email)])))
        .executeTakeFirst(),
    );
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  }

  async createWorkspace(name: string): Promise<Workspace> {
    const ws = { id: randomUUID(), name, createdAt: Date.now() };
    await this.run((db) =>
      db.insertInto('workspaces').values({ id: ws.id, name, created_at: ws.createdAt }).execute(),
    );
    return ws;
  }

  async getWorkspace(id: string): Promise<Workspace | null> {
    const row = await this.run((db) =>
      db
        .selectFrom('workspaces')
        .select(['id', 'name', 'created_at'])
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    return row ? toWorkspace(row) : null;
  }

  async countWorkspaces(): Promise<number> {
    const row = await this.run((db) =>
      db
        .selectFrom('workspaces')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    return row.n;
  }

  async listWorkspaces(): Promise<Workspace[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('workspaces')
        .select(['id', 'name', 'created_at'])
        .orderBy('created_at')
        .orderBy('pos')
        .execute(),
    );
    return rows.map(toWorkspace);
  }

  async workspacesOf(userId: string): Promise<{ workspace: Workspace; role: Role }[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('memberships as m')
        .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
        .select(['w.id', 'w.name', 'w.created_at', 'm.role'])
        .where('m.user_id', '=', userId)
        .orderBy('w.name')
        .execute(),
    );
    return rows.map((r) => ({ workspace: toWorkspace(r), role: Role.parse(r.role) }));
  }

  async roleOf(workspaceId: string, userId: string): Promise<Role | null> {
    const row = await this.run((db) =>
      db
        .selectFrom('memberships')
        .select('role')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    );
    return row ? Role.parse(row.role) : null;
  }

  async setMember(workspaceId: string, userId: string, role: Role): Promise<void> {
    await this.run((db) =>
      db
        .insertInto('memberships')
        .values({ workspace_id: workspaceId, user_id: userId, role, created_at: Date.now() })
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'user_id'])
            .doUpdateSet({ role: (eb) => eb.ref('excluded.role') }),
        )
        .execute(),
    );
  }

  async removeMember(workspaceId: string, userId: string): Promise<void> {
    await this.run((db) =>
      db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('dual_pairs')
          .where('workspace_id', '=', workspaceId)
          .where((eb) => partOfPair(eb, userId))
          .execute();
        await trx
          .deleteFrom('memberships')
          .where('workspace_id', '=', workspaceId)
          .where('user_id', '=', userId)
          .execute();
      }),
    );
  }

  async listMembers(workspaceId: string): Promise<Member[]> {
    const rows = await this.run((db) =>
      selectUsers(db)
        .innerJoin('memberships as m', 'm.user_id', 'u.id')
        .select(['m.role', 'm.created_at as joined_at'])
        .where('m.workspace_id', '=', workspaceId)
        .orderBy('o.side')
        .orderBy('u.name')
        .execute(),
    );
    return rows.map((r) => ({ user: toUser(r), role: Role.parse(r.role), joinedAt: r.joined_at }));
  }

  async setPair(workspaceId: string, pair: DualPair): Promise<void> {
    await this.run((db) =>
      db
        .insertInto('dual_pairs')
        .values({
          workspace_id: workspaceId,
          kind: pair.kind,
          scope: pair.scope,
          school_user_id: pair.schoolUserId,
          enterprise_user_id: pair.enterpriseUserId,
          updated_at: Date.now(),
        })
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'kind', 'scope']).doUpdateSet((eb) => ({
            school_user_id: eb.ref('excluded.school_user_id'),
            enterprise_user_id: eb.ref('excluded.enterprise_user_id'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute(),
    );
  }

  async listPairs(workspaceId: string): Promise<DualPair[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('dual_pairs')
        .select(['kind', 'scope', 'school_user_id', 'enterprise_user_id'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('kind')
        .orderBy('scope')
        .execute(),
    );
    return rows.map((r) => ({
      kind: r.kind as PairKind,
      scope: r.scope,
      schoolUserId: r.school_user_id,
      enterpriseUserId: r.enterprise_user_id,
    }));
  }

  async removePairsOf(workspaceId: string, userId: string, kind: PairKind): Promise<number> {
    const result = await this.run((db) =>
      db
        .deleteFrom('dual_pairs')
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', kind)
        .where((eb) => partOfPair(eb, userId))
        .executeTakeFirst(),
    );
    return Number(result.numDeletedRows);
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
    await this.run((db) =>
      db
        .insertInto('invitations')
        .values({
          id: invitation.id,
          workspace_id: invitation.workspaceId,
          email: invitation.email,
          role: invitation.role,
          organisation_id: invitation.organisationId,
          token_hash: hashToken(token),
          created_by: invitation.createdBy,
          created_at: invitation.createdAt,
          expires_at: invitation.expiresAt,
        })
        .execute(),
    );
    return { invitation, token };
  }

  async findInvitation(token: string): Promise<Invitation | null> {
    return this.invitationWhere('token_hash', hashToken(token));
  }

  async getInvitation(id: string): Promise<Invitation | null> {
    return this.invitationWhere('id', id);
  }

  async listInvitations(workspaceId: string): Promise<Invitation[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('invitations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .execute(),
    );
    return rows.map(toInvitation);
  }

  /** One UPDATE decides, so of two nodes accepting the same link at once only one succeeds. */
  async consumeInvitation(id: string): Promise<boolean> {
    const result = await this.run((db) =>
      db
        .updateTable('invitations')
        .set({ accepted_at: Date.now() })
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst(),
    );
    return result.numUpdatedRows === 1n;
  }

  async revokeInvitation(id: string): Promise<void> {
    await this.run((db) =>
      db
        .updateTable('invitations')
        .set({ revoked_at: Date.now() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute(),
    );
  }

  async issueToken(userId: string, ttlMs: number): Promise<{ token: string; expiresAt: number }> {
    const token = newToken();
    const now = Date.now();
    await this.run((db) =>
      db
        .insertInto('auth_tokens')
        .values({
          token_hash: hashToken(token),
          user_id: userId,
          created_at: now,
          expires_at: now + ttlMs,
        })
        .execute(),
    );
    return { token, expiresAt: now + ttlMs };
  }

  resolveToken(token: string): Promise<{ userId: string; expiresAt: number } | null> {
    return this.resolveTokenHash(hashToken(token));
  }

  async resolveTokenHash(tokenHash: string): Promise<{ userId: string; expiresAt: number } | null> {
    const row = await this.run((db) =>
      db
        .selectFrom('auth_tokens')
        .select(['user_id', 'expires_at'])
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', Date.now())
        .executeTakeFirst(),
    );
    return row ? { userId: row.user_id, expiresAt: row.expires_at } : null;
  }

  async revokeTokenHash(tokenHash: string): Promise<void> {
    await this.run((db) =>
      db
        .updateTable('auth_tokens')
        .set({ revoked_at: Date.now() })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .execute(),
    );
  }

  async audit(entry: Omit<AuditEntry, 'id' | 'createdAt'>): Promise<void> {
    await this.run((db) =>
      db
        .insertInto('audit_log')
        .values({
          workspace_id: entry.workspaceId,
          actor_user_id: entry.actorUserId,
          event: entry.event,
          target: entry.target,
          details: JSON.stringify(entry.details),
          ip: entry.ip,
          created_at: Date.now(),
        })
        .execute(),
    );
  }

  async listAudit(workspaceId: string, limit = 200): Promise<AuditEntry[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('audit_log')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute(),
    );
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      actorUserId: r.actor_user_id,
      event: r.event as AuditEvent,
      target: r.target,
      details: r.details,
      ip: r.ip,
      createdAt: r.created_at,
    }));
  }

  private async invitationWhere(column: 'id' | 'token_hash', value: string) {
    const row = await this.run((db) =>
      db.selectFrom('invitations').selectAll().where(column, '=', value).executeTakeFirst(),
    );
    return row ? toInvitation(row) : null;
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(() => fn(this.db));
  }
}

/** Users with their organisation's name and side. */
function selectUsers(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.password_hash',
      'u.organisation_id',
      'o.name as org_name',
      'o.side as org_side',
    ]);
}

type UserRow = {
  id: string;
  email: string;
  name: string;
  organisation_id: string;
  org_name: string;
  org_side: string;
};

function partOfPair(eb: ExpressionBuilder<Database, 'dual_pairs'>, userId: string) {
  return eb.or([eb('school_user_id', '=', userId), eb('enterprise_user_id', '=', userId)]);
}

function toOrganisation(row: { id: string; name: string; side: string }): Organisation {
  return { id: row.id, name: row.name, side: Side.parse(row.side) };
}

function toWorkspace(row: { id: string; name: string; created_at: number }): Workspace {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    organisation: { id: row.organisation_id, name: row.org_name, side: Side.parse(row.org_side) },
  };
}

function toInvitation(row: Selectable<InvitationsTable>): Invitation {
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
