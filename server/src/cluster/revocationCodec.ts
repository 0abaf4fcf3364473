import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { AccessChange } from '../auth';

/**
 * What nodes tell each other on the cluster channel: a revocation to apply to their own
 * sockets, or a request to re-check every socket against the store (a revocation may be lost).
 */
export type ClusterNotice = AccessChange | { kind: 'recheck' };

/** Bumped when the layout changes; a node drops (and counts) notices of another version. */
const FORMAT = 1;
const KIND = { token: 0, member: 1, document: 2, recheck: 3 } as const;

/** lib0-encoded, as the fan-out's own messages: format, kind, fields. */
export function encodeNotice(notice: ClusterNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FORMAT);
  encoding.writeVarUint(encoder, KIND[notice.kind]);
  switch (notice.kind) {
    case 'token':
      encoding.writeVarString(encoder, notice.tokenHash);
      break;
    case 'member':
      encoding.writeVarString(encoder, notice.workspaceId);
      encoding.writeVarString(encoder, notice.userId);
      break;
    case 'document':
      encoding.writeVarString(encoder, notice.docId);
      break;
    case 'recheck':
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Throws on anything that is not a notice of this format. */
export function decodeNotice(data: Uint8Array): ClusterNotice {
  const decoder = decoding.createDecoder(data);
  const format = decoding.readVarUint(decoder);
  if (format !== FORMAT) throw new Error(`cluster notice format ${format}, expected ${FORMAT}`);
  const kind = decoding.readVarUint(decoder);
  switch (kind) {
    case KIND.token:
      return { kind: 'token', tokenHash: decoding.readVarString(decoder) };
    case KIND.member: {
      const workspaceId = decoding.readVarString(decoder);
      return { kind: 'member', workspaceId, userId: decoding.readVarString(decoder) };
    }
    case KIND.document:
      return { kind: 'document', docId: decoding.readVarString(decoder) };
    case KIND.recheck:
      return { kind: 'recheck' };
    default:
      throw new Error(`unknown cluster notice kind ${kind}`);
  }
}
