import type { Role, Side } from '@tandem/domain';
import { z } from 'zod';
import type { InboxNew } from './notifications';

/**
 * socket.io contracts (path `/socket.io`): presence and live committee sessions. Event names are
 * `area:verb`; every client payload has a zod schema here that the server parses at the edge.
 * Client → server events take an ack callback answering `Ack<T>`.
 */
export const SOCKET_PATH = '/socket.io';

const Id = z.string().min(1).max(64);
const Text = z.string().trim().min(1).max(2000);

/** Where in a document someone is: a section (rich-text heading key) or a cell (map/table key). */
export const PresenceLocation = z.object({
  section: z.string().max(200).optional(),
  cell: z.string().max(200).optional(),
  /** In a committee session's room (outside any document). */
  session: z.string().min(1).max(64).optional(),
});
export type PresenceLocation = z.infer<typeof PresenceLocation>;

export const PRESENCE_STATUSES = ['active', 'idle', 'away'] as const;
export const PresenceStatus = z.enum(PRESENCE_STATUSES);
export type PresenceStatus = z.infer<typeof PresenceStatus>;

/** `watch` receives only counts per place (meeting-scale watchers), `full` the people too. */
export const PresenceJoin = z.object({
  workspaceId: Id,
  mode: z.enum(['full', 'watch']).default('full'),
});
export type PresenceJoin = z.infer<typeof PresenceJoin>;

export const PresenceUpdate = z.object({
  documentId: Id.nullable().optional(),
  location: PresenceLocation.nullable().optional(),
  status: PresenceStatus.optional(),
});
export type PresenceUpdate = z.infer<typeof PresenceUpdate>;

/** One connection (one tab) of one person. A person with two tabs has two entries. */
export interface PresenceEntry {
  connId: string;
  userId: string;
  name: string;
  side: Side;
  role: Role;
  workspaceId: string;
  documentId: string | null;
  location: PresenceLocation | null;
  status: PresenceStatus;
  /** Server time of the last change, ms. */
  updatedAt: number;
}

/** "32 viewing §4": people (not tabs) per document and section, by side. */
export interface PresenceAggregate {
  documentId: string | null;
  section: string | null;
  count: number;
  bySide: Record<Side, number>;
}

export interface PresenceSnapshot {
  workspaceId: string;
  /** Distinct people present. */
  people: number;
  aggregate: PresenceAggregate[];
  /** Absent for `watch` subscribers. */
  entries?: PresenceEntry[];
}

export interface PresenceDegraded {
  reason: string;
}

// ---- committee sessions ----

export const AgendaLink = z.object({
  documentId: Id,
  section: z.string().max(200).optional(),
  versionId: Id.optional(),
});
export type AgendaLink = z.infer<typeof AgendaLink>;

export const SessionSchedule = z.object({
  workspaceId: Id,
  title: Text,
  scheduledFor: z.number().int().nonnegative().optional(),
  /** Committee members who vote; default: every owner, leader and coordinator. */
  votingMemberIds: z.array(Id).max(500).optional(),
  agenda: z
    .array(z.object({ title: Text, link: AgendaLink.optional() }))
    .min(1)
    .max(100),
});
export type SessionSchedule = z.infer<typeof SessionSchedule>;

export const SessionRef = z.object({ sessionId: Id });
export const WorkspaceRef = z.object({ workspaceId: Id });
export type SessionRef = z.infer<typeof SessionRef>;

export const SessionPresent = SessionRef.extend({
  documentId: Id,
  section: z.string().max(200).optional(),
  itemId: Id.optional(),
});
export type SessionPresent = z.infer<typeof SessionPresent>;

export const SessionSetPresenter = SessionRef.extend({ userId: Id });

/** An IANA time zone this runtime knows ("Asia/Shanghai"). */
export const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');
export const MINUTES_LANGUAGES = ['en', 'zh-CN'] as const;
/** Ending writes the minutes in the chair's language and time zone. */
export const SessionEnd = SessionRef.extend({
  language: z.enum(MINUTES_LANGUAGES).default('en'),
  timeZone: TimeZone.default('UTC'),
});
export type SessionEnd = z.infer<typeof SessionEnd>;
export type MinutesLanguage = (typeof MINUTES_LANGUAGES)[number];
export const SessionFollow = SessionRef.extend({ following: z.boolean() });
export const SessionMotion = SessionRef.extend({ itemId: Id, text: Text });

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export const VoteChoice = z.enum(VOTE_CHOICES);
export type VoteChoice = z.infer<typeof VoteChoice>;
/** `voterId` may be sent but must be the caller: nobody votes for someone else. */
export const SessionVote = SessionRef.extend({
  motionId: Id,
  choice: VoteChoice,
  voterId: Id.optional(),
});
export type SessionVote = z.infer<typeof SessionVote>;

