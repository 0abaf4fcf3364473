import type { Side } from '@tandem/domain';
import type { SessionState, VoteChoice } from '@tandem/protocol';
import { StoreError } from '../errors';

export interface NewVote {
  sessionId: string;
  motionId: string;
  voterId: string;
  side: Side;
  choice: VoteChoice;
}

/**
 * Committee sessions, shared by every node. A session's state is one document, read and written
 * whole, and carries a `revision`: a save names the revision its change was read at and
 * succeeds only if that is still the stored one (optimistic concurrency), so two nodes' changes
 * read from one revision can never both land and the loser re-reads and re-runs (or refuses).
 * Each vote is also recorded on its own row (one per person and motion). What a driver hands
 * out is a copy: changing it changes nothing stored. Asynchronous, so a driver may answer over
 * the network (PostgreSQL) as well as from a file.
 */
export interface SessionStore {
  /** Stores a new session at the revision it carries (0). Rejects with a StoreError when a
   * session with that id exists. */
  create(state: SessionState): Promise<void>;
  /** The stored state, its `revision` the stored one. */
  get(id: string): Promise<SessionState | null>;
  /** The workspace's sessions, oldest first. */
  list(workspaceId: string): Promise<SessionState[]>;
  /**
   * Replaces the stored state only while its revision is `expectedRevision`; `state.revision`
   * must be the next one (`expectedRevision + 1`, else a StoreError). False, changing nothing,
   * when another save got there first (or the session does not exist). The follower count is
   * not kept: it is live only.
   */
  save(state: SessionState, expectedRevision: number): Promise<boolean>;
  /** False when this voter already voted on this motion. */
  addVote(vote: NewVote): Promise<boolean>;
}

/** The precondition every driver checks: a save moves the revision on by exactly one. */
export function nextRevisionOf(state: SessionState, expectedRevision: number): number {
  if (state.revision !== expectedRevision + 1) {
    throw new StoreError(
      `session ${state.id}: saving revision ${state.revision} over ${expectedRevision}`,
    );
  }
  return state.revision;
}
