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
  waitForConnection,
} from './browser';
import { SCHOOL_LEADER, VIEWER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

/** Collects the sync sockets a page opens, to prove that none was opened. */
function syncSockets(page: Page): string[] {
  const urls: string[] = [];
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname.startsWith('/sync')) urls.push(socket.url());
  });
  return urls;
}

describe('pages, sign-in and languages', () => {
  let server: ServerProcess;
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('sends a signed-out visitor to sign in, then back to the document they asked for', async () => {
    const documentId = await createDocument(server, 'Sign-in round trip');
    const page = await (await world.anonymous()).newPage();
    await page.goto(`${server.url}/d/${documentId}`);
    await page.waitForURL(`**/login?next=${encodeURIComponent(`/d/${documentId}`)}`);

    await page.getByLabel('Email').fill(SCHOOL_LEADER.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('do not match an account').waitFor();
    await screenshot(page, 'login-error-en');

    await page.getByLabel('Password').fill(SCHOOL_LEADER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/d/${documentId}`);
    await waitForConnection(page, 'connected');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign-in round trip');
  });

  it('an unknown document id shows "not found" and never opens a sync connection', async () => {
    const page = await (await world.signIn(SCHOOL_LEADER)).newPage();
    const sockets = syncSockets(page);
    await page.goto(`${server.url}/d/doesNotExist123`);
    await page.getByTestId('not-found').getByText('Document not found').waitFor();
    await page.goto(`${server.url}/d/x`);
    await page.getByTestId('not-found').getByText('Document not found').waitFor();
    expect(sockets).toEqual([]);

    await page.goto(`${server.url}/no/such/page`);
    await page.getByTestId('not-found').getByText('Page not found').waitFor();
    await page.getByRole('link', { name: 'Go to documents' }).click();
    await page.waitForURL(`${server.url}/`);
  });

  it('a document deleted while open turns into "not found" (sync closes with DOC_NOT_FOUND)', async () => {
    const documentId = await createDocument(server, 'About to be deleted');
    const page = await (await world.signIn(SCHOOL_LEADER)).newPage();
    await openDocument(page, server, documentId);
    const token = await apiToken(server, SCHOOL_LEADER);
    const response = await fetch(`${server.url}/api/documents/${documentId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(204);
    await page.getByTestId('not-found').getByText('Document not found').waitFor();
  });

  it('the home page creates a document and opens it', async () => {
    const page = await (await world.signIn(SCHOOL_LEADER)).newPage();
    await page.goto(server.url);
    await page.getByTestId('document-list').waitFor();

    await page.getByRole('button', { name: 'Create document' }).click();
    await page.getByRole('alert').getByText('Give the document a title.').waitFor();

    await page.getByLabel('Title').fill('Store operations on JD.com');
    await page.getByLabel('Type').selectOption('notes');
    await page.getByRole('button', { name: 'Create document' }).click();
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]{8,}$/);
    await waitForConnection(page, 'connected');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Store operations on JD.com',
    );
    await focusEditorEnd(page);
    await page.keyboard.type('First line of new notes.');
    await page.locator('[data-save="saved"]').waitFor();

    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    const first = page.getByTestId('document-list').locator('li').first();
    await first.getByText('Store operations on JD.com').waitFor();
    expect(await first.textContent()).toContain('Notes');
  });

  it('a viewer is not offered the "new document" form', async () => {
    const page = await (await world.signIn(VIEWER)).newPage();
    await page.goto(server.url);
    await page.getByText('can read documents but not create them').waitFor();
    expect(await page.getByRole('button', { name: 'Create document' }).count()).toBe(0);
  });

  it('switches the interface between English and Chinese, and remembers the choice', async () => {
    const page = await (await world.signIn(SCHOOL_LEADER)).newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { name: '文档', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByRole('button', { name: '创建文档' }).count()).toBe(1);
    expect(await page.title()).toBe('文档 · Tandem');

    await page.reload();
    await page.getByRole('heading', { name: '文档', level: 1 }).waitFor();

    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('a Chinese browser gets Chinese by default, everywhere including the editor', async () => {
    const documentId = await createDocument(server, '中文界面');
    const context = await world.signIn(SCHOOL_LEADER, { locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/d/${documentId}`);
    await waitForConnection(page, 'connected');
    expect(await page.getByRole('status', { name: '连接状态' }).textContent()).toContain('已连接');
    await page
      .getByRole('toolbar', { name: '格式' })
      .getByRole('button', { name: '加粗' })
      .waitFor();
    expect(await editorContent(page).getAttribute('aria-label')).toBe('文档正文');
  });
});
