import type { PresenceSnapshot } from '@tandem/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresenceClient } from './PresenceClient';
import type { RealtimeSocket } from './realtimeSocket';

type Handler = (...args: unknown[]) => void;

/** Just enough of a socket.io client socket: handlers, `connected`, acked emits answered here. */
class FakeSocket {
  connected = false;
  id = 'conn-1';
  readonly sent: { event: string; payload: unknown }[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();

  on(event: string, handler: Handler) {
    const set = this.handlers.get(event) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(event, set);
    return this;
  }

  off(event: string, handler: Handler) {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  timeout() {
    return {
      emit: (event: string, payload: unknown, ack: (err: Error | null, res: unknown) => void) => {
        this.sent.push({ event, payload });
        const data: PresenceSnapshot | null =
          event === 'presence:join'
            ? { workspaceId: 'w1', people: 1, aggregate: [], entries: [] }
            : null;
        ack(null, { ok: true, data });
      },
    };
  }

  fire(event: string, ...args: unknown[]) {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
}

describe('PresenceClient', () => {
  let socket: FakeSocket;
  let client: PresenceClient;

  beforeEach(() => {
    vi.useFakeTimers();
    socket = new FakeSocket();
    client = new PresenceClient(socket as unknown as RealtimeSocket);
  });

  afterEach(() => {
    client.destroy();
    vi.useRealTimers();
  });

  it('joins on connect and, after a reconnect, joins again and says where it is', async () => {
    client.setWorkspace('w1');
    socket.fire('connect');
    await vi.runAllTimersAsync();
    client.setPlace('doc-1', { section: 'objectives' });
    await vi.runAllTimersAsync();
    socket.fire('disconnect');
    expect(client.getView().connection).toBe('reconnecting');
    socket.sent.length = 0;
    socket.fire('connect');
    await vi.runAllTimersAsync();
    expect(socket.sent.map((s) => s.event)).toEqual(['presence:join', 'presence:update']);
    expect(socket.sent[1]?.payload).toMatchObject({
      documentId: 'doc-1',
      location: { section: 'objectives' },
      status: 'active',
    });
  });

  it('coalesces quick moves into one update', async () => {
    client.setWorkspace('w1');
    socket.fire('connect');
    await vi.runAllTimersAsync();
    socket.sent.length = 0;
    for (const section of ['a', 'b', 'c']) client.setPlace('doc-1', { section });
    client.setStatus('idle');
    await vi.runAllTimersAsync();
    expect(socket.sent).toEqual([
      {
        event: 'presence:update',
        payload: { documentId: 'doc-1', location: { section: 'c' }, status: 'idle' },
      },
    ]);
  });

  it('[P7] shows the degraded notice until presence is restored', () => {
    socket.fire('presence:degraded', { reason: 'redis unavailable' });
    expect(client.getView().degraded).toBe(true);
    socket.fire('presence:restored');
    expect(client.getView().degraded).toBe(false);
  });

  it('keeps only snapshots of its own workspace', () => {
    client.setWorkspace('w1');
    socket.fire('presence:snapshot', { workspaceId: 'w2', people: 9, aggregate: [] });
    expect(client.getView().snapshot).toBeNull();
    socket.fire('presence:snapshot', { workspaceId: 'w1', people: 2, aggregate: [] });
    expect(client.getView().snapshot?.people).toBe(2);
  });
});
