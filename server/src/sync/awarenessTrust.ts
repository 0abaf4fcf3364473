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
    const vetted = vetState(state, identity);
    if (vetted === undefined || !mayWrite(clientId, clock)) continue;
    kept.push({ clientId, clock, state: vetted });
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

/** A cursor, a name, a colour: far below this many characters of JSON. */
export const MAX_AWARENESS_STATE_CHARS = 4 * 1024;

/**
 * An entry's state as it may pass: `null` (the entry leaves) or a JSON object under 4 KiB, with
 * the person's real id, name and side vouched in when the socket is signed in. Anything else
 * (a number, a string, an array, a megabyte of cursor) is dropped: undefined.
 */
function vetState(json: string, identity: AwarenessIdentity | null): string | undefined {
  if (json.length > MAX_AWARENESS_STATE_CHARS) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (state === null) return json;
  if (typeof state !== 'object' || Array.isArray(state)) return undefined;
  return identity ? vouch(state as Record<string, unknown>, identity) : json;
}

/** The state with the person's real id, name and side; the rest (cursor, colour) passes as sent. */
function vouch(record: Record<string, unknown>, identity: AwarenessIdentity): string {
  const data = record.awarenessData;
  const awarenessData =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? { ...data, userId: identity.userId, side: identity.side }
      : { userId: identity.userId, side: identity.side };
  return JSON.stringify({ ...record, name: identity.name, awarenessData });
}
