import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserWorld, openDocument, screenshot, settle } from './browser';
import { demoDocumentId } from './curriculumPages';
import { ENTERPRISE_LEADER, SCHOOL_LEADER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

const MAP_TITLE = '电子商务专业群 课程体系';

/** One good row, one with a bad number and an unknown nature, and one whose code the map has. */
const COURSE_LIST = [
  '课程代码,课程名称,理论学时,实践学时,学分,开设学期,课程性质,考核方式',
  'IMP-E2E-1,直播电商数据复盘,16,32,3,4,必修,考查',
  'IMP-E2E-2,坏的一行,abc,16,2,3,必选,考试',
  'GB101,思想道德与法治,36,8,3,1,必修,考试',
].join('\n');

function codeCells(page: Page, code: string) {
  return page.getByTestId('course-grid').locator('[data-cell$=":code"]', { hasText: code });
}

function theoryOfGb101(page: Page) {
  return page.locator('[data-cell="gb101:hoursTheory"]').textContent();
}

async function openImport(page: Page) {
  await page.getByTestId('import-courses').click();
  await page.getByTestId('course-import').waitFor();
}

describe('importing a course list into the map', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let school: Page;
  let enterprise: Page;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    const mapId = await demoDocumentId(server, SCHOOL_LEADER, 'curriculum-map', MAP_TITLE);
    school = await (await world.signIn(SCHOOL_LEADER)).newPage();
    enterprise = await (await world.signIn(ENTERPRISE_LEADER)).newPage();
    for (const page of [school, enterprise]) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openDocument(page, server, mapId);
      await page.getByTestId('course-grid').waitFor();
    }
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('previews per-row errors, writes on confirm for both leaders, and one Undo takes it back', async () => {
    await openImport(school);
    await school.getByTestId('import-file').setInputFiles({
      name: 'courses.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(COURSE_LIST, 'utf8'),
    });
    const counts = school.getByTestId('import-counts');
    await expect
      .poll(() => counts.textContent())
      .toBe('1 to add · 0 to update · 1 to skip · 1 with errors');
    // The headers were recognised without touching the selects.
    expect(await school.getByTestId('import-map-hoursTheory').inputValue()).toBe('2');
    const preview = school.getByTestId('import-preview');
    const bad = preview.locator('tr[data-action="invalid"]');
    expect(await bad.locator('th').textContent()).toBe('3');
    const problems = await bad.locator('.course-import__problems li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Theory: /);
    expect(problems[1]).toBe(
      'Nature: “必选” is not one of: Compulsory / Restricted elective / Elective.',
    );
    expect(await preview.locator('tr[data-action="skip"] td').first().textContent()).toBe('GB101');
    await screenshot(school, 'course-import-preview');

    // Nothing is in the map before Import.
    await settle(enterprise);
    expect(await codeCells(enterprise, 'IMP-E2E-1').count()).toBe(0);
    expect(await theoryOfGb101(enterprise)).toBe('40');

    // Choosing "update" turns the duplicate into an update of the existing course.
    await school.getByTestId('import-duplicates').selectOption('update');
    await expect
      .poll(() => counts.textContent())
      .toBe('1 to add · 1 to update · 0 to skip · 1 with errors');

    await school.getByTestId('import-confirm').click();
    await school.getByTestId('course-import').waitFor({ state: 'detached' });
    expect(await school.getByTestId('import-done').textContent()).toContain('1 added, 1 updated');
    await expect.poll(() => codeCells(enterprise, 'IMP-E2E-1').count()).toBe(1);
    await expect.poll(() => theoryOfGb101(enterprise)).toBe('36');
    expect(await codeCells(enterprise, 'IMP-E2E-2').count()).toBe(0);

    await school.locator('.map-toolbar__history button').first().click();
    // One Undo takes back the whole import: the new course and the update alike.
    await expect.poll(() => codeCells(enterprise, 'IMP-E2E-1').count()).toBe(0);
    await expect.poll(() => theoryOfGb101(enterprise)).toBe('40');
    expect(await codeCells(school, 'IMP-E2E-1').count()).toBe(0);
  });

  it('refuses a malformed workbook with a clear message and writes nothing', async () => {
    const before = await school.getByTestId('course-grid').locator('[data-cell$=":code"]').count();
    await openImport(school);
    await school.getByTestId('import-file').setInputFiles({
      name: 'courses.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('this is not a workbook'),
    });
    const error = school.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'The file could not be read as a spreadsheet. Nothing was imported.',
    );
    expect(await school.getByTestId('import-confirm').isDisabled()).toBe(true);
    expect(await school.getByTestId('import-preview').count()).toBe(0);
    await school.keyboard.press('Escape');
    await school.getByTestId('course-import').waitFor({ state: 'detached' });
    await settle(enterprise);
    const after = await enterprise
      .getByTestId('course-grid')
      .locator('[data-cell$=":code"]')
      .count();
    expect(after).toBe(before);
  });

  it('reads an .xlsx workbook with a title line above the header', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('课程设置');
    sheet.addRow(['电子商务专业课程设置表']);
    sheet.addRow(['Course code', 'Course name', 'Credits', 'Terms']);
    sheet.addRow(['IMP-XLSX-1', 'Workbook course', 2, '2-3']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await openImport(school);
    await school.getByTestId('import-file').setInputFiles({
      name: 'courses.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    const counts = school.getByTestId('import-counts');
    await expect
      .poll(() => counts.textContent())
      .toBe('1 to add · 0 to update · 0 to skip · 0 with errors');
    expect(await school.getByTestId('import-map-credits').inputValue()).toBe('2');
    await school.getByRole('button', { name: 'Cancel' }).click();
    await school.getByTestId('course-import').waitFor({ state: 'detached' });
    expect(await codeCells(school, 'IMP-XLSX-1').count()).toBe(0);
  });
});
