import type { Side } from '@tandem/domain';
import type { SessionState, VoteChoice } from '@tandem/protocol';
import type Database from 'better-sqlite3';

interface Row {
  state: string;
}

/**
 * Committee sessions in SQLite. A session's state is one JSON document (it is read and written
 * whole, by one node); votes also get their own rows, whose primary key makes a second vote by
 * the same person on the same motion impossible even under a race.
 */
export class SessionStore {
  constructor(private readonly db: Database.Database) {}

  create(state: SessionState): void {
    const now = Date.now();
    this.db
      .prepare(
        `INSERT INTO committee_sessions (id, workspace_id, status, state, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(state.id, state.workspaceId, state.status, JSON.stringify(state), now, now);
  }

  get(id: string): SessionState | null {
    const row = this.db.prepare('SELECT state FROM committee_sessions WHERE id = ?').get(id) as
      | Row
      | undefined;
    return row ? (JSON.parse(row.state) as SessionState) : null;
  }

  list(workspaceId: string): SessionState[] {
    const rows = this.db
      .prepare('SELECT state FROM committee_sessions WHERE workspace_id = ? ORDER BY created_at')
      .all(workspaceId) as Row[];
    return rows.map((r) => JSON.parse(r.state) as SessionState);
  }

  save(state: SessionState): void {
    this.db
      .prepare('UPDATE committee_sessions SET status = ?, state = ?, updated_at = ? WHERE id = ?')
      .run(state.status, JSON.stringify({ ...state, followers: 0 }), Date.now(), state.id);
  }

  /** False when this voter already voted on this motion. */
  addVote(vote: {
    sessionId: string;
    motionId: string;
    voterId: string;
    side: Side;
    choice: VoteChoice;
  }): boolean {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO session_votes
           (session_id, motion_id, voter_id, side, choice, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(vote.sessionId, vote.motionId, vote.voterId, vote.side, vote.choice, Date.now());
    return result.changes === 1;
  }
}
