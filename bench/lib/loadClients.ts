import * as Y from 'yjs';
import { type BenchClient, TEXT_NAME } from './BenchClient';
import { nowUs, sleep } from './time';
import type { CountResult, FloodResult, JoinSample } from './workerProtocol';

/** A join-storm client's raw sync step 2, held until every local client has synced. */
export interface HeldReply {
  startUs: number;
  client: BenchClient;
  reply: Uint8Array | null;
}

/**
 * Applies every held reply to a fresh Y.Doc and reads the text length: the content check of a
 * join storm, done after the timing so that applying a 3 MB document a hundred times in the
 * bench's two threads does not delay the receipt of the other replies.
 */
export function verifyJoins(held: HeldReply[]): JoinSample[] {
  return held.map(({ startUs, client, reply }) => {
    if (!reply) throw new Error(`${client.docId}: synced without a step 2 reply`);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, reply);
    const length = doc.getText(TEXT_NAME).length;
    doc.destroy();
    return { startUs, syncedUs: client.syncedAtUs, replyBytes: reply.byteLength, length };
  });
}

/** Counts the items broadcast updates carry, from their metadata (`to` clocks), not applying them. */
export class ItemCounter {
  private readonly clocks = new Map<number, number>();
  private lastUs = 0;

  readonly onUpdate = (update: Uint8Array): void => {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock > (this.clocks.get(client) ?? 0)) {
        this.clocks.set(client, clock);
        this.lastUs = nowUs();
      }
    }
  };

  result(): CountResult {
    let items = 0;
    for (const clock of this.clocks.values()) items += clock;
    return { items, lastUs: this.lastUs };
  }
}

/**
 * A hostile but authorised client: one-character appends, one update each, as fast as this
 * thread can make them (`chunk` per event-loop turn, so a stop request is still heard), then
 * the socket is held open until the deadline so the server can go on reading what it holds.
 */
export async function flood(
  client: BenchClient,
  options: { count: number; durationMs: number; chunk: number },
  stopped: () => boolean,
): Promise<FloodResult> {
  const text = client.doc.getText(TEXT_NAME);
  const start = performance.now();
  const deadline = start + options.durationMs;
  let sent = 0;
  while (sent < options.count && !stopped() && performance.now() < deadline) {
    for (const end = Math.min(options.count, sent + options.chunk); sent < end; sent++) {
      text.insert(text.length, 'x');
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const sendMs = performance.now() - start;
  while (!stopped() && performance.now() < deadline) await sleep(20);
  const stoppedBy = stopped() ? 'stop' : 'deadline';
  client.terminate();
  return { sent, sendMs, stoppedBy };
}
