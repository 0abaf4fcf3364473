import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { ExportOutline } from './outline';
import { findPdfFonts } from './pdfFonts';
import { renderDocx } from './renderDocx';
import { renderPdf } from './renderPdf';
import { bodyCells, headerRows, splitByOrientation } from './tableGrid';

/**
 * A plan-shaped outline (grouped header, group rows, a landscape schedule between portrait
 * pages) through both renderers, each file opened with a real reader.
 */
const columns = [
  { header: '课程代码', weight: 1 },
  { header: '课程名称', weight: 3 },
  ...[1, 2, 3].map((n) => ({ header: `第${n}学期`, weight: 0.6, align: 'center' as const })),
];
const outline: ExportOutline = {
  title: '人才培养方案',
  lang: 'zh-CN',
  titlePage: [{ kind: 'line', text: '电子商务专业人才培养方案', size: 22, heading: true }],
  body: [
    { kind: 'heading', level: 1, text: '专业名称及代码' },
    { kind: 'paragraph', runs: [{ text: '电子商务（530701）' }] },
    { kind: 'heading', level: 1, text: '教学进程总体安排' },
    { kind: 'heading', level: 2, text: '教学进程表' },
    {
      kind: 'table',
      columns,
      headerGroups: [
        { text: '', span: 2 },
        { text: '各学期周学时', span: 3 },
      ],
      rows: [
        ['公共基础课', null, null, null, null],
        ['GB101', '思想道德与法治', 3, null, null],
        ['小计', '公共基础课', null, 3, null],
      ],
      groupRows: [0, 2],
      total: ['合计', '', 3, '', ''],
      landscape: true,
    },
    { kind: 'heading', level: 1, text: '实施保障' },
    { kind: 'paragraph', runs: [{ text: '校企共建实训基地。' }] },
  ],
};

describe('table grid', () => {
  it('puts ungrouped headers across both header rows and groups over their columns', () => {
    const rows = headerRows({
      columns,
      headerGroups: [
        { text: '', span: 2 },
        { text: '各学期周学时', span: 3 },
      ],
    });
    expect(rows[0]!.map((c) => [c.text, c.column, c.colSpan, c.rowSpan])).toEqual([
      ['课程代码', 0, 1, 2],
      ['课程名称', 1, 1, 2],
      ['各学期周学时', 2, 3, 1],
    ]);
    expect(rows[1]!.map((c) => c.column)).toEqual([2, 3, 4]);
  });

  it('lets a text cell in a group row span the nulls after it, and only there', () => {
    const row = ['小计', '公共基础课', null, 3, null];
    expect(bodyCells(row, 5, true).map((c) => c.colSpan)).toEqual([1, 2, 1, 1]);
    expect(bodyCells(row, 5, false).map((c) => c.colSpan)).toEqual([1, 1, 1, 1, 1]);
  });

  it('takes the headings before a landscape table onto its pages', () => {
    const parts = splitByOrientation(outline.body);
    expect(parts.map((p) => [p.landscape, p.blocks.length])).toEqual([
      [false, 2],
      [true, 3],
      [false, 2],
    ]);
  });
});

describe('rendering a landscape, grouped table', () => {
  it('Word: a landscape section with merged header and group cells, numbers running on', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(outline));
    const xml = await zip.file('word/document.xml')!.async('string');
    const sections = [...xml.matchAll(/<w:sectPr[ >].*?<\/w:sectPr>/gs)].map((m) => m[0]);
    // Title page, portrait body, the landscape schedule, portrait again.
    expect(sections).toHaveLength(4);
    expect(sections.map((s) => s.includes('w:orient="landscape"'))).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(sections.filter((s) => s.includes('w:pgNumType w:start="1"'))).toHaveLength(1);
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
    expect(xml).toContain('w:fill="F2F2F2"');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
  });

  it('PDF: the schedule on landscape pages between portrait ones, its grouped header as text', async () => {
    const fonts = findPdfFonts();
    expect(fonts, 'fonts-noto-cjk is installed here and in CI').not.toBeNull();
    const bytes = await renderPdf(outline, fonts!);
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : ''));
      pages.push({ landscape: page.view[2]! > page.view[3]!, text: text.join('') });
    }
    expect(pages.map((p) => p.landscape)).toEqual([false, false, true, false]);
    expect(pages[2]!.text).toContain('（一）教学进程表');
    expect(pages[2]!.text).toContain('各学期周学时');
    expect(pages[2]!.text).toContain('思想道德与法治');
    expect(pages[3]!.text).toContain('三、实施保障');
    expect(pages[3]!.text).toContain('— 3 —');
  });
});
