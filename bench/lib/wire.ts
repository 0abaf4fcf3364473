import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Which server a client talks to; decides URL and framing, nothing else. */
export type ServerKind = 'tandem' | 'ywebsocket' | 'hocuspocus';

/** Every server the bench knows, in the order it runs them and prints their columns. */
export const SERVER_KINDS: readonly ServerKind[] = ['tandem', 'ywebsocket', 'hocuspocus'];

export const SERVER_LABELS: Record<ServerKind, string> = {
  tandem: 'Tandem',
  ywebsocket: 'y-websocket',
  hocuspocus: 'Hocuspocus',
};

/** Message types shared by y-websocket and Hocuspocus (Hocuspocus adds more, ignored here). */
export const MessageType = {
  SYNC: 0,
  AWARENESS: 1,
  AUTH: 2,
  QUERY_AWARENESS: 3,
  /** Hocuspocus only: like SYNC, but a step 1 inside it does not trigger a server step 1. */
  SYNC_REPLY: 4,
} as const;

/** Hocuspocus `AuthMessageType.Token`. */
const AUTH_TOKEN = 0;

/**
 * The servers speak the same Yjs sync and awareness messages; they differ only in framing.
 * y-websocket (Tandem and the reference server): one document per socket, the document id in
 * the URL, frames start with the type. Hocuspocus 3: sockets are multiplexed, every frame starts
 * with the document name, and each document on a socket must first send an auth message (any
 * token is accepted when no `onAuthenticate` hook is configured). Tandem takes its bearer token
 * in the `token` query; the reference server checks none and takes the whole path as the name.
 */
export interface Wire {
  readonly kind: ServerKind;
  url(port: number, docId: string, token: string): string;
  /** Frames to send right after the socket opens, before sync step 1. */
  opening(docId: string, token: string): Uint8Array[];
  /** Starts a frame for `docId`; the caller writes the message type and body. */
  begin(docId: string): encoding.Encoder;
  /** Returns a decoder positioned at the message type, or null when the frame is for another doc. */
  open(docId: string, data: Uint8Array): decoding.Decoder | null;
}

/** Plain y-websocket framing; only the URL differs between Tandem and the reference server. */
function yWebsocketWire(kind: ServerKind, url: Wire['url']): Wire {
  return {
    kind,
    url,
    opening: () => [],
    begin: () => encoding.createEncoder(),
    open: (_docId, data) => decoding.createDecoder(data),
  };
}

const tandemWire = yWebsocketWire(
  'tandem',
  (port, docId, token) =>
    `ws://127.0.0.1:${port}/sync/${encodeURIComponent(docId)}?token=${encodeURIComponent(token)}`,
);

const referenceWire = yWebsocketWire(
  'ywebsocket',
  (port, docId) => `ws://127.0.0.1:${port}/${encodeURIComponent(docId)}`,
);

const hocuspocusWire: Wire = {
  kind: 'hocuspocus',
  // Hocuspocus ignores the path; the document name travels in every frame.
  url: (port) => `ws://127.0.0.1:${port}/`,
  opening(docId, token) {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, docId);
    encoding.writeVarUint(encoder, MessageType.AUTH);
    encoding.writeVarUint(encoder, AUTH_TOKEN);
    encoding.writeVarString(encoder, token);
    return [encoding.toUint8Array(encoder)];
  },
  begin(docId) {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, docId);
    return encoder;
  },
  open(docId, data) {
    const decoder = decoding.createDecoder(data);
    return decoding.readVarString(decoder) === docId ? decoder : null;
  },
};

const WIRES: Record<ServerKind, Wire> = {
  tandem: tandemWire,
  ywebsocket: referenceWire,
  hocuspocus: hocuspocusWire,
};

export function wireFor(kind: ServerKind): Wire {
  return WIRES[kind];
}