export const OUTCOMES = ['approved', 'approved-with-actions', 'tabled', 'rejected'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;
export const ActionItem = z.object({ text: Text, ownerId: Id });
export type ActionItem = z.infer<typeof ActionItem>;
export const SessionDecide = SessionRef.extend({
  itemId: Id,
  outcome: Outcome,
  actions: z.array(ActionItem).max(50).default([]),
});
export type SessionDecide = z.infer<typeof SessionDecide>;

export interface SessionPerson {
  userId: string;
  name: string;
  side: Side;
}
export interface QuorumView {
  quorum: boolean;
  voted: number;
  required: number;
  bySide: Record<Side, number>;
}
export interface MotionView {
  id: string;
  itemId: string;
  text: string;
  proposerId: string;
  votes: { voterId: string; side: Side; choice: VoteChoice }[];
  tally: Record<VoteChoice, number>;
  quorum: QuorumView;
}
export interface AgendaItemView {
  id: string;
  title: string;
  link?: AgendaLink;
  outcome?: Outcome;
  actions: ActionItem[];
}
export interface SessionState {
  id: string;
  workspaceId: string;
  title: string;
  status: 'scheduled' | 'live' | 'ended';
  scheduledFor: number | null;
  chairId: string;
  presenterId: string;
  votingMembers: SessionPerson[];
  agenda: AgendaItemView[];
  attendance: (SessionPerson & { role: Role; joinedAt: number })[];
  follow: { documentId: string; section?: string; itemId?: string } | null;
  followers: number;
  motions: MotionView[];
  startedAt: number | null;
  endedAt: number | null;
  minutesDocumentId: string | null;
  /**
   * Counts the stored changes of the session (0 when scheduled). Every node saves over the
   * revision it read, so a higher one is always the newer state: a client hearing states from
   * two nodes keeps the highest.
   */
  revision: number;
}

/** Stable error codes carried by failed acks. */
export const SocketErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  WORKSPACE_NOT_FOUND: 'WORKSPACE_NOT_FOUND',
  PRESENCE_NOT_JOINED: 'PRESENCE_NOT_JOINED',
  DOC_NOT_FOUND: 'DOC_NOT_FOUND',
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  SESSION_NOT_CHAIR: 'SESSION_NOT_CHAIR',
  SESSION_NOT_PRESENTER: 'SESSION_NOT_PRESENTER',
  SESSION_BAD_STATE: 'SESSION_BAD_STATE',
  SESSION_NO_QUORUM: 'SESSION_NO_QUORUM',
  VOTE_NOT_VOTING_MEMBER: 'VOTE_NOT_VOTING_MEMBER',
  VOTE_DUPLICATE: 'VOTE_DUPLICATE',
  VOTE_NOT_SELF: 'VOTE_NOT_SELF',
  /** A committee member who is not in the session (never joined it) votes or moves. */
  VOTE_NOT_PRESENT: 'VOTE_NOT_PRESENT',
  FORBIDDEN: 'FORBIDDEN',
  /** More events of one kind than a socket may send; nothing was done. */
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
} as const;
export type SocketErrorCode = (typeof SocketErrorCode)[keyof typeof SocketErrorCode];

export type Ack<T> = { ok: true; data: T } | { ok: false; code: SocketErrorCode; message: string };
type Call<P, T> = (payload: P, ack: (res: Ack<T>) => void) => void;

export interface ClientToServerEvents {
  'presence:join': Call<z.input<typeof PresenceJoin>, PresenceSnapshot>;
  'presence:update': Call<PresenceUpdate, null>;
  'presence:leave': Call<z.infer<typeof WorkspaceRef>, null>;
  'session:schedule': Call<SessionSchedule, SessionState>;
  /** Every session of a workspace, oldest first (scheduled, live and ended). */
  'session:list': Call<z.infer<typeof WorkspaceRef>, SessionState[]>;
  'session:get': Call<SessionRef, SessionState>;
  'session:start': Call<SessionRef, SessionState>;
  'session:join': Call<SessionRef, SessionState>;
  'session:leave': Call<SessionRef, null>;
  'session:presenter': Call<z.infer<typeof SessionSetPresenter>, SessionState>;
  'session:present': Call<SessionPresent, SessionState>;
  'session:follow': Call<z.infer<typeof SessionFollow>, SessionState>;
  'session:motion': Call<z.infer<typeof SessionMotion>, MotionView>;
  'session:vote': Call<SessionVote, MotionView>;
  'session:decide': Call<z.input<typeof SessionDecide>, SessionState>;
  'session:end': Call<z.input<typeof SessionEnd>, SessionState>;
}

export interface ServerToClientEvents {
  'presence:snapshot': (snapshot: PresenceSnapshot) => void;
  'presence:degraded': (info: PresenceDegraded) => void;
  'presence:restored': () => void;
  'session:state': (state: SessionState) => void;
  'session:follow': (target: NonNullable<SessionState['follow']> & { sessionId: string }) => void;
  /** A document's comment threads changed: pages showing them re-read them over HTTP. */
  'comments:changed': (change: { documentId: string }) => void;
  /** A new notification for the signed-in person (sent to each of their tabs). */
  'inbox:new': (event: InboxNew) => void;
  /** The person's unread count changed (read in another tab, or a request was done). */
  'inbox:unread': (event: { unread: number }) => void;
}
