import type { SessionState } from '@tandem/protocol';
import { StoreError } from '../errors';
import { type NewVote, nextRevisionOf, type SessionStore } from './SessionStore';

interface Stored {
  workspaceId: string;
  revision: number;
  json: string;
}

/** Committee sessions in memory, each kept as JSON beside its revision, as SQLite keeps it. */
export class MemorySessionStore implements SessionStore {
  /** In creation order. */
  private readonly sessions = new Map<string, Stored>();
  private readonly votes = new Set<string>();

  async create(state: SessionState): Promise<void> {
    if (this.sessions.has(state.id)) throw new StoreError(`session ${state.id} already exists`);
    this.sessions.set(state.id, {
      workspaceId: state.workspaceId,
      revision: state.revision,
      json: JSON.stringify(state),
    });
  }

  async get(id: string): Promise<SessionState | null> {
    const stored = this.sessions.get(id);
    return stored ? read(stored) : null;
  }

  async list(workspaceId: string): Promise<SessionState[]> {
    return [...this.sessions.values()].filter((s) => s.workspaceId === workspaceId).map(read);
  }

  async save(state: SessionState, expectedRevision: number): Promise<boolean> {
    const revision = nextRevisionOf(state, expectedRevision);
    const stored = this.sessions.get(state.id);
    if (stored?.revision !== expectedRevision) return false;
    stored.revision = revision;
    stored.json = JSON.stringify({ ...state, followers: 0 });
    return true;
  }

  async addVote(vote: NewVote): Promise<boolean> {
    if (!this.sessions.has(vote.sessionId)) {
      throw new StoreError(`session ${vote.sessionId} does not exist`);
    }
    const key = JSON.stringify([vote.sessionId, vote.motionId, vote.voterId]);
    if (this.votes.has(key)) return false;
    this.votes.add(key);
    return true;
  }
}

const read = (stored: Stored): SessionState => ({
  ...(JSON.parse(stored.json) as SessionState),
  revision: stored.revision,
});
