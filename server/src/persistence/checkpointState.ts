import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * How a checkpoint's state is stored, in the row's `encoding` column. Rows written before it
 * existed are raw Yjs updates (0). A state is mostly text and repeated client ids: on the
 * 100k-edit bench history brotli keeps about a tenth of it, and the newest checkpoint and the
 * anchors are most of what is stored beside the packs.
 */
export const STATE_RAW = 0;
export const STATE_BROTLI = 1;

const brotliCompress = promisify(zlib.brotliCompress);

export interface StoredCheckpointState {
  encoding: number;
  data: Uint8Array;
}

/** Compresses off the event loop (zlib's thread pool): a large document's state takes a while. */
export async function encodeCheckpointState(state: Uint8Array): Promise<StoredCheckpointState> {
  const data = await brotliCompress(state, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: state.length,
    },
  });
  // A state that does not shrink (tiny ones) stays raw: nothing to undo when it is read.
  return data.length < state.length
    ? { encoding: STATE_BROTLI, data }
    : { encoding: STATE_RAW, data: state };
}

/**
 * The state of a stored checkpoint. One that cannot be decoded comes back empty, which the
 * replay refuses like any checkpoint that does not load, falling back to the one before it
 * (stateAt's loadDocument), so a damaged row costs replay time, not the document.
 */
export function decodeCheckpointState(stored: StoredCheckpointState): Uint8Array {
  if (stored.encoding === STATE_RAW) return stored.data;
  if (stored.encoding !== STATE_BROTLI) return new Uint8Array(0);
  try {
    const state = zlib.brotliDecompressSync(stored.data);
    return new Uint8Array(state.buffer, state.byteOffset, state.byteLength);
  } catch {
    return new Uint8Array(0);
  }
}
