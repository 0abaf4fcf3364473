import { readCurriculumMap, setCourseField } from '@tandem/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiToken,
  BrowserWorld,
  createDocument,
  editorContent,
  focusEditorEnd,
  openDocument,
  screenshot,
  settle,
} from './browser';
import { demoDocumentId } from './curriculumPages';
import { ENTERPRISE_LEADER, SCHOOL_LEADER, VIEWER } from './demoAccounts';
import { editLive, readLive } from './liveDocuments';
import type { ServerProcess } from './serverProcess';

const DRAFT_1 = 'Draft for committee 12-01';
const DRAFT_2 = 'Draft after JD review';
const FIRST_TEXT = 'Students practise live-stream selling on Douyin.';

/** Names the current state from the history page, as an editor would. */
async function nameVersion(history: Page, label: string): Promise<void> {
  await history.getByRole('button', { name: 'Name this version' }).click();
  const dialog = history.getByRole('dialog', { name: 'Name the current version' });
  await dialog.getByLabel('Version name').fill(label);
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await history.getByRole('button', { name: `Open ${label}` }).waitFor();
}

/** The `.timeline-entry` elements' kinds, newest first. */
function timelineKinds(history: Page): Promise<(string | null)[]> {
  return history
    .locator('.timeline-entry[data-kind]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
}

describe('document history: versions, redlines, restore and dual sign-off', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let schoolContext: BrowserContext;
  let schoolEditor: Page;
  let schoolHistory: Page;
  let enterpriseEditor: Page;
  let enterpriseHistory: Page;
  let documentId: string;
  let schoolToken: string;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    documentId = await createDocument(server, 'Live-commerce course notes', 'notes');
    schoolToken = await apiToken(server, SCHOOL_LEADER);
    schoolContext = await world.signIn(SCHOOL_LEADER);
    const enterpriseContext = await world.signIn(ENTERPRISE_LEADER);
    schoolEditor = await schoolContext.newPage();
    schoolHistory = await schoolContext.newPage();
    enterpriseEditor = await enterpriseContext.newPage();
    enterpriseHistory = await enterpriseContext.newPage();
    await openDocument(schoolEditor, server, documentId);
    await openDocument(enterpriseEditor, server, documentId);
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('[H1] names two versions around an edit, from the History button of the document', async () => {
    await focusEditorEnd(schoolEditor);
    await schoolEditor.keyboard.type(FIRST_TEXT);
    await expect.poll(() => editorContent(enterpriseEditor).textContent()).toContain(FIRST_TEXT);

    const link = schoolEditor.getByTestId('open-history');
    await screenshot(schoolEditor, 'history-document-header-en');
    expect(await link.getAttribute('href')).toBe(`/d/${documentId}/history`);
    await schoolHistory.goto(`${server.url}/d/${documentId}/history`);
    await schoolHistory.getByRole('heading', { name: 'Version history', level: 1 }).waitFor();
    await nameVersion(schoolHistory, DRAFT_1);

    // Replace "selling on Douyin." with other words and add a paragraph.
    await focusEditorEnd(schoolEditor);
    for (let i = 0; i < 'selling on Douyin.'.length; i++) {
      await schoolEditor.keyboard.press('Backspace');
    }
    await schoolEditor.keyboard.type('marketing with JD mentors.');
    await schoolEditor.keyboard.press('Enter');
    await settle(schoolEditor);
    await schoolEditor.keyboard.type('Assessment: a project portfolio.');
    await expect
      .poll(() => editorContent(enterpriseEditor).textContent())
      .toContain('Assessment: a project portfolio.');
    await nameVersion(schoolHistory, DRAFT_2);

    const entry = schoolHistory.locator('.timeline-entry[data-kind="named"]').first();
    await expect.poll(() => entry.textContent()).toContain(DRAFT_2);
    expect(await entry.textContent()).toContain(SCHOOL_LEADER.name);
    expect(await entry.locator('.person-name--school').count()).toBeGreaterThan(0);
  });

  it('[H6] compares the two versions as a red/green redline with the author on hover', async () => {
    await schoolHistory.getByRole('radio', { name: `Compare from ${DRAFT_1}` }).check();
    await schoolHistory.getByRole('radio', { name: `Compare to ${DRAFT_2}` }).check();
    await schoolHistory.getByRole('button', { name: 'Compare selected' }).click();
    const redline = schoolHistory.getByTestId('redline');
    const inserted = redline.locator('ins.redline--ins', { hasText: 'marketing with JD mentors.' });
    const deleted = redline.locator('del.redline--del', { hasText: 'selling on Douyin.' });
    await inserted.waitFor();
    await deleted.waitFor();
    expect(await inserted.getAttribute('title')).toContain(`Inserted by ${SCHOOL_LEADER.name}`);
    const colours = await Promise.all(
      [inserted, deleted].map((l) =>
        l.evaluate((el) => {
          const style = getComputedStyle(el);
          return [style.color, style.textDecorationLine];
        }),
      ),
    );
    expect(colours[0]).toEqual(['rgb(29, 107, 58)', 'underline']);
    expect(colours[1]).toEqual(['rgb(179, 38, 30)', 'line-through']);
    await redline.getByText('Assessment: a project portfolio.').waitFor();
    await screenshot(schoolHistory, 'history-redline-en');

    // Filtering by the enterprise side leaves nothing: only the school wrote here.
    await schoolHistory.getByLabel('Side').selectOption('enterprise');
    await schoolHistory.getByTestId('diff-empty').waitFor();
    await schoolHistory.getByLabel('Side').selectOption('');
    await inserted.waitFor();

    // The print view shows the same redline on a plain page.
    const print = await schoolContext.newPage();
    const href = await schoolHistory.getByRole('link', { name: 'Print view' }).getAttribute('href');
    await print.goto(`${server.url}${href}`);
    await print.getByTestId('print-view').waitFor();
    await print.locator('del.redline--del', { hasText: 'selling on Douyin.' }).waitFor();
    await screenshot(print, 'history-print-en');
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('.app-header').isVisible()).toBe(false);
    await screenshot(print, 'history-print-paper-en');
    expect(await print.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await print.close();

    // The same comparison as a Word file, in the page's language, downloaded as a browser does.
    const word = schoolHistory.getByRole('link', { name: 'Download as Word (redline)' });
    expect(await word.getAttribute('href')).toMatch(/\/compare\.docx\?from=.*&lang=en&tz=/);
    const [download] = await Promise.all([schoolHistory.waitForEvent('download'), word.click()]);
    expect(download.suggestedFilename()).toBe('Live-commerce course notes (comparison).docx');
    const file = await download.createReadStream();
    const head: Buffer = await new Promise((resolve) => file.once('data', resolve));
    expect(head.subarray(0, 2).toString()).toBe('PK');
  });

  it('[H3] opens a version read-only, and a point in time', async () => {
    await schoolHistory.getByRole('button', { name: `Open ${DRAFT_1}` }).click();
    const content = schoolHistory.getByTestId('version-content');
    await content.getByText(FIRST_TEXT).waitFor();
    expect(await content.textContent()).not.toContain('Assessment');
    expect(
      await schoolHistory.locator('[data-testid=version-panel] [contenteditable]').count(),
    ).toBe(0);

    // A minute from now, in the page's time zone: after every edit so far. Typed as the app
    // writes dates (yyyy-mm-dd, 24-hour hh:mm), whatever the browser's locale.
    const [day, clock] = await schoolHistory.evaluate(() => {
      const d = new Date(Date.now() + 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return [
        `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
        `${pad(d.getHours())}:${pad(d.getMinutes())}`,
      ];
    });
    await schoolHistory.getByLabel('Date (yyyy-mm-dd)').fill('2024-02-30');
    await schoolHistory.getByRole('button', { name: 'Open', exact: true }).click();
    await schoolHistory.getByRole('alert').getByText('Write the date as yyyy-mm-dd').waitFor();
    await schoolHistory.getByLabel('Date (yyyy-mm-dd)').fill(day);
    await schoolHistory.getByLabel('Time (hh:mm, 24-hour)').fill(clock);
    await schoolHistory.getByRole('button', { name: 'Open', exact: true }).click();
    await schoolHistory.getByRole('heading', { name: /The document as it was at/ }).waitFor();
    await expect
      .poll(() => schoolHistory.getByTestId('version-content').textContent())
      .toContain('Assessment: a project portfolio.');
  });

  it('[H5] restores a version with a reason; the other person’s editor converges live', async () => {
    await schoolHistory.getByRole('button', { name: `Open ${DRAFT_1}` }).click();
    await schoolHistory.getByRole('button', { name: 'Restore this version' }).click();
    const dialog = schoolHistory.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await dialog.getByText('Say why, for the record.').waitFor();
    await dialog.getByLabel('Reason (required)').fill('Committee asked for the first draft');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await schoolHistory.getByTestId('history-notice').waitFor();

    // Auto versions may have been made meanwhile; the restore is on top either way.
    await expect.poll(async () => (await timelineKinds(schoolHistory))[0]).toBe('restore');
    expect((await timelineKinds(schoolHistory)).filter((k) => k === 'named')).toHaveLength(2);
    await expect
      .poll(() => editorContent(enterpriseEditor).textContent())
      .not.toContain('Assessment');
    expect(await editorContent(enterpriseEditor).textContent()).toContain(FIRST_TEXT);
  });

  it('[H9][H10][H11] both leaders approve: adopted; a later edit shows "changed since adoption"', async () => {
    const restore = schoolHistory.locator('.timeline-entry[data-kind="restore"]');
    await restore.locator('.timeline-entry__main').click();
    const panel = schoolHistory.getByTestId('signoff-panel');
    // The restore version is what the document holds now: nothing to restore.
    await schoolHistory.getByTestId('version-is-current').waitFor();
    expect(await schoolHistory.getByRole('button', { name: 'Restore this version' }).count()).toBe(
      0,
    );
    await panel.getByLabel('Comment').fill('Agreed in committee.');
    await panel.getByRole('button', { name: 'Approve' }).click();
    await panel.locator('[data-side="school"][data-decision="approve"]').waitFor();

    await enterpriseHistory.goto(`${server.url}/d/${documentId}/history`);
    await enterpriseHistory
      .locator('.timeline-entry[data-kind="restore"] .timeline-entry__main')
      .click();
    const theirPanel = enterpriseHistory.getByTestId('signoff-panel');
    await theirPanel.locator('[data-side="school"][data-decision="approve"]').waitFor();
    await theirPanel.getByRole('button', { name: 'Approve' }).click();
    await theirPanel.getByTestId('adopted-badge').waitFor();
    await enterpriseHistory.getByTestId('adoption').getByText('Adopted').first().waitFor();
    await screenshot(enterpriseHistory, 'history-adopted-en');
    await enterpriseHistory.locator('[data-testid="adoption"][data-changed="false"]').waitFor();

    await focusEditorEnd(enterpriseEditor);
    await enterpriseEditor.keyboard.type(' JD adds a week of 618 practice.');
    await expect.poll(() => editorContent(schoolEditor).textContent()).toContain('618 practice');
    await enterpriseHistory.reload();
    await enterpriseHistory.getByTestId('changed-since-adoption').waitFor();
    await enterpriseHistory.getByRole('button', { name: 'See what changed' }).click();
    await enterpriseHistory
      .locator('ins.redline--ins', { hasText: 'JD adds a week of 618 practice.' })
      .waitFor();
    expect(
      await enterpriseHistory.locator('ins.redline--enterprise').first().getAttribute('title'),
    ).toContain(`${ENTERPRISE_LEADER.name} (Enterprise)`);

    await enterpriseHistory.getByRole('button', { name: 'Verify sign-off chain' }).click();
    await enterpriseHistory.locator('[data-verify="ok"]').waitFor();
    expect(await enterpriseHistory.locator('[data-verify="ok"]').textContent()).toContain(
      '2 records',
    );
  });

  it('[H8] shows each side’s share of the text', async () => {
    await schoolHistory.goto(`${server.url}/d/${documentId}/history`);
    const attribution = schoolHistory.getByTestId('attribution');
    await attribution.locator('[data-side="enterprise"]').first().waitFor();
    const shares = await attribution.locator('.attribution__share').allTextContents();
    expect(shares.join(' ')).toMatch(/School-authored \d+%/);
    const enterprise = shares.find((s) => s.startsWith('Enterprise-authored')) ?? '';
    expect(Number(enterprise.match(/(\d+)%/)?.[1])).toBeGreaterThan(0);
    await screenshot(schoolHistory, 'history-overview-en');
  });

  it('[H16] a viewer reads the history but gets no buttons to name, restore or sign', async () => {
    const context = await world.signIn(VIEWER);
    const page = await context.newPage();
    await page.goto(`${server.url}/d/${documentId}/history`);
    await page.getByRole('button', { name: `Open ${DRAFT_1}` }).click();
    await page.getByTestId('version-content').waitFor();
    await page.getByTestId('signoff-panel').waitFor();
    expect(await page.getByRole('button', { name: 'Name this version' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Restore this version' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await page.close();
  });

  it('[H7] compares a curriculum map semantically: a course’s practice hours', async () => {
    const mapId = await demoDocumentId(server, SCHOOL_LEADER, 'curriculum-map', '课程体系');
    const created = await fetch(`${server.url}/api/documents/${mapId}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${schoolToken}` },
      body: JSON.stringify({ label: 'Map before the hours change' }),
    });
    expect(created.status).toBe(201);
    const { id: versionId } = (await created.json()) as { id: string };
    const course = await readLive(server, schoolToken, mapId, (doc) => {
      const first = readCurriculumMap(doc).courses[0]!;
      return { id: first.id, name: first.name, practice: first.hoursPractice };
    });
    const target = course.practice + 16;
    await editLive(
      server,
      schoolToken,
      mapId,
      (doc) => {
        setCourseField(doc, course.id, 'hoursPractice', target);
      },
      (doc) =>
        readCurriculumMap(doc).courses.find((c) => c.id === course.id)?.hoursPractice === target,
    );

    await schoolHistory.goto(`${server.url}/d/${mapId}/history?from=${versionId}&to=current`);
    const change = schoolHistory
      .getByTestId('change-list')
      .locator('.change', { hasText: course.name });
    await change.waitFor();
    expect(await change.textContent()).toContain(`Practice: ${course.practice} → ${target}`);
    await screenshot(schoolHistory, 'history-map-diff-en');

    await schoolHistory.getByRole('button', { name: 'Open Map before the hours change' }).click();
    const row = schoolHistory.locator(`[data-course-id="${course.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(String(course.practice));
  });

  it('[H3] shows a course standard at a point in time: its facts, units and narrative sections', async () => {
    const standardId = await demoDocumentId(server, SCHOOL_LEADER, 'course-standard', '');
    const at = encodeURIComponent(`time:${new Date().toISOString()}`);
    await schoolHistory.goto(`${server.url}/d/${standardId}/history?version=${at}`);
    await schoolHistory.getByTestId('standard-summary').waitFor();
    await schoolHistory.getByRole('heading', { name: 'Nature and positioning' }).waitFor();
    expect(await schoolHistory.locator('.summary-table tbody tr').count()).toBeGreaterThan(0);
    await screenshot(schoolHistory, 'history-standard-en');
  });

  it('reads in Chinese', async () => {
    const context = await world.signIn(SCHOOL_LEADER, { locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/d/${documentId}/history`);
    await page.getByRole('heading', { name: '版本历史', level: 1 }).waitFor();
    await page.getByRole('button', { name: '命名此版本' }).waitFor();
    await page.getByRole('button', { name: `打开 ${DRAFT_1}` }).click();
    await page.getByTestId('signoff-panel').getByText('双方签署').waitFor();
    await page.getByRole('button', { name: '恢复此版本' }).waitFor();
    await screenshot(page, 'history-version-zh');
    await page.close();
  });
});
