import { can, isAdopted, type Role, type Side, type Signoff } from '@tandem/domain';
import { type CommentAnchor, ErrorCode, type SignoffBody } from '@tandem/protocol';
import * as Y from 'yjs';
import type { AccountStore } from '../auth';
import { AppError } from '../errors';
import type { Notifier } from '../inbox';
import type { DocumentStore } from '../persistence';
import type { CommentKind, CommentStore } from './CommentStore';
import { stateHashAt } from './docContent';
import { type SignoffRecord, type SignoffStore, verifyChain } from './SignoffStore';
import type { VersionStore } from './VersionStore';

export interface ReviewDeps {
  store: DocumentStore;
  versions: VersionStore;
  signoffs: SignoffStore;
  comments: CommentStore;
  accounts: AccountStore;
  /** Tells the mentioned and the awaited leader; nobody is told without one. */
  notifier?: Notifier;
}

/** A comment in a notification: enough to recognise it, never a whole essay. */
const EXCERPT_CHARS = 160;
const excerpt = (text: string) =>
  text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : text;

/**
 * The roles a leaders-pair member must hold *now* to sign off. Being named in the pair is not
 * enough: a leader demoted to viewer keeps no authority, whatever the pair table still says.
 */
export const SIGNOFF_ROLES: readonly Role[] = ['owner', 'leader'];

/** The pair that owns a workspace's documents: its dual professional leaders (R14). */
export async function owningPair(accounts: AccountStore, workspaceId: string) {
  const leaders = (await accounts.listPairs(workspaceId)).filter((p) => p.kind === 'leaders');
  const pair = leaders.find((p) => p.scope === 'group') ?? leaders[0];
  return pair ? { school: pair.schoolUserId, enterprise: pair.enterpriseUserId } : null;
}

/** Sign-offs (H8–H11) and comments (H12–H14). Routes check membership; this checks the rest. */
export class ReviewService {
  constructor(private readonly deps: ReviewDeps) {}

  async signoff(docId: string, workspaceId: string, userId: string, body: SignoffBody) {
    const pair = await owningPair(this.deps.accounts, workspaceId);
    const side: Side | null =
      pair?.school === userId ? 'school' : pair?.enterprise === userId ? 'enterprise' : null;
    if (!side) {
      throw new AppError(
        ErrorCode.SIGNOFF_NOT_ALLOWED,
        403,
        'only the dual professional leaders of this workspace may sign off',
      );
    }
    // H9a: checked against the role held at this moment, not the one held when paired.
    const role = await this.deps.accounts.roleOf(workspaceId, userId);
    if (!role || !SIGNOFF_ROLES.includes(role)) {
      throw new AppError(
        ErrorCode.SIGNOFF_NOT_ALLOWED,
        403,
        `a ${role ?? 'former member'} may not sign off, even when named in the leaders pair`,
      );
    }
    const version = await this.deps.versions.get(docId, body.versionId);
    if (!version) throw new AppError(ErrorCode.VERSION_NOT_FOUND, 404, 'version not found');
    const record = await this.deps.signoffs.add({
      docId,
      versionId: version.id,
      stateHash: version.stateHash,
      userId,
      side,
      decision: body.decision,
      comment: body.comment,
    });
    // What each leader had decided before this record, read from the chain after it: a list
    // read before the add could miss a sign-off landing in between (the other leader's at the
    // same moment, or a double click), and the add itself is the store's one atomic step.
    const before = latestDecisions(
      precedingRecords(await this.deps.signoffs.list(docId), record),
      version.id,
    );
    // Whatever they decided, a request for this leader's sign-off of this version is answered.
    await this.deps.notifier?.done(userId, 'signoff-requested', version.id);
    const other = side === 'school' ? pair?.enterprise : pair?.school;
    const fresh = before.get(userId) !== 'approve';
    if (body.decision === 'approve' && fresh && other && before.get(other) !== 'approve') {
      const doc = await this.deps.store.getDocument(docId);
      await this.deps.notifier?.notify({
        userId: other,
        workspaceId,
        kind: 'signoff-requested',
        documentId: docId,
        sessionId: null,
        subject: version.id,
        actorId: userId,
        payload: {
          title: doc?.title ?? '',
          versionId: version.id,
          ...(version.label ? { versionLabel: version.label } : {}),
          ...(body.comment ? { excerpt: excerpt(body.comment) } : {}),
        },
      });
    }
    return record;
  }

  /** Version ids adopted under R14: each pair member's latest decision on it is an approval. */
  async adoptedVersions(docId: string, workspaceId: string): Promise<Map<string, number>> {
    const pair = await owningPair(this.deps.accounts, workspaceId);
    const adopted = new Map<string, number>();
    if (!pair) return adopted;
    const byVersion = new Map<string, SignoffRecord[]>();
    for (const s of await this.deps.signoffs.list(docId)) {
      byVersion.set(s.versionId, [...(byVersion.get(s.versionId) ?? []), s]);
    }
    for (const [versionId, records] of byVersion) {
      const latest = new Map<string, SignoffRecord>();
      for (const r of records) latest.set(`${r.userId}|${r.side}`, r);
      const approvals: Signoff[] = [...latest.values()]
        .filter((r) => r.decision === 'approve')
        .map((r) => ({ memberId: r.userId, side: r.side }));
      if (isAdopted(approvals, pair)) {
        adopted.set(versionId, Math.max(...records.map((r) => r.createdAt)));
      }
    }
    return adopted;
  }

