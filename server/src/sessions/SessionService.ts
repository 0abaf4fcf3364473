import { randomBytes } from 'node:crypto';
import type { Role, Side } from '@tandem/domain';
import type {
  MotionView,
  PresenceEntry,
  SessionDecide,
  SessionPerson,
  SessionPresent,
  SessionSchedule,
  SessionState,
  SessionVote,
} from '@tandem/protocol';
import type { AccountStore } from '../auth';
import { StoreError } from '../errors';
import type { Notifier } from '../inbox';
import { KeyedQueue } from '../KeyedQueue';
import type { Logger } from '../logger';
import type { DocumentStore, NewVote, SessionStore } from '../persistence';
import { SocketError } from '../presence';
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

/** How often a change runs before giving up when other nodes keep saving the session first. */
const MAX_ATTEMPTS = 8;

/**
 * The committee-session rules. Handlers translate socket.io; this decides and persists.
 *
 * Every node may change any session (S7): there is no copy in memory to go stale. A change
 * reads the stored state, checks it, mutates it and saves it over the revision it read. When
 * another node saved first the save is refused, and the whole change runs again on the newer
 * state, where its checks may now refuse it (a vote after the chair decided the item) or where
 * it applies on top (two votes at once: both counted). Within this node the changes of one
 * session still queue one at a time, so its own requests do not conflict with each other.
 */
