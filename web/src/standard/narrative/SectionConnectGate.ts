/**
 * The provider surface Lexical's CollaborationPlugin uses (structurally, @lexical/yjs `Provider`).
 */
export interface SectionProvider<A> {
  awareness: A;
  connect(): void;
  disconnect(): void;
  on(type: string, listener: (...args: never[]) => void): void;
  off(type: string, listener: (...args: never[]) => void): void;
}

interface SharedProvider<A> {
  awareness: A;
  connect(): void;
  on(type: string, listener: (...args: never[]) => void): void;
  off(type: string, listener: (...args: never[]) => void): void;
}

/**
 * One Y.Doc, one socket, several Lexical editors (one per narrative section of a course
 * standard). Two things must not happen:
 *
 * - Each CollaborationPlugin connects its provider when it mounts and disconnects it when it
 *   unmounts. Handed the real provider, the first section to unmount would cut every section off.
 *   Each section gets a proxy instead: events and awareness are shared, connect/disconnect are not.
 * - Lexical's Yjs binding only renders content that arrives after it starts observing its root
 *   (see editor/createProvider.ts). So the socket (and the IndexedDB copy attached on first
 *   connect) must wait until every section's binding observes. A section calls `connect()` right
 *   after its binding subscribed; when all expected sections have, the real provider connects.
 *   Should a section never get there (an editor that failed to mount), a fallback connects anyway
 *   so the structured parts of the document still load.
 */
export class SectionConnectGate<A> {
  #waiting: Set<string>;
  #connected = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #proxies = new Map<string, SectionProvider<A>>();

  constructor(
    private readonly provider: SharedProvider<A>,
    sections: readonly string[],
    fallbackMs = 3000,
  ) {
    this.#waiting = new Set(sections);
    if (this.#waiting.size === 0) this.#open();
    else this.#timer = setTimeout(() => this.#open(), fallbackMs);
  }

  /** True once the shared provider was told to connect. */
  get connected(): boolean {
    return this.#connected;
  }

  /** The same proxy every time for a section: CollaborationPlugin re-binds when it changes. */
  providerFor(section: string): SectionProvider<A> {
    const cached = this.#proxies.get(section);
    if (cached) return cached;
    const shared = this.provider;
    const proxy: SectionProvider<A> = {
      awareness: shared.awareness,
      connect: () => this.ready(section),
      // The socket belongs to the document page, not to any one section.
      disconnect: () => undefined,
      on: (type, listener) => shared.on(type, listener),
      off: (type, listener) => shared.off(type, listener),
    };
    this.#proxies.set(section, proxy);
    return proxy;
  }

  ready(section: string): void {
    this.#waiting.delete(section);
    if (this.#waiting.size === 0) this.#open();
  }

  destroy(): void {
    clearTimeout(this.#timer);
  }

  #open(): void {
    clearTimeout(this.#timer);
    if (this.#connected) {
      // A section mounted later (after a remount) still asks; the socket is already up.
      return;
    }
    this.#connected = true;
    this.provider.connect();
  }
}
