import {
  readCourseStandard,
  readCurriculumMap,
  STANDARD_SECTIONS,
  seedDemoCourseStandards,
} from '@tandem/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/documents';
import { seedDemoDocuments } from '../src/documents/seedDemoDocuments';
import { startServer, type TestServer, type TestUser } from './harness';
import { paragraphsOfStyle, tables, xmlText } from './wordXml';
import { evaluate, formulaOf } from './xlsxFormulas';

/** Exports of the demo workspace's map and standards, opened with libraries and checked. */
let server: TestServer;
let viewer: TestUser;
let docs: { id: string; type: string; title: string }[];
beforeAll(async () => {
  server = await startServer();
  await seedDemoDocuments(server.store, server.workspaceId);
  viewer = await server.addUser('viewer');
  const res = await fetch(`${server.url}/api/documents`, { headers: auth(server.owner) });
  docs = ((await res.json()) as { documents: typeof docs }).documents;
});
afterAll(() => server.close());

const auth = (user: { token: string }) => ({ authorization: `Bearer ${user.token}` });
const doc = (type: string, title?: string) => {
  const found = docs.find((d) => d.type === type && (!title || d.title === title));
  if (!found) throw new Error(`no ${type} in the demo workspace`);
  return found;
};
const get = (path: string, user: { token: string } | null = viewer) =>
  fetch(`${server.url}${path}`, { headers: user ? auth(user) : {} });
