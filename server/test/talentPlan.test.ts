import {
  checkTalentPlan,
  PLAN_NARRATIVE_SECTION_IDS,
  readCurriculumMap,
  readDocPolicy,
  readTalentPlan,
  sectionRootName,
  setCourseField,
  setPlanEntityField,
  setPlanInfoField,
} from '@tandem/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDemoDocuments } from '../src/documents/seedDemoDocuments';
import {
  connectClient,
  eventually,
  startServer,
  type TestClient,
  type TestServer,
} from './harness';

let server: TestServer;
let clients: TestClient[] = [];
beforeEach(async () => {
  server = await startServer();
  await seedDemoDocuments(server.store, server.workspaceId, {
    'school.leader@tandem.demo': server.owner.id,
  });
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
interface Report {
  results: { ruleId: string; message: { key: string; params: Record<string, unknown> } }[];
  rollups: Record<string, { totalHours: number }>;
  problems: unknown[];
}
async function report(docId: string): Promise<Report> {
  const res = await fetch(`${server.url}/api/documents/${docId}/report`, { headers: auth() });
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
}
async function docsOf(type: string) {
  const res = await fetch(`${server.url}/api/documents`, { headers: auth() });
  const { documents } = (await res.json()) as { documents: { id: string; type: string }[] };
  return documents.filter((d) => d.type === type);
}

describe('the talent cultivation plan', () => {
  it('is seeded for the e-commerce program, reads its courses from the map and passes R8', async () => {
    const [plan] = await docsOf('talent-plan');
    const [map] = await docsOf('curriculum-map');
    const p = client(plan!.id);
    const m = client(map!.id);
    await Promise.all([p.synced(), m.synced()]);
    const snapshot = readTalentPlan(p.doc);
    expect(snapshot.info).toMatchObject({ mapDocumentId: map!.id, programId: 'ecommerce' });
    expect(snapshot.teachers.find((t) => t.id === 'tch-wang')?.userId).toBe(server.owner.id);
    for (const id of PLAN_NARRATIVE_SECTION_IDS) {
      expect(p.doc.get(sectionRootName(id), Y.XmlText).length, id).toBeGreaterThan(0);
    }
    // The server's report is what a client computes from the two documents it holds.
    const mapSnapshot = readCurriculumMap(m.doc);
    const local = checkTalentPlan(snapshot, mapSnapshot, readDocPolicy(m.doc).profile);
    const remote = await report(plan!.id);
    expect(remote.results).toEqual(JSON.parse(JSON.stringify(local)));
    expect(remote.results.filter((r) => r.ruleId === 'R8')).toEqual([]);
    expect(remote.rollups.ecommerce?.totalHours).toBeGreaterThanOrEqual(2500);
    expect(remote.problems).toEqual([]);
  });

  it('follows the map live: a course made core without a specification is an R8 warning', async () => {
    const [plan] = await docsOf('talent-plan');
    const [map] = await docsOf('curriculum-map');
    const m = client(map!.id);
    await m.synced();
    expect(setCourseField(m.doc, 'gb106', 'isCore', true).ok).toBe(true);
    await eventually(async () => {
      const r8 = (await report(plan!.id)).results.filter((r) => r.ruleId === 'R8');
      expect(r8.map((r) => [r.message.key, r.message.params.code])).toEqual([
        ['domain.rules.R8.coreCourseNoSpecification', 'GB106'],
      ]);
    });
    // Linking it to a specification in the plan clears the warning.
    const p = client(plan!.id);
    await p.synced();
    expect(setPlanEntityField(p.doc, 'specs', 'spec-q1', 'courses.gb106', 'R').ok).toBe(true);
    await eventually(async () => {
      const r8 = (await report(plan!.id)).results.filter((r) => r.ruleId === 'R8');
      expect(r8).toEqual([]);
    });
  });

  it('checks nothing until a program is chosen, and a plan created empty reports no rules', async () => {
    const res = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'talent-plan', title: '市场营销专业 人才培养方案（2025级）' }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await report(id)).results).toEqual([]);
    const [map] = await docsOf('curriculum-map');
    const p = client(id);
    await p.synced();
    expect(setPlanInfoField(p.doc, 'mapDocumentId', map!.id).ok).toBe(true);
    expect(setPlanInfoField(p.doc, 'programId', 'marketing').ok).toBe(true);
    await eventually(async () => {
      const rules = new Set((await report(id)).results.map((r) => r.ruleId));
      // No specifications yet: R8 has nothing to say; the plan-level numbers are checked.
      expect(rules.has('R8')).toBe(false);
      expect((await report(id)).rollups.marketing).toBeDefined();
    });
  });
});
