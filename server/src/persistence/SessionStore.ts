import type { Side } from '@tandem/domain';
import type { SessionState, VoteChoice } from '@tandem/protocol';

export interface NewVote {
  sessionId: string;
  motionId: string;
  voterId: string;
  side: Side;
  choice: VoteChoice;
}

/**
 * Committee sessions. A session's state is one document, read and written whole (by one node,
 * whose session service runs one change of a session at a time, so saves reach the store in
 * order); each vote is also recorded on its own, so a second vote by the same person on the
 * same motion is impossible even under a race. What a driver hands out is a copy: changing it
 * changes nothing stored. Asynchronous, so a driver may answer over the network (PostgreSQL)
 * as well as from a file.
 */
export interface SessionStore {
  /** Rejects with a StoreError when a session with that id exists. */
  create(state: SessionState): Promise<void>;
  get(id: string): Promise<SessionState | null>;
  /** The workspace's sessions, oldest first. */
  list(workspaceId: string): Promise<SessionState[]>;
  /** Replaces the stored state (its follower count is not kept: it is live only). */
  save(state: SessionState): Promise<void>;
  /** False when this voter already voted on this motion. */
  addVote(vote: NewVote): Promise<boolean>;
}
