import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type Account, SCHOOL_LEADER } from './demoAccounts';
import { REPO_ROOT, ServerProcess } from './serverProcess';

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

/** A bearer token for `account`, for setting up data from the test process. */
export async function apiToken(server: ServerProcess, account: Account): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const body = (await response.json()) as { token: string };
  return body.token;
}

export async function createDocument(
  server: ServerProcess,
  title: string,
  type: 'notes' | 'course-standard' | 'curriculum-map' = 'notes',
  account: Account = SCHOOL_LEADER,
): Promise<string> {
  const token = await apiToken(server, account);
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ type, title }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
  const body = (await response.json()) as { id: string };
  return body.id;
}

/**
 * Signs the browser context in as `account`. The context's request client shares its cookie
 * jar, so the session cookie lands where the pages will send it (HTTP and the sync socket).
 */
export async function signIn(
  context: BrowserContext,
  server: ServerProcess,
  account: Account,
): Promise<void> {
  const response = await context.request.post(`${server.url}/api/auth/login`, {
    data: { email: account.email, password: account.password },
  });
  if (response.status() !== 200) throw new Error(`sign-in failed: ${response.status()}`);
}

/** A browser context signed in as `account`. */
export async function newSignedInContext(
  browser: Browser,
  server: ServerProcess,
  account: Account,
  options: { locale?: 'en-US' | 'zh-CN' } = {},
): Promise<BrowserContext> {
  const context = await newUserContext(browser, options);
  await signIn(context, server, account);
  return context;
}

/**
 * One test file's world: a real server, one Chromium, and every signed-in context opened in it,
 * all closed by `dispose` (from afterAll, even when beforeAll stopped half-way).
 */
export class BrowserWorld {
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    readonly server: ServerProcess,
    readonly browser: Browser,
  ) {}

  static async start(options: { env?: Record<string, string> } = {}): Promise<BrowserWorld> {
    const server = await ServerProcess.start(options);
    try {
      return new BrowserWorld(server, await launchBrowser());
    } catch (error) {
      await server.dispose();
      throw error;
    }
  }

  /** A browser context signed in as `account` (its own cookies and IndexedDB). */
  async signIn(account: Account, options: { locale?: 'en-US' | 'zh-CN' } = {}) {
    const context = await newSignedInContext(this.browser, this.server, account, options);
    this.contexts.push(context);
    return context;
  }

  /** A context nobody signed in to, closed with the world. */
  async anonymous(options: { locale?: 'en-US' | 'zh-CN' } = {}) {
    const context = await newUserContext(this.browser, options);
    this.contexts.push(context);
    return context;
  }

  async dispose(): Promise<void> {
    for (const context of this.contexts) await context.close();
    await this.browser.close();
    await this.server.dispose();
  }
}

/** Opens a document and waits until it is live. */
export async function openDocument(page: Page, server: ServerProcess, documentId: string) {
  await page.goto(`${server.url}/d/${documentId}`);
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
  // Click near the top: the page is taller than the viewport, and clicking the centre would
  // make Playwright scroll the whole sheet into view first.
  await content.click({ position: { x: 120, y: 40 } });
  await settle(page);
  await page.keyboard.press('Control+End');
  await settle(page);
}

/**
 * Lets the page process the keyboard's selectionchange before the next key. A person types far
 * slower than a test; without this, Lexical can handle "Enter" against the selection from before
 * "End" moved it.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
