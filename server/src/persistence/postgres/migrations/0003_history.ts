import type { Kysely } from 'kysely';
import { optionalText, refTo, required, text, textKey } from './columns';

/** History: versions, the client-id and deletion indexes, sign-offs, comments (SQLite 3, 5). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('doc_versions')
    .addColumn('id', 'text', textKey)
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('seq', 'int8', required)
    .addColumn('kind', 'text', text)
    .addColumn('label', 'text', optionalText)
    .addColumn('reason', 'text', optionalText)
    .addColumn('created_by', 'text', optionalText)
    .addColumn('created_at', 'int8', required)
    .addColumn('state_hash', 'text', text)
    .addColumn('authors', 'jsonb', required)
    .addColumn('summary', 'text', text)
    .execute();
  await db.schema
    .createIndex('doc_versions_doc')
    .on('doc_versions')
    .columns(['doc_id', 'seq'])
    .execute();
  await db.schema
    .createTable('doc_client_ids')
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('client_id', 'int8', required)
    .addColumn('user_id', 'text', optionalText)
    .addColumn('first_seq', 'int8', required)
    .addPrimaryKeyConstraint('doc_client_ids_pkey', ['doc_id', 'client_id'])
    .execute();
  await db.schema
    .createTable('doc_client_index')
    .addColumn('doc_id', 'text', (c) => textKey(c).references('documents.id'))
    .addColumn('indexed_seq', 'int8', required)
    .execute();
  await db.schema
    .createTable('doc_deletions')
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('client_id', 'int8', required)
    .addColumn('clock', 'int8', required)
    .addColumn('len', 'int8', required)
    .addColumn('seq', 'int8', required)
    .addColumn('user_id', 'text', optionalText)
    .execute();
  await db.schema
    .createIndex('doc_deletions_item')
    .on('doc_deletions')
    .columns(['doc_id', 'client_id', 'clock'])
    .execute();
  await db.schema
    .createTable('doc_signoffs')
    .addColumn('id', 'text', textKey)
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('version_id', 'text', refTo('doc_versions'))
    .addColumn('state_hash', 'text', text)
    .addColumn('user_id', 'text', text)
    .addColumn('side', 'text', text)
    .addColumn('decision', 'text', text)
    .addColumn('comment', 'text', text)
    .addColumn('created_at', 'int8', required)
    .addColumn('chain_pos', 'int4', required)
    .addColumn('prev_hash', 'text', text)
    .addColumn('record_hash', 'text', text)
    .addUniqueConstraint('doc_signoffs_chain', ['doc_id', 'chain_pos'])
    .execute();
  await db.schema
    .createTable('comment_threads')
    .addColumn('id', 'text', textKey)
    .addColumn('doc_id', 'text', refTo('documents'))
    .addColumn('anchor', 'jsonb', required)
    .addColumn('status', 'text', text)
    .addColumn('created_by', 'text', text)
    .addColumn('created_at', 'int8', required)
    .execute();
  await db.schema
    .createIndex('comment_threads_doc')
    .on('comment_threads')
    .columns(['doc_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', textKey)
    .addColumn('thread_id', 'text', refTo('comment_threads'))
    .addColumn('kind', 'text', text)
    .addColumn('user_id', 'text', text)
    .addColumn('body', 'text', text)
    .addColumn('mentions', 'jsonb', required)
    .addColumn('created_at', 'int8', required)
    .addColumn('pos', 'int4', required)
    .execute();
  await db.schema
    .createIndex('comments_thread')
    .on('comments')
    .columns(['thread_id', 'pos'])
    .execute();
}
