import { randomBytes } from 'node:crypto';
import type { Role } from '@tandem/domain';
import type {
  PresenceEntry,
  SessionDecide,
  SessionPerson,
  SessionPresent,
  SessionSchedule,
  SessionState,
  SessionVote,
} from '@tandem/protocol';
import type { AccountStore } from '../auth';
import type { Notifier } from '../inbox';
import type { Logger } from '../logger';
import type { DocumentStore, SessionStore } from '../persistence';
import { SocketError } from '../presence';
import { KeyedQueue } from './KeyedQueue';
import { type MinutesStyle, writeMinutes } from './minutes';
import { newMotion, newSession, recount } from './sessionModel';

/** Who may chair (schedule, start, decide, end): the workspace's managers. */
const CHAIR_ROLES: readonly Role[] = ['owner', 'leader'];
/** The committee when the chair names nobody: the roles that govern the curriculum. */
const DEFAULT_VOTING_ROLES: readonly Role[] = ['owner', 'leader', 'coordinator'];
/** Viewers are observers: named on a committee or not, they never move or vote (S5a). */
const mayVote = (role: Role) => role !== 'viewer';

export interface SessionDeps {
  store: SessionStore;
  documents: DocumentStore;
  accounts: AccountStore;
  presence: { list(workspaceId: string): Promise<PresenceEntry[]> };
  /** Every document edited during a session gets a `session` version in its history. */
  markSessionVersion?: (docId: string, v: { label: string; createdBy: string }) => Promise<void>;
  /** Committee members hear of a session they are on, and owners of the actions given them. */
  notifier?: Notifier;
  log: Logger;
}

const id = () => randomBytes(9).toString('base64url');
const fail = (code: ConstructorParameters<typeof SocketError>[0], message: string) =>
  new SocketError(code, message);

/**
 * The committee-session rules. Handlers translate socket.io; this decides and persists.
 *
 * Each change of a session reads its state, checks, mutates and saves. The store answers
 * asynchronously, so two requests could otherwise interleave in between: a vote checked
 * against an open item recorded after the chair decided it, a vote landing while the minutes
 * are written, or an older save reaching the store after a newer one. So every change of a
 * session runs in that session's queue, one at a time, and so does loading one that is not
 * in memory (two loads would make two objects, and one's changes would be lost).
 */
export class SessionService {
  /** Every change mutates this one object per session, so concurrent votes never overwrite. */
  private readonly cache = new Map<string, SessionState>();
  private readonly queue = new KeyedQueue<string>();

  constructor(private readonly deps: SessionDeps) {}

  async schedule(userId: string, p: SessionSchedule): Promise<SessionState> {
    const role = await this.roleIn(p.workspaceId, userId);
    if (!CHAIR_ROLES.includes(role)) throw fail('SESSION_NOT_CHAIR', `a ${role} may not chair`);
    const members = await this.deps.accounts.listMembers(p.workspaceId);
    const voting = p.votingMemberIds
      ? p.votingMemberIds.map((vid) => {
          const m = members.find((x) => x.user.id === vid);
          if (!m) throw fail('VALIDATION_FAILED', `voting member ${vid} is not a member`);
          if (!mayVote(m.role))
            throw fail('VALIDATION_FAILED', `a viewer cannot be a voting member`);
          return m;
        })
      : members.filter((m) => DEFAULT_VOTING_ROLES.includes(m.role));
    for (const item of p.agenda) {
      if (!item.link) continue;
      const doc = await this.deps.documents.getDocument(item.link.documentId);
      if (doc?.workspaceId !== p.workspaceId) {
        throw fail('VALIDATION_FAILED', `agenda item "${item.title}" links an unknown document`);
      }
    }
    const state = newSession(id(), userId, p, voting);
    await this.deps.store.create(state);
    this.cache.set(state.id, state);
    for (const m of state.votingMembers) {
      if (m.userId === userId) continue;
      await this.deps.notifier?.notify({
        userId: m.userId,
        workspaceId: state.workspaceId,
        kind: 'session-invited',
        documentId: null,
        sessionId: state.id,
        subject: state.id,
        actorId: userId,
        payload: {
          title: state.title,
          ...(state.scheduledFor !== null ? { scheduledFor: state.scheduledFor } : {}),
        },
      });
    }
    return state;
  }

  /** The session, for a member of its workspace; anyone else is told it does not exist. */
  async get(userId: string, sessionId: string): Promise<SessionState> {
    const state =
      this.cache.get(sessionId) ?? (await this.queue.run(sessionId, () => this.load(sessionId)));
    return this.visibleTo(userId, state);
  }

  /** Live sessions come from memory (the newest state), the rest from the store. */
  async list(userId: string, workspaceId: string): Promise<SessionState[]> {
    await this.roleIn(workspaceId, userId);
    return (await this.deps.store.list(workspaceId)).map((s) => this.cache.get(s.id) ?? s);
  }

