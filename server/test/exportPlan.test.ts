import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  PLAN_SECTIONS,
  planSectionTitlesEn,
  planSectionTitlesZh,
  readCurriculumMap,
  readTalentPlan,
} from '@tandem/domain';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/documents';
import { seedDemoDocuments } from '../src/documents/seedDemoDocuments';
import { startServer, type TestServer, type TestUser } from './harness';
import { openPdf } from './pdfText';
import { paragraphsOfStyle, tables, xmlText } from './wordXml';

/**
 * The talent cultivation plan as colleges submit it (issue 12): a Word file and a PDF whose
 * schedule is a real table of the map's courses, with the totals the report computes.
 */
let server: TestServer;
let viewer: TestUser;
let docs: { id: string; type: string; title: string }[];
beforeAll(async () => {
  server = await startServer();
  await seedDemoDocuments(server.store, server.workspaceId, {
    'school.leader@tandem.demo': server.owner.id,
  });
  viewer = await server.addUser('viewer');
  const res = await fetch(`${server.url}/api/documents`, { headers: auth(server.owner) });
  docs = ((await res.json()) as { documents: typeof docs }).documents;
});
afterAll(() => server.close());

const auth = (user: { token: string }) => ({ authorization: `Bearer ${user.token}` });
const get = (path: string, user: { token: string } = viewer) =>
  fetch(`${server.url}${path}`, { headers: auth(user) });
const planId = () => docs.find((d) => d.type === 'talent-plan')!.id;
const mapId = () => docs.find((d) => d.type === 'curriculum-map')!.id;

interface Rollup {
  totalHours: number;
  totalCredits: number;
  courseCount: number;
  theoryHours: number;
  practiceHours: number;
}
async function rollup(): Promise<Rollup> {
  const res = await get(`/api/documents/${planId()}/report`);
  const report = (await res.json()) as { rollups: Record<string, Rollup> };
  return report.rollups.ecommerce!;
}
async function download(path: string) {
  const res = await get(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}
const num = (text: string | undefined) => Number(text);

describe('talent plan → .docx', () => {
  it('has the fourteen sections in order, and a schedule table whose totals are the report’s', async () => {
    const { res, body } = await download(`/api/documents/${planId()}/export.docx`);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''.+\.docx$/);
    const zip = await JSZip.loadAsync(body);
    const xml = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:eastAsia="SimHei"');

    expect(paragraphsOfStyle(xml, 'Heading1')).toEqual(
      PLAN_SECTIONS.map((s) => planSectionTitlesZh[s.id]),
    );
    expect(paragraphsOfStyle(xml, 'Heading1')[6]).toBe('教学进程总体安排');
    // A4 throughout; the wide schedule on a landscape page of its own.
    const sizes = [...xml.matchAll(/<w:pgSz ([^/]*)\/>/g)].map((m) => m[1]!);
    expect(sizes.some((s) => /w:orient="landscape"/.test(s))).toBe(true);
    for (const s of sizes) expect(s).toMatch(/w:w="(11906|16838)"/);

    const [plan, map, totals] = await Promise.all([
      readDocument(server, planId(), readTalentPlan),
      readDocument(server, mapId(), readCurriculumMap),
      rollup(),
    ]);
    const all = tables(xml);
    // The schedule: two header rows (weekly hours grouped over terms 1–6), a row per course of
    // the program, a subtotal per group, and a total row equal to the report's rollups.
    const schedule = all.find((t) => t[0]?.join('').includes('按学期分配周学时'))!;
    expect(schedule, 'schedule table').toBeDefined();
    const codes = new Set(map.courses.map((c) => c.code));
    const courseRows = schedule.filter((r) => codes.has(r[0] ?? ''));
    expect(courseRows.length).toBe(totals.courseCount);
    const total = schedule.at(-1)!;
    expect(total[0]).toBe('合计');
    expect(num(total[4])).toBeCloseTo(totals.totalCredits, 1);
    expect(num(total[5])).toBeCloseTo(totals.totalHours, 1);
    expect(num(total[6])).toBeCloseTo(totals.theoryHours, 1);
    expect(num(total[7])).toBeCloseTo(totals.practiceHours, 1);
    // A group's subtotal row: its name spans the type and nature columns, then credits, hours.
    const subtotals = schedule.filter((r) => r[0] === '小计');
    expect(subtotals.length).toBeGreaterThan(3);
    expect(subtotals.reduce((a, r) => a + num(r[3]), 0)).toBeCloseTo(totals.totalHours, 1);
    // A course's row carries the map's own numbers.
    const zy401 = map.courses.find((c) => c.code === 'ZY401')!;
    const row = schedule.find((r) => r[0] === 'ZY401')!;
    expect(row.slice(4, 8).map(num)).toEqual([
      zy401.credits,
      zy401.hoursTheory + zy401.hoursPractice,
      zy401.hoursTheory,
      zy401.hoursPractice,
    ]);

    // Specifications with their codes, and the teaching team linked by name.
    const specs = all.find((t) => t[0]?.includes('支撑课程（达成程度）'))!;
    expect(specs.slice(1).map((r) => r[0])).toEqual(plan.specs.map((s) => s.code));
    const team = all.find((t) => t[0]?.includes('双师型'))!;
    expect(team.slice(1).map((r) => r[0])).toEqual(plan.teachers.map((t) => t.name));
    // Narrative sections come from the plan's rich text.
    expect(xmlText(xml)).toContain('人才培养方案');
  });

  it('writes English headings when asked', async () => {
    const { body } = await download(`/api/documents/${planId()}/export.docx?lang=en`);
    const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
    expect(paragraphsOfStyle(xml, 'Heading1')).toEqual(
      PLAN_SECTIONS.map((s) => planSectionTitlesEn[s.id]),
    );
  });

  it('exports a new plan with no map or program yet: every section, marked as empty', async () => {
    const res = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { ...auth(server.owner), 'content-type': 'application/json' },
      body: JSON.stringify({
        workspaceId: server.workspaceId,
        type: 'talent-plan',
        title: '空方案',
      }),
    });
    const { id } = (await res.json()) as { id: string };
    const { body } = await download(`/api/documents/${id}/export.docx`);
    const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
    expect(paragraphsOfStyle(xml, 'Heading1')).toHaveLength(PLAN_SECTIONS.length);
    expect(tables(xml).some((t) => t[0]?.join('').includes('按学期分配周学时'))).toBe(false);
  });
});

