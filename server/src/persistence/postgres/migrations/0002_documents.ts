import { type Kysely, sql } from 'kysely';
import { optionalText, refTo, required, text, textKey } from './columns';

/**
 * Documents, their update log and checkpoints, who owns each Yjs client id, the health probe
 * (SQLite 1, 2 and 6). The log's primary key (doc_id, seq) is also what makes two nodes that
 * somehow picked the same seq fail instead of both writing it (PostgresDocumentStore).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', textKey)
    .addColumn('workspace_id', 'text', (c) => optionalText(c).references('workspaces.id'))
    .addColumn('type', 'text', text)
    .addColumn('title', 'text', text)
    .addColumn('created_at', 'int8', required)
    .addColumn('updated_at', 'int8', required)
    .addColumn('deleted_at', 'int8')
    .execute();
  await db.schema
    .createIndex('documents_updated_at')
    .on('documents')
    .columns(['updated_at desc'])
    .execute();
  await db.schema
    .createIndex('documents_workspace')
    .on('documents')
    .columns(['workspace_id', 'updated_at desc'])
    .execute();
  await db.schema
    .createTable('doc_updates')
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('seq', 'int8', required)
    .addColumn('data', 'bytea', required)
    .addColumn('created_at', 'int8', required)
    .addColumn('conn_id', 'text', text)
    .addColumn('user_id', 'text', optionalText)
    .addColumn('client_ids', 'jsonb', required)
    .addPrimaryKeyConstraint('doc_updates_pkey', ['doc_id', 'seq'])
    .execute();
  await db.schema
    .createTable('doc_checkpoints')
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('seq', 'int8', required)
    .addColumn('state', 'bytea', required)
    .addColumn('created_at', 'int8', required)
    .addPrimaryKeyConstraint('doc_checkpoints_pkey', ['doc_id', 'seq'])
    .execute();
  await db.schema
    .createTable('doc_client_owners')
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('client_id', 'int8', required)
    .addColumn('user_id', 'text', optionalText)
    .addColumn('first_seq', 'int8', required)
    .addPrimaryKeyConstraint('doc_client_owners_pkey', ['doc_id', 'client_id'])
    .execute();
  await db.schema
    .createTable('store_health')
    .addColumn('id', 'int4', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('checked_at', 'int8', required)
    .execute();
}
