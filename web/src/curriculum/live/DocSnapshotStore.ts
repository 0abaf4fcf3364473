import type * as Y from 'yjs';

/**
 * A `useSyncExternalStore` source for a value read from a Y.Doc. Bursts of updates (a remote
 * client replaying its edits, an undo touching many cells) are read once per animation frame;
 * the doc is only observed while someone is subscribed, so an unmounted view leaks nothing.
 */
export class DocSnapshotStore<T> {
  #value: T;
  #frame: number | null = null;
  #listeners = new Set<() => void>();
  /** How long the last read took, in milliseconds (shown in the checks panel). */
  lastReadMs = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly read: (doc: Y.Doc, previous: T | null) => T,
  ) {
    this.#value = this.#measure(null);
  }

  subscribe = (listener: () => void): (() => void) => {
    if (this.#listeners.size === 0) {
      this.doc.on('update', this.#onUpdate);
      // Changes between construction and the first subscription would otherwise be missed.
      this.#refresh();
    }
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size > 0) return;
      this.doc.off('update', this.#onUpdate);
      if (this.#frame !== null) cancelAnimationFrame(this.#frame);
      this.#frame = null;
    };
  };

  getSnapshot = (): T => this.#value;

  #onUpdate = (): void => {
    if (this.#frame !== null) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = null;
      this.#refresh();
    });
  };

  #refresh(): void {
    const next = this.#measure(this.#value);
    if (next === this.#value) return;
    this.#value = next;
    for (const listener of this.#listeners) listener();
  }

  #measure(previous: T | null): T {
    const started = performance.now();
    const value = this.read(this.doc, previous);
    this.lastReadMs = performance.now() - started;
    return value;
  }
}