  /** Attendance is taken from presence: everyone in the workspace now, on any node. */
  start(userId: string, sessionId: string): Promise<SessionState> {
    return this.queue.run(sessionId, async () => {
      const state = await this.asChair(userId, sessionId, 'scheduled');
      const now = Date.now();
      const seen = new Set<string>();
      for (const e of await this.deps.presence.list(state.workspaceId)) {
        if (seen.has(e.userId)) continue;
        seen.add(e.userId);
        state.attendance.push({
          userId: e.userId,
          name: e.name,
          side: e.side,
          role: e.role,
          joinedAt: now,
        });
      }
      state.status = 'live';
      state.startedAt = now;
      return this.save(state);
    });
  }

  /** Joining a live session late marks the person present. */
  join(userId: string, sessionId: string): Promise<SessionState> {
    return this.queue.run(sessionId, async () => {
      const state = await this.member(userId, sessionId);
      const present = state.attendance.some((a) => a.userId === userId);
      if (state.status !== 'live' || present) return state;
      const user = await this.deps.accounts.getUser(userId);
      const role = await this.roleIn(state.workspaceId, userId);
      if (!user) throw fail('SESSION_NOT_FOUND', 'session not found');
      const side = user.organisation.side;
      state.attendance.push({ userId, name: user.name, side, role, joinedAt: Date.now() });
      return this.save(state);
    });
  }

  setPresenter(userId: string, sessionId: string, presenterId: string): Promise<SessionState> {
    return this.queue.run(sessionId, async () => {
      const state = await this.asChair(userId, sessionId);
      if (!(await this.deps.accounts.roleOf(state.workspaceId, presenterId))) {
        throw fail('VALIDATION_FAILED', 'the presenter must be a member');
      }
      state.presenterId = presenterId;
      return this.save(state);
    });
  }

  present(userId: string, p: SessionPresent): Promise<SessionState> {
    return this.queue.run(p.sessionId, async () => {
      const state = await this.live(userId, p.sessionId);
      if (state.presenterId !== userId) {
        throw fail('SESSION_NOT_PRESENTER', 'you are not presenting');
      }
      state.follow = {
        documentId: p.documentId,
        ...(p.section ? { section: p.section } : {}),
        ...(p.itemId ? { itemId: p.itemId } : {}),
      };
      return this.save(state);
    });
  }

  motion(userId: string, sessionId: string, itemId: string, text: string) {
    return this.queue.run(sessionId, async () => {
      const state = await this.live(userId, sessionId);
      const mayMove =
        state.chairId === userId || state.votingMembers.some((m) => m.userId === userId);
      if (!mayMove) throw fail('VOTE_NOT_VOTING_MEMBER', 'only committee members move motions');
      if (state.chairId !== userId) await this.requireVotingRights(state, userId);
      const item = state.agenda.find((i) => i.id === itemId);
      if (!item || item.outcome) {
        throw fail('SESSION_BAD_STATE', 'no open agenda item with that id');
      }
      const motion = newMotion(id(), itemId, text, userId);
      state.motions.push(motion);
      recount(await this.eligibleVoters(state), motion);
      await this.save(state);
      return { state, motion };
    });
  }

  vote(userId: string, p: SessionVote) {
    return this.queue.run(p.sessionId, async () => {
      if (p.voterId !== undefined && p.voterId !== userId) {
        throw fail('VOTE_NOT_SELF', 'you can only cast your own vote');
      }
      const state = await this.live(userId, p.sessionId);
      const member = state.votingMembers.find((m) => m.userId === userId);
      if (!member) throw fail('VOTE_NOT_VOTING_MEMBER', 'you are not a voting member');
      await this.requireVotingRights(state, userId);
      const motion = state.motions.find((m) => m.id === p.motionId);
      const item = state.agenda.find((i) => i.id === motion?.itemId);
      if (!motion || item?.outcome) throw fail('SESSION_BAD_STATE', 'no open motion with that id');
      const vote = { sessionId: state.id, motionId: motion.id, voterId: userId, side: member.side };
      if (!(await this.deps.store.addVote({ ...vote, choice: p.choice }))) {
        throw fail('VOTE_DUPLICATE', 'you already voted on this motion');
      }
      motion.votes.push({ voterId: userId, side: member.side, choice: p.choice });
      recount(await this.eligibleVoters(state), motion);
      await this.save(state);
      return { state, motion };
    });
  }

  /** R15: approving or rejecting needs a motion with quorum on the item; tabling does not. */
  decide(userId: string, p: SessionDecide): Promise<SessionState> {
    return this.queue.run(p.sessionId, async () => {
      const state = await this.asChair(userId, p.sessionId, 'live');
      const item = state.agenda.find((i) => i.id === p.itemId);
      if (!item) throw fail('SESSION_BAD_STATE', 'no agenda item with that id');
      // Counted against the committee as it stands now: someone demoted since the vote is out.
      const eligible = await this.eligibleVoters(state);
      for (const m of state.motions) if (m.itemId === item.id) recount(eligible, m);
      const quorate = state.motions.some((m) => m.itemId === item.id && m.quorum.quorum);
      if (p.outcome !== 'tabled' && !quorate) {
        throw fail('SESSION_NO_QUORUM', 'R15: no motion on this item has quorum');
      }
      if (p.outcome === 'approved-with-actions' && p.actions.length === 0) {
        throw fail('VALIDATION_FAILED', 'approved with actions needs at least one action');
      }
      for (const action of p.actions) {
        if (!(await this.deps.accounts.roleOf(state.workspaceId, action.ownerId))) {
          throw fail('VALIDATION_FAILED', 'an action owner must be a member');
        }
      }
      item.outcome = p.outcome;
      item.actions = p.actions;
      await this.save(state);
      await this.notifyActions(state, item, userId);
      return state;
    });
  }

