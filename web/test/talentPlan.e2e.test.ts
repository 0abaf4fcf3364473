import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, BrowserWorld, openDocument, screenshot, waitForConnection } from './browser';
import { cell, checks, demoDocumentId, focused, typeIntoCell } from './curriculumPages';
import { ENTERPRISE_LEADER, SCHOOL_LEADER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

interface Report {
  results: Array<{ ruleId: string }>;
  rollups: Record<string, { totalHours: number; totalCredits: number; courseCount: number }>;
}

async function report(server: ServerProcess, documentId: string): Promise<Report> {
  const token = await apiToken(server, SCHOOL_LEADER);
  const response = await fetch(`${server.url}/api/documents/${documentId}/report`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Report;
}

const totalHours = (page: Page) => page.getByTestId('schedule-total-hours').textContent();

/** Ticks or unticks one option of a grid cell's tag picker, then closes the picker. */
async function toggleOption(page: Page, rowId: string, field: string, option: RegExp) {
  const target = cell(page, rowId, field);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

describe('a talent cultivation plan, read live from its curriculum map', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let schoolContext: BrowserContext;
  let school: Page;
  let enterprise: Page;
  let planId: string;
  let mapId: string;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    planId = await demoDocumentId(server, SCHOOL_LEADER, 'talent-plan', '人才培养方案');
    mapId = await demoDocumentId(server, SCHOOL_LEADER, 'curriculum-map', '电子商务专业群');
    schoolContext = await world.signIn(SCHOOL_LEADER);
    const enterpriseContext = await world.signIn(ENTERPRISE_LEADER);
    school = await schoolContext.newPage();
    enterprise = await enterpriseContext.newPage();
    for (const page of [school, enterprise]) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openDocument(page, server, planId);
      await page.getByTestId('schedule-table').waitFor();
    }
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('shows every section in order, and a schedule of the map’s courses whose totals are the report’s', async () => {
    const titles = await school.locator('.std-section__title').allTextContents();
    expect(titles.map((t) => t.replace(/^\d+/, ''))).toEqual([
      'Program name and code',
      'Entry requirements',
      'Length of study',
      'Career orientation',
      'Training objectives and specifications',
      'Curriculum and requirements',
      'Teaching schedule',
      'Practice teaching',
      'Teaching staff',
      'Teaching conditions and resources',
      'Learning assessment',
      'Implementation guarantees',
      'Graduation requirements',
      'Appendix',
    ]);
    await school.getByTestId('program-facts').getByText('530701').waitFor();
    const { rollups, results } = await report(server, planId);
    const ecommerce = rollups.ecommerce;
    if (!ecommerce) throw new Error('no rollups for the program');
    const rows = school.getByTestId('schedule-table').locator('tr[data-course]');
    expect(await rows.count()).toBe(ecommerce.courseCount);
    expect(Number(await totalHours(school))).toBeCloseTo(ecommerce.totalHours, 1);
    expect(Number(await school.getByTestId('schedule-total-credits').textContent())).toBe(
      ecommerce.totalCredits,
    );
    // The numbers beside the schedule carry their verdict; the side panel lists the same checks.
    await school.getByTestId('plan-numbers').locator('[data-verdict="ok"]').first().waitFor();
    const shown = await checks(school).evaluateAll((b) =>
      b.map((x) => x.getAttribute('data-rule')),
    );
    expect(shown.sort()).toEqual(results.map((r) => r.ruleId).sort());
    await school.getByTestId('schedule-table').scrollIntoViewIfNeeded();
    await screenshot(school, 'talent-plan-schedule-en');
  });

  it('two people edit a specification and a teacher at once, and both see both edits', async () => {
    await Promise.all([
      typeIntoCell(school, 'spec-a1', 'text', '能够在京东平台完成店铺开设与日常运营。'),
      typeIntoCell(enterprise, 'tch-zhao', 'organisation', '京东直播基地（重庆）'),
    ]);
    for (const page of [school, enterprise]) {
      await expect
        .poll(() => cell(page, 'spec-a1', 'text').textContent())
        .toBe('能够在京东平台完成店铺开设与日常运营。');
      await expect
        .poll(() => cell(page, 'tch-zhao', 'organisation').textContent())
        .toBe('京东直播基地（重庆）');
    }
  });

  it('removing a specification’s only top-level course raises R8; restoring the link clears it', async () => {
    expect(await checks(enterprise, 'R8').count()).toBe(0);
    // A6 is mastered only in WL426 (M); PT205 takes it to R.
    await toggleOption(school, 'spec-a6', 'courses', /^✓?WL426 .* · M /);
    const r8 = checks(enterprise, 'R8');
    await r8.waitFor();
    expect(await r8.textContent()).toContain('A6');
    await enterprise.locator('[data-toc="objectives"] [data-mark="warning"]').waitFor();
    await r8.click();
    await expect
      .poll(() => focused(enterprise))
      .toEqual({ cell: 'spec-a6:code', jump: 'std:objectives:spec-a6:code' });
    await screenshot(enterprise, 'talent-plan-r8-en');
    await toggleOption(school, 'spec-a6', 'courses', /^✓?WL426 .* · M /);
    await expect.poll(() => checks(enterprise, 'R8').count()).toBe(0);
    expect(await cell(enterprise, 'spec-a6', 'courses').textContent()).toContain('WL426M');
  });

  it('a change of a course’s hours in the map updates the schedule’s totals at once', async () => {
    const before = Number(await totalHours(enterprise));
    const mapPage = await schoolContext.newPage();
    await mapPage.setViewportSize({ width: 1440, height: 900 });
    await openDocument(mapPage, server, mapId);
    await mapPage.getByTestId('course-grid').waitFor();
    await typeIntoCell(mapPage, 'zy401', 'hoursPractice', '44');
    await expect.poll(async () => Number(await totalHours(enterprise))).toBe(before + 4);
    const row = enterprise.getByTestId('schedule-table').locator('tr[data-course="zy401"]');
    expect(await row.textContent()).toContain('68');
    await typeIntoCell(mapPage, 'zy401', 'hoursPractice', '40');
    await expect.poll(async () => Number(await totalHours(enterprise))).toBe(before);
    await mapPage.close();
  });

  it('a new plan asks for the map and the program first, then shows its schedule', async () => {
    const page = await schoolContext.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(server.url);
    await page.getByTestId('document-list').waitFor();
    await page.getByLabel('Title').fill('市场营销专业 人才培养方案（2025级）');
    await page.getByLabel('Type').selectOption('talent-plan');
    await page.getByRole('button', { name: 'Create document' }).click();
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]{8,}$/);
    await waitForConnection(page, 'connected');
    await page.getByTestId('plan-setup').waitFor();
    expect(await page.getByTestId('needs-program').count()).toBeGreaterThan(0);
    await page.getByTestId('map-picker').selectOption(mapId);
    const program = page.getByTestId('program-picker');
    await expect.poll(() => program.isEnabled()).toBe(true);
    await program.selectOption('marketing');
    await page.getByTestId('schedule-table').waitFor();
    expect(await page.getByTestId('plan-setup').count()).toBe(0);
    await page.getByTestId('program-facts').getByText('530605').waitFor();
    const newId = page.url().split('/d/')[1] ?? '';
    const { rollups } = await report(server, newId);
    expect(Number(await totalHours(page))).toBeCloseTo(rollups.marketing?.totalHours ?? -1, 1);
    await screenshot(page, 'talent-plan-new-en');
  });

  it('reads in Chinese', async () => {
    const context = await world.signIn(ENTERPRISE_LEADER, { locale: 'zh-CN' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDocument(page, server, planId);
    await page.getByTestId('schedule-table').waitFor();
    expect(await page.locator('#section-schedule-title').textContent()).toContain(
      '教学进程总体安排',
    );
    await page.getByTestId('plan-numbers').getByText('方案指标').waitFor();
    await page.getByTestId('schedule-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'talent-plan-schedule-zh');
  });
});
