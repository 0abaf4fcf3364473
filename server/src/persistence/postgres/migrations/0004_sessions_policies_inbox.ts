import { type Kysely, sql } from 'kysely';
import { optionalText, refTo, required, text, textKey } from './columns';

/** Committee sessions and votes, curriculum maps' policy versions, the inbox (SQLite 4, 8, 9). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('committee_sessions')
    .addColumn('id', 'text', textKey)
    .addColumn('workspace_id', 'text', refTo('workspaces'))
    .addColumn('status', 'text', (c) =>
      text(c).check(sql`status IN ('scheduled', 'live', 'ended')`),
    )
    .addColumn('state', 'jsonb', required)
    .addColumn('created_at', 'int8', required)
    .addColumn('updated_at', 'int8', required)
    .addColumn('pos', 'int8', (c) => c.generatedAlwaysAsIdentity())
    .execute();
  await db.schema
    .createIndex('committee_sessions_workspace')
    .on('committee_sessions')
    .columns(['workspace_id', 'created_at', 'pos'])
    .execute();
  await db.schema
    .createTable('session_votes')
    .addColumn('session_id', 'text', refTo('committee_sessions'))
    .addColumn('motion_id', 'text', text)
    .addColumn('voter_id', 'text', text)
    .addColumn('side', 'text', (c) => text(c).check(sql`side IN ('school', 'enterprise')`))
    .addColumn('choice', 'text', (c) => text(c).check(sql`choice IN ('for', 'against', 'abstain')`))
    .addColumn('created_at', 'int8', required)
    .addPrimaryKeyConstraint('session_votes_pkey', ['session_id', 'motion_id', 'voter_id'])
    .execute();
  await db.schema
    .createTable('policy_versions')
    .addColumn('doc_id', 'text', text)
    .addColumn('version', 'int4', required)
    .addColumn('override', 'jsonb', required)
    .addColumn('profile_id', 'text', text)
    .addColumn('changed_by', 'text', (c) => optionalText(c).references('users.id'))
    .addColumn('changed_at', 'int8', required)
    .addPrimaryKeyConstraint('policy_versions_pkey', ['doc_id', 'version'])
    .execute();
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', textKey)
    .addColumn('user_id', 'text', refTo('users'))
    .addColumn('workspace_id', 'text', text)
    .addColumn('kind', 'text', text)
    .addColumn('document_id', 'text', optionalText)
    .addColumn('session_id', 'text', optionalText)
    .addColumn('subject', 'text', optionalText)
    .addColumn('actor_id', 'text', optionalText)
    .addColumn('payload', 'jsonb', required)
    .addColumn('created_at', 'int8', required)
    .addColumn('read_at', 'int8')
    .addColumn('done_at', 'int8')
    .addColumn('pos', 'int8', (c) => c.generatedAlwaysAsIdentity())
    .execute();
  await db.schema
    .createIndex('notifications_inbox')
    .on('notifications')
    .columns(['user_id', 'created_at desc', 'pos desc'])
    .execute();
  await db.schema
    .createIndex('notifications_unread')
    .on('notifications')
    .column('user_id')
    .where(sql.ref('read_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('notifications_subject')
    .on('notifications')
    .columns(['user_id', 'kind', 'subject'])
    .where(sql.ref('done_at'), 'is', null)
    .execute();
}
