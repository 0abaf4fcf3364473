import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDocument,
  editorContent,
  focusEditorEnd,
  launchBrowser,
  newUserContext,
  openDocument,
  screenshot,
} from './browser';
import { ServerProcess } from './serverProcess';

describe('two people co-editing one document', () => {
  let server: ServerProcess;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let alice: Page;
  let bob: Page;
  let documentId: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchBrowser();
    documentId = await createDocument(server, 'Live-commerce operations — course standard', 'course-standard');
    contexts = [await newUserContext(browser), await newUserContext(browser)];
    const [first, second] = contexts;
    if (!first || !second) throw new Error('contexts');
    alice = await first.newPage();
    bob = await second.newPage();
    await openDocument(alice, server, documentId, 'Alice Wang');
    await openDocument(bob, server, documentId, 'Bob Li');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  it('a brand-new, empty document takes typing, and each side sees the other', async () => {
    await focusEditorEnd(alice);
    await alice.keyboard.type('Hello from Alice.');
    await expect.poll(() => editorContent(bob).innerText()).toContain('Hello from Alice.');

    await focusEditorEnd(bob);
    await bob.keyboard.press('Enter');
    await bob.keyboard.type('Bob was here too.');
    await expect.poll(() => editorContent(alice).innerText()).toContain('Bob was here too.');
    await expect.poll(() => editorContent(bob).innerText()).toContain('Hello from Alice.');
  });

  it("shows the other person's cursor with their name, and both in the presence list", async () => {
    await expect(bob.locator('.collab-cursor__name', { hasText: 'Alice Wang' })).toBeVisible();
    await expect(alice.locator('.collab-cursor__name', { hasText: 'Bob Li' })).toBeVisible();
    for (const page of [alice, bob]) {
      await expect.poll(() => page.locator('[data-peer-name]').count()).toBe(2);
    }
  });
});
