import type { SessionState } from '@tandem/protocol';
import { StoreError } from '../errors';
import type { SqliteDatabase } from './openDatabase';
import { type NewVote, nextRevisionOf, type SessionStore } from './SessionStore';

interface Row {
  state: string;
  revision: number;
}

/** The revision column is the stored one (states saved before migration 10 carry none). */
const read = (row: Row): SessionState => ({
  ...(JSON.parse(row.state) as SessionState),
  revision: row.revision,
});

/**
 * Committee sessions in SQLite: a session's state is one JSON column beside its revision; votes also get their own
 * rows, whose primary key makes a second vote by the same person on the same motion impossible.
 */
export class SqliteSessionStore implements SessionStore {
  constructor(private readonly db: SqliteDatabase) {}

  async create(state: SessionState): Promise<void> {
    const now = Date.now();
    try {
      this.db
        .prepare(
          `INSERT INTO committee_sessions
             (id, workspace_id, status, state, revision, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          state.id,
          state.workspaceId,
          state.status,
          JSON.stringify(state),
          state.revision,
          now,
          now,
        );
    } catch (err) {
      throw new StoreError(`sqlite: ${String(err)}`, { cause: err });
    }
  }

  async get(id: string): Promise<SessionState | null> {
    const row = this.db
      .prepare('SELECT state, revision FROM committee_sessions WHERE id = ?')
      .get(id) as Row | undefined;
    return row ? read(row) : null;
  }

  async list(workspaceId: string): Promise<SessionState[]> {
    const rows = this.db
      .prepare(
        `SELECT state, revision FROM committee_sessions WHERE workspace_id = ?
         ORDER BY created_at, rowid`,
      )
      .all(workspaceId) as Row[];
    return rows.map(read);
  }

  /** One conditional UPDATE: SQLite runs it whole, so of two saves over one revision one wins. */
  async save(state: SessionState, expectedRevision: number): Promise<boolean> {
    const revision = nextRevisionOf(state, expectedRevision);
    const result = this.db
      .prepare(
        `UPDATE committee_sessions SET status = ?, state = ?, revision = ?, updated_at = ?
         WHERE id = ? AND revision = ?`,
      )
      .run(
        state.status,
        JSON.stringify({ ...state, followers: 0 }),
        revision,
        Date.now(),
        state.id,
        expectedRevision,
      );
    return result.changes === 1;
  }

  /** False when this voter already voted on this motion. */
  async addVote(vote: NewVote): Promise<boolean> {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO session_votes
           (session_id, motion_id, voter_id, side, choice, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(vote.sessionId, vote.motionId, vote.voterId, vote.side, vote.choice, Date.now());
    return result.changes === 1;
  }
}
