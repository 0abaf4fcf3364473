import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateTouchesRoot } from './updateTouchesRoot';

/** A server copy and a client copy in step; returns what the client's change would send. */
function pair() {
  const server = new Y.Doc();
  server.getMap('policy').set('R2.minPracticeRatio', 0.5);
  server.getMap('courses').set('c1', 'Course');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const change = (fn: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    fn(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  return { server, client, change };
}

describe('updateTouchesRoot', () => {
  it('sees a new key, an overwritten key and a deleted key of the root', () => {
    const { server, change } = pair();
    const added = change((d) => d.getMap('policy').set('R1.minTotalHours', 2000));
    const overwritten = change((d) => d.getMap('policy').set('R2.minPracticeRatio', 0.1));
    const deleted = change((d) => d.getMap('policy').delete('R2.minPracticeRatio'));
    for (const update of [added, overwritten, deleted]) {
      expect(updateTouchesRoot(server, update, 'policy')).toBe(true);
    }
  });

  it('lets changes elsewhere through, and a whole-state resend of known content', () => {
    const { server, client, change } = pair();
    const course = change((d) => d.getMap('courses').set('c2', 'Another'));
    expect(updateTouchesRoot(server, course, 'policy')).toBe(false);
    Y.applyUpdate(server, course);
    expect(updateTouchesRoot(server, Y.encodeStateAsUpdate(client), 'policy')).toBe(false);
    // The server itself changed the policy; the client's resend of its old copy is not a write.
    server.getMap('policy').set('R2.minPracticeRatio', 0.6);
    expect(updateTouchesRoot(server, Y.encodeStateAsUpdate(client), 'policy')).toBe(false);
  });

  it('follows nested types and chains of new items inside one update', () => {
    const { server, change } = pair();
    const nested = change((d) => {
      const inner = new Y.Map<unknown>();
      d.getMap('policy').set('x', inner);
      inner.set('a', 1);
      inner.set('b', 2);
    });
    expect(updateTouchesRoot(server, nested, 'policy')).toBe(true);
    Y.applyUpdate(server, nested);
    const deeper = change((d) => (d.getMap('policy').get('x') as Y.Map<unknown>).set('a', 3));
    expect(updateTouchesRoot(server, deeper, 'policy')).toBe(true);
    Y.applyUpdate(server, deeper);
    const text = change((d) => {
      const t = new Y.Text();
      d.getMap('courses').set('notes', t);
      t.insert(0, 'hello');
      t.insert(5, ' world');
    });
    expect(updateTouchesRoot(server, text, 'policy')).toBe(false);
  });
});
