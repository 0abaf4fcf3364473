import type Database from 'better-sqlite3';

/**
 * Schema migrations, versioned in the database itself (`schema_migrations`). Append new
 * entries; never edit one that has shipped.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, update log, checkpoints',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX documents_updated_at ON documents (updated_at DESC);
      CREATE TABLE doc_updates (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        conn_id TEXT NOT NULL,
        user_id TEXT,
        client_ids TEXT NOT NULL,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE doc_checkpoints (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        state BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'accounts, workspaces, roles, invitations, sessions, audit log',
    sql: `
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('school', 'enterprise')),
        created_at INTEGER NOT NULL,
        UNIQUE (name, side)
      );
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        organisation_id TEXT NOT NULL REFERENCES organisations (id),
        created_at INTEGER NOT NULL
      );
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE memberships (
        workspace_id TEXT NOT NULL REFERENCES workspaces (id),
        user_id TEXT NOT NULL REFERENCES users (id),
        role TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (workspace_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX memberships_user ON memberships (user_id);
      CREATE TABLE dual_pairs (
        workspace_id TEXT NOT NULL REFERENCES workspaces (id),
        kind TEXT NOT NULL,
        scope TEXT NOT NULL,
        school_user_id TEXT NOT NULL REFERENCES users (id),
        enterprise_user_id TEXT NOT NULL REFERENCES users (id),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (workspace_id, kind, scope)
      ) WITHOUT ROWID;
      CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id),
        email TEXT NOT NULL COLLATE NOCASE,
        role TEXT NOT NULL,
        organisation_id TEXT NOT NULL REFERENCES organisations (id),
        token_hash TEXT NOT NULL UNIQUE,
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        accepted_at INTEGER,
        revoked_at INTEGER
      );
      CREATE TABLE auth_tokens (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at INTEGER
      ) WITHOUT ROWID;
      CREATE INDEX auth_tokens_user ON auth_tokens (user_id);
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        workspace_id TEXT,
        actor_user_id TEXT,
        event TEXT NOT NULL,
        target TEXT,
        details TEXT NOT NULL,
        ip TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX audit_log_workspace ON audit_log (workspace_id, id DESC);
      ALTER TABLE documents ADD COLUMN workspace_id TEXT REFERENCES workspaces (id);
      ALTER TABLE documents ADD COLUMN deleted_at INTEGER;
      CREATE INDEX documents_workspace ON documents (workspace_id, updated_at DESC);
    `,
  },
  {
    version: 3,
    name: 'history: versions, client ids, sign-offs, comments',
    sql: `
      CREATE TABLE doc_versions (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents (id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        label TEXT,
        reason TEXT,
        created_by TEXT,
        created_at INTEGER NOT NULL,
        state_hash TEXT NOT NULL,
        authors TEXT NOT NULL,
        summary TEXT NOT NULL
      );
      CREATE INDEX doc_versions_doc ON doc_versions (doc_id, seq);
      CREATE TABLE doc_client_ids (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        client_id INTEGER NOT NULL,
        user_id TEXT,
        first_seq INTEGER NOT NULL,
        PRIMARY KEY (doc_id, client_id)
      ) WITHOUT ROWID;
      CREATE TABLE doc_client_index (
        doc_id TEXT PRIMARY KEY REFERENCES documents (id),
        indexed_seq INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE doc_signoffs (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents (id),
        version_id TEXT NOT NULL REFERENCES doc_versions (id),
        state_hash TEXT NOT NULL,
        user_id TEXT NOT NULL,
        side TEXT NOT NULL,
        decision TEXT NOT NULL,
        comment TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        chain_pos INTEGER NOT NULL,
        prev_hash TEXT NOT NULL,
        record_hash TEXT NOT NULL,
        UNIQUE (doc_id, chain_pos)
      );
      CREATE TABLE comment_threads (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents (id),
        anchor TEXT NOT NULL,
        status TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX comment_threads_doc ON comment_threads (doc_id, created_at);
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES comment_threads (id),
        kind TEXT NOT NULL,
        user_id TEXT NOT NULL,
        body TEXT NOT NULL,
        mentions TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        pos INTEGER NOT NULL
      );
      CREATE INDEX comments_thread ON comments (thread_id, pos);
    `,
  },
  {
    // Version 3 is history's; the loop below applies whichever of them is missing, in order.
    version: 4,
    name: 'committee sessions and their votes',
    sql: `
      CREATE TABLE committee_sessions (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id),
        status TEXT NOT NULL CHECK (status IN ('scheduled', 'live', 'ended')),
        state TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX committee_sessions_workspace ON committee_sessions (workspace_id, created_at);
      CREATE TABLE session_votes (
        session_id TEXT NOT NULL REFERENCES committee_sessions (id),
        motion_id TEXT NOT NULL,
        voter_id TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('school', 'enterprise')),
        choice TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, motion_id, voter_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    // History's: who deleted what, so a redline attributes deletions with an index lookup
    // instead of decoding every update of the range (H6). Kept when old log rows are merged
    // (H15). Resetting the client index makes the next read re-index the whole log, which fills
    // this table for documents logged before it existed (client ids are upserted, not lost).
    version: 5,
    name: 'history: deletion index',
    sql: `
      CREATE TABLE doc_deletions (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        client_id INTEGER NOT NULL,
        clock INTEGER NOT NULL,
        len INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        user_id TEXT
      );
      CREATE INDEX doc_deletions_item ON doc_deletions (doc_id, client_id, clock);
      DELETE FROM doc_client_index;
    `,
  },
  {
    // The sync layer's: each Yjs client id belongs to the person who first logged it, so an
    // editor cannot write under someone else's id. Filled from the log for existing documents
    // (lowest seq first, so the first writer wins); written with every append from now on.
    version: 6,
    name: 'client id owners, store health probe',
    sql: `
      CREATE TABLE doc_client_owners (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        client_id INTEGER NOT NULL,
        user_id TEXT,
        first_seq INTEGER NOT NULL,
        PRIMARY KEY (doc_id, client_id)
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO doc_client_owners (doc_id, client_id, user_id, first_seq)
        SELECT u.doc_id, c.value, u.user_id, u.seq
        FROM doc_updates u, json_each(u.client_ids) c
        ORDER BY u.doc_id, u.seq;
      CREATE TABLE store_health (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        checked_at INTEGER NOT NULL
      );
    `,
  },
  {
    // Auth's: an invitation answered by someone whose address is not yet proven waits here
    // until the mailed link (or, without mail, an owner) confirms it; password-reset links.
    // Only token hashes are stored.
    version: 7,
    name: 'auth: pending sign-ups, password resets',
    sql: `
      CREATE TABLE pending_signups (
        id TEXT PRIMARY KEY,
        invitation_id TEXT NOT NULL REFERENCES invitations (id),
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      );
      CREATE INDEX pending_signups_invitation ON pending_signups (invitation_id, created_at DESC);
      CREATE TABLE password_resets (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      ) WITHOUT ROWID;
    `,
  },
  {
    // A curriculum map's policy profile, one row per adopted version (append-only): who set
    // it, when, and the whole override, so any version can be shown or compared later.
    version: 8,
    name: 'policy: versioned profiles of curriculum maps',
    sql: `
      CREATE TABLE policy_versions (
        doc_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        override TEXT NOT NULL,
        profile_id TEXT NOT NULL,
        changed_by TEXT REFERENCES users (id),
        changed_at INTEGER NOT NULL,
        PRIMARY KEY (doc_id, version)
      ) WITHOUT ROWID;
    `,
  },
  {
    // The inbox: one row per person told something (a mention, an awaited sign-off, a session
    // invitation, an action). `subject` finds a request again once it is done; `payload` is
    // the little JSON (title, excerpt) the bell shows without reading anything else.
    version: 9,
    name: 'inbox: notifications',
    sql: `
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        workspace_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        document_id TEXT,
        session_id TEXT,
        subject TEXT,
        actor_id TEXT,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        read_at INTEGER,
        done_at INTEGER
      );
      CREATE INDEX notifications_inbox ON notifications (user_id, created_at DESC);
      CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
      CREATE INDEX notifications_subject ON notifications (user_id, kind, subject)
        WHERE done_at IS NULL;
    `,
  },
  {
    // Sessions': every save names the revision it read and lands only if it is still the stored
    // one, so nodes sharing the store never overwrite each other's changes of a session.
    version: 10,
    name: 'sessions: revisions',
    sql: `
      ALTER TABLE committee_sessions ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    // The log's: runs of logged updates a checkpoint covers move from doc_updates into one
    // compressed row each (packedLog.ts), keyed by their last seq; the time range lets the
    // lookups by time open only the pack they need. Checkpoint states may be compressed too
    // (0: a raw Yjs update, as every older row; 1: brotli). Existing logs stay loose until
    // their document's next checkpoint packs them.
    version: 11,
    name: 'log packs, compressed checkpoints',
    sql: `
      CREATE TABLE doc_log_packs (
        doc_id TEXT NOT NULL REFERENCES documents (id),
        last_seq INTEGER NOT NULL,
        first_seq INTEGER NOT NULL,
        count INTEGER NOT NULL,
        min_created_at INTEGER NOT NULL,
        max_created_at INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (doc_id, last_seq)
      );
      ALTER TABLE doc_checkpoints ADD COLUMN encoding INTEGER NOT NULL DEFAULT 0;
    `,
  },
];

export function migrate(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as {
    v: number | null;
  };
  const current = row.v ?? 0;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `database schema ${current} is newer than this build (${latest}); upgrade Tandem`,
    );
  }
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, Date.now());
    })();
  }
  return latest;
}
