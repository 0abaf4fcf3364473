import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiToken,
  BrowserWorld,
  createDocument,
  focusEditorEnd,
  openDocument,
  screenshot,
  settle,
  waitForConnection,
} from './browser';
import { ENTERPRISE_LEADER, SCHOOL_LEADER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

/**
 * The inbox (issue 11), as the two leaders see it: a mention and a sign-off reach the other
 * leader's bell while their page stays open (no reload), the panel says who, what and where,
 * and the document list puts what awaits their sign-off first.
 */
const LIVE = { timeout: 8_000 };

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

async function api(server: ServerProcess, token: string, path: string, body: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

const bellCount = (page: Page) => page.getByTestId('inbox-count');

describe('the inbox', () => {
  let world: BrowserWorld;
  let server: ServerProcess;
  let school: Page;
  let enterprise: Page;
  let documentId: string;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    documentId = await createDocument(server, 'Live-stream selling: practice plan', 'notes');
    school = await (await world.signIn(SCHOOL_LEADER)).newPage();
    enterprise = await (await world.signIn(ENTERPRISE_LEADER)).newPage();
    await openDocument(school, server, documentId);
    await enterprise.goto(`${server.url}/`);
    await enterprise.getByTestId('document-list').waitFor();
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('an @mention raises the other leader’s bell live; the panel says who and where; a click opens the document', async () => {
    await enterprise.getByTestId('inbox-bell').waitFor();
    expect(await bellCount(enterprise).count()).toBe(0);

    await focusEditorEnd(school);
    await school.keyboard.type('Students practise live-stream selling with real merchants.');
    await selectPhrase(school, 'real merchants');
    await school.locator('.comment-fab').click();
    const draft = school.getByRole('article', { name: 'New comment' });
    await draft.getByRole('combobox').fill(`@${ENTERPRISE_LEADER.name} which merchants can host?`);
    await draft.getByRole('button', { name: 'Comment' }).click();
    await school.locator('[data-thread][data-status="open"]').waitFor();

    // The enterprise leader's page was not reloaded: the count arrives over the socket.
    await bellCount(enterprise).getByText('1').waitFor(LIVE);
    const bell = enterprise.getByTestId('inbox-bell');
    expect(await bell.getAttribute('aria-label')).toBe('Notifications, 1 unread');
    // The school leader wrote it and is told nothing.
    expect(await bellCount(school).count()).toBe(0);

    // Keyboard: focus the bell, open with Enter, move into the list with the arrow key.
    await bell.focus();
    await enterprise.keyboard.press('Enter');
    const panel = enterprise.getByTestId('inbox-panel');
    const item = panel.getByTestId('inbox-item').first();
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('mention');
    await item.getByText(`${SCHOOL_LEADER.name} mentioned you`).waitFor();
    await item.getByText('Live-stream selling: practice plan').waitFor();
    await item.getByText('which merchants can host?', { exact: false }).waitFor();
    await item.getByText(/now|second|minute/).waitFor();
    await screenshot(enterprise, 'inbox-panel-en');
    await enterprise.keyboard.press('ArrowDown');
    expect(await item.evaluate((el) => el === document.activeElement)).toBe(true);
    await enterprise.keyboard.press('Enter');

    await enterprise.waitForURL(new RegExp(`/d/${documentId}\\?thread=`));
    await waitForConnection(enterprise, 'connected');
    // The link opens the thread it is about.
    await enterprise
      .locator('[data-thread].is-active')
      .getByText('which merchants can host?', { exact: false })
      .waitFor(LIVE);
    await expect.poll(() => bellCount(enterprise).count(), LIVE).toBe(0);
    // Read stays read after a reload.
    await enterprise.reload();
    await enterprise.getByTestId('inbox-bell').waitFor();
    await settle(enterprise);
    expect(await bellCount(enterprise).count()).toBe(0);
  });

  it('a sign-off puts “awaiting your sign-off” first on the other leader’s list, live, and in their bell', async () => {
    const other = await createDocument(server, 'Another document, updated later', 'notes');
    await enterprise.goto(`${server.url}/`);
    const list = enterprise.getByTestId('document-list');
    await list.waitFor();
    // Newest first: the other document leads until a sign-off awaits this leader.
    await expect
      .poll(() => list.locator('.document-card__title').first().textContent())
      .toBe('Another document, updated later');
    expect(other).toBeTruthy();

    const token = await apiToken(server, SCHOOL_LEADER);
    const version = await api(server, token, `/api/documents/${documentId}/versions`, {
      label: 'For the committee',
    });
    await api(server, token, `/api/documents/${documentId}/signoffs`, {
      versionId: version.id,
      decision: 'approve',
    });

    await bellCount(enterprise).getByText('1').waitFor(LIVE);
    const first = list.locator('li').first();
    await first.getByText('Awaiting your sign-off').waitFor(LIVE);
    expect(await first.locator('.document-card__title').textContent()).toBe(
      'Live-stream selling: practice plan',
    );
    await enterprise
      .getByTestId('awaiting-you')
      .getByText('1 document awaits your sign-off')
      .waitFor();
    await screenshot(enterprise, 'inbox-awaiting-signoff-en');

    await enterprise.getByTestId('inbox-bell').click();
    const item = enterprise.getByTestId('inbox-panel').getByTestId('inbox-item').first();
    await item
      .getByText(`${SCHOOL_LEADER.name} approved “For the committee” and awaits your sign-off`)
      .waitFor();
    await enterprise.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => bellCount(enterprise).count(), LIVE).toBe(0);
    await enterprise.keyboard.press('Escape');
    await expect.poll(() => enterprise.getByTestId('inbox-panel').count()).toBe(0);
    expect(
      await enterprise.getByTestId('inbox-bell').evaluate((el) => el === document.activeElement),
    ).toBe(true);
  });

  it('says the same in Chinese', async () => {
    const page = await (await world.signIn(ENTERPRISE_LEADER, { locale: 'zh-CN' })).newPage();
    await page.goto(`${server.url}/`);
    const first = page.getByTestId('document-list').locator('li').first();
    await first.getByText('待您签批').waitFor(LIVE);
    await page.getByTestId('awaiting-you').getByText('1 份文档待您签批').waitFor();
    await page.getByRole('button', { name: '通知' }).click();
    const items = page.getByTestId('inbox-panel').getByTestId('inbox-item');
    await items
      .getByText(`${SCHOOL_LEADER.name} 已签批「For the committee」，等待您签批`)
      .waitFor();
    await items.getByText(`${SCHOOL_LEADER.name} 在评论中提到了您`).waitFor();
    await screenshot(page, 'inbox-panel-zh');
    await page.close();
  });
});
