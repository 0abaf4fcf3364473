import { addCourse, addMapEntity, moveCourse, setCourseField } from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { createDocument, serverHas, tempDir } from './harness';
import { api, caughtUp, connect, diff, named, start } from './historyHelpers';

/** Diffs, attribution, sign-offs and comments: the rules in server/src/history/SPEC.md. */

describe('diff', () => {
  it('[H6] redlines text per section, each change carrying its author, filterable by side', async () => {
    const server = await start();
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

    const all = await diff(server, docId, `from=${v1.id}&to=current`);
    const runs = all.sections.find((s) => s.root === 't')?.runs ?? [];
    expect(runs).toEqual([
      { op: 'delete', text: 'Practice ', userIds: [school.id] },
      { op: 'insert', text: 'Work ', userIds: [school.id] },
      { op: 'equal', text: 'in the live room', userIds: [] },
      { op: 'insert', text: ' with a JD mentor', userIds: [enterprise.id] },
      { op: 'equal', text: '.', userIds: [] },
    ]);
    const onlyEnterprise = await diff(server, docId, `from=${v1.id}&side=enterprise`);
    expect(onlyEnterprise.sections[0]?.runs).toEqual([
      { op: 'equal', text: 'Work in the live room', userIds: [] },
      { op: 'insert', text: ' with a JD mentor', userIds: [enterprise.id] },
      { op: 'equal', text: '.', userIds: [] },
    ]);
    const onlySchool = await diff(server, docId, `from=${v1.id}&userId=${school.id}`);
    expect(onlySchool.sections[0]?.runs.filter((r) => r.op !== 'equal')).toHaveLength(2);
  });

  it('[H7] lists structured changes in curriculum words, by person', async () => {
    const server = await start();
    const enterprise = await server.addUser('editor', { side: 'enterprise' });
    const res = await api<{ id: string }>(server, 'POST', '/api/documents', {
      type: 'curriculum-map',
      title: 'E-commerce group',
    });
    const docId = res.json.id;
    const a = connect(server, docId);
    const b = connect(server, docId, enterprise);
    await Promise.all([a.synced(), b.synced()]);
    const g1 = addMapEntity(a.doc, 'groups', { name: 'Platform', kind: 'platform' });
    const g2 = addMapEntity(a.doc, 'groups', { name: 'New Media Marketing', kind: 'direction' });
    if (!g1.ok || !g2.ok) throw new Error('groups not added');
    const course = addCourse(a.doc, {
      code: 'ZY301',
      name: 'Live-Stream E-commerce',
      nature: 'compulsory',
      category: 'professional',
      hoursTheory: 16,
      hoursPractice: 32,
      credits: 3,
      terms: [3],
      assessment: 'assessed',
      deliveredBy: 'joint',
      groupId: g1.value.id,
    });
    if (!course.ok) throw new Error('course not added');
    await serverHas(server, docId, a.doc);
    const v1 = await named(server, docId, 'before the committee');
    await caughtUp(b, a);
    expect(setCourseField(b.doc, course.value.id, 'hoursPractice', 48).ok).toBe(true);
    expect(moveCourse(b.doc, course.value.id, g2.value.id, 1).ok).toBe(true);
    await serverHas(server, docId, b.doc);

    const d = await diff(server, docId, `from=${v1.id}`);
    expect(d.changes.map((c) => c.summary)).toEqual(
      expect.arrayContaining([
        'Live-Stream E-commerce: practice hours 32 → 48',
        'Live-Stream E-commerce: moved to module New Media Marketing',
      ]),
    );
    for (const c of d.changes) expect(c.userIds).toEqual([enterprise.id]);
    const bySchool = await diff(server, docId, `from=${v1.id}&side=school`);
    expect(bySchool.changes).toEqual([]);
  });
});

describe('attribution', () => {
  it('[H8] survives a restart and compaction', async () => {
    const dataDir = tempDir();
    const server = await start({ dataDir });
    const school = await server.addUser('editor', { side: 'school' });
    const enterprise = await server.addUser('editor', { side: 'enterprise' });
    const docId = await createDocument(server);
    const a = connect(server, docId, school);
    const b = connect(server, docId, enterprise);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'school!');
    await serverHas(server, docId, a.doc);
    await caughtUp(b, a);
    b.text.insert(7, 'enterprise');
    await serverHas(server, docId, b.doc);

    type Attribution = {
      sections: { root: string; runs: { text: string; userId: string | null }[]; share: object }[];
    };
    const read = async (s: typeof server) =>
      (
        await api<Attribution>(
          s,
          'GET',
          `/api/documents/${docId}/attribution`,
          undefined,
          s.owner.token,
        )
      ).json;
    const expected = {
      root: 't',
      runs: [
        { text: 'school!', userId: school.id },
        { text: 'enterprise', userId: enterprise.id },
      ],
      share: { school: 41, enterprise: 59, unknown: 0 },
    };
    expect((await read(server)).sections).toEqual([expect.objectContaining(expected)]);

    a.destroy();
    b.destroy();
    await server.compactor.compactNow(docId);
    await server.close();
    const again = await start({ dataDir });
    // Same database: the owner created by the harness differs, so read as the original owner.
    again.owner.token = (await again.accounts.issueToken(server.owner.id, 60_000)).token;
    expect((await read(again)).sections).toEqual([expect.objectContaining(expected)]);
  });
});
