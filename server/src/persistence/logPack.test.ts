import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StoreError } from '../errors';
import type { LoggedUpdate } from './DocumentStore';
import { decodePack, encodePack } from './logPack';

const T0 = 1_760_000_000_000;

/** `n` real single-character Yjs updates from one writer, logged from seq `first` on. */
function typed(n: number, first = 1): LoggedUpdate[] {
  const doc = new Y.Doc();
  const logged: LoggedUpdate[] = [];
  doc.on('update', (update: Uint8Array) => {
    logged.push({
      seq: first + logged.length,
      createdAt: T0 + logged.length * 40,
      connId: `conn-${logged.length % 3}`,
      userId: logged.length % 4 === 0 ? null : `user-${logged.length % 2}`,
      clientIds: [doc.clientID],
      update,
    });
  });
  for (let i = 0; i < n; i++) doc.getText('t').insert(i, 'x');
  doc.destroy();
  return logged;
}

describe('logPack', () => {
  it('round-trips every field of every update, seqs with gaps included', () => {
    const updates = typed(500, 7).filter((u) => u.seq % 5 !== 0);
    expect(decodePack(encodePack(updates))).toEqual(updates);
  });

  it('round-trips writers whose updates interleave, laid out side by side per connection', () => {
    const writers = [0, 1, 2, 3].map((w) => typed(60, 1).map((u) => ({ ...u, connId: `w${w}` })));
    const interleaved = Array.from({ length: 240 }, (_, i) => ({
      ...(writers[i % 4]?.[Math.floor(i / 4)] as LoggedUpdate),
      seq: i + 1,
    }));
    expect(decodePack(encodePack(interleaved))).toEqual(interleaved);
  });

  it('still reads packs laid out in seq order (format 1)', () => {
    // One connection: both layouts are the same bytes, only the format byte differs.
    const updates = typed(20).map((u) => ({ ...u, connId: 'c' }));
    const pack = encodePack(updates);
    expect(pack[0]).toBe(2);
    expect(decodePack(Uint8Array.of(1, ...pack.subarray(1)))).toEqual(updates);
  });

  it('stores typing in a fraction of its raw size', () => {
    const updates = typed(500);
    const raw = updates.reduce((n, u) => n + u.update.length, 0);
    expect(encodePack(updates).length).toBeLessThan(raw / 4);
  });

  it('keeps empty and large updates, several client ids and none', () => {
    const large = new Uint8Array(70_000).map((_, i) => (i * 7919) % 251);
    const updates: LoggedUpdate[] = [
      { seq: 1, createdAt: T0, connId: 'c', userId: 'u', clientIds: [], update: new Uint8Array() },
      {
        seq: 2,
        createdAt: T0,
        connId: 'server:restore',
        userId: null,
        clientIds: [4_294_967_295, 0, 12],
        update: large,
      },
      {
        seq: 3,
        createdAt: T0 + 1,
        connId: 'c',
        userId: 'u',
        clientIds: [1],
        update: large.subarray(5, 9),
      },
    ];
    expect(decodePack(encodePack(updates))).toEqual(updates);
    expect(decodePack(encodePack([]))).toEqual([]);
  });

  it('keeps times that step back, and times far apart', () => {
    const updates = typed(4).map((u, i) => ({
      ...u,
      createdAt: [T0, T0 - 90_000, T0 + 5, 0][i] as number,
    }));
    expect(decodePack(encodePack(updates)).map((u) => u.createdAt)).toEqual([
      T0,
      T0 - 90_000,
      T0 + 5,
      0,
    ]);
  });

  it('refuses seqs that do not ascend', () => {
    const [a, b] = typed(2);
    expect(() => encodePack([b as LoggedUpdate, a as LoggedUpdate])).toThrow(StoreError);
  });

  it('says clearly that a damaged pack is corrupt, never hands out wrong updates', () => {
    const pack = encodePack(typed(50));
    // A flipped bit in the compressed body, near its end (the updates) and in its middle.
    const flip = (at: number) => pack.map((byte, i) => (i === at ? byte ^ 0x01 : byte));
    for (const bad of [
      new Uint8Array(),
      Uint8Array.of(9, ...pack.subarray(1)),
      pack.subarray(0, pack.length - 3),
      flip(pack.length - 2),
      flip(Math.floor(pack.length / 2)),
      Uint8Array.of(1, 0, 0, 0),
      Uint8Array.of(1, 0, 0, 0, 0, 0),
    ]) {
      expect(() => decodePack(bad)).toThrow(/log pack is corrupt/);
    }
  });
});
