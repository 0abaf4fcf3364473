import { describe, expect, it } from 'vitest';
import { MemoryDocumentStore } from '../src/persistence';
import { createDocument, serverHas } from './harness';
import { api, caughtUp, connect, diff, history, named, start } from './historyHelpers';

/**
 * History reads the update log through the DocumentStore port, not a database handle: a server
 * on the memory store shows the same versions, attribution and diffs as one on SQLite.
 */
describe('history on the memory store', () => {
  it('[H1] [H4] [H6] [H8] shows versions, attribution and a diff with deletions by person', async () => {
    const server = await start({ store: new MemoryDocumentStore() });
    const school = await server.addUser('editor', { side: 'school' });
    const enterprise = await server.addUser('editor', { side: 'enterprise' });
    const docId = await createDocument(server);
    const a = connect(server, docId, school);
    const b = connect(server, docId, enterprise);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'Practice in the live room.');
    await serverHas(server, docId, a.doc);
    const v1 = await named(server, docId, 'base');
    await caughtUp(b, a);
    b.text.insert(b.text.length - 1, ' with a JD mentor');
    await serverHas(server, docId, b.doc);
    await caughtUp(a, b);
    a.text.delete(0, 'Practice '.length);
    a.text.insert(0, 'Work ');
    await serverHas(server, docId, a.doc);
    await named(server, docId, 'reworded');

    const h = await history(server, docId);
    expect(h.versions.map((v) => [v.kind, v.label])).toEqual([
      ['named', 'base'],
      ['named', 'reworded'],
    ]);
    expect(h.versions[0]?.authors.map((p) => p.id)).toEqual([school.id]);
    expect(new Set(h.versions[1]?.authors.map((p) => p.id))).toEqual(
      new Set([school.id, enterprise.id]),
    );
    expect(h.versions[1]?.summary).toMatch(/text edited in t/);

    const view = await api<{ text: Record<string, string> }>(
      server,
      'GET',
      `/api/documents/${docId}/versions/${v1.id}`,
    );
    expect(view.json.text.t).toBe('Practice in the live room.');
    const at = await api<{ text: Record<string, string> }>(
      server,
      'GET',
      `/api/documents/${docId}/versions/time:${new Date().toISOString()}`,
    );
    expect(at.json.text.t).toBe('Work in the live room with a JD mentor.');

    const redline = await diff(server, docId, `from=${v1.id}&to=current`);
    expect(redline.sections.find((s) => s.root === 't')?.runs).toEqual([
      { op: 'delete', text: 'Practice ', userIds: [school.id] },
      { op: 'insert', text: 'Work ', userIds: [school.id] },
      { op: 'equal', text: 'in the live room', userIds: [] },
      { op: 'insert', text: ' with a JD mentor', userIds: [enterprise.id] },
      { op: 'equal', text: '.', userIds: [] },
    ]);

    const attribution = await api<{
      sections: { root: string; runs: { text: string; userId: string | null }[] }[];
    }>(server, 'GET', `/api/documents/${docId}/attribution`);
    expect(attribution.status).toBe(200);
    expect(attribution.json.sections.find((s) => s.root === 't')?.runs).toEqual([
      { text: 'Work in the live room', userId: school.id },
      { text: ' with a JD mentor', userId: enterprise.id },
      { text: '.', userId: school.id },
    ]);
  });

  it('[H9] [H10] signs off a version with both leaders, and the chain verifies', async () => {
    const server = await start({ store: new MemoryDocumentStore() });
    const school = await server.addUser('leader', { side: 'school' });
    const enterprise = await server.addUser('leader', { side: 'enterprise' });
    await server.accounts.setPair(server.workspaceId, {
      kind: 'leaders',
      scope: 'group',
      schoolUserId: school.id,
      enterpriseUserId: enterprise.id,
    });
    const docId = await createDocument(server);
    const a = connect(server, docId, school);
    await a.synced();
    a.text.insert(0, 'Assessment: 40% process, 60% final.');
    await serverHas(server, docId, a.doc);
    const v = await named(server, docId, 'for sign-off');
    for (const who of [school, enterprise]) {
      const signed = await api(
        server,
        'POST',
        `/api/documents/${docId}/signoffs`,
        { versionId: v.id, decision: 'approve', comment: 'ok' },
        who.token,
      );
      expect(signed.status).toBe(201);
    }
    expect((await history(server, docId)).versions[0]?.adopted).toBe(true);
    const verify = await api<{ ok: boolean; checked: number }>(
      server,
      'GET',
      `/api/documents/${docId}/signoffs/verify`,
    );
    expect(verify.json).toMatchObject({ ok: true, checked: 2 });
  });
});