async function download(path: string) {
  const res = await get(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}
describe('course standard → .docx', () => {
  const demo = seedDemoCourseStandards()[0]!;

  it('lays a standard out as submitted: A4, 宋体/黑体, numbered headings, real tables', async () => {
    const standard = doc('course-standard', demo.title);
    const { res, body } = await download(`/api/documents/${standard.id}/export.docx`);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${demo.title}.docx`).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    const zip = await JSZip.loadAsync(body);
    const xml = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    const numbering = await zip.file('word/numbering.xml')!.async('string');

    // Every section is on A4 (11906 × 16838 twips).
    const sizes = [...xml.matchAll(/<w:pgSz ([^/]*)\/>/g)].map((m) => m[1]);
    expect(sizes.length).toBe(2);
    for (const size of sizes)
      expect(size).toMatch(/w:w="11906".*w:h="16838"|w:h="16838".*w:w="11906"/);
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:eastAsia="SimHei"');

    // The nine template sections, in order, as Heading 1 numbered by Word in Chinese (一、…).
    expect(paragraphsOfStyle(xml, 'Heading1')).toEqual([
      '课程基本信息',
      '课程性质与定位',
      '课程设计思路',
      '课程目标',
      '课程内容与要求',
      '教学实施',
      '课程考核',
      '教学资源',
      '附录',
    ]);
    expect(STANDARD_SECTIONS).toHaveLength(9);
    expect(numbering).toContain('w:val="chineseCounting"');
    expect(numbering).toContain('w:val="%1、"');
    expect(numbering).toContain('w:val="（%2）"');

    // Narrative sections come from the Lexical text.
    expect(xmlText(xml)).toContain(demo.narrative['nature-positioning']![0]!);

    const snapshot = await readDocument(server, standard.id, readCourseStandard);
    const all = tables(xml);
    // The content units' table: a row per unit and a total row whose hours are the units' sums.
    const units = all.find((t) => t[0]?.includes('项目/任务'))!;
    expect(units.slice(1, -1).map((r) => r[2])).toEqual(snapshot.units.map((u) => u.task));
    const theory = snapshot.units.reduce((a, u) => a + u.hoursTheory, 0);
    const practice = snapshot.units.reduce((a, u) => a + u.hoursPractice, 0);
    expect(units.at(-1)).toEqual([
      '合计',
      '',
      '',
      '',
      String(theory),
      String(practice),
      '',
      '',
      '',
    ]);
    // Hours by module total the same, and the course information shows the map's hours.
    const byModule = all.find((t) => t[0]?.[0] === '模块' && t[0]?.length === 4)!;
    expect(byModule.at(-1)).toEqual([
      '合计',
      String(theory),
      String(practice),
      String(theory + practice),
    ]);
    const info = all[0]!;
    expect(info.flat()).toContain('学时');
    expect(info.flat().join('')).toContain(
      `${theory + practice}（理论学时 ${theory}，实践学时 ${practice}）`,
    );
    // Assessment items with weights totalling 100.
    const assessment = all.find((t) => t[0]?.includes('权重（%）'))!;
    expect(assessment.slice(1, -1).map((r) => r[1])).toEqual(
      snapshot.assessment.map((a) => a.name),
    );
    expect(assessment.at(-1)?.at(-1)).toBe('100');
    // Confidential enterprise data is left out of a file that travels.
    for (const r of snapshot.resources.filter((r) => r.confidential))
      expect(xmlText(xml)).not.toContain(r.title);
    expect(snapshot.resources.some((r) => r.confidential)).toBe(true);
  });

  it('writes the headings in English when asked', async () => {
    const standard = doc('course-standard', demo.title);
    const { body } = await download(`/api/documents/${standard.id}/export.docx?lang=en`);
    const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
    expect(paragraphsOfStyle(xml, 'Heading1')[0]).toBe('Course information');
  });
});

describe('curriculum map → .xlsx', () => {
  it('has one sheet per view, numbers in cells and totals as formulas that add up to the rollups', async () => {
    const map = doc('curriculum-map');
    const { res, body } = await download(`/api/documents/${map.id}/export.xlsx`);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''`);
    const report = (await (await get(`/api/documents/${map.id}/report`)).json()) as {
      results: unknown[];
      rollups: Record<
        string,
        { totalHours: number; weeklyLoad: { term: number; hours: number }[] }
      >;
    };
    const snapshot = await readDocument(server, map.id, readCurriculumMap);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);

    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '课程',
      ...snapshot.programs.map((p) => `周学时·${p.name}`),
      '对应矩阵',
      '规则检查',
    ]);

    const courses = wb.getWorksheet('课程')!;
    const header = courses.getRow(1).values as unknown[];
    const column = (name: string) => courses.getColumn(header.indexOf(name)).letter;
    let totalRow = 0;
    courses.eachRow((row, n) => {
      if (row.getCell(1).value === '合计') totalRow = n;
    });
    const total = (name: string) => `${column(name)}${totalRow}`;
    expect(formulaOf(courses, total('计入学时'))).toMatch(/^SUBTOTAL\(9,/);
    expect(evaluate(courses, total('计入学时'))).toBeCloseTo(report.rollups.group!.totalHours, 6);
    const sum = (pick: (c: (typeof snapshot.courses)[number]) => number) =>
      snapshot.courses.reduce((a, c) => a + pick(c), 0);
    expect(evaluate(courses, total('理论学时'))).toBe(sum((c) => c.hoursTheory));
    expect(evaluate(courses, total('实践学时'))).toBe(sum((c) => c.hoursPractice));
    expect(evaluate(courses, total('总学时'))).toBe(sum((c) => c.hoursTheory + c.hoursPractice));
    expect(evaluate(courses, total('学分'))).toBeCloseTo(
      sum((c) => c.credits),
      6,
    );
    // Hours are numbers, not text: a coordinator can sum them again.
    let courseRow = 0;
    courses.eachRow((row, n) => {
      if (row.getCell(1).value === snapshot.courses[0]!.code) courseRow = n;
    });
    expect(courses.getCell(`${column('理论学时')}${courseRow}`).value).toBe(
      snapshot.courses[0]!.hoursTheory,
    );

    // Each program's weekly hours per term: SUMPRODUCT of shares and weekly hours = the rollup.
    for (const program of snapshot.programs) {
      const weekly = wb.getWorksheet(`周学时·${program.name}`)!;
      let row = 0;
      weekly.eachRow((r, n) => {
        if (r.getCell(1).value === '周学时合计') row = n;
      });
      const load = report.rollups[program.id]!.weeklyLoad;
      for (const { term, hours } of load) {
        const address = `${weekly.getColumn(4 + term).letter}${row}`;
        expect(formulaOf(weekly, address)).toMatch(/^SUMPRODUCT\(/);
        expect(evaluate(weekly, address)).toBeCloseTo(hours, 6);
      }
    }

    // The matrix: a row per course, a column per target; counts of supporting courses by formula.
    const matrix = wb.getWorksheet('对应矩阵')!;
    const last = matrix.rowCount;
    expect(matrix.getCell(`A${last}`).value).toBe('支撑课程数');
    let counted = 0;
    for (let c = 3; c <= matrix.columnCount; c += 1)
      counted += evaluate(matrix, `${matrix.getColumn(c).letter}${last}`);
    expect(counted).toBe(snapshot.alignments.length);
    expect(last - 3).toBe(snapshot.courses.length);

    const rules = wb.getWorksheet('规则检查')!;
    expect(rules.getCell('A2').value).toBe('R5');
    expect(String(rules.getCell('D2').value)).toMatch(/学时/);
  });
});

describe('who may export', () => {
  it('viewers may; anonymous callers get 401, other workspaces and unknown ids 404', async () => {
    const map = doc('curriculum-map');
    const standard = doc('course-standard');
    const other = await server.accounts.createWorkspace('Another college');
    const outsider = await server.addUser('owner', { workspaceId: other.id });
    for (const [id, format] of [
      [map.id, 'xlsx'],
      [standard.id, 'docx'],
    ] as const) {
      expect((await get(`/api/documents/${id}/export.${format}`)).status).toBe(200);
      expect((await get(`/api/documents/${id}/export.${format}`, null)).status).toBe(401);
      const hidden = await get(`/api/documents/${id}/export.${format}`, outsider);
      expect(hidden.status).toBe(404);
      expect(await hidden.json()).toMatchObject({ code: 'DOC_NOT_FOUND' });
    }
    const missing = await get('/api/documents/no-such-document-id/export.docx');
    expect(missing.status).toBe(404);
    const wrongType = await get(`/api/documents/${map.id}/export.docx`);
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toMatchObject({ code: 'EXPORT_UNSUPPORTED' });
  });
});
