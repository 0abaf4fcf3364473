import { describe, expect, it } from 'vitest';
import type { FanoutMessage } from './DocFanout';
import { decodeFanoutMessage, encodeFanoutMessage } from './fanoutCodec';

const messages: FanoutMessage[] = [
  {
    kind: 'updates',
    updates: [
      { seq: 41, update: new Uint8Array([1, 2, 3]), userId: 'u-1', clientIds: [4_000_000_000, 7] },
      { seq: 42, update: new Uint8Array([]), userId: null, clientIds: [] },
    ],
  },
  { kind: 'head', seq: 2 ** 40 },
  { kind: 'awareness', update: new Uint8Array([9, 9]), userId: '' },
  { kind: 'awareness', update: new Uint8Array([0]), userId: null },
  { kind: 'awareness-query' },
];

describe('fan-out codec', () => {
  it.each(messages)('round-trips a $kind message with its origin', (message) => {
    const decoded = decodeFanoutMessage(encodeFanoutMessage('node-甲', message));
    expect(decoded).toEqual({ origin: 'node-甲', message });
  });

  it('tells an empty user id from none', () => {
    const blank = decodeFanoutMessage(encodeFanoutMessage('n', messages[2] as FanoutMessage));
    const none = decodeFanoutMessage(encodeFanoutMessage('n', messages[3] as FanoutMessage));
    expect(blank.message).toMatchObject({ userId: '' });
    expect(none.message).toMatchObject({ userId: null });
  });

  it('refuses another format, an unknown kind and a truncated message', () => {
    const good = encodeFanoutMessage('n', messages[0] as FanoutMessage);
    expect(() => decodeFanoutMessage(new Uint8Array([2, 1, 110, 0]))).toThrow(/format/);
    expect(() => decodeFanoutMessage(new Uint8Array([1, 1, 110, 9]))).toThrow(/kind/);
    expect(() => decodeFanoutMessage(good.subarray(0, good.length - 2))).toThrow();
  });
});