describe('talent plan → .pdf', () => {
  it('has the numbered sections and the schedule’s total hours as text', async () => {
    const { res, body } = await download(`/api/documents/${planId()}/export.pdf`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const { pages } = await openPdf(body);
    expect(pages[0]!.text).toContain('人才培养方案');
    const text = pages.map((p) => p.text).join('');
    let at = -1;
    const numerals = '一二三四五六七八九十';
    PLAN_SECTIONS.forEach((s, i) => {
      const n = i < 10 ? numerals[i] : `十${numerals[i - 10]}`;
      const next = text.indexOf(`${n}、${planSectionTitlesZh[s.id]}`, at + 1);
      expect(next, planSectionTitlesZh[s.id]).toBeGreaterThan(at);
      at = next;
    });
    const totals = await rollup();
    const round = (n: number) => Math.round(n * 10) / 10;
    expect(text).toContain(`合计 ${round(totals.totalCredits)} ${round(totals.totalHours)}`);
    // The landscape schedule pages are wider than they are tall.
    expect(pages.some((p) => p.size[2]! > p.size[3]!)).toBe(true);
  });

  it('lays the PDF out off the event loop, so sync and requests never wait for it', async () => {
    // The test shares the server's process: the loop's longest stall is the server's.
    const delay = monitorEventLoopDelay({ resolution: 10 });
    // The plan and its map are loaded once, by the Word export; what follows is the layout.
    await (await get(`/api/documents/${planId()}/export.docx`)).arrayBuffer();
    const started = performance.now();
    delay.enable();
    const res = await get(`/api/documents/${planId()}/export.pdf`);
    await res.arrayBuffer();
    delay.disable();
    const took = performance.now() - started;
    const stall = delay.max / 1e6;
    // On the loop, the layout stalls it for most of the export; off it, hardly at all. A ratio,
    // not a time, so a slow machine does not fail it.
    expect(stall, `the loop stalled ${stall} ms in a ${took} ms export`).toBeLessThan(took / 5);
  });
});