  /**
   * H11: the chain is intact, and each record's state hash still matches both its version
   * and the state rebuilt from the update log at that version.
   */
  async verify(docId: string) {
    const records = await this.deps.signoffs.list(docId);
    const problems = verifyChain(records);
    const versions = new Map((await this.deps.versions.list(docId)).map((v) => [v.id, v]));
    const rebuilt = new Map<string, string>();
    for (const r of records) {
      const version = versions.get(r.versionId);
      if (!version) {
        problems.push({ signoffId: r.id, problem: 'its version no longer exists' });
        continue;
      }
      let hash = rebuilt.get(version.id);
      if (hash === undefined) {
        hash = await stateHashAt(this.deps.store, docId, version.seq);
        rebuilt.set(version.id, hash);
      }
      if (r.stateHash !== version.stateHash || r.stateHash !== hash) {
        problems.push({ signoffId: r.id, problem: 'the signed state does not match the history' });
      }
    }
    return { ok: problems.length === 0, checked: records.length, problems };
  }

  async addComment(
    docId: string,
    workspaceId: string,
    userId: string,
    input: { anchor: CommentAnchor; body: string } | { threadId: string; body: string },
  ) {
    const mentions = await this.mentions(workspaceId, input.body);
    let threadId: string;
    let quote: string | undefined;
    if ('anchor' in input) {
      threadId = await this.deps.comments.createThread(
        docId,
        input.anchor,
        userId,
        input.body,
        mentions,
      );
      if (input.anchor.kind === 'text') quote = input.anchor.quote;
    } else {
      await this.requireThread(docId, input.threadId);
      await this.deps.comments.addEntry(input.threadId, 'comment', userId, input.body, mentions);
      threadId = input.threadId;
    }
    await this.notifyMentioned(docId, workspaceId, userId, mentions, {
      threadId,
      body: input.body,
      quote,
    });
    return threadId;
  }

  /** H14: each member named in a comment is told, except its author. */
  private async notifyMentioned(
    docId: string,
    workspaceId: string,
    authorId: string,
    mentions: readonly string[],
    { threadId, body, quote }: { threadId: string; body: string; quote: string | undefined },
  ) {
    const notifier = this.deps.notifier;
    if (!notifier || mentions.length === 0) return;
    const members = await this.deps.accounts.listMembers(workspaceId);
    const told = members.filter(
      (m) => m.user.id !== authorId && mentions.includes(m.user.id) && can(m.role, 'document:read'),
    );
    if (told.length === 0) return;
    const title = (await this.deps.store.getDocument(docId))?.title ?? '';
    for (const m of told) {
      await notifier.notify({
        userId: m.user.id,
        workspaceId,
        kind: 'mention',
        documentId: docId,
        sessionId: null,
        subject: threadId,
        actorId: authorId,
        payload: {
          title,
          excerpt: excerpt(body),
          threadId,
          ...(quote ? { quote: excerpt(quote) } : {}),
        },
      });
    }
  }

  async setStatus(
    docId: string,
    threadId: string,
    userId: string,
    kind: Exclude<CommentKind, 'comment'>,
  ): Promise<void> {
    await this.requireThread(docId, threadId);
    await this.deps.comments.addEntry(threadId, kind, userId, '', []);
  }

  /** Members named as `@Name` in the text; names may contain spaces or be in Chinese. */
  private async mentions(workspaceId: string, body: string): Promise<string[]> {
    const members = await this.deps.accounts.listMembers(workspaceId);
    return members.filter((m) => body.includes(`@${m.user.name}`)).map((m) => m.user.id);
  }

  private async requireThread(docId: string, threadId: string): Promise<void> {
    if (!(await this.deps.comments.exists(docId, threadId))) {
      throw new AppError(ErrorCode.THREAD_NOT_FOUND, 404, 'comment thread not found');
    }
  }
}

/** Each person's latest decision on one version, in chain order. */
function latestDecisions(
  records: readonly SignoffRecord[],
  versionId: string,
): Map<string, SignoffRecord['decision']> {
  const latest = new Map<string, SignoffRecord['decision']>();
  for (const s of records) {
    if (s.versionId === versionId) latest.set(s.userId, s.decision);
  }
  return latest;
}

/** The records before `record` in its chain. */
function precedingRecords(chain: readonly SignoffRecord[], record: SignoffRecord) {
  const at = chain.findIndex((r) => r.id === record.id);
  return at < 0 ? chain : chain.slice(0, at);
}

/**
 * Where a text anchor points in `doc` now. Relative positions follow the characters they were
 * made next to, so edits around the anchor move it rather than break it (H13).
 */
export function resolveAnchor(doc: Y.Doc, anchor: CommentAnchor) {
  if (anchor.kind === 'document') return { start: null, end: null };
  if (anchor.kind === 'entity') {
    const entity = doc.getMap<unknown>(anchor.collection).get(anchor.entityId);
    return entity === undefined ? null : { start: null, end: null };
  }
  const at = (b64: string) => {
    try {
      const rel = Y.decodeRelativePosition(Buffer.from(b64, 'base64'));
      return Y.createAbsolutePositionFromRelativePosition(rel, doc);
    } catch {
      // A malformed position is reported as a detached anchor, not as a failed request.
      return null;
    }
  };
  const start = at(anchor.start);
  const end = at(anchor.end);
  if (!start || !end) return null;
  // Every character of the range deleted: both ends collapse onto one place, and Yjs still
  // answers with that place. The text is gone, so the anchor is detached (H13).
  if (start.type === end.type && end.index <= start.index) return null;
  return { start: start.index, end: end.index };
}
