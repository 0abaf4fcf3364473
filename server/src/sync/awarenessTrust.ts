import type { Side } from '@tandem/domain';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Who a connection belongs to, as the server knows it (not as the client says). */
export interface AwarenessIdentity {
  userId: string;
  name: string;
  side: Side;
}

/**
 * Vets one awareness update from a connection before it reaches anyone else. y-websocket trusts
 * whatever a client writes into awareness: any display name, and entries for any client id,
 * including other people's. Here an entry is kept only for client ids `mayWrite` allows (the
 * room lets a connection write its own ids and nobody else's), and the name and side it
 * announces are replaced by the signed-in person's, so a cursor label or presence chip can never
 * claim to be someone else. Returns null when no entry is left.
 *
 * The update was already validated whole by `decodeMessage`; the layout is y-protocols':
 * varuint count, then per entry varuint client id, varuint clock and a JSON state string
 * (`null` when the client left).
 */
export function vetAwarenessUpdate(
  update: Uint8Array,
  identity: AwarenessIdentity | null,
  mayWrite: (clientId: number, clock: number) => boolean,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const kept: { clientId: number; clock: number; state: string }[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (!mayWrite(clientId, clock)) continue;
    kept.push({ clientId, clock, state: identity ? vouch(state, identity) : state });
  }
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

/** The state with the person's real id, name and side; the rest (cursor, colour) passes as sent. */
function vouch(json: string, identity: AwarenessIdentity): string {
  const state: unknown = JSON.parse(json);
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return json;
  const record = state as Record<string, unknown>;
  const data = record.awarenessData;
  const awarenessData =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? { ...data, userId: identity.userId, side: identity.side }
      : { userId: identity.userId, side: identity.side };
  return JSON.stringify({ ...record, name: identity.name, awarenessData });
}
