import type { SessionState } from '@tandem/protocol';
import type { Kysely } from 'kysely';
import { type NewVote, nextRevisionOf, type SessionStore } from '../SessionStore';
import type { Database } from './Database';
import { withStoreError } from './withStoreError';

/** The revision column is the stored one (states saved before migration 0005 carry none). */
const read = (row: { state: unknown; revision: number }): SessionState => ({
  ...(row.state as SessionState),
  revision: row.revision,
});

/**
 * Committee sessions beside the accounts: a session's state is one jsonb column beside its
 * revision; votes also
 * get their own rows, whose primary key makes a second vote by the same person on the same
 * motion impossible, whichever node each arrives at.
 */
export class PostgresSessionStore implements SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(state: SessionState): Promise<void> {
    const now = Date.now();
    await this.run((db) =>
      db
        .insertInto('committee_sessions')
        .values({
          id: state.id,
          workspace_id: state.workspaceId,
          status: state.status,
          state: JSON.stringify(state),
          revision: state.revision,
          created_at: now,
          updated_at: now,
        })
        .execute(),
    );
  }

  async get(id: string): Promise<SessionState | null> {
    const row = await this.run((db) =>
      db
        .selectFrom('committee_sessions')
        .select(['state', 'revision'])
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    return row ? read(row) : null;
  }

  async list(workspaceId: string): Promise<SessionState[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('committee_sessions')
        .select(['state', 'revision'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy('pos')
        .execute(),
    );
    return rows.map(read);
  }

  /**
   * A conditional UPDATE. Of two nodes saving over one revision, the second waits on the row
   * lock, then re-checks its WHERE against the row the first committed (READ COMMITTED), finds
   * the revision moved on and updates nothing.
   */
  async save(state: SessionState, expectedRevision: number): Promise<boolean> {
    const revision = nextRevisionOf(state, expectedRevision);
    const row = await this.run((db) =>
      db
        .updateTable('committee_sessions')
        .set({
          status: state.status,
          state: JSON.stringify({ ...state, followers: 0 }),
          revision,
          updated_at: Date.now(),
        })
        .where('id', '=', state.id)
        .where('revision', '=', expectedRevision)
        .returning('id')
        .executeTakeFirst(),
    );
    return row !== undefined;
  }

  async addVote(vote: NewVote): Promise<boolean> {
    const row = await this.run((db) =>
      db
        .insertInto('session_votes')
        .values({
          session_id: vote.sessionId,
          motion_id: vote.motionId,
          voter_id: vote.voterId,
          side: vote.side,
          choice: vote.choice,
          created_at: Date.now(),
        })
        .onConflict((oc) => oc.columns(['session_id', 'motion_id', 'voter_id']).doNothing())
        .returning('voter_id')
        .executeTakeFirst(),
    );
    return row !== undefined;
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(() => fn(this.db));
  }
}
