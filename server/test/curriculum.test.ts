import {
  addCourse,
  addMapEntity,
  checkRules,
  initDocLayout,
  readCurriculumMap,
  readDocPolicy,
  sectionRootName,
  setCourseField,
} from '@tandem/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDemoDocuments } from '../src/documents/seedDemoDocuments';
import {
  connectClient,
  eventually,
  serverHas,
  startServer,
  type TestClient,
  type TestServer,
} from './harness';

let server: TestServer;
let clients: TestClient[] = [];
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await server.close();
});

const auth = () => ({ authorization: `Bearer ${server.owner.token}` });
const client = (docId: string) => {
  const c = connectClient(server, docId);
  clients.push(c);
  return c;
};
async function create(type: string, title = 'Map') {
  const res = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify({ type, title }),
  });
  return ((await res.json()) as { id: string }).id;
}
async function report(docId: string) {
  const res = await fetch(`${server.url}/api/documents/${docId}/report`, { headers: auth() });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    profileId: string;
    results: { ruleId: string; severity: string; target: { courseId?: string } }[];
    rollups: Record<string, { totalHours: number; practiceRatio: number }>;
    problems: { path: string[] }[];
  };
}
async function listDocs() {
  const res = await fetch(`${server.url}/api/documents`, { headers: auth() });
  return ((await res.json()) as { documents: { id: string; type: string; title: string }[] })
    .documents;
}

/** A map with one group, so courses have somewhere to live. */
function withGroup(doc: Y.Doc): void {
  expect(
    addMapEntity(doc, 'groups', { id: 'g-core', name: '专业群核心课', kind: 'platform' }),
  ).toMatchObject({
    ok: true,
  });
}

function course(
  id: string,
  code: string,
  name: string,
  hoursTheory: number,
  hoursPractice: number,
) {
  return {
    id,
    code,
    name,
    nature: 'compulsory' as const,
    category: 'professional' as const,
    assessment: 'exam' as const,
    deliveredBy: 'school' as const,
    groupId: 'g-core',
    hoursTheory,
    hoursPractice,
    credits: 3,
    terms: [3],
  };
}

describe('the demo workspace', () => {
  it('seeds a curriculum map and two passing course standards with rich-text narrative', async () => {
    await seedDemoDocuments(server.store, server.workspaceId);
    const docs = await listDocs();
    const map = docs.find((d) => d.type === 'curriculum-map')!;
    const mapReport = await report(map.id);
    expect(mapReport.problems).toEqual([]);
    expect(mapReport.results.map((r) => `${r.ruleId}:${r.severity}`)).toEqual(['R5:warning']);
    expect(mapReport.rollups.ecommerce!.totalHours).toBeGreaterThanOrEqual(2500);
    expect(mapReport.rollups.ecommerce!.practiceRatio).toBeGreaterThanOrEqual(0.5);

    const standards = docs.filter((d) => d.type === 'course-standard');
    expect(standards.map((d) => d.title).sort()).toEqual([
      '《京东平台店铺运营》课程标准',
      '《直播电商》课程标准',
    ]);
    for (const standard of standards) {
      expect((await report(standard.id)).results).toEqual([]);
      const c = client(standard.id);
      await c.synced();
      expect(c.doc.get(sectionRootName('nature-positioning'), Y.XmlText).length).toBeGreaterThan(0);
    }
  });
});

describe('the curriculum map as a live structured document', () => {
  it('keeps concurrent edits to different cells of one course, and resolves the same cell alike', async () => {
    const docId = await create('curriculum-map');
    const a = client(docId);
    const b = client(docId);
    await Promise.all([a.synced(), b.synced()]);
    withGroup(a.doc);
    const added = addCourse(a.doc, course('c-live', 'ZY411', '直播电商', 16, 32));
    expect(added).toMatchObject({ ok: true });
    await eventually(() => expect(readCurriculumMap(b.doc).courses).toHaveLength(1));

    // Different cells at the same moment, before either hears of the other.
    a.provider.disconnect();
    b.provider.disconnect();
    expect(setCourseField(a.doc, 'c-live', 'hoursPractice', 48).ok).toBe(true);
    expect(setCourseField(b.doc, 'c-live', 'deliveredBy', 'enterprise').ok).toBe(true);
    expect(setCourseField(a.doc, 'c-live', 'credits', 4).ok).toBe(true);
    expect(setCourseField(b.doc, 'c-live', 'credits', 3.5).ok).toBe(true);
    a.provider.connect();
    b.provider.connect();
    await eventually(() => {
      const ca = readCurriculumMap(a.doc).courses[0]!;
      const cb = readCurriculumMap(b.doc).courses[0]!;
      expect(ca).toEqual(cb);
      expect(ca.hoursPractice).toBe(48);
      expect(ca.deliveredBy).toBe('enterprise');
      expect([4, 3.5]).toContain(ca.credits);
    });
    await serverHas(server, docId, a.doc);

    // The server's report is exactly what a client computes from its own copy.
    const local = checkRules(readCurriculumMap(a.doc), readDocPolicy(a.doc).profile);
    const remote = await report(docId);
    expect(remote.results).toEqual(JSON.parse(JSON.stringify(local)));
    expect(remote.results.some((r) => r.ruleId === 'R13' && r.target.courseId === 'c-live')).toBe(
      true,
    );
  });

  it('refuses invalid values before they reach the document, and reports hostile ones', async () => {
    const docId = await create('curriculum-map');
    const a = client(docId);
    await a.synced();
    withGroup(a.doc);
    expect(addCourse(a.doc, course('c1', 'GG101', '体育', 4, 28))).toMatchObject({ ok: true });
    for (const [field, value] of [
      ['hoursPractice', -8],
      ['hoursTheory', 'twelve'],
      ['terms', [7]],
    ] as const) {
      const result = setCourseField(a.doc, 'c1', field, value);
      expect(result.ok).toBe(false);
    }
    expect(readCurriculumMap(a.doc).courses[0]!.hoursPractice).toBe(28);

    // A hostile client writes straight into the Y.Map, bypassing validation.
    const row = a.doc.getMap<Y.Map<unknown>>('courses').get('c1')!;
    a.doc.transact(() => row.set('hoursPractice', 'lots'));
    await serverHas(server, docId, a.doc);
    const r = await report(docId);
    expect(r.problems.some((p) => p.path.includes('hoursPractice'))).toBe(true);
    const b = client(docId);
    await b.synced();
    expect(readCurriculumMap(b.doc).problems.length).toBeGreaterThan(0);
  });

  it('upgrades a document of an older layout when it is opened', async () => {
    // A document with a v1 document, as written before the curriculum layout existed.
    const old = new Y.Doc();
    initDocLayout(old, 'curriculum-map');
    await server.store.createDocument({
      id: 'legacy-map-0001',
      type: 'curriculum-map',
      title: 'Old',
      workspaceId: server.workspaceId,
    });
    await server.store.appendUpdate('legacy-map-0001', Y.encodeStateAsUpdate(old), {
      connId: 'test',
      userId: null,
      clientIds: [],
    });
    const c = client('legacy-map-0001');
    await c.synced();
    await eventually(() => expect(c.doc.getMap('meta').get('schemaVersion')).toBe(2));
    // Whoever opens it next has it in the first reply, not the encoding the load made before
    // the upgrade (kept to answer a first joiner).
    const d = client('legacy-map-0001');
    await d.synced();
    expect(d.doc.getMap('meta').get('schemaVersion')).toBe(2);
    expect((await report('legacy-map-0001')).problems).toEqual([]);
  });
});
