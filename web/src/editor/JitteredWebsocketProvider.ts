import { PERMANENT_CLOSE_CODES } from '@tandem/protocol';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { onlineDelay, reconnectDelay } from './reconnectDelay';

/**
 * A y-websocket provider that owns its reconnect schedule.
 *
 * y-websocket 3.1 retries after `min(2^n * 100ms, maxBackoffTime)` with no jitter and no hook to
 * add any: every client a server restart (close 1001) disconnects retries at the same 200ms,
 * 400ms, 800ms… marks, so they arrive as a thundering herd. Its `shouldReconnect` option is the
 * one seam: returning false makes the provider stop (it sets `shouldConnect = false`, so its own
 * timer becomes a no-op) and emit `closed`. We return false for every server close, then call
 * `connect()` ourselves after an equal-jitter delay (see reconnectDelay). Permanent codes
 * (PERMANENT_CLOSE_CODES from @tandem/protocol: not found, unauthorized, forbidden, malformed)
 * are not retried at all.
 * Closes we initiate (disconnect, the 30s silence watchdog) never reach `shouldReconnect`; the
 * provider handles those as before.
 */
export class JitteredWebsocketProvider extends WebsocketProvider {
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #attempt = 0;
  #permanentlyClosed = false;
  #beforeFirstConnect: (() => void) | null;

  /**
   * @param beforeFirstConnect runs once, on the first `connect()`. CollaborationPlugin connects
   *   only after its Yjs binding observes the document, so this is the moment from which
   *   content arriving in the Y.Doc reaches the editor (see createProvider).
   */
  constructor(serverUrl: string, roomName: string, doc: Y.Doc, beforeFirstConnect?: () => void) {
    // `connect: false` because CollaborationPlugin calls connect() when it mounts.
    super(serverUrl, roomName, doc, { connect: false, shouldReconnect: () => false });
    this.#beforeFirstConnect = beforeFirstConnect ?? null;
    this.on('closed', this.#onClosed);
    this.on('sync', this.#onSync);
    window.addEventListener('online', this.#onOnline);
  }

  /** True once the server closed with a permanent code; the provider will not reconnect. */
  get permanentlyClosed(): boolean {
    return this.#permanentlyClosed;
  }

  override connect(): void {
    if (this.#permanentlyClosed) return;
    const beforeFirstConnect = this.#beforeFirstConnect;
    this.#beforeFirstConnect = null;
    beforeFirstConnect?.();
    this.#clearRetry();
    super.connect();
  }

  override disconnect(): void {
    this.#clearRetry();
    super.disconnect();
  }

  override destroy(): void {
    this.#clearRetry();
    window.removeEventListener('online', this.#onOnline);
    this.off('closed', this.#onClosed);
    this.off('sync', this.#onSync);
    super.destroy();
  }

  #onClosed = ({ code }: { code: number }): void => {
    if (PERMANENT_CLOSE_CODES.has(code)) {
      this.#permanentlyClosed = true;
      return;
    }
    this.#attempt += 1;
    this.#schedule(reconnectDelay(this.#attempt));
  };

  #onSync = (synced: boolean): void => {
    // Only a connection that synced counts as healthy: a server that accepts and then
    // immediately closes (e.g. store unavailable) keeps backing off.
    if (synced) this.#attempt = 0;
  };

  #onOnline = (): void => {
    if (this.#retryTimer !== undefined) this.#schedule(onlineDelay());
  };

  #schedule(delay: number): void {
    this.#clearRetry();
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.connect();
    }, delay);
  }

  #clearRetry(): void {
    if (this.#retryTimer === undefined) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }
}
