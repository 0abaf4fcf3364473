/**
 * How many sockets of one kind (sync, socket.io) one person holds open on this node. A sync
 * socket costs the server its buffers (up to the slow-consumer bound while its reader lags) and
 * a write on every broadcast to its document, a socket.io one its event budget; one account
 * opening thousands would be paid for by everyone else.
 */
export class SocketQuota {
  private readonly open = new Map<string, number>();

  /** `max`: sockets per person; 0 for no limit. */
  constructor(private readonly max: number) {}

  /**
   * Counts one more socket for `userId`; returns the release to call when it closes (once is
   * enough; later calls do nothing), or null when they hold `max` already.
   */
  admit(userId: string): (() => void) | null {
    const held = this.open.get(userId) ?? 0;
    if (this.max > 0 && held >= this.max) return null;
    this.open.set(userId, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(userId) ?? 1) - 1;
      if (left > 0) this.open.set(userId, left);
      else this.open.delete(userId);
    };
  }
}
