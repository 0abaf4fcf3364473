import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { REPO_ROOT, type ServerProcess } from './serverProcess';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function newUserContext(
  browser: Browser,
  options: { locale?: 'en-US' | 'zh-CN' } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
    timezoneId: 'Asia/Shanghai',
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export async function createDocument(
  server: ServerProcess,
  title: string,
  type: 'notes' | 'course-standard' | 'curriculum-map' = 'notes',
): Promise<string> {
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type, title }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
  const body = (await response.json()) as { id: string };
  return body.id;
}

/** Answers the first-open "what should we call you" dialog if it is showing. */
export async function answerNamePrompt(page: Page, name: string): Promise<void> {
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('input').fill(name);
  await dialog.locator('button[type="submit"]').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Opens a document as a first-time visitor named `name` and waits until it is live. */
export async function openDocument(
  page: Page,
  server: ServerProcess,
  documentId: string,
  name: string,
): Promise<void> {
  await page.goto(`${server.url}/d/${documentId}`);
  await answerNamePrompt(page, name);
  await waitForConnection(page, 'connected');
}

export async function waitForConnection(page: Page, state: string, timeout = 20_000) {
  await page.locator(`[data-connection="${state}"]`).waitFor({ state: 'visible', timeout });
}

export function editorContent(page: Page) {
  return page.locator('.editor__content');
}

/** Puts the caret at the end of the document. */
export async function focusEditorEnd(page: Page): Promise<void> {
  const content = editorContent(page);
  await content.click();
  await page.keyboard.press('Control+End');
}
