import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BrowserWorld,
  createDocument,
  editorContent,
  focusEditorEnd,
  openDocument,
  settle,
} from './browser';
import { ENTERPRISE_LEADER, SCHOOL_LEADER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

/**
 * Two leaders typing at the same spot at the same time, as Google Docs users expect: each
 * person's words stay together, whoever's arrive first. Before the caret kept its side of the
 * text it had typed, every remote keystroke landed under the local caret and the next local one
 * went after it: "a1b2c3".
 */
describe('two people typing at the same spot', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let school: Page;
  let enterprise: Page;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    school = await (await world.signIn(SCHOOL_LEADER)).newPage();
    enterprise = await (await world.signIn(ENTERPRISE_LEADER)).newPage();
  });

  afterAll(async () => {
    await world?.dispose();
  });

  async function openBoth(title: string, start: string): Promise<void> {
    const documentId = await createDocument(server, title, 'notes');
    await openDocument(school, server, documentId);
    await openDocument(enterprise, server, documentId);
    await focusEditorEnd(school);
    await school.keyboard.type(start);
    await expect.poll(() => editorContent(enterprise).textContent()).toBe(start);
    for (const page of [school, enterprise]) {
      await focusEditorEnd(page);
      await settle(page);
    }
  }

  /** Both screens, once they agree. */
  async function converged(): Promise<string> {
    await expect
      .poll(async () => {
        const [a, b] = await Promise.all([
          editorContent(school).textContent(),
          editorContent(enterprise).textContent(),
        ]);
        return a === b ? a : `diverged: ${a} | ${b}`;
      })
      .not.toMatch(/^diverged/);
    return (await editorContent(school).textContent()) ?? '';
  }

  it('keyboard: each person’s run stays contiguous at the end of one paragraph', async () => {
    const start = 'The course is built on live-commerce work.';
    await openBoth('Same spot, keyboard', start);
    const mine = ' School adds: weekly studio practice.';
    const theirs = ' JD adds: real store data.';
    await Promise.all([
      school.keyboard.type(mine, { delay: 35 }),
      enterprise.keyboard.type(theirs, { delay: 35 }),
    ]);
    const text = await converged();
    expect(text).toContain(mine);
    expect(text).toContain(theirs);
    expect(text.startsWith(start)).toBe(true);
    expect(text).toHaveLength(start.length + mine.length + theirs.length);
  });

  it('keyboard: in the middle of a paragraph too', async () => {
    await openBoth('Same spot, middle', 'Before. After.');
    for (const page of [school, enterprise]) {
      await editorContent(page).getByText('Before. After.').click();
      await page.keyboard.press('Home');
      for (let i = 0; i < 'Before.'.length; i++) await page.keyboard.press('ArrowRight');
      await settle(page);
    }
    await Promise.all([
      school.keyboard.type(' school', { delay: 35 }),
      enterprise.keyboard.type(' jd', { delay: 35 }),
    ]);
    const text = await converged();
    expect([' school jd', ' jd school'].some((run) => text === `Before.${run} After.`)).toBe(true);
  });

  it('Chinese input: IME-sized commits stay contiguous per person', async () => {
    const start = '课程以直播电商岗位为载体。';
    await openBoth('Same spot, IME', start);
    // What an IME commits: a composed word at a time, through insertText, not key presses.
    const commit = async (page: Page, words: string[]) => {
      for (const word of words) {
        await page.keyboard.insertText(word);
        await page.waitForTimeout(40);
      }
    };
    const mine = ['学校', '补充', '意见', '说明', '如下。'];
    const theirs = ['企业', '导师', '负责', '实训', '环节。'];
    await Promise.all([commit(school, mine), commit(enterprise, theirs)]);
    const text = await converged();
    expect(text).toContain(mine.join(''));
    expect(text).toContain(theirs.join(''));
    expect(text).toHaveLength(start.length + mine.join('').length + theirs.join('').length);
  });
});
