import { isAdopted, type Signoff } from '@tandem/domain';
import type { DocumentStatus } from '@tandem/protocol';
import type { AccountStore } from '../auth';
import type { DocumentRecord, DocumentStore } from '../persistence';
import { owningPair } from './ReviewService';
import type { SignoffRecord, SignoffStore } from './SignoffStore';
import type { VersionStore } from './VersionStore';

type Pair = { school: string; enterprise: string };

export interface StatusDeps {
  store: DocumentStore;
  versions: VersionStore;
  signoffs: SignoffStore;
  accounts: AccountStore;
}

/** Where a version stands by its sign-offs: the pair's latest decisions on it. */
interface VersionSignoffs {
  versionId: string;
  seq: number;
  adopted: boolean;
  /** When the second approval came. */
  adoptedAt: number;
  approvedBy: Set<string>;
  changesRequested: boolean;
}

/**
 * Each document's status for `userId`, from sign-off records, version seqs and the log's last
 * seq: one read of each per document, never the document's content. A version awaits sign-off
 * when one leader of the pair approved it, neither asked for changes, and nothing newer was
 * adopted; it awaits the caller when they are the leader who has not approved it.
 */
export async function documentStatuses(
  deps: StatusDeps,
  records: readonly DocumentRecord[],
  userId: string,
): Promise<Map<string, DocumentStatus>> {
  const pairs = new Map<string, Promise<Pair | null>>();
  const pairOf = (workspaceId: string) => {
    const known = pairs.get(workspaceId) ?? owningPair(deps.accounts, workspaceId);
    pairs.set(workspaceId, known);
    return known;
  };
  const out = new Map<string, DocumentStatus>();
  for (const r of records) {
    const pair = r.workspaceId ? await pairOf(r.workspaceId) : null;
    out.set(r.id, await statusOf(deps, r.id, pair, userId));
  }
  return out;
}

async function statusOf(
  deps: StatusDeps,
  docId: string,
  pair: Pair | null,
  userId: string,
): Promise<DocumentStatus> {
  const draft: DocumentStatus = {
    state: 'draft',
    awaitingYou: false,
    pendingVersionId: null,
    adoptedAt: null,
  };
  const records = pair ? await deps.signoffs.list(docId) : [];
  if (!pair || records.length === 0) return draft;
  const seqs = new Map((await deps.versions.list(docId)).map((v) => [v.id, v.seq]));
  const versions = bySignoffs(records, pair, (id) => seqs.get(id) ?? null);
  const adopted = versions.filter((v) => v.adopted).sort((a, b) => b.seq - a.seq)[0];
  const pending = versions
    .filter((v) => !v.adopted && !v.changesRequested && v.approvedBy.size > 0)
    .filter((v) => !adopted || v.seq > adopted.seq)
    .sort((a, b) => b.seq - a.seq)[0];
  const adoptedAt = adopted ? new Date(adopted.adoptedAt).toISOString() : null;
  if (pending) {
    const mine =
      (pair.school === userId || pair.enterprise === userId) && !pending.approvedBy.has(userId);
    return {
      state: 'awaiting-signoff',
      awaitingYou: mine,
      pendingVersionId: pending.versionId,
      adoptedAt,
    };
  }
  if (!adopted) return draft;
  const changed = (await deps.store.lastSeq(docId)) > adopted.seq;
  return {
    state: changed ? 'changed-since-adoption' : 'adopted',
    awaitingYou: false,
    pendingVersionId: null,
    adoptedAt,
  };
}

/** The pair's latest decision per version, in chain order; versions since deleted are skipped. */
function bySignoffs(
  records: readonly SignoffRecord[],
  pair: Pair,
  seqOf: (versionId: string) => number | null,
): VersionSignoffs[] {
  const grouped = new Map<string, SignoffRecord[]>();
  for (const s of records) grouped.set(s.versionId, [...(grouped.get(s.versionId) ?? []), s]);
  const out: VersionSignoffs[] = [];
  for (const [versionId, list] of grouped) {
    const seq = seqOf(versionId);
    if (seq === null) continue;
    const latest = new Map<string, SignoffRecord>();
    for (const s of list) latest.set(`${s.userId}|${s.side}`, s);
    const inPair = [...latest.values()].filter(
      (s) => s.userId === pair.school || s.userId === pair.enterprise,
    );
    const approvals = inPair.filter((s) => s.decision === 'approve');
    const signed: Signoff[] = approvals.map((s) => ({ memberId: s.userId, side: s.side }));
    out.push({
      versionId,
      seq,
      adopted: isAdopted(signed, pair),
      adoptedAt: Math.max(...list.map((s) => s.createdAt)),
      approvedBy: new Set(approvals.map((s) => s.userId)),
      changesRequested: inPair.some((s) => s.decision === 'request-changes'),
    });
  }
  return out;
}
