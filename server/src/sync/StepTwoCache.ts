/** Distinct state vectors whose replies are kept; joiners mostly bring one of a few. */
const MAX_ENTRIES = 8;

/**
 * The room's recent sync step 2 replies, by the state vector they answer, until the document
 * next changes. A join storm (a hundred people opening the document for a committee session,
 * all with an empty or the same cached state) then costs one encoding, not a hundred.
 */
export class StepTwoCache {
  private readonly entries = new Map<string, Uint8Array>();

  get(stateVector: Uint8Array, encode: () => Uint8Array): Uint8Array {
    const key = Buffer.from(stateVector).toString('base64');
    const cached = this.entries.get(key);
    if (cached) return cached;
    const reply = encode();
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, reply);
    return reply;
  }

  /** Keeps a reply made elsewhere (the room's load encodes the whole document anyway). */
  put(stateVector: Uint8Array, reply: Uint8Array): void {
    this.get(stateVector, () => reply);
  }

  clear(): void {
    this.entries.clear();
  }
}
