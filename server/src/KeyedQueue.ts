/**
 * Runs tasks one at a time per key, in the order they were queued; tasks under different keys
 * run side by side. A task that fails does not hold up the ones queued after it. Only keys
 * with work queued are kept, so memory does not grow with every key ever used.
 */
export class KeyedQueue<K> {
  /** Settles when the last task queued under the key has; it never rejects. */
  private readonly tails = new Map<K, Promise<void>>();

  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      // The caller gets the failure through `result`; the queue only needs to move on.
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have work queued (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
