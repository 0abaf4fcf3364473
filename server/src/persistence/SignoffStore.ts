import { createHash, randomUUID } from 'node:crypto';
import type { Side } from '@tandem/domain';

export type Decision = 'approve' | 'request-changes';

export interface SignoffRecord {
  id: string;
  docId: string;
  versionId: string;
  stateHash: string;
  userId: string;
  side: Side;
  decision: Decision;
  comment: string;
  createdAt: number;
  prevHash: string;
  recordHash: string;
}

/** The prev_hash of a document's first sign-off. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * H10: the hash of a record covers every other field, including the previous record's hash, so
 * editing, deleting or reordering any record breaks the chain from there on. Keys are sorted so
 * the JSON is canonical.
 */
export function recordHash(r: Omit<SignoffRecord, 'recordHash'>): string {
  const fields: Record<string, unknown> = { ...r };
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(fields).sort()));
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Sign-offs per document (H10), each chained to the one before it by hash: append-only, and
 * `add` reads the chain's end and appends in one step, so two sign-offs never share a
 * predecessor. Asynchronous, so a driver may answer over the network (PostgreSQL) as well as
 * from a file.
 */
export interface SignoffStore {
  add(input: NewSignoff): Promise<SignoffRecord>;
  /** In chain order. */
  list(docId: string): Promise<SignoffRecord[]>;
}

export type NewSignoff = Omit<SignoffRecord, 'id' | 'createdAt' | 'prevHash' | 'recordHash'>;

/** The record `add` stores after `prevHash`, with its id, time and hash. */
export function chainRecord(input: NewSignoff, prevHash: string): SignoffRecord {
  const base = { ...input, id: randomUUID(), createdAt: Date.now(), prevHash };
  return { ...base, recordHash: recordHash(base) };
}

/** Chain problems: a record whose hash does not match its fields, or a broken link. */
export function verifyChain(records: readonly SignoffRecord[]) {
  const problems: { signoffId: string; problem: string }[] = [];
  let prev = GENESIS_HASH;
  for (const r of records) {
    const { recordHash: stored, ...rest } = r;
    if (r.prevHash !== prev) {
      problems.push({ signoffId: r.id, problem: 'does not follow the previous record' });
    }
    if (recordHash(rest) !== stored) {
      problems.push({ signoffId: r.id, problem: 'record was altered after it was signed' });
    }
    prev = stored;
  }
  return problems;
}