export class SessionService {
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
    return this.visibleTo(userId, await this.deps.store.get(sessionId));
  }

  async list(userId: string, workspaceId: string): Promise<SessionState[]> {
    await this.roleIn(workspaceId, userId);
    return this.deps.store.list(workspaceId);
  }

  /** Attendance is taken from presence: everyone in the workspace now, on any node. */
  start(userId: string, sessionId: string): Promise<SessionState> {
    return this.change(userId, sessionId, async (state) => {
      this.requireChair(userId, state, 'scheduled');
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
    });
  }

  /** Joining a live session late marks the person present. */
  join(userId: string, sessionId: string): Promise<SessionState> {
    return this.change(userId, sessionId, async (state) => {
      const present = state.attendance.some((a) => a.userId === userId);
      if (state.status !== 'live' || present) return UNCHANGED;
      const user = await this.deps.accounts.getUser(userId);
      const role = await this.roleIn(state.workspaceId, userId);
      if (!user) throw fail('SESSION_NOT_FOUND', 'session not found');
      const side = user.organisation.side;
      state.attendance.push({ userId, name: user.name, side, role, joinedAt: Date.now() });
    });
  }

  setPresenter(userId: string, sessionId: string, presenterId: string): Promise<SessionState> {
    return this.change(userId, sessionId, async (state) => {
      this.requireChair(userId, state);
      if (!(await this.deps.accounts.roleOf(state.workspaceId, presenterId))) {
        throw fail('VALIDATION_FAILED', 'the presenter must be a member');
      }
      state.presenterId = presenterId;
    });
  }

  present(userId: string, p: SessionPresent): Promise<SessionState> {
    return this.change(userId, p.sessionId, async (state) => {
      requireLive(state);
      if (state.presenterId !== userId) {
        throw fail('SESSION_NOT_PRESENTER', 'you are not presenting');
      }
      state.follow = {
        documentId: p.documentId,
        ...(p.section ? { section: p.section } : {}),
        ...(p.itemId ? { itemId: p.itemId } : {}),
      };
    });
  }

  async motion(userId: string, sessionId: string, itemId: string, text: string) {
    let motion: MotionView | undefined;
    const state = await this.change(userId, sessionId, async (s) => {
      requireLive(s);
      const mayMove = s.chairId === userId || s.votingMembers.some((m) => m.userId === userId);
      if (!mayMove) throw fail('VOTE_NOT_VOTING_MEMBER', 'only committee members move motions');
      if (s.chairId !== userId) await this.requireVotingRights(s, userId);
      const item = s.agenda.find((i) => i.id === itemId);
      if (!item || item.outcome) {
        throw fail('SESSION_BAD_STATE', 'no open agenda item with that id');
      }
      motion = newMotion(id(), itemId, text, userId);
      s.motions.push(motion);
      recount(await this.eligibleVoters(s), motion);
    });
    return { state, motion: found(motion) };
  }

  /**
   * One vote per person and motion is decided on the state: two votes from one person that
   * race (on two nodes) read one revision, one saves, the other re-reads and finds the first.
   * The vote's own row is written once the state holding it is saved.
   */
  async vote(userId: string, p: SessionVote) {
    if (p.voterId !== undefined && p.voterId !== userId) {
      throw fail('VOTE_NOT_SELF', 'you can only cast your own vote');
    }
    let motion: MotionView | undefined;
    let side: Side = 'school';
    const state = await this.change(userId, p.sessionId, async (s) => {
      requireLive(s);
      const member = s.votingMembers.find((m) => m.userId === userId);
      if (!member) throw fail('VOTE_NOT_VOTING_MEMBER', 'you are not a voting member');
      await this.requireVotingRights(s, userId);
      motion = s.motions.find((m) => m.id === p.motionId);
      const item = s.agenda.find((i) => i.id === motion?.itemId);
      if (!motion || item?.outcome) throw fail('SESSION_BAD_STATE', 'no open motion with that id');
      if (motion.votes.some((v) => v.voterId === userId)) {
        throw fail('VOTE_DUPLICATE', 'you already voted on this motion');
      }
      side = member.side;
      motion.votes.push({ voterId: userId, side, choice: p.choice });
      recount(await this.eligibleVoters(s), motion);
    });
    await this.recordVote({
      sessionId: state.id,
      motionId: p.motionId,
      voterId: userId,
      side,
      choice: p.choice,
    });
    return { state, motion: found(motion) };
  }

  /** R15: approving or rejecting needs a motion with quorum on the item; tabling does not. */
  async decide(userId: string, p: SessionDecide): Promise<SessionState> {
    const state = await this.change(userId, p.sessionId, async (s) => {
      this.requireChair(userId, s, 'live');
      const item = s.agenda.find((i) => i.id === p.itemId);
      if (!item) throw fail('SESSION_BAD_STATE', 'no agenda item with that id');
      // Counted against the committee as it stands now: someone demoted since the vote is out.
      const eligible = await this.eligibleVoters(s);
      for (const m of s.motions) if (m.itemId === item.id) recount(eligible, m);
      const quorate = s.motions.some((m) => m.itemId === item.id && m.quorum.quorum);
      if (p.outcome !== 'tabled' && !quorate) {
        throw fail('SESSION_NO_QUORUM', 'R15: no motion on this item has quorum');
      }
      if (p.outcome === 'approved-with-actions' && p.actions.length === 0) {
        throw fail('VALIDATION_FAILED', 'approved with actions needs at least one action');
      }
      for (const action of p.actions) {
        if (!(await this.deps.accounts.roleOf(s.workspaceId, action.ownerId))) {
          throw fail('VALIDATION_FAILED', 'an action owner must be a member');
        }
      }
      item.outcome = p.outcome;
      item.actions = p.actions;
    });
    const item = state.agenda.find((i) => i.id === p.itemId);
    if (item) await this.notifyActions(state, item, userId);
    return state;
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
   * First the end is saved, which no change on any node gets past: a double click, here or on
   * another node, finds the session ended (never two sets of minutes), and no vote lands while
   * the minutes are written. Then the minutes are written from that final state and linked.
   */
  async end(
    userId: string,
    sessionId: string,
    style: MinutesStyle = { language: 'en', timeZone: 'UTC' },
  ): Promise<SessionState> {
    const ended = await this.change(userId, sessionId, async (state) => {
      this.requireChair(userId, state, 'live');
      state.status = 'ended';
      state.endedAt = Date.now();
      state.follow = null;
    });
    const endedAt = ended.endedAt ?? Date.now();
    let minutesId: string;
    try {
      minutesId = await writeMinutes(this.deps, { ...ended, endedAt }, userId, style);
    } catch (err) {
      this.deps.log.error({ err, sessionId }, 'session ended but its minutes were not written');
      throw err;
    }
    return this.change(userId, sessionId, async (state) => {
      state.minutesDocumentId = minutesId;
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

  private async visibleTo(userId: string, state: SessionState | null): Promise<SessionState> {
    if (!state || !(await this.deps.accounts.roleOf(state.workspaceId, userId))) {
      throw fail('SESSION_NOT_FOUND', 'session not found');
    }
    return state;
  }

  private requireChair(userId: string, state: SessionState, status?: SessionState['status']) {
    if (state.chairId !== userId) throw fail('SESSION_NOT_CHAIR', 'only the chair may do this');
    if (status && state.status !== status) {
      throw fail('SESSION_BAD_STATE', `the session is ${state.status}`);
    }
  }

  /**
   * Runs `apply` on the stored state (as `userId` sees it) and, unless it returns UNCHANGED,
   * saves the result over the revision read; when another node saved first, reads again and re-runs `apply` (it must
   * only read and mutate the state it is given: side effects belong after the change). A
   * refusal from `apply` ends it; so does running out of attempts (a StoreError).
   */
  private change(
    userId: string,
    sessionId: string,
    apply: (state: SessionState) => Promise<unknown>,
  ): Promise<SessionState> {
    return this.queue.run(sessionId, async () => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const state = await this.get(userId, sessionId);
        const read = state.revision;
        if ((await apply(state)) === UNCHANGED) return state;
        state.revision = read + 1;
        if (await this.deps.store.save(state, read)) return state;
        this.deps.log.debug({ sessionId, revision: read, attempt }, 'session changed elsewhere');
        // Another node just saved: a short random pause keeps two nodes out of lockstep.
        await sleep(Math.random() * 5 * attempt);
      }
      this.deps.log.warn({ sessionId }, 'session change gave up: saved elsewhere every time');
      throw new StoreError(`session ${sessionId} kept changing; change not saved`);
    });
  }

  /** The state already holds the vote; its row is the second record, so a failure is logged. */
  private async recordVote(vote: NewVote): Promise<void> {
    try {
      if (!(await this.deps.store.addVote(vote))) {
        this.deps.log.warn({ ...vote }, 'vote row already existed for a vote the state lacked');
      }
    } catch (err) {
      this.deps.log.error({ err, sessionId: vote.sessionId }, 'vote counted but its row failed');
    }
  }
}

/** What `apply` returns when there is nothing to save. */
const UNCHANGED = Symbol('unchanged');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function requireLive(state: SessionState): void {
  if (state.status !== 'live') throw fail('SESSION_BAD_STATE', `the session is ${state.status}`);
}

/** The motion a saved change made or voted on: set on every run of it. */
function found(motion: MotionView | undefined): MotionView {
  if (!motion) throw new Error('change saved without its motion');
  return motion;
}