  /** Each action's owner is told what they now owe, except the chair who gave it to themself. */
  private async notifyActions(
    state: SessionState,
    item: SessionState['agenda'][number],
    chairId: string,
  ): Promise<void> {
    for (const action of item.actions) {
      if (action.ownerId === chairId) continue;
      await this.deps.notifier?.notify({
        userId: action.ownerId,
        workspaceId: state.workspaceId,
        kind: 'action-assigned',
        documentId: item.link?.documentId ?? null,
        sessionId: state.id,
        subject: `${state.id}:${item.id}`,
        actorId: chairId,
        payload: { title: state.title, excerpt: action.text, itemTitle: item.title },
      });
    }
  }

  /**
   * Ends the session: minutes as a `notes` document, a session version on each edited doc.
   * In the session's queue like every change, so a double click waits and then finds the
   * session ended (never two sets of minutes), and no vote lands while the minutes are written.
   */
  end(
    userId: string,
    sessionId: string,
    style: MinutesStyle = { language: 'en', timeZone: 'UTC' },
  ): Promise<SessionState> {
    return this.queue.run(sessionId, async () => {
      const state = await this.asChair(userId, sessionId, 'live');
      const endedAt = Date.now();
      state.minutesDocumentId = await writeMinutes(this.deps, { ...state, endedAt }, userId, style);
      state.status = 'ended';
      state.endedAt = endedAt;
      state.follow = null;
      await this.save(state);
      // Ended sessions change no more: read them from the store when asked.
      this.cache.delete(state.id);
      return state;
    });
  }

  private async roleIn(workspaceId: string, userId: string): Promise<Role> {
    const role = await this.deps.accounts.roleOf(workspaceId, userId);
    if (!role) throw fail('WORKSPACE_NOT_FOUND', 'workspace not found');
    return role;
  }

  /**
   * S5a: the committee list is fixed at scheduling, rights are not. At the moment of the vote
   * the person must still hold a role that may vote, and must be in the session (present at
   * the start or joined since).
   */
  /**
   * R15 counts the committee as it stands at the moment of counting: a member removed or demoted
   * to viewer since scheduling can no longer vote, so no longer counts towards the quorum either.
   */
  private async eligibleVoters(state: SessionState): Promise<SessionPerson[]> {
    const roles = await Promise.all(
      state.votingMembers.map((m) => this.deps.accounts.roleOf(state.workspaceId, m.userId)),
    );
    return state.votingMembers.filter((_, i) => {
      const role = roles[i];
      return role != null && mayVote(role);
    });
  }

  private async requireVotingRights(state: SessionState, userId: string): Promise<void> {
    const role = await this.roleIn(state.workspaceId, userId);
    if (!mayVote(role)) {
      throw fail('VOTE_NOT_VOTING_MEMBER', `a ${role} may not vote, even when on the committee`);
    }
    if (!state.attendance.some((a) => a.userId === userId)) {
      throw fail('VOTE_NOT_PRESENT', 'join the session before you vote');
    }
  }

  /**
   * The session's one object: from memory, or read from the store and kept. Runs in the
   * session's queue (or finds it in memory), so a session is never loaded twice at once.
   */
  private async load(sessionId: string): Promise<SessionState | null> {
    const cached = this.cache.get(sessionId);
    if (cached) return cached;
    const stored = await this.deps.store.get(sessionId);
    if (stored) this.cache.set(sessionId, stored);
    return stored;
  }

  private async visibleTo(userId: string, state: SessionState | null): Promise<SessionState> {
    if (!state || !(await this.deps.accounts.roleOf(state.workspaceId, userId))) {
      throw fail('SESSION_NOT_FOUND', 'session not found');
    }
    return state;
  }

  /** `get` for the changes, which already run in the session's queue. */
  private async member(userId: string, sessionId: string): Promise<SessionState> {
    return this.visibleTo(userId, await this.load(sessionId));
  }

  private async live(userId: string, sessionId: string): Promise<SessionState> {
    const state = await this.member(userId, sessionId);
    if (state.status !== 'live') throw fail('SESSION_BAD_STATE', `the session is ${state.status}`);
    return state;
  }

  private async asChair(userId: string, sessionId: string, status?: SessionState['status']) {
    const state = await this.member(userId, sessionId);
    if (state.chairId !== userId) throw fail('SESSION_NOT_CHAIR', 'only the chair may do this');
    if (status && state.status !== status) {
      throw fail('SESSION_BAD_STATE', `the session is ${state.status}`);
    }
    return state;
  }

  private async save(state: SessionState): Promise<SessionState> {
    await this.deps.store.save(state);
    return state;
  }
}
