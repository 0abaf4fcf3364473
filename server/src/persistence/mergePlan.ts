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
