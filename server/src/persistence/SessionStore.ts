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
 * Committee sessions. A session's state is one document, read and written whole (by one node);
 * each vote is also recorded on its own, so a second vote by the same person on the same motion
 * is impossible even under a race. What a driver hands out is a copy: changing it changes
 * nothing stored. Synchronous, like the SQLite driver and the session service that calls it.
 */
export interface SessionStore {
  /** A StoreError when a session with that id exists. */
  create(state: SessionState): void;
  get(id: string): SessionState | null;
  /** The workspace's sessions, oldest first. */
  list(workspaceId: string): SessionState[];
  /** Replaces the stored state (its follower count is not kept: it is live only). */
  save(state: SessionState): void;
  /** False when this voter already voted on this motion. */
  addVote(vote: NewVote): boolean;
}
