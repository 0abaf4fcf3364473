import { type Kysely, sql } from 'kysely';
import { optionalText, refTo, required, text, textKey } from './columns';

/** Accounts, workspaces, roles, invitations, sign-in tokens, the audit log (SQLite 2 and 7). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', textKey)
    .addColumn('name', 'text', text)
    .addColumn('side', 'text', (c) => text(c).check(sql`side IN ('school', 'enterprise')`))
    .addColumn('created_at', 'int8', required)
    .addUniqueConstraint('organisations_name_side', ['name', 'side'])
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', textKey)
    .addColumn('email', 'text', text)
    .addColumn('name', 'text', text)
    .addColumn('password_hash', 'text', text)
    .addColumn('organisation_id', 'text', refTo('organisations'))
    .addColumn('created_at', 'int8', required)
    .execute();
  // SQLite's `UNIQUE COLLATE NOCASE`: lower() under collate "C" folds ASCII only, as NOCASE does.
  await db.schema
    .createIndex('users_email')
    .on('users')
    .unique()
    .expression(sql`lower(email)`)
    .execute();
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'text', textKey)
    .addColumn('name', 'text', text)
    .addColumn('created_at', 'int8', required)
    .addColumn('pos', 'int8', (c) => c.generatedAlwaysAsIdentity())
    .execute();
  await db.schema
    .createTable('memberships')
    .addColumn('workspace_id', 'text', refTo('workspaces'))
    .addColumn('user_id', 'text', refTo('users'))
    .addColumn('role', 'text', text)
    .addColumn('created_at', 'int8', required)
    .addPrimaryKeyConstraint('memberships_pkey', ['workspace_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();
  await db.schema
    .createTable('dual_pairs')
    .addColumn('workspace_id', 'text', refTo('workspaces'))
    .addColumn('kind', 'text', text)
    .addColumn('scope', 'text', text)
    .addColumn('school_user_id', 'text', refTo('users'))
    .addColumn('enterprise_user_id', 'text', refTo('users'))
    .addColumn('updated_at', 'int8', required)
    .addPrimaryKeyConstraint('dual_pairs_pkey', ['workspace_id', 'kind', 'scope'])
    .execute();
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', textKey)
    .addColumn('workspace_id', 'text', refTo('workspaces'))
    .addColumn('email', 'text', text)
    .addColumn('role', 'text', text)
    .addColumn('organisation_id', 'text', refTo('organisations'))
    .addColumn('token_hash', 'text', (c) => text(c).unique())
    .addColumn('created_by', 'text', refTo('users'))
    .addColumn('created_at', 'int8', required)
    .addColumn('expires_at', 'int8', required)
    .addColumn('accepted_at', 'int8')
    .addColumn('revoked_at', 'int8')
    .execute();
  await db.schema
    .createIndex('invitations_workspace')
    .on('invitations')
    .columns(['workspace_id', 'created_at desc'])
    .execute();
  await db.schema
    .createTable('auth_tokens')
    .addColumn('token_hash', 'text', textKey)
    .addColumn('user_id', 'text', refTo('users'))
    .addColumn('created_at', 'int8', required)
    .addColumn('expires_at', 'int8', required)
    .addColumn('revoked_at', 'int8')
    .execute();
  await db.schema.createIndex('auth_tokens_user').on('auth_tokens').column('user_id').execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'int8', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('workspace_id', 'text', optionalText)
    .addColumn('actor_user_id', 'text', optionalText)
    .addColumn('event', 'text', text)
    .addColumn('target', 'text', optionalText)
    .addColumn('details', 'jsonb', required)
    .addColumn('ip', 'text', optionalText)
    .addColumn('created_at', 'int8', required)
    .execute();
  await db.schema
    .createIndex('audit_log_workspace')
    .on('audit_log')
    .columns(['workspace_id', 'id desc'])
    .execute();
  await db.schema
    .createTable('pending_signups')
    .addColumn('id', 'text', textKey)
    .addColumn('invitation_id', 'text', refTo('invitations'))
    .addColumn('name', 'text', text)
    .addColumn('password_hash', 'text', text)
    .addColumn('token_hash', 'text', (c) => text(c).unique())
    .addColumn('created_at', 'int8', required)
    .addColumn('expires_at', 'int8', required)
    .addColumn('used_at', 'int8')
    .execute();
  await db.schema
    .createIndex('pending_signups_invitation')
    .on('pending_signups')
    .columns(['invitation_id', 'created_at desc'])
    .execute();
  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', textKey)
    .addColumn('user_id', 'text', refTo('users'))
    .addColumn('created_at', 'int8', required)
    .addColumn('expires_at', 'int8', required)
    .addColumn('used_at', 'int8')
    .execute();
}
