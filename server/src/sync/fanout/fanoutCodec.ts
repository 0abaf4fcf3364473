import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { FannedUpdate, FanoutMessage } from './DocFanout';

/** Bumped when the layout changes; a node drops (and counts) messages of another version. */
const FORMAT = 1;
const KIND = { updates: 0, head: 1, awareness: 2, 'awareness-query': 3 } as const;

export interface Envelope {
  origin: string;
  message: FanoutMessage;
}

/**
 * Binary, lib0-encoded as y-protocols' own messages are: format, origin node id, kind, body.
 * A null user id is written as a flag, not as an empty string, so no id is ever ambiguous.
 */
export function encodeFanoutMessage(origin: string, message: FanoutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FORMAT);
  encoding.writeVarString(encoder, origin);
  encoding.writeVarUint(encoder, KIND[message.kind]);
  switch (message.kind) {
    case 'updates':
      encoding.writeVarUint(encoder, message.updates.length);
      for (const u of message.updates) writeUpdate(encoder, u);
      break;
    case 'head':
      encoding.writeVarUint(encoder, message.seq);
      break;
    case 'awareness':
      writeUserId(encoder, message.userId);
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'awareness-query':
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Throws on anything that is not a message of this format. */
export function decodeFanoutMessage(data: Uint8Array): Envelope {
  const decoder = decoding.createDecoder(data);
  const format = decoding.readVarUint(decoder);
  if (format !== FORMAT) throw new Error(`fan-out message format ${format}, expected ${FORMAT}`);
  const origin = decoding.readVarString(decoder);
  const kind = decoding.readVarUint(decoder);
  switch (kind) {
    case KIND.updates: {
      const count = decoding.readVarUint(decoder);
      const updates: FannedUpdate[] = [];
      for (let i = 0; i < count; i++) updates.push(readUpdate(decoder));
      return { origin, message: { kind: 'updates', updates } };
    }
    case KIND.head:
      return { origin, message: { kind: 'head', seq: decoding.readVarUint(decoder) } };
    case KIND.awareness: {
      const userId = readUserId(decoder);
      const update = decoding.readVarUint8Array(decoder);
      return { origin, message: { kind: 'awareness', update, userId } };
    }
    case KIND['awareness-query']:
      return { origin, message: { kind: 'awareness-query' } };
    default:
      throw new Error(`unknown fan-out message kind ${kind}`);
  }
}

/** A cluster channel message: format, origin node id, and a body the fan-out does not read. */
export function encodeClusterEnvelope(origin: string, body: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FORMAT);
  encoding.writeVarString(encoder, origin);
  encoding.writeVarUint8Array(encoder, body);
  return encoding.toUint8Array(encoder);
}

/** Throws on anything that is not a cluster message of this format. */
export function decodeClusterEnvelope(data: Uint8Array): { origin: string; body: Uint8Array } {
  const decoder = decoding.createDecoder(data);
  const format = decoding.readVarUint(decoder);
  if (format !== FORMAT) throw new Error(`cluster message format ${format}, expected ${FORMAT}`);
  const origin = decoding.readVarString(decoder);
  return { origin, body: decoding.readVarUint8Array(decoder) };
}

function writeUpdate(encoder: encoding.Encoder, u: FannedUpdate): void {
  encoding.writeVarUint(encoder, u.seq);
  writeUserId(encoder, u.userId);
  encoding.writeVarUint(encoder, u.clientIds.length);
  for (const id of u.clientIds) encoding.writeVarUint(encoder, id);
  encoding.writeVarUint8Array(encoder, u.update);
}

function readUpdate(decoder: decoding.Decoder): FannedUpdate {
  const seq = decoding.readVarUint(decoder);
  const userId = readUserId(decoder);
  const clientIds: number[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) clientIds.push(decoding.readVarUint(decoder));
  return { seq, userId, clientIds, update: decoding.readVarUint8Array(decoder) };
}

function writeUserId(encoder: encoding.Encoder, userId: string | null): void {
  encoding.writeVarUint(encoder, userId === null ? 0 : 1);
  if (userId !== null) encoding.writeVarString(encoder, userId);
}

function readUserId(decoder: decoding.Decoder): string | null {
  return decoding.readVarUint(decoder) === 0 ? null : decoding.readVarString(decoder);
}
