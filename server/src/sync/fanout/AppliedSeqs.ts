/**
 * Which seqs of a document's update log a room holds: every seq up to `floor`, and some above
 * it (this node's own appends, or other nodes' updates that overtook one still on its way).
 * `head` is the highest seq the room has heard of; below it, anything not held is missing.
 */
export class AppliedSeqs {
  private floorSeq = 0;
  private headSeq = 0;
  private readonly above = new Set<number>();

  get floor(): number {
    return this.floorSeq;
  }

  get head(): number {
    return this.headSeq;
  }

  /** Some seq up to `head` is neither applied nor loaded. */
  get missing(): boolean {
    return this.headSeq > this.floorSeq;
  }

  has(seq: number): boolean {
    return seq <= this.floorSeq || this.above.has(seq);
  }

  add(seq: number): void {
    this.heard(seq);
    if (seq <= this.floorSeq) return;
    this.above.add(seq);
    while (this.above.delete(this.floorSeq + 1)) this.floorSeq++;
  }

  /** Another node says the log reaches `seq`. */
  heard(seq: number): void {
    if (seq > this.headSeq) this.headSeq = seq;
  }

  /** The room holds the whole log up to `seq` (a load, or a catch-up from a checkpoint). */
  holdUpTo(seq: number): void {
    if (seq <= this.floorSeq) return;
    this.floorSeq = seq;
    for (const s of this.above) if (s <= seq) this.above.delete(s);
    while (this.above.delete(this.floorSeq + 1)) this.floorSeq++;
    this.heard(seq);
  }

  /** The log was read and ends at `seq`: forget any head heard beyond what it and this room hold. */
  endsAt(seq: number): void {
    let head = Math.max(seq, this.floorSeq);
    for (const s of this.above) if (s > head) head = s;
    this.headSeq = head;
  }
}
