import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, BrowserWorld, openDocument, screenshot, settle } from './browser';
import { cell, checks, demoDocumentId, focused, typeIntoCell } from './curriculumPages';
import { ENTERPRISE_LEADER, SCHOOL_LEADER, VIEWER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

const STANDARD_TITLE = '京东平台店铺运营';

function total(page: Page, field: string) {
  return page.getByTestId(`total-${field}`);
}

/** The first content unit's id, read from the grid. */
async function firstUnit(page: Page): Promise<string> {
  const row = page.getByTestId('units-grid').locator('tr[data-row]').first();
  const id = await row.getAttribute('data-row');
  if (!id) throw new Error('no content unit');
  return id;
}

describe('a course standard, edited live against its curriculum map', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let schoolContext: BrowserContext;
  let school: Page;
  let enterprise: Page;
  let standardId: string;
  let mapId: string;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    standardId = await demoDocumentId(server, SCHOOL_LEADER, 'course-standard', STANDARD_TITLE);
    mapId = await demoDocumentId(server, SCHOOL_LEADER, 'curriculum-map', '电子商务专业群');
    schoolContext = await world.signIn(SCHOOL_LEADER);
    const enterpriseContext = await world.signIn(ENTERPRISE_LEADER);
    school = await schoolContext.newPage();
    enterprise = await enterpriseContext.newPage();
    for (const page of [school, enterprise]) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openDocument(page, server, standardId);
      await page.getByTestId('linked-course').getByText('ZY401').waitFor();
    }
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('opens in template order with its narrative sections and the course read from the map', async () => {
    const titles = await school.locator('.std-section__title').allTextContents();
    expect(titles.map((t) => t.replace(/^\d+/, ''))).toEqual([
      'Course information',
      'Nature and positioning',
      'Design rationale',
      'Objectives',
      'Content and requirements',
      'Teaching implementation',
      'Assessment',
      'Resources',
      'Appendix',
    ]);
    // Rich text written by the server before anyone bound an editor to it is on screen.
    await school
      .locator('[data-section="design-rationale"]')
      .getByText('京东真实店铺项目', { exact: false })
      .waitFor();
    await school.getByTestId('map-facts').getByText('24 / 40').waitFor();
    await school.getByTestId('rule-panel').getByText('Every rule of the policy passes.').waitFor();
    await screenshot(school, 'standard-en');
  });

  it('content-unit hours that stop matching the course raise R9 on both sides, and fixing them clears it', async () => {
    const unit = await firstUnit(school);
    const before = Number(await cell(school, unit, 'hoursTheory').textContent());
    await typeIntoCell(school, unit, 'hoursTheory', String(before + 2));
    const r9 = checks(enterprise, 'R9');
    await r9.first().waitFor();
    expect(await r9.first().textContent()).toContain(
      'Content units have 26 theory hours; the course has 24.',
    );
    expect(await total(enterprise, 'hoursTheory').getAttribute('class')).toContain('is-off');
    await r9.first().click();
    await expect
      .poll(() => focused(enterprise))
      .toEqual({ cell: null, jump: 'field:content:hoursTheory' });
    await screenshot(enterprise, 'standard-r9-en');
    await typeIntoCell(school, unit, 'hoursTheory', String(before));
    await expect.poll(() => checks(enterprise, 'R9').count()).toBe(0);
  });

  it('a change of the course’s hours in the map re-judges R9 in the open standard', async () => {
    const mapPage = await schoolContext.newPage();
    await mapPage.setViewportSize({ width: 1440, height: 900 });
    await openDocument(mapPage, server, mapId);
    await mapPage.getByTestId('course-grid').waitFor();
    await typeIntoCell(mapPage, 'zy401', 'hoursPractice', '44');
    await checks(enterprise, 'R9').filter({ hasText: 'practice' }).waitFor();
    await typeIntoCell(mapPage, 'zy401', 'hoursPractice', '40');
    await expect.poll(() => checks(enterprise, 'R9').count()).toBe(0);
    await mapPage.close();
  });

  it('refuses a weight over 100 with a message, and weights that do not total 100% raise R11', async () => {
    const row = enterprise.getByTestId('assessment-grid').locator('tr[data-row]').first();
    const item = (await row.getAttribute('data-row')) ?? '';
    const weight = Number(await cell(school, item, 'weight').textContent());
    await typeIntoCell(school, item, 'weight', '120');
    await school
      .getByTestId('grid-error')
      .filter({ hasText: 'Must be at most 100.' })
      .first()
      .waitFor();
    await school.keyboard.press('Escape');
    await typeIntoCell(school, item, 'weight', String(weight - 10));
    const r11 = checks(enterprise, 'R11');
    await r11.waitFor();
    expect(await r11.textContent()).toContain('Assessment weights add up to 90%, not 100%.');
    await r11.click();
    await expect
      .poll(() => focused(enterprise))
      .toEqual({ cell: null, jump: 'field:assessment:weight' });
    await typeIntoCell(school, item, 'weight', String(weight));
    await expect.poll(() => checks(enterprise, 'R11').count()).toBe(0);
  });

  it('narrative sections are co-edited as rich text in the same document', async () => {
    const editor = school.locator('[data-section="teaching-implementation"] .narrative__content');
    await editor.click();
    await settle(school);
    await school.keyboard.press('Control+End');
    await settle(school);
    await school.keyboard.press('Enter');
    await school.keyboard.type('Enterprise mentors co-teach weeks 9–12.');
    await enterprise
      .locator('[data-section="teaching-implementation"]')
      .getByText('Enterprise mentors co-teach weeks 9–12.')
      .waitFor();
    // The text went in as a paragraph of its own, after what was there.
    expect(
      await enterprise.locator('[data-section="teaching-implementation"]').textContent(),
    ).toContain('企业真实工单转化为课堂任务。');
    // The other sections kept their own text.
    expect(await enterprise.locator('[data-section="appendix"]').textContent()).not.toContain(
      'mentors co-teach',
    );
  });

  it('the server’s report agrees with the browser', async () => {
    await typeIntoCell(school, await firstUnit(school), 'hoursPractice', '0');
    await checks(enterprise, 'R9').first().waitFor();
    const token = await apiToken(server, SCHOOL_LEADER);
    const response = await fetch(`${server.url}/api/documents/${standardId}/report`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      results: Array<{ ruleId: string; message: { key: string } }>;
    };
    const shown = await checks(enterprise).evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('data-rule')),
    );
    expect(shown.sort()).toEqual(report.results.map((r) => r.ruleId).sort());
    expect(report.results.map((r) => r.message.key)).toEqual([
      'domain.rules.R9.practiceHoursMismatch',
    ]);
  });

  it('viewers read the standard, rich text included, without editing it', async () => {
    const context = await world.signIn(VIEWER);
    const viewer = await context.newPage();
    await openDocument(viewer, server, standardId);
    await viewer.getByTestId('linked-course').getByText('ZY401').waitFor();
    await viewer.getByText('Enterprise mentors co-teach weeks 9–12.').waitFor();
    const narrative = viewer.locator('[data-section="appendix"] .narrative__content');
    expect(await narrative.getAttribute('contenteditable')).toBe('false');
    expect(await viewer.getByRole('button', { name: '+ Unit' }).count()).toBe(0);
    await cell(viewer, await firstUnit(viewer), 'hoursTheory').click();
    await viewer.keyboard.press('Enter');
    expect(await viewer.getByTestId('units-grid').locator('input').count()).toBe(0);
  });

  it('a date field follows the app’s language, not the browser’s, and keeps the date ISO', async () => {
    // An English browser whose person chose Chinese in the app.
    const context = await world.signIn(SCHOOL_LEADER, { locale: 'en-US' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDocument(page, server, standardId);
    await page.getByLabel('Language').selectOption('zh-CN');
    const field = page.locator('[data-jump="field:course-info:approvedOn"]');
    const input = field.getByLabel('审定日期');
    await expect.poll(() => input.inputValue()).toBe('2024-06-28');
    await field.getByText('2024年6月28日').waitFor();
    await field.scrollIntoViewIfNeeded();
    await screenshot(page, 'standard-date-zh-in-en-browser');
    // The calendar writes an ISO day; the other side reads it in its own language.
    await field.getByRole('button', { name: '选择日期' }).waitFor();
    await field.locator('.date-picker__native').fill('2024-07-01', { force: true });
    await expect.poll(() => input.inputValue()).toBe('2024-07-01');
    const theirs = enterprise.locator('[data-jump="field:course-info:approvedOn"]');
    await expect.poll(() => theirs.getByLabel('Approved on').inputValue()).toBe('2024-07-01');
    await theirs.getByText('July 1, 2024').waitFor();
    // Typed as yyyy-mm-dd, as the placeholder says.
    await input.fill('');
    expect(await input.getAttribute('placeholder')).toBe('年-月-日，如 2024-06-28');
    await input.fill('2024-06-28');
    await input.press('Enter');
    await expect.poll(() => theirs.getByLabel('Approved on').inputValue()).toBe('2024-06-28');
    await page.close();
  });

  it('reads in Chinese', async () => {
    const context = await world.signIn(SCHOOL_LEADER, { locale: 'zh-CN' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDocument(page, server, standardId);
    await page.getByTestId('linked-course').getByText('ZY401').waitFor();
    // Visible: a collaborator's location in the people panel names the same section, hidden.
    await page.getByText('课程基本信息').filter({ visible: true }).first().waitFor();
    await checks(page, 'R9').first().waitFor();
    await screenshot(page, 'standard-zh');
    await page.evaluate(() =>
      document.getElementById('section-content')?.scrollIntoView({ block: 'start' }),
    );
    await screenshot(page, 'standard-content-zh');
  });
});
