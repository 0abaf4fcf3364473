import { describe, expect, it } from 'vitest';
import { createDocument, eventually, serverHas, sleep } from './harness';
import { api, caughtUp, connect, type History, history, named, start } from './historyHelpers';

/** Revision history: the rules in server/src/history/SPEC.md, cited by id. */

describe('versions', () => {
  it('[H1] [H3] a named version points into the log and opens read-only at any point', async () => {
    const server = await start();
    const docId = await createDocument(server);
    const a = connect(server, docId);
    await a.synced();
    a.text.insert(0, 'first draft');
    await serverHas(server, docId, a.doc);
    const v1 = await named(server, docId, 'Draft for committee 12-01');
    a.text.insert(a.text.length, ', revised');
    await serverHas(server, docId, a.doc);

    const h = await history(server, docId);
    expect(h.versions.map((v) => [v.kind, v.label])).toEqual([
      ['named', 'Draft for committee 12-01'],
    ]);
    expect(h.lastSeq).toBeGreaterThan(v1.seq);
    const view = await api<{ text: Record<string, string> }>(
      server,
      'GET',
      `/api/documents/${docId}/versions/${v1.id}`,
    );
    expect(view.json.text.t).toBe('first draft');
    const at = await api<{ text: Record<string, string> }>(
      server,
      'GET',
      `/api/documents/${docId}/versions/seq:${h.lastSeq}`,
    );
    expect(at.json.text.t).toBe('first draft, revised');
    const now = await api<{ text: Record<string, string> }>(
      server,
      'GET',
      `/api/documents/${docId}/versions/time:${new Date().toISOString()}`,
    );
    expect(now.json.text.t).toBe('first draft, revised');
    const backwards = await api(
      server,
      'GET',
      `/api/documents/${docId}/diff?from=current&to=${v1.id}`,
    );
    expect(backwards.status).toBe(400);
    const missing = await api(server, 'GET', `/api/documents/${docId}/versions/nope`);
    expect(missing.status).toBe(404);
  });

  it('[H2] an automatic version is made when a burst of editing ends, naming its authors', async () => {
    const server = await start({ history: { autoIdleMs: 150, autoMaxIntervalMs: 60_000 } });
    const editor = await server.addUser('editor', { side: 'enterprise' });
    const docId = await createDocument(server);
    const a = connect(server, docId, editor);
    await a.synced();
    a.text.insert(0, 'burst of typing');
    await serverHas(server, docId, a.doc);
    let h: History | null = null;
    for (let i = 0; i < 100 && !h?.versions.length; i++) {
      await new Promise((r) => setTimeout(r, 50));
      h = await history(server, docId);
    }
    const auto = h?.versions[0];
    expect(auto?.kind).toBe('auto');
    expect(auto?.authors).toEqual([expect.objectContaining({ id: editor.id, side: 'enterprise' })]);
    expect(auto?.summary).toMatch(/\+15/);
  });
});

describe('restore', () => {
  it('[H4] [H5] restore creates a new version on top and converges on every client', async () => {
    const server = await start();
    const docId = await createDocument(server);
    const a = connect(server, docId);
    const b = connect(server, docId);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'hours agreed: 32');
    a.doc.getMap('m').set('hours', 32);
    await serverHas(server, docId, a.doc);
    const v1 = await named(server, docId, 'agreed');
    await caughtUp(b, a);
    b.text.delete(0, b.text.length);
    b.text.insert(0, 'hours changed to 48');
    b.doc.getMap('m').set('hours', 48);
    b.doc.getMap('m').set('extra', true);
    await serverHas(server, docId, b.doc);
    const before = await history(server, docId);

    const res = await api<{ id: string; seq: number }>(
      server,
      'POST',
      `/api/documents/${docId}/restore`,
      { versionId: v1.id, reason: 'committee rejected the change' },
    );
    expect(res.status).toBe(201);
    for (const c of [a, b]) {
      await eventually(() => {
        expect(c.text.toString()).toBe('hours agreed: 32');
        expect(c.doc.getMap('m').toJSON()).toEqual({ hours: 32 });
      });
    }
    const late = connect(server, docId);
    await late.synced();
    expect(late.text.toString()).toBe('hours agreed: 32');
    const after = await history(server, docId);
    // The other person's edit got its automatic version before the restore undid it.
    expect(after.versions.map((v) => v.kind)).toEqual(['named', 'auto', 'restore']);
    expect(after.versions[2]).toMatchObject({ reason: 'committee rejected the change' });
    // History is never rewritten: the log only grew, and the edit being undone is still there.
    expect(after.lastSeq).toBeGreaterThan(before.lastSeq);
    const undone = await api<{ text: Record<string, string> }>(
      server,
      'GET',
      `/api/documents/${docId}/versions/seq:${before.lastSeq}`,
    );
    expect(undone.json.text.t).toBe('hours changed to 48');
  });

  it('[H2] [H5] a restore is the restorer’s; the editing before it is versioned first; no empty versions', async () => {
    const server = await start({ history: { autoIdleMs: 400 } });
    const editor = await server.addUser('editor');
    const docId = await createDocument(server);
    const owner = connect(server, docId);
    const b = connect(server, docId, editor);
    await Promise.all([owner.synced(), b.synced()]);
    owner.text.insert(0, 'hours agreed: 32');
    await serverHas(server, docId, owner.doc);
    const v1 = await named(server, docId, 'agreed');
    await caughtUp(b, owner);
    b.text.insert(b.text.length, ', or 48');
    await serverHas(server, docId, b.doc);
    // Restored while the editor's burst still waits for its automatic version.
    const res = await api(server, 'POST', `/api/documents/${docId}/restore`, {
      versionId: v1.id,
      reason: 'back to the agreed hours',
    });
    expect(res.status).toBe(201);
    await eventually(() => expect(b.text.toString()).toBe('hours agreed: 32'));

    const h = await history(server, docId);
    expect(h.versions.map((v) => v.kind)).toEqual(['named', 'auto', 'restore']);
    const [, auto, restore] = h.versions;
    // The burst's version holds the editor's words and comes before the restore in time too.
    expect(auto?.authors.map((p) => p.id)).toEqual([editor.id]);
    expect(Date.parse(auto?.createdAt ?? '')).toBeLessThanOrEqual(
      Date.parse(restore?.createdAt ?? ''),
    );
    // The restore entry names who restored, not who edited before.
    expect(restore?.authors.map((p) => p.id)).toEqual([server.owner.id]);

    // Typing undone before anyone saw it leaves the content as the restore left it: no new entry.
    b.text.insert(0, 'x');
    b.text.delete(0, 1);
    await serverHas(server, docId, b.doc);
    await sleep(900);
    expect((await history(server, docId)).versions.map((v) => v.kind)).toEqual([
      'named',
      'auto',
      'restore',
    ]);
  });

  it('[H5] restore works on a document nobody has open', async () => {
    const server = await start({ roomIdleMs: 0 });
    const docId = await createDocument(server);
    const a = connect(server, docId);
    await a.synced();
    a.text.insert(0, 'keep this');
    await serverHas(server, docId, a.doc);
    const v1 = await named(server, docId, 'keep');
    a.text.insert(0, 'not ');
    await serverHas(server, docId, a.doc);
    a.destroy();
    await eventually(() => expect(server.rooms.peek(docId)).toBeNull());
    const res = await api(server, 'POST', `/api/documents/${docId}/restore`, {
      versionId: v1.id,
      reason: 'undo',
    });
    expect(res.status).toBe(201);
    const b = connect(server, docId);
    await b.synced();
    expect(b.text.toString()).toBe('keep this');
  });
});
