import { describe, expect, it } from 'vitest';
import type { LoggedUpdate } from './DocumentStore';
import {
  buildPacks,
  grows,
  PACK_MAX_UPDATES,
  PACK_TARGET_BYTES,
  packLoose,
  unpack,
} from './packedLog';

const logged = (n: number, first = 1, bytes = () => Uint8Array.of(0, 0)): LoggedUpdate[] =>
  Array.from({ length: n }, (_, i) => ({
    seq: first + i,
    createdAt: 1000 + first + i,
    connId: 'c',
    userId: null,
    clientIds: [1],
    update: bytes(),
  }));

describe('packedLog', () => {
  it('grows only a newest pack under the target and older than every loose update', () => {
    const tip = { firstSeq: 1, lastSeq: 500, count: 500, size: 2_800 };
    expect(grows(tip, 501)).toBe(true);
    expect(grows(undefined, 501)).toBe(false);
    expect(grows({ ...tip, size: PACK_TARGET_BYTES }, 501)).toBe(false);
    expect(grows({ ...tip, count: PACK_MAX_UPDATES }, 501)).toBe(false);
    expect(grows(tip, 500)).toBe(false);
  });

  it('rewrites the newest pack with the loose updates after its own', () => {
    const [tip] = buildPacks(logged(500));
    const change = packLoose('doc', tip ?? null, logged(500, 501));
    expect(change.remove).toEqual([500]);
    expect(change.insert).toMatchObject([{ firstSeq: 1, lastSeq: 1000, count: 1000 }]);
    expect(unpack('doc', change.insert[0]!)).toEqual(logged(1000));
  });

  it('bounds the updates of a pack that compresses to almost nothing', () => {
    const packs = buildPacks(logged(PACK_MAX_UPDATES * 2 + 5));
    expect(packs.map((p) => p.count)).toEqual([PACK_MAX_UPDATES, PACK_MAX_UPDATES, 5]);
  });
});
