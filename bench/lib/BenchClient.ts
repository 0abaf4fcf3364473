import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { nowUs } from './time';
import { MessageType, type ServerKind, type Wire, wireFor } from './wire';

/** The Y.Text every scenario edits; the same name on both servers. */
export const TEXT_NAME = 'bench';

export interface BenchClientOptions {
  kind: ServerKind;
  port: number;
  docId: string;
  /** Bearer token (Tandem: `?token=`; Hocuspocus: its auth message). */
  token: string;
  /**
   * Apply broadcast updates to the local Y.Doc (default). When false, updates after the initial
   * sync are handed to `onRemoteUpdate` instead: the client stays a valid y-websocket peer for
   * writing, but costs the bench next to nothing per received update.
   */
  applyRemote?: boolean;
  onRemoteUpdate?: (update: Uint8Array) => void;
  /** Keep a y-protocols Awareness (for publishing) and answer awareness queries. */
  awareness?: boolean;
  /** Receive awareness frames raw instead of applying them to the local Awareness. */
  onRemoteAwareness?: (update: Uint8Array) => void;
  /**
   * Hand the server's sync step 2 over raw instead of applying it: the client counts as synced
   * when the reply has arrived, and the caller verifies the content later, so a many-client
   * join is timed by the server's work, not by the bench applying the document in the meantime.
   */
  onStepTwo?: (update: Uint8Array) => void;
  /** Reject `connect()` when the server has not completed sync step 2 by then. */
  timeoutMs?: number;
}

export interface CloseInfo {
  code: number;
  reason: string;
}

/**
 * A y-websocket client without the provider's reconnect, broadcast-channel and timer machinery:
 * one socket, one Y.Doc, optionally one Awareness. The same code talks to both servers; only the
 * framing (`Wire`) differs, so client-side cost is identical for both.
 */
export class BenchClient {
  readonly doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness | null;
  readonly docId: string;
  synced = false;
  closeInfo: CloseInfo | null = null;
  /** performance.now() when the WebSocket upgrade was accepted. */
  openedAt = 0;
  /** nowUs() (process-wide clock) when sync step 2 from the server arrived. */
  syncedAtUs = 0;
  /** performance.now() when sync step 2 from the server arrived, before it was applied. */
  stepTwoAt = 0;
  private readonly wire: Wire;
  private readonly options: BenchClientOptions;
  private ws: WebSocket | null = null;

  constructor(options: BenchClientOptions) {
    this.options = options;
    this.docId = options.docId;
    this.wire = wireFor(options.kind);
    this.awareness = options.awareness ? new awarenessProtocol.Awareness(this.doc) : null;
    this.awareness?.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness?.on('update', this.onAwarenessUpdate);
  }

  /** Opens the socket and resolves once sync step 2 from the server has been applied. */
  connect(): Promise<void> {
    const ws = new WebSocket(this.wire.url(this.options.port, this.docId, this.options.token), {
      perMessageDeflate: false,
    });
    ws.binaryType = 'nodebuffer';
    this.ws = ws;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`sync timeout for ${this.docId}`));
        ws.terminate();
      }, this.options.timeoutMs ?? 60_000);
      let settled = false;
      const done = (error?: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      ws.on('open', () => {
        this.openedAt = performance.now();
        this.onOpen();
      });
      ws.on('message', (data: Buffer) => {
        this.onMessage(data);
        if (this.synced && !settled) done();
      });
      ws.on('error', (error) => done(error));
      ws.on('close', (code, reason) => {
        this.closeInfo = { code, reason: reason.toString() };
        done(new Error(`closed before sync: ${code} ${reason.toString()}`));
      });
    });
  }

  /** Cuts the connection without a closing handshake, dropping whatever is still unsent. */
  terminate(): void {
    this.ws?.terminate();
  }

  /** Bytes queued in this client's socket, not yet handed to the kernel. */
  get bufferedAmount(): number {
    return this.ws?.bufferedAmount ?? 0;
  }

  close(): void {
    this.ws?.close();
    this.awareness?.destroy();
    this.doc.destroy();
  }

  private send(encoder: encoding.Encoder): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(encoding.toUint8Array(encoder));
  }

  private onOpen(): void {
    for (const frame of this.wire.opening(this.docId, this.options.token)) this.ws?.send(frame);
    const encoder = this.wire.begin(this.docId);
    encoding.writeVarUint(encoder, MessageType.SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.send(encoder);
    if (this.awareness?.getLocalState()) this.sendAwareness([this.doc.clientID]);
  }

  private onMessage(data: Uint8Array): void {
    const decoder = this.wire.open(this.docId, data);
    if (!decoder) return;
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.SYNC || type === MessageType.SYNC_REPLY) this.onSync(decoder);
    else if (type === MessageType.AWARENESS) this.onAwareness(decoding.readVarUint8Array(decoder));
    else if (type === MessageType.QUERY_AWARENESS && this.awareness) {
      this.sendAwareness([...this.awareness.getStates().keys()]);
    }
    // Everything else (Hocuspocus auth replies and sync-status acks) needs no answer.
  }

  private onAwareness(update: Uint8Array): void {
    if (this.options.onRemoteAwareness) this.options.onRemoteAwareness(update);
    else if (this.awareness) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, this);
  }

  private onSync(decoder: decoding.Decoder): void {
    const innerType = decoding.peekVarUint(decoder);
    if (innerType === syncProtocol.messageYjsSyncStep2 && !this.stepTwoAt) {
      this.stepTwoAt = performance.now();
    }
    if (innerType === syncProtocol.messageYjsSyncStep2 && this.options.onStepTwo) {
      decoding.readVarUint(decoder);
      const update = decoding.readVarUint8Array(decoder);
      this.markSynced();
      this.options.onStepTwo(update);
      return;
    }
    if (innerType === syncProtocol.messageYjsUpdate && this.options.applyRemote === false) {
      decoding.readVarUint(decoder);
      this.options.onRemoteUpdate?.(decoding.readVarUint8Array(decoder));
      return;
    }
    const reply = this.wire.begin(this.docId);
    encoding.writeVarUint(reply, MessageType.SYNC);
    const emptyLength = encoding.length(reply);
    syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
    if (encoding.length(reply) > emptyLength) this.send(reply);
    if (innerType === syncProtocol.messageYjsSyncStep2) this.markSynced();
  }

  private markSynced(): void {
    if (this.synced) return;
    this.synced = true;
    this.syncedAtUs = nowUs();
  }

  private sendAwareness(clients: number[]): void {
    if (!this.awareness) return;
    const encoder = this.wire.begin(this.docId);
    encoding.writeVarUint(encoder, MessageType.AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients),
    );
    this.send(encoder);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    const encoder = this.wire.begin(this.docId);
    encoding.writeVarUint(encoder, MessageType.SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.send(encoder);
  };

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin !== 'local') return;
    this.sendAwareness([...change.added, ...change.updated, ...change.removed]);
  };
}
