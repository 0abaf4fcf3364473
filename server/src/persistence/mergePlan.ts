import { StoreError } from '../errors';
import type { MergePlan } from './DocumentStore';

/**
 * The checks every store makes before a merge removes anything (H15): the seqs to keep that
 * fall in the merged range, each with a checkpoint, the last of them the range's end.
 */
export function keptSeqs(
  docId: string,
  plan: MergePlan,
  lastSeq: number,
  checkpoints: ReadonlySet<number>,
): number[] {
  const { uptoSeq } = plan;
  if (!Number.isInteger(uptoSeq) || uptoSeq < 1 || uptoSeq > lastSeq) {
    throw new StoreError(`merge of ${docId} up to ${uptoSeq} is outside its log (1…${lastSeq})`);
  }
  const keep = [...new Set(plan.keepSeqs)].filter((s) => s <= uptoSeq).sort((a, b) => a - b);
  if (keep.at(-1) !== uptoSeq) {
    throw new StoreError(`merge of ${docId} must keep its last seq ${uptoSeq}`);
  }
  const missing = keep.filter((s) => !checkpoints.has(s));
  if (missing.length > 0) {
    throw new StoreError(`merge of ${docId} would lose seqs without a checkpoint: ${missing}`);
  }
  return keep;
}

/**
 * Which of `candidates` can be deleted from `checkpoints` (ascending) without losing a point in
 * time: a checkpoint goes only if `complete(prev, seq)` says the log holds every update in
 * (prev, seq], where prev is the checkpoint kept before it (0: the empty document). The newest
 * checkpoint always stays.
 */
export function prunableCheckpoints(
  checkpoints: readonly number[],
  candidates: ReadonlySet<number>,
  complete: (afterSeq: number, uptoSeq: number) => boolean,
): number[] {
  const prunable: number[] = [];
  let prev = 0;
  for (const [i, seq] of checkpoints.entries()) {
    const newest = i === checkpoints.length - 1;
    if (!newest && candidates.has(seq) && complete(prev, seq)) prunable.push(seq);
    else prev = seq;
  }
  return prunable;
}
