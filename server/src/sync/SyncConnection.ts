import { randomUUID } from 'node:crypto';
import { CloseCode } from '@tandem/protocol';
import type { WebSocket } from 'ws';
import type { Logger } from '../logger';
import type { AwarenessIdentity } from './awarenessTrust';

export type MessageHandler = (conn: SyncConnection, data: Uint8Array) => Promise<void> | void;

/**
 * One client socket. Frames are handled strictly in arrival order through a promise chain,
 * so frames that arrive while the document is still loading wait instead of being dropped.
 */
export class SyncConnection {
  readonly id = randomUUID();
  /** Awareness client ids this socket has announced; cleared from the room when it leaves. */
  readonly awarenessIds = new Set<number>();
  /** Who is connected, set once the connection is admitted. */
  userId: string | null = null;
  workspaceId: string | null = null;
  tokenHash: string | null = null;
  /** Viewers and commenters: their document updates are refused; awareness still flows. */
  readOnly = false;
  /** The name and side the room vouches for in this socket's awareness entries. */
  identity: AwarenessIdentity | null = null;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private alive = true;
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    private readonly ws: WebSocket,
    readonly docId: string,
    private readonly log: Logger,
  ) {
    ws.binaryType = 'nodebuffer';
    ws.on('pong', () => {
      this.alive = true;
    });
    ws.on('close', () => this.markClosed());
    ws.on('error', (err) => {
      this.log.debug({ err, connId: this.id }, 'socket error');
      this.markClosed();
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Starts reading frames; each waits for `ready` and for the frames before it. */
  listen(ready: Promise<unknown>, handle: MessageHandler): void {
    this.chain = ready.then(
      () => undefined,
      () => undefined,
    );
    this.ws.on('message', (raw: Buffer) => {
      const data = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
      this.chain = this.chain
        .then(() => (this.closed ? undefined : handle(this, data)))
        .catch((err: unknown) => {
          // Handlers close the socket themselves for expected failures; this is the backstop.
          this.log.error({ err, connId: this.id }, 'unexpected error handling a frame');
          this.close(CloseCode.INTERNAL_ERROR, 'internal error');
        });
    });
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(message, (err) => {
      if (err) this.log.debug({ err, connId: this.id }, 'send failed');
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.ws.close(code, reason.slice(0, 120));
    this.markClosed();
  }

  /** Keep-alive: terminates a socket that did not answer the previous ping. */
  heartbeat(): void {
    if (this.closed) return;
    if (!this.alive) {
      this.log.debug({ connId: this.id }, 'no pong; terminating');
      this.ws.terminate();
      this.markClosed();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const l of this.closeListeners.splice(0)) l();
  }
}
