import { randomUUID } from 'node:crypto';
import { CloseCode } from '@tandem/protocol';
import type { WebSocket } from 'ws';
import type { Logger } from '../logger';
import { RateBudget } from '../RateBudget';
import type { AwarenessIdentity } from './awarenessTrust';
import { type BroadcastFrame, rawSocketOf } from './broadcastFrame';
import { FRAME_RATES, type FrameKind } from './FrameBudget';

export type MessageHandler = (conn: SyncConnection, data: Uint8Array) => Promise<void> | void;

/** Frames read but not yet handled before the socket stops reading, and when it starts again. */
const QUEUE_HIGH = { frames: 64, bytes: 8 * 1024 * 1024 };
const QUEUE_LOW = { frames: 16, bytes: 2 * 1024 * 1024 };
/**
 * Bytes the server may have waiting to be written to one socket. A client that reads slower
 * than the document changes (or asks for the whole document over and over) is closed with
 * TOO_SLOW instead of growing the server's memory without bound; a single large message is
 * always let through to a socket with nothing waiting.
 */
export const SLOW_CONSUMER_BYTES = 16 * 1024 * 1024;
const CLOSE_GRACE_MS = 2_000;

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
  private readonly budget = new RateBudget(FRAME_RATES);
  private queued = { frames: 0, bytes: 0 };
  /** When the sign-in the socket was opened with runs out (ms since the epoch). */
  private expiresAt = Number.POSITIVE_INFINITY;
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
      this.enqueued(data.byteLength);
      this.chain = this.chain
        .then(() => (this.closed ? undefined : handle(this, data)))
        .finally(() => this.dequeued(data.byteLength))
        .catch((err: unknown) => {
          // Handlers close the socket themselves for expected failures; this is the backstop.
          this.log.error({ err, connId: this.id }, 'unexpected error handling a frame');
          this.close(CloseCode.INTERNAL_ERROR, 'internal error');
        });
    });
  }

  /** Waits until the connection's budget allows another frame of this kind. */
  async throttle(kind: FrameKind): Promise<void> {
    const wait = this.budget.take(kind);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /**
   * The socket closes with UNAUTHORIZED once the sign-in it was opened with runs out: checked
   * by `checkExpiry`, which the room manager calls for every connection on one timer (a timer
   * per socket cost ~350 bytes each, issue 14).
   */
  expireAt(expiresAt: number): void {
    this.expiresAt = expiresAt;
  }

  /** Closes the socket if its sign-in ran out by `now` (ms since the epoch). */
  checkExpiry(now: number): void {
    if (now >= this.expiresAt) this.close(CloseCode.UNAUTHORIZED, 'sign-in expired');
  }

  send(message: Uint8Array): void {
    if (!this.mayWrite(message.byteLength)) return;
    this.ws.send(message, this.onSent);
  }

  /**
   * The same as `send` for frames built once for many sockets, in order, skipping those this
   * socket sent itself: written without framing here, and corked, so what a room broadcasts in
   * one turn reaches the kernel in one write.
   */
  sendFrames(frames: readonly BroadcastFrame[]): void {
    const socket = rawSocketOf(this.ws);
    // One frame is one write anyway; corking it would only buffer it first.
    const cork = socket !== null && frames.length > 1;
    if (cork) socket.cork();
    try {
      for (const frame of frames) {
        if (frame.from === this.id || !this.mayWrite(frame.framed.byteLength)) continue;
        if (socket) socket.write(frame.framed, this.onSent);
        else this.ws.send(frame.message, this.onSent);
      }
    } finally {
      if (cork) socket.uncork();
    }
  }

  /** Open, and not so far behind that another message would pass the slow-consumer bound. */
  private mayWrite(bytes: number): boolean {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return false;
    const waiting = this.ws.bufferedAmount;
    if (waiting > 0 && waiting + bytes > SLOW_CONSUMER_BYTES) {
      this.log.info({ connId: this.id, waiting }, 'slow consumer; closing');
      this.close(CloseCode.TOO_SLOW, 'reading too slowly');
      return false;
    }
    return true;
  }

  private readonly onSent = (err?: Error | null): void => {
    if (err) this.log.debug({ err, connId: this.id }, 'send failed');
  };

  close(code: number, reason: string): void {
    if (this.closed) return;
    // A paused socket would never read the client's half of the closing handshake.
    if (this.ws.isPaused) this.ws.resume();
    this.ws.close(code, reason.slice(0, 120));
    // A client that does not answer the close (or does not read at all) is cut off soon,
    // rather than after ws's 30 s, so what it holds is freed.
    setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS).unref();
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

  private enqueued(bytes: number): void {
    this.queued.frames++;
    this.queued.bytes += bytes;
    if (this.queued.frames > QUEUE_HIGH.frames || this.queued.bytes > QUEUE_HIGH.bytes) {
      if (!this.ws.isPaused) this.ws.pause();
    }
  }

  private dequeued(bytes: number): void {
    this.queued.frames--;
    this.queued.bytes -= bytes;
    if (this.queued.frames <= QUEUE_LOW.frames && this.queued.bytes <= QUEUE_LOW.bytes) {
      if (this.ws.isPaused && !this.closed) this.ws.resume();
    }
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const l of this.closeListeners.splice(0)) l();
  }
}
