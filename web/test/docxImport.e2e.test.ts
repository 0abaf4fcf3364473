import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiToken, BrowserWorld, createDocument, openDocument, screenshot } from './browser';
import { ENTERPRISE_LEADER, SCHOOL_LEADER, VIEWER } from './demoAccounts';
import { chooseFile, openImport, previewSections } from './docxImportPage';
import { readLive } from './liveDocuments';
import type { ServerProcess } from './serverProcess';
import { SAMPLE, sampleStandardDocx } from './standardDocx';

const LIVE = { timeout: 15_000 };

function narrative(page: Page, sectionId: string) {
  return page.locator(`.narrative[data-section="${sectionId}"] .narrative__content`);
}

function unitsGrid(page: Page) {
  return page.getByTestId('units-grid');
}

async function cancel(page: Page) {
  await page.getByTestId('docx-cancel').click();
  await page.getByTestId('docx-import').waitFor({ state: 'detached' });
}

/** What the server holds: the content rows and whether any narrative section has words. */
function serverState(server: ServerProcess, token: string, documentId: string) {
  return readLive(server, token, documentId, (doc) => ({
    units: doc.getMap('units').size,
    objectives: doc.getMap('objectives').size,
    natureLength: doc.get('section:nature-positioning', Y.XmlText).length,
  }));
}

describe('importing a course standard from Word', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let school: Page;
  let enterprise: Page;
  let documentId: string;
  let token: string;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    documentId = await createDocument(server, '网店运营 课程标准', 'course-standard');
    token = await apiToken(server, SCHOOL_LEADER);
    school = await (await world.signIn(SCHOOL_LEADER)).newPage();
    enterprise = await (await world.signIn(ENTERPRISE_LEADER)).newPage();
    for (const page of [school, enterprise]) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openDocument(page, server, documentId);
      await page.getByTestId('course-standard').waitFor();
    }
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('refuses random bytes named .docx and a file over 5 MB, and writes nothing', async () => {
    const before = await serverState(server, token, documentId);
    await openImport(school);
    const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251));
    await chooseFile(school, 'broken.docx', noise);
    await school
      .getByTestId('docx-error')
      .getByText('could not be read as a Word document', { exact: false })
      .waitFor();
    expect(await school.getByTestId('docx-confirm').isDisabled()).toBe(true);
    await chooseFile(school, 'huge.docx', Buffer.alloc(5 * 1024 * 1024 + 1));
    await school
      .getByTestId('docx-error')
      .getByText('larger than 5 MB', { exact: false })
      .waitFor();
    expect(await school.getByTestId('docx-confirm').isDisabled()).toBe(true);
    await cancel(school);
    expect(await serverState(server, token, documentId)).toEqual(before);
    expect(before).toMatchObject({ units: 0, objectives: 0 });
  });

  it('previews placed sections and what has no place; Cancel writes nothing', async () => {
    await openImport(school);
    await chooseFile(school, '网店运营课程标准.docx', await sampleStandardDocx());
    await school.getByTestId('docx-sections').waitFor();
    expect(await previewSections(school)).toEqual([
      'nature-positioning',
      'design-rationale',
      'objectives',
      'content',
      'teaching-implementation',
      'assessment',
      'resources',
      'appendix',
    ]);
    const unplaced = school.getByTestId('docx-unplaced');
    await unplaced.getByText(SAMPLE.unplacedHeading, { exact: false }).waitFor();
    await unplaced.getByText(SAMPLE.unplacedText).waitFor();
    // An objective without a code gets the next free one of its dimension.
    await school.getByTestId('docx-rows-objectives').getByText('as S1').waitFor();
    // The bad hours row is shown with its reason, and listed for manual handling.
    const units = school.getByTestId('docx-rows-units');
    expect(await units.locator('tr[data-action="invalid"]').textContent()).toContain('十二');
    expect(await unplaced.locator('li[data-kind="row"]').count()).toBe(1);
    await screenshot(school, 'docx-import-preview-en');
    await cancel(school);
    expect(await serverState(server, token, documentId)).toMatchObject({ units: 0, objectives: 0 });
  });

  it('writes on confirm, live on the other side, and one Undo takes it all back', async () => {
    await openImport(school);
    await chooseFile(school, '网店运营课程标准.docx', await sampleStandardDocx());
    await school.getByTestId('docx-sections').waitFor();
    await school.getByTestId('docx-confirm').click();
    await school.getByTestId('docx-import').waitFor({ state: 'detached' });
    await school
      .getByTestId('docx-import-done')
      .getByText('Imported 6 sections and 7 rows')
      .waitFor();

    for (const page of [school, enterprise]) {
      await narrative(page, 'nature-positioning').getByText(SAMPLE.nature).waitFor(LIVE);
      await narrative(page, 'nature-positioning')
        .locator('strong', { hasText: '重点培养' })
        .waitFor();
      await narrative(page, 'design-rationale').locator('h2', { hasText: '设计理念' }).waitFor();
      await unitsGrid(page).getByText(SAMPLE.goodTask).waitFor(LIVE);
      await narrative(page, 'appendix').getByText(SAMPLE.appendix).waitFor(LIVE);
    }
    expect(await unitsGrid(enterprise).getByText(SAMPLE.badTask).count()).toBe(0);
    await screenshot(enterprise, 'docx-import-live-en');
    await expect
      .poll(() => serverState(server, token, documentId), LIVE)
      .toMatchObject({ units: 1, objectives: 3 });

    await school.getByTestId('docx-import-undo').click();
    await expect.poll(() => unitsGrid(enterprise).getByText(SAMPLE.goodTask).count(), LIVE).toBe(0);
    await expect
      .poll(() => narrative(enterprise, 'nature-positioning').textContent(), LIVE)
      .not.toContain(SAMPLE.nature);
    await expect
      .poll(() => serverState(server, token, documentId), LIVE)
      .toMatchObject({ units: 0, objectives: 0 });
  });

  it('is not offered to someone who may only read', async () => {
    const viewer = await (await world.signIn(VIEWER)).newPage();
    await openDocument(viewer, server, documentId);
    await viewer.getByTestId('export-menu').waitFor();
    expect(await viewer.getByTestId('docx-import-open').count()).toBe(0);
  });
});
