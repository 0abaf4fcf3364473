import type { Page } from 'playwright-core';
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
import { cell, demoDocumentId } from './curriculumPages';
import { ENTERPRISE_LEADER, SCHOOL_LEADER, VIEWER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

/**
 * Threads are not in the Y.Doc: a change is signalled over the document's awareness and the
 * others read the threads again at once (a 15 s poll is only the fallback). Waiting well under
 * the poll interval shows the signal is what delivers it.
 */
const LIVE = { timeout: 8_000 };
const PHRASE = 'live-stream selling';

/** The text under each named CSS highlight, e.g. the commented words. */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get(n) ?? [])].map((range) => range.toString());
  }, name);
}

async function commentMarks(page: Page): Promise<string[]> {
  return [
    ...(await highlighted(page, 'tandem-comment')),
    ...(await highlighted(page, 'tandem-comment-active')),
  ];
}

/** Selects `phrase` in the editor as a mouse drag would. */
async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate((p) => {
    const root = document.querySelector('.editor__content');
    if (!root) throw new Error('no editor');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(p) ?? -1;
      if (at < 0) continue;
      (root as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + p.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`phrase not found: ${p}`);
  }, phrase);
  await settle(page);
}

/** Changes a member's role as the workspace owner (the school leader) would. */
async function setRole(server: ServerProcess, documentId: string, email: string, role: string) {
  const auth = { authorization: `Bearer ${await apiToken(server, SCHOOL_LEADER)}` };
  const doc = (await (
    await fetch(`${server.url}/api/documents/${documentId}`, { headers: auth })
  ).json()) as { workspaceId: string };
  const ws = `${server.url}/api/workspaces/${doc.workspaceId}`;
  const detail = (await (await fetch(ws, { headers: auth })).json()) as {
    members: Array<{ user: { id: string; email: string } }>;
  };
  const member = detail.members.find((m) => m.user.email === email);
  if (!member) throw new Error(`no member ${email}`);
  const response = await fetch(`${ws}/members/${member.user.id}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  if (!response.ok) throw new Error(`role change failed: ${response.status}`);
}

async function openPanel(page: Page): Promise<void> {
  if ((await page.getByTestId('comments-panel').count()) === 0) {
    await page.getByRole('button', { name: /^Comments|^评论/ }).click();
  }
  await page.getByTestId('comments-panel').waitFor();
}

describe('comments and attribution', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let school: Page;
  let enterprise: Page;
  let documentId: string;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    documentId = await createDocument(server, 'Live-commerce practice notes', 'notes');
    school = await (await world.signIn(SCHOOL_LEADER)).newPage();
    enterprise = await (await world.signIn(ENTERPRISE_LEADER)).newPage();
    await openDocument(school, server, documentId);
    await openDocument(enterprise, server, documentId);
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('[H12] the school leader comments on a selected phrase; the other side sees it at once', async () => {
    await focusEditorEnd(school);
    await school.keyboard.type(`Students practise ${PHRASE} with real merchants.`);
    await editorContent(enterprise).getByText('real merchants').waitFor();

    await selectPhrase(school, PHRASE);
    await school.locator('.comment-fab').waitFor();
    await screenshot(school, 'comments-select-en');
    await school.locator('.comment-fab').click();
    const draft = school.getByRole('article', { name: 'New comment' });
    await draft.getByText(PHRASE).waitFor();
    await draft.getByRole('combobox').fill('How many hours of practice is this?');
    await draft.getByRole('button', { name: 'Comment' }).click();
    await school.locator('[data-thread][data-status="open"]').waitFor();
    await expect.poll(() => commentMarks(school)).toEqual([PHRASE]);

    // The other side: the header count shows it, the words are marked, the panel lists it.
    await enterprise.getByTestId('open-thread-count').getByText('1').waitFor(LIVE);
    await expect.poll(() => commentMarks(enterprise), LIVE).toEqual([PHRASE]);
    await openPanel(enterprise);
    const thread = enterprise.locator('[data-thread]').first();
    await thread.getByText('How many hours of practice is this?').waitFor();
    await thread.getByText(SCHOOL_LEADER.name).waitFor();
    await thread.getByText('School').waitFor();
  });

  it('[H14] a click in the marked words opens the thread; the reply @mentions the school leader', async () => {
    await editorContent(enterprise).getByText(PHRASE, { exact: false }).click();
    // Clicking inside the marked range focuses its thread, which then offers a reply box.
    const thread = enterprise.locator('[data-thread].is-active');
    await thread.waitFor();
    const reply = thread.getByRole('combobox');
    await reply.click();
    await enterprise.keyboard.type('Agreed with ');
    await enterprise.keyboard.type('@王');
    await enterprise.getByRole('option', { name: new RegExp(SCHOOL_LEADER.name) }).waitFor();
    await enterprise.keyboard.press('Enter');
    await enterprise.keyboard.type('— 48 hours on our platform.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.locator('.mention', { hasText: `@${SCHOOL_LEADER.name}` }).waitFor();
    expect(await thread.locator('.comment__body').nth(1).textContent()).toBe(
      `Agreed with @${SCHOOL_LEADER.name} — 48 hours on our platform.`,
    );
    await screenshot(enterprise, 'comments-thread-en');

    await openPanel(school);
    await school
      .locator('[data-thread] .mention', { hasText: `@${SCHOOL_LEADER.name}` })
      .waitFor(LIVE);
    await school.locator('[data-thread]').getByText('48 hours on our platform').waitFor();
  });

  it('[H13] text typed before the anchor keeps the mark on the same words', async () => {
    await editorContent(school).click({ position: { x: 40, y: 20 } });
    await school.keyboard.press('Control+Home');
    await settle(school);
    await school.keyboard.type('Module 3: ');
    await editorContent(enterprise).getByText('Module 3:', { exact: false }).waitFor();
    await expect.poll(() => commentMarks(school)).toEqual([PHRASE]);
    await expect.poll(() => commentMarks(enterprise)).toEqual([PHRASE]);
  });

  it('[H16] a viewer reads threads but has no comment box or Comment button', async () => {
    const context = await world.signIn(VIEWER);
    const viewer = await context.newPage();
    await openDocument(viewer, server, documentId);
    await openPanel(viewer);
    await viewer.locator('[data-thread]').getByText('How many hours').waitFor(LIVE);
    await viewer.getByText('You can read comments; your role cannot add them.').waitFor();
    await viewer.locator('[data-thread]').first().click();
    await settle(viewer);
    expect(await viewer.getByTestId('comments-panel').getByRole('combobox').count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Resolve' }).count()).toBe(0);
    await selectPhrase(viewer, 'real merchants');
    expect(await viewer.locator('.comment-fab').count()).toBe(0);
    await expect.poll(() => commentMarks(viewer)).toEqual([PHRASE]);
    await viewer.close();
  });

  it('[H12] a commenter cannot edit but can select text and comment on it', async () => {
    await setRole(server, documentId, VIEWER.email, 'commenter');
    const context = await world.signIn(VIEWER);
    const commenter = await context.newPage();
    await openDocument(commenter, server, documentId);
    expect(await editorContent(commenter).getAttribute('contenteditable')).toBe('false');
    await selectPhrase(commenter, 'real merchants');
    await commenter.locator('.comment-fab').click();
    const draft = commenter.getByRole('article', { name: 'New comment' });
    await draft.getByRole('combobox').fill('Which merchants?');
    await draft.getByRole('button', { name: 'Comment' }).click();
    await expect.poll(() => commentMarks(school), LIVE).toContain('real merchants');
    await commenter.close();
    await setRole(server, documentId, VIEWER.email, 'viewer');
  });

  it('the school leader resolves the thread; it moves to Resolved on both sides', async () => {
    const thread = school.locator('[data-thread]', { hasText: 'How many hours' });
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await school.getByText('Resolved (1)').waitFor();
    await expect.poll(() => commentMarks(school)).toEqual(['real merchants']);
    await enterprise.getByText('Resolved (1)').waitFor(LIVE);
    await enterprise.getByTestId('open-thread-count').getByText('1').waitFor();
    await enterprise.getByText('Resolved (1)').click();
    const resolved = enterprise.getByTestId('resolved-threads').locator('[data-thread]');
    await resolved.getByText(`${SCHOOL_LEADER.name} marked this resolved`).waitFor();
    await resolved.getByRole('button', { name: 'Reopen' }).waitFor();
  });

  it('[H8] Show authors colours each side’s text and gives each side’s share', async () => {
    await focusEditorEnd(enterprise);
    await enterprise.keyboard.press('Enter');
    await enterprise.keyboard.type('JD adds a merchant case study.');
    await editorContent(school).getByText('JD adds a merchant case study.').waitFor();

    await school.getByRole('button', { name: 'Show authors' }).click();
    await expect
      .poll(() => highlighted(school, 'tandem-author-enterprise'), LIVE)
      .toEqual(['JD adds a merchant case study.']);
    const schoolText = (await highlighted(school, 'tandem-author-school')).join('');
    expect(schoolText).toContain('Module 3: ');
    expect(schoolText).toContain(`Students practise ${PHRASE} with real merchants.`);
    const summary = school.getByTestId('authors-summary');
    await summary.getByText(/^School-authored \d+%$/).waitFor();
    await summary.getByText(/^Enterprise-authored \d+%$/).waitFor();
    const enterpriseShare = await summary.locator('[data-side="enterprise"]').textContent();
    // JD typed 30 of the 98 characters.
    expect(enterpriseShare).toBe('Enterprise-authored 31%');
    await screenshot(school, 'comments-authors-en');

    // One side switched off: its text is no longer marked.
    await summary.getByRole('checkbox', { name: 'Show School text' }).uncheck();
    await expect.poll(() => highlighted(school, 'tandem-author-school')).toEqual([]);
    expect(await highlighted(school, 'tandem-author-enterprise')).toHaveLength(1);
  });

  it('reads in Chinese: 评论, 作者标注, 校方/企业 shares', async () => {
    // With JD's leader gone, their share can only come from the server's attribution (H8).
    await enterprise.close();
    const context = await world.signIn(SCHOOL_LEADER, { locale: 'zh-CN' });
    const page = await context.newPage();
    await openDocument(page, server, documentId);
    await page.getByRole('button', { name: '作者标注' }).click();
    const summary = page.getByTestId('authors-summary');
    await summary.getByText('企业撰写 31%').waitFor(LIVE);
    await expect
      .poll(() => highlighted(page, 'tandem-author-enterprise'), LIVE)
      .toEqual(['JD adds a merchant case study.']);
    await summary.getByText(/^校方撰写 \d+%$/).waitFor();
    await page.getByText('已解决（1）').waitFor();
    await screenshot(page, 'comments-authors-zh');
    await page.close();
  });

  it('[H13] a thread whose words are deleted is kept and says so', async () => {
    await focusEditorEnd(school);
    await school.keyboard.press('Enter');
    await school.keyboard.type('Draft wording to drop');
    await selectPhrase(school, 'wording to drop');
    await school.locator('.comment-fab').click();
    const draft = school.getByRole('article', { name: 'New comment' });
    await draft.getByRole('combobox').fill('Cut this?');
    await draft.getByRole('button', { name: 'Comment' }).click();
    const thread = school.locator('[data-thread]', { hasText: 'Cut this?' });
    await thread.waitFor();
    await expect.poll(() => commentMarks(school)).toContain('wording to drop');
    await selectPhrase(school, 'Draft wording to drop');
    await school.keyboard.press('Backspace');
    await thread.getByText('The commented text was deleted; the thread is kept.').waitFor();
    expect(await commentMarks(school)).not.toContain('wording to drop');
  });

  it('comments on a course’s cell in the curriculum map; the row is marked', async () => {
    const mapId = await demoDocumentId(server, SCHOOL_LEADER, 'curriculum-map', '电子商务专业群');
    await openDocument(school, server, mapId);
    await school.getByTestId('course-grid').waitFor();
    await cell(school, 'zy411', 'hoursPractice').scrollIntoViewIfNeeded();
    await cell(school, 'zy411', 'hoursPractice').click();
    await settle(school);
    await school.keyboard.press('Shift+F10');
    await school.getByRole('menuitem', { name: 'Comment' }).click();
    const draft = school.getByRole('article', { name: 'New comment' });
    // Opened from the practice-hours cell: the thread is about that cell.
    await draft.getByText(/^ZY411 .* · Practice$/).waitFor();
    await draft.getByRole('combobox').fill('Raise practice hours to 48?');
    await draft.getByRole('button', { name: 'Comment' }).click();
    const thread = school.locator('[data-thread][data-status="open"]');
    await thread.getByText('Raise practice hours to 48?').waitFor();
    await thread.locator('.thread__anchor', { hasText: /ZY411 .* · Practice/ }).waitFor();
    // The cell and its row carry a visible badge with the count of open threads.
    const cellMarker = cell(school, 'zy411', 'hoursPractice').locator('.comment-marker');
    await cellMarker.waitFor();
    expect(await cellMarker.textContent()).toBe('1');
    expect(await cellMarker.getAttribute('aria-label')).toBe('1 open comment: show it');
    const rowMarker = school.locator('tr[data-row="zy411"] .comment-marker--row');
    expect(await rowMarker.textContent()).toBe('1');
    expect(await rowMarker.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await cell(school, 'zy411', 'name').locator('.comment-marker').count()).toBe(0);
    await screenshot(school, 'comments-map-en');
    // Clicking the badge opens the thread, with the panel closed before.
    await school.getByRole('button', { name: 'Close comments' }).click();
    await school.getByTestId('comments-panel').waitFor({ state: 'detached' });
    await cellMarker.click();
    await school.locator('[data-thread].is-active', { hasText: 'Raise practice hours' }).waitFor();
    await screenshot(school, 'comments-map-marker-open-en');
  });

  it('comments on words of a course standard’s narrative section', async () => {
    const standardId = await demoDocumentId(server, SCHOOL_LEADER, 'course-standard', '直播电商');
    await openDocument(school, server, standardId);
    const words = await school.evaluate(() => {
      for (const content of document.querySelectorAll('.narrative__content')) {
        const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        const node = walker.nextNode();
        if (!node?.textContent || node.textContent.length < 12) continue;
        (content as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, 2);
        range.setEnd(node, 10);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return range.toString();
      }
      return null;
    });
    expect(words).not.toBeNull();
    await settle(school);
    await school.locator('.comment-fab').waitFor();
    await screenshot(school, 'comments-standard-select-en');
    await school.locator('.comment-fab').click();
    const draft = school.getByRole('article', { name: 'New comment' });
    await draft.getByRole('combobox').fill('Name the partner merchant here.');
    await draft.getByRole('button', { name: 'Comment' }).click();
    await school.locator('[data-thread][data-status="open"]').waitFor();
    await expect.poll(() => commentMarks(school)).toEqual([words]);
    await screenshot(school, 'comments-standard-en');
  });
});
