import type { SessionState } from '@tandem/protocol';
import { StoreError } from '../errors';
import type { NewVote, SessionStore } from './SessionStore';

/** Committee sessions in memory, each kept as JSON, as the SQLite driver keeps it. */
export class MemorySessionStore implements SessionStore {
  /** In creation order. */
  private readonly sessions = new Map<string, { workspaceId: string; json: string }>();
  private readonly votes = new Set<string>();

  async create(state: SessionState): Promise<void> {
    if (this.sessions.has(state.id)) throw new StoreError(`session ${state.id} already exists`);
    this.sessions.set(state.id, { workspaceId: state.workspaceId, json: JSON.stringify(state) });
  }

  async get(id: string): Promise<SessionState | null> {
    const stored = this.sessions.get(id);
    return stored ? (JSON.parse(stored.json) as SessionState) : null;
  }

  async list(workspaceId: string): Promise<SessionState[]> {
    return [...this.sessions.values()]
      .filter((s) => s.workspaceId === workspaceId)
      .map((s) => JSON.parse(s.json) as SessionState);
  }

  async save(state: SessionState): Promise<void> {
    const stored = this.sessions.get(state.id);
    if (stored) stored.json = JSON.stringify({ ...state, followers: 0 });
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
