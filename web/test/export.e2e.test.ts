import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, BrowserWorld, openDocument, screenshot } from './browser';
import { VIEWER } from './demoAccounts';

/** The document header's Export menu downloads Word, PDF and Excel files named after the title. */
describe('exporting from the document header', () => {
  let world: BrowserWorld;
  let page: Page;
  let docs: { id: string; type: string; title: string }[];
  const saved = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-export-'));

  beforeAll(async () => {
    world = await BrowserWorld.start();
    const token = await apiToken(world.server, VIEWER);
    const res = await fetch(`${world.server.url}/api/documents`, {
      headers: { authorization: `Bearer ${token}` },
    });
    docs = ((await res.json()) as { documents: typeof docs }).documents;
    // A viewer: reading a document is enough to take it away as a file.
    const context = await world.signIn(VIEWER, { locale: 'zh-CN' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await world?.dispose();
    fs.rmSync(saved, { recursive: true, force: true });
  });

  async function exportVia(testId: string) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(testId).click(),
    ]);
    const file = path.join(saved, download.suggestedFilename());
    await download.saveAs(file);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
  }

  it('a curriculum map downloads as an .xlsx workbook named after the map', async () => {
    const map = docs.find((d) => d.type === 'curriculum-map')!;
    await openDocument(page, world.server, map.id);
    await page.getByTestId('export-menu').click();
    const menu = page.getByRole('menu', { name: '导出' });
    await expect(menu.getByRole('menuitem').allTextContents()).resolves.toEqual([
      'Excel 工作簿（.xlsx）',
      'Excel 工作簿，英文标签（.xlsx）',
    ]);
    await screenshot(page, 'export-menu-map');
    const { name, bytes } = await exportVia('export-xlsx-zh-CN');
    expect(name).toBe(`${map.title}.xlsx`);
    // A zip (OOXML) of real size: five programs' weekly sheets, the matrix and the courses.
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(20_000);
    await expect(menu.count()).resolves.toBe(0);
  });

  it('a course standard downloads as a .docx or a .pdf named after the standard', async () => {
    const standard = docs.find((d) => d.type === 'course-standard')!;
    await openDocument(page, world.server, standard.id);
    await page.getByTestId('export-menu').click();
    await expect(
      page.getByRole('menu', { name: '导出' }).getByRole('menuitem').allTextContents(),
    ).resolves.toEqual([
      'Word 文档（.docx）',
      'Word 文档，英文标题（.docx）',
      'PDF 文档（.pdf）',
      'PDF 文档，英文标题（.pdf）',
    ]);
    const { name, bytes } = await exportVia('export-docx-zh-CN');
    expect(name).toBe(`${standard.title}.docx`);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(8_000);

    await page.getByTestId('export-menu').click();
    const pdf = await exportVia('export-pdf-zh-CN');
    expect(pdf.name).toBe(`${standard.title}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The CJK fonts travel inside the file, subset to the characters used.
    expect(pdf.bytes.length).toBeGreaterThan(50_000);
  });

  it('a talent plan downloads as a .docx or a .pdf named after the plan', async () => {
    const plan = docs.find((d) => d.type === 'talent-plan')!;
    await openDocument(page, world.server, plan.id);
    await page.getByTestId('export-menu').click();
    await expect(
      page.getByRole('menu', { name: '导出' }).getByRole('menuitem').count(),
    ).resolves.toBe(4);
    const { name, bytes } = await exportVia('export-docx-zh-CN');
    expect(name).toBe(`${plan.title}.docx`);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await page.getByTestId('export-menu').click();
    const pdf = await exportVia('export-pdf-en');
    expect(pdf.name).toBe(`${plan.title}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('notes have nothing to export, so no menu', async () => {
    const notes = docs.find((d) => d.type === 'notes')!;
    await openDocument(page, world.server, notes.id);
    await expect(page.getByTestId('open-history').count()).resolves.toBe(1);
    await expect(page.getByTestId('export-menu').count()).resolves.toBe(0);
  });
});

describe('an export the server refuses', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    // A server with no Chinese font: PDF export is refused (503 EXPORT_FONT_MISSING).
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-no-fonts-'));
    world = await BrowserWorld.start({ env: { TANDEM_PDF_FONT_DIR: empty } });
  });
  afterAll(async () => {
    await world?.dispose();
  });

  it('says why in words, and Word export still works', async () => {
    const token = await apiToken(world.server, VIEWER);
    const res = await fetch(`${world.server.url}/api/documents`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { documents } = (await res.json()) as { documents: { id: string; type: string }[] };
    const standard = documents.find((d) => d.type === 'course-standard')!;
    const page = await (await world.signIn(VIEWER)).newPage();
    await openDocument(page, world.server, standard.id);
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-pdf-zh-CN').click();
    const error = page.getByTestId('export-error');
    await expect(error.textContent()).resolves.toContain('fonts-noto-cjk');
    await screenshot(page, 'export-refused-en');
    await error.getByRole('button', { name: 'Close' }).click();
    await expect(error.count()).resolves.toBe(0);
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-docx-zh-CN').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
  });
});
