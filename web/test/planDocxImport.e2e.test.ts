import { PLAN_SECTION_IDS } from '@tandem/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserWorld, openDocument, screenshot } from './browser';
import { checks, demoDocumentId } from './curriculumPages';
import { ENTERPRISE_LEADER, SCHOOL_LEADER } from './demoAccounts';
import { chooseFile, openImport, previewSections } from './docxImportPage';
import { PLAN_SAMPLE, samplePlanDocx } from './planDocx';

const LIVE = { timeout: 15_000 };

describe('importing a talent plan from Word', () => {
  let world: BrowserWorld;
  let school: Page;
  let enterprise: Page;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    const planId = await demoDocumentId(world.server, SCHOOL_LEADER, 'talent-plan', '人才培养方案');
    school = await (await world.signIn(SCHOOL_LEADER)).newPage();
    enterprise = await (await world.signIn(ENTERPRISE_LEADER)).newPage();
    for (const page of [school, enterprise]) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openDocument(page, world.server, planId);
      await page.getByTestId('specs-grid').waitFor();
    }
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('previews sections, specifications and the team, leaves the course tables to the map, and imports live', async () => {
    await openImport(school);
    await chooseFile(school, '电子商务专业人才培养方案.docx', await samplePlanDocx());
    await school.getByTestId('docx-sections').waitFor();
    expect(await previewSections(school)).toEqual(PLAN_SECTION_IDS);
    // The demo plan has K1–K5: the specification the file left uncoded comes next.
    const specs = school.getByTestId('docx-rows-specs');
    await specs.getByText('as K6').waitFor();
    expect(await specs.locator('tr[data-action="invalid"]').textContent()).toContain(
      PLAN_SAMPLE.badDimension,
    );
    expect(
      await school.getByTestId('docx-rows-teachers').locator('tr[data-action="add"]').count(),
    ).toBe(3);
    const courseTables = school.getByTestId('docx-unplaced').locator('li[data-kind="courseTable"]');
    expect(await courseTables.count()).toBe(2);
    expect(await courseTables.first().textContent()).toContain(
      'reads its courses from the curriculum map',
    );
    await courseTables.first().scrollIntoViewIfNeeded();
    await screenshot(school, 'docx-import-plan-preview-en');

    await school.getByTestId('docx-confirm').click();
    await school
      .getByTestId('docx-import-done')
      .getByText('Imported 10 sections and 6 rows')
      .waitFor();
    await enterprise.getByTestId('specs-grid').getByText(PLAN_SAMPLE.knowledge).waitFor(LIVE);
    await enterprise.getByTestId('teachers-grid').getByText(PLAN_SAMPLE.mentor).waitFor(LIVE);
    expect(await enterprise.getByTestId('specs-grid').getByText(PLAN_SAMPLE.badSpec).count()).toBe(
      0,
    );
    // Imported specifications reach no course yet: the plan's check says so on the other side.
    await checks(enterprise, 'R8').filter({ hasText: 'K6' }).waitFor(LIVE);
    await enterprise
      .getByTestId('specs-grid')
      .getByText(PLAN_SAMPLE.knowledge)
      .scrollIntoViewIfNeeded();
    await screenshot(enterprise, 'docx-import-plan-live-en');
  });
});
