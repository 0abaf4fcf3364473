import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserWorld, openDocument, screenshot, settle } from './browser';
import { cell, demoDocumentId } from './curriculumPages';
import { ENTERPRISE_LEADER, SCHOOL_LEADER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

/**
 * Structured fields are written whole, so two people typing in one field used to end with the
 * last value written on blur and no word about the other. Now each sees who else is in the field,
 * the one still typing is told what changed meanwhile, and leaving the field writes nothing over
 * the other's value but offers yours back.
 */
describe('two people in one structured field', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let school: Page;
  let enterprise: Page;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    school = await (await world.signIn(SCHOOL_LEADER)).newPage();
    enterprise = await (await world.signIn(ENTERPRISE_LEADER)).newPage();
    for (const page of [school, enterprise])
      await page.setViewportSize({ width: 1440, height: 900 });
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('a course-information field: presence, a notice while typing, nothing overwritten on leaving', async () => {
    const standardId = await demoDocumentId(
      server,
      SCHOOL_LEADER,
      'course-standard',
      '京东平台店铺运营',
    );
    for (const page of [school, enterprise]) {
      await openDocument(page, server, standardId);
      await page.getByTestId('linked-course').getByText('ZY401').waitFor();
    }
    const mentor = (page: Page) => page.getByLabel('Enterprise mentor', { exact: true });

    await mentor(school).click();
    await mentor(school).fill('张老师（学校草稿）');
    // The enterprise side sees the school leader in the field before typing there.
    await enterprise
      .locator('.info-field', { has: mentor(enterprise) })
      .getByTestId('field-peer')
      .getByText(SCHOOL_LEADER.name)
      .waitFor();

    await mentor(enterprise).click();
    await mentor(enterprise).fill('李经理');
    await enterprise.keyboard.press('Enter');
    await settle(enterprise);

    // Still typing on the school side: told who changed it and to what; the draft is kept.
    const notice = school.getByTestId('field-conflict');
    await notice.getByText('李经理', { exact: false }).waitFor();
    expect(await notice.textContent()).toContain(ENTERPRISE_LEADER.name);
    expect(await mentor(school).inputValue()).toBe('张老师（学校草稿）');
    await screenshot(school, 'field-conflict-typing');

    // Leaving the field writes nothing over theirs, and offers the draft back.
    await school.keyboard.press('Tab');
    await notice.getByText('Not saved', { exact: false }).waitFor();
    expect(await mentor(school).inputValue()).toBe('李经理');
    expect(await mentor(enterprise).inputValue()).toBe('李经理');

    await notice.getByRole('button', { name: 'Use mine' }).click();
    await expect.poll(() => mentor(enterprise).inputValue()).toBe('张老师（学校草稿）');
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('a curriculum-map cell: the one still typing is told, and Escape takes theirs', async () => {
    const mapId = await demoDocumentId(server, SCHOOL_LEADER, 'curriculum-map', '电子商务专业群');
    for (const page of [school, enterprise]) {
      await openDocument(page, server, mapId);
      await cell(page, 'gb102', 'enterpriseMentor').waitFor();
    }
    const target = (page: Page) => cell(page, 'gb102', 'enterpriseMentor');

    await target(school).scrollIntoViewIfNeeded();
    await target(school).click();
    await settle(school);
    await school.keyboard.press('Enter');
    await target(school).locator('input').fill('王工（学校）');

    await target(enterprise).scrollIntoViewIfNeeded();
    await target(enterprise).click();
    await settle(enterprise);
    await enterprise.keyboard.press('Enter');
    await target(enterprise).locator('input').fill('赵工（京东）');
    await enterprise.keyboard.press('Enter');
    await settle(enterprise);

    const notice = school.getByTestId('cell-conflict');
    await notice.getByText('赵工（京东）', { exact: false }).waitFor();
    expect(await notice.textContent()).toContain(ENTERPRISE_LEADER.name);
    expect(await target(school).locator('input').inputValue()).toBe('王工（学校）');
    await screenshot(school, 'cell-conflict-typing');

    await school.keyboard.press('Escape');
    await expect.poll(() => target(school).textContent()).toContain('赵工（京东）');
    expect(await target(enterprise).textContent()).toContain('赵工（京东）');
  });

  it('a curriculum-map cell left in conflict keeps theirs and offers yours in the status line', async () => {
    const target = (page: Page) => cell(page, 'gb102', 'enterpriseMentor');
    await target(school).click();
    await settle(school);
    await school.keyboard.press('Enter');
    await target(school).locator('input').fill('王工（学校）');

    await target(enterprise).click();
    await settle(enterprise);
    await enterprise.keyboard.press('Enter');
    await target(enterprise).locator('input').fill('钱工（京东）');
    await enterprise.keyboard.press('Enter');
    await school.getByTestId('cell-conflict').getByText('钱工（京东）', { exact: false }).waitFor();

    // Clicking elsewhere leaves the cell: theirs stays, yours is offered back.
    await cell(school, 'gb102', 'hoursTheory').click();
    const status = school.getByTestId('grid-conflict').first();
    await status.getByText('Not saved', { exact: false }).waitFor();
    expect(await target(enterprise).textContent()).toContain('钱工（京东）');
    await screenshot(school, 'cell-conflict-left');
    await status.getByRole('button', { name: 'Use mine' }).click();
    await expect.poll(() => target(enterprise).textContent()).toContain('王工（学校）');
  });
});
