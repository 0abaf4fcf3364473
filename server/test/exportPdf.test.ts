import { readCourseStandard, seedDemoCourseStandards } from '@tandem/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/documents';
import { seedDemoDocuments } from '../src/documents/seedDemoDocuments';
import { startServer, type TestServer, type TestUser, tempDir } from './harness';
import { openPdf } from './pdfText';

/**
 * The course standard as PDF, opened with pdf.js (Mozilla's reader): A4 pages, the sections'
 * numbered headings and table cells as real, extractable text, set in the embedded CJK fonts.
 */
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
const get = (base: string, path: string, user: { token: string } | null = viewer) =>
  fetch(`${base}${path}`, { headers: user ? auth(user) : {} });
const demo = seedDemoCourseStandards()[0]!;
const standardId = () =>
  docs.find((d) => d.type === 'course-standard' && d.title === demo.title)!.id;

describe('course standard → .pdf', () => {
  it('is an A4 PDF with numbered Chinese headings, table text and the CJK fonts embedded', async () => {
    const res = await get(server.url, `/api/documents/${standardId()}/export.pdf`);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''.+\.pdf$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { pdf, pages } = await openPdf(bytes);

    expect(pdf.numPages).toBeGreaterThan(1);
    for (const page of pages) {
      // A4 is 595.28 × 841.89 points.
      expect(page.size[2]).toBeCloseTo(595.28, 1);
      expect(page.size[3]).toBeCloseTo(841.89, 1);
    }
    // The title page, then the body numbered from 1 in the footer.
    expect(pages[0]!.text).toContain('课程标准');
    expect(pages[0]!.items).not.toContain('— 1 —');
    expect(pages[1]!.items).toContain('— 1 —');

    // The nine template sections, numbered in Chinese as Word numbers them.
    const all = pages.map((p) => p.text).join('');
    const headings = [
      '一、课程基本信息',
      '二、课程性质与定位',
      '三、课程设计思路',
      '四、课程目标',
      '五、课程内容与要求',
      '六、教学实施',
      '七、课程考核',
      '八、教学资源',
      '九、附录',
    ];
    let at = -1;
    for (const heading of headings) {
      const next = all.indexOf(heading, at + 1);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    expect(all).toContain('（一）编写人员');
    expect(all).toContain(demo.narrative['nature-positioning']![0]!.slice(0, 20));

    // The content units' table: each unit's requirements come out as text, in order, and the
    // header row repeats on a page the table runs onto.
    const snapshot = await readDocument(server, standardId(), readCourseStandard);
    at = -1;
    for (const unit of snapshot.units) {
      const next = all.indexOf(unit.requirements, at + 1);
      expect(next, unit.requirements).toBeGreaterThan(at);
      at = next;
    }
    const withUnitHeader = pages.filter((p) => p.text.includes('内容与要求理论学时'));
    expect(withUnitHeader.length).toBeGreaterThan(1);
    // Confidential enterprise data stays out, as in the Word file.
    for (const r of snapshot.resources.filter((r) => r.confidential))
      expect(all).not.toContain(r.title);

    // Every glyph is drawn with an embedded subset of Noto Serif/Sans CJK SC: no boxes, no
    // reader-substituted fonts.
    const fonts = new Map(pages.flatMap((p) => p.fonts).map((f) => [f.name, f]));
    const faces = [...fonts.keys()].map((name) => name.replace(/^[A-Z]{6}\+/, ''));
    // Body in the serif (宋体's look), headings and table headers in the sans (黑体's), totals bold.
    expect(faces.sort()).toEqual([
      'NotoSansCJKsc-Regular',
      'NotoSerifCJKsc-Bold',
      'NotoSerifCJKsc-Regular',
    ]);
    for (const font of fonts.values()) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name, 'a subset, tagged as PDF requires').toMatch(/^[A-Z]{6}\+/);
    }
    // Subsetting keeps the file small next to the 20–27 MB font collections.
    expect(bytes.length).toBeLessThan(1_500_000);
  });

  it('numbers the headings 1. and 1.1 when asked for English', async () => {
    const res = await get(server.url, `/api/documents/${standardId()}/export.pdf?lang=en`);
    const { pages } = await openPdf(Buffer.from(await res.arrayBuffer()));
    const all = pages.map((p) => p.text).join('');
    expect(all).toContain('1. Course information');
    expect(all).toContain('1.1 Authors');
    expect(all).toContain('9. Appendix');
  });

  it('is not found for another workspace, and a map has no PDF export', async () => {
    const other = await server.accounts.createWorkspace('Another college');
    const outsider = await server.addUser('owner', { workspaceId: other.id });
    const hidden = await get(server.url, `/api/documents/${standardId()}/export.pdf`, outsider);
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toMatchObject({ code: 'DOC_NOT_FOUND' });
    expect((await get(server.url, `/api/documents/${standardId()}/export.pdf`, null)).status).toBe(
      401,
    );
    const map = docs.find((d) => d.type === 'curriculum-map')!;
    const wrongType = await get(server.url, `/api/documents/${map.id}/export.pdf`);
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toMatchObject({ code: 'EXPORT_UNSUPPORTED' });
  });
});

describe('a server without the CJK fonts', () => {
  it('answers 503 EXPORT_FONT_MISSING rather than a PDF of boxes, and logs what to install', async () => {
    const logLines: string[] = [];
    const bare = await startServer({
      config: { pdfFontDir: tempDir('tandem-no-fonts-') },
      logLines,
    });
    try {
      await seedDemoDocuments(bare.store, bare.workspaceId);
      const list = await get(bare.url, '/api/documents', bare.owner);
      const { documents } = (await list.json()) as { documents: typeof docs };
      const standard = documents.find((d) => d.type === 'course-standard')!;
      const res = await get(bare.url, `/api/documents/${standard.id}/export.pdf`, bare.owner);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'EXPORT_FONT_MISSING' });
      // Word export needs no fonts on the server and still works.
      expect(
        (await get(bare.url, `/api/documents/${standard.id}/export.docx`, bare.owner)).status,
      ).toBe(200);
      const hints = logLines.filter((l) => l.includes('apt-get install fonts-noto-cjk'));
      // Once at start, once for the refused export.
      expect(hints.length).toBe(2);
      expect(hints.map((l) => JSON.parse(l).level)).toEqual([40, 50]);
    } finally {
      await bare.close();
    }
  });
});
