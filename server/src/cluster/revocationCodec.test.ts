import { describe, expect, it } from 'vitest';
import { type ClusterNotice, decodeNotice, encodeNotice } from './revocationCodec';

describe('cluster notice codec', () => {
  it('round-trips every kind', () => {
    const notices: ClusterNotice[] = [
      { kind: 'token', tokenHash: 'aGFzaA' },
      { kind: 'member', workspaceId: 'ws-电商', userId: 'u1' },
      { kind: 'document', docId: 'd1' },
      { kind: 'recheck' },
    ];
    for (const n of notices) expect(decodeNotice(encodeNotice(n))).toEqual(n);
  });

  it('refuses another format or an unknown kind', () => {
    expect(() => decodeNotice(new Uint8Array([2, 0]))).toThrow(/format/);
    expect(() => decodeNotice(new Uint8Array([1, 9]))).toThrow(/kind/);
  });
});
