import {
  chainRecord,
  GENESIS_HASH,
  type NewSignoff,
  type SignoffRecord,
  type SignoffStore,
} from './SignoffStore';

/** Sign-offs in process memory, for the MemoryDocumentStore. */
export class MemorySignoffStore implements SignoffStore {
  private readonly chains = new Map<string, SignoffRecord[]>();

  async add(input: NewSignoff): Promise<SignoffRecord> {
    const chain = this.chains.get(input.docId) ?? [];
    const record = chainRecord(input, chain.at(-1)?.recordHash ?? GENESIS_HASH);
    chain.push(record);
    this.chains.set(input.docId, chain);
    return { ...record };
  }

  async list(docId: string): Promise<SignoffRecord[]> {
    return (this.chains.get(docId) ?? []).map((r) => ({ ...r }));
  }
}
