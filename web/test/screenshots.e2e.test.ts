import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserWorld, createDocument, editorContent, openDocument, screenshot } from './browser';
import { ENTERPRISE_LEADER, SCHOOL_LEADER } from './demoAccounts';
import { SAMPLE_EN, SAMPLE_ZH, type SampleContent } from './sampleContent';
import { REPO_ROOT, type ServerProcess } from './serverProcess';

/**
 * The screens people see first, in both languages, with two collaborators in one document. Saved
 * to artifacts/screenshots/; TANDEM_UPDATE_DOCS_SCREENSHOT=1 also refreshes docs/screenshot.png.
 */
const CASES = [
  {
    locale: 'en-US',
    lang: 'en',
    content: SAMPLE_EN,
    others: [
      ['E-commerce Group Curriculum Map 2025', 'curriculum-map'],
      ['Curriculum committee — March meeting notes', 'notes'],
    ],
  },
  {
    locale: 'zh-CN',
    lang: 'zh-CN',
    content: SAMPLE_ZH,
    others: [
      ['电子商务专业群课程体系图（2025级）', 'curriculum-map'],
      ['专业建设委员会三月会议纪要', 'notes'],
    ],
  },
] as const;

async function scrollToTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe.each(CASES)('screens in $lang', ({ locale, lang, content, others }) => {
  let world: BrowserWorld;
  let server: ServerProcess;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('home page lists documents with localized type labels and times', async () => {
    for (const [title, type] of others) await createDocument(server, title, type);
    const context = await world.signIn(SCHOOL_LEADER, { locale });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-testid="document-list"] li').nth(1).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    const list = await page.locator('[data-testid="document-list"]').textContent();
    expect(list).toContain(lang === 'en' ? 'Curriculum map' : '课程体系图');
    await screenshot(page, `home-${lang}`);
    await context.close();
  });

  it('a document with two collaborators', async () => {
    const id = await createDocument(server, content.heading, 'notes');
    const writerName = SCHOOL_LEADER.name;
    const reviewerName = ENTERPRISE_LEADER.name;
    const writerContext = await world.signIn(SCHOOL_LEADER, { locale });
    const reviewerContext = await world.signIn(ENTERPRISE_LEADER, {
      locale,
    });
    const writer = await writerContext.newPage();
    const reviewer = await reviewerContext.newPage();
    await openDocument(writer, server, id);
    await openDocument(reviewer, server, id);

    await typeAndWait(writer, reviewer, content);
    // The reviewer selects a phrase in the objectives; the writer sees it highlighted, named.
    const bullet = content.sections[1]?.bullets?.[1] ?? '';
    await editorContent(reviewer).getByText(bullet).dblclick();
    await writer.locator('.collab-cursor__name', { hasText: reviewerName }).waitFor();
    await reviewer.locator('.collab-cursor__name', { hasText: writerName }).waitFor();
    expect(await writer.locator('[data-peer-name]').count()).toBe(2);

    // Everything typed has reached the server: the header says so on both sides.
    for (const page of [writer, reviewer]) {
      await page.locator('[data-connection="connected"][data-save="saved"]').waitFor();
      await scrollToTop(page);
    }
    const file = await screenshot(writer, `editor-${lang}`);
    await screenshot(reviewer, `editor-${lang}-reviewer`);
    if (lang === 'en' && process.env.TANDEM_UPDATE_DOCS_SCREENSHOT === '1') {
      fs.mkdirSync(path.join(REPO_ROOT, 'docs'), { recursive: true });
      fs.copyFileSync(file, path.join(REPO_ROOT, 'docs', 'screenshot.png'));
    }
    await writerContext.close();
    await reviewerContext.close();
  });
});

async function typeAndWait(writer: Page, reviewer: Page, content: SampleContent): Promise<void> {
  const { typeSampleContent } = await import('./sampleContent');
  await typeSampleContent(writer, content);
  const lastCell = content.table.rows.at(-1)?.at(-1) ?? '';
  await editorContent(reviewer)
    .locator('table tr')
    .nth(content.table.rows.length - 1)
    .getByText(lastCell)
    .waitFor();
  await editorContent(reviewer).locator('h1', { hasText: content.heading }).waitFor();
}
