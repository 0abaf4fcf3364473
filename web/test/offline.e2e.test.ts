import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BrowserWorld,
  createDocument,
  editorContent,
  focusEditorEnd,
  openDocument,
  screenshot,
  waitForConnection,
} from './browser';
import { ENTERPRISE_LEADER, SCHOOL_LEADER, VIEWER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

/** The names of the IndexedDB databases holding local copies of documents on this device. */
function localCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('tandem:')),
  );
}

/** Number of Yjs updates the page's IndexedDB copy of the document holds. */
function localUpdateCount(page: Page, documentId: string): Promise<number> {
  return page.evaluate(async (documentId) => {
    const name = (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .find((n) => n.startsWith('tandem:') && n.endsWith(`:${documentId}`));
    if (!name) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<number>((resolve, reject) => {
        const count = db.transaction('updates', 'readonly').objectStore('updates').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error);
      });
    } finally {
      db.close();
    }
  }, documentId);
}

/** Waits until IndexedDB stops growing: every keystroke typed so far has been written. */
async function waitForLocalWrites(page: Page, documentId: string): Promise<void> {
  let previous = -1;
  for (let i = 0; i < 50; i += 1) {
    const count = await localUpdateCount(page, documentId);
    if (count === previous && count > 0) return;
    previous = count;
    await page.waitForTimeout(200);
  }
  throw new Error('IndexedDB never settled');
}

describe('working offline', () => {
  let server: ServerProcess;
  let world: BrowserWorld;
  let documentId: string;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
    documentId = await createDocument(server, 'Offline drafting', 'notes');
  });

  afterAll(async () => {
    await world?.dispose();
  });

  // The second test reopens the first one's profiles: their IndexedDB is the point.
  let school: BrowserContext;
  let enterprise: BrowserContext;

  it('says so when the browser goes offline, keeps typing, and syncs when it is back', async () => {
    school = await world.signIn(SCHOOL_LEADER);
    const context = school;
    const page = await context.newPage();
    await openDocument(page, server, documentId);
    await focusEditorEnd(page);
    await page.keyboard.type('Written online.');
    await page.locator('[data-save="saved"]').waitFor();

    await context.setOffline(true);
    await waitForConnection(page, 'offline');
    const status = page.getByRole('status', { name: 'Connection status' });
    expect(await status.textContent()).toContain('changes are kept on this device');
    await page.keyboard.type(' Typed while offline.');
    await screenshot(page, 'offline-browser-offline');

    await context.setOffline(false);
    await waitForConnection(page, 'connected');
    await page.locator('[data-save="saved"]').waitFor();
    enterprise = await world.signIn(ENTERPRISE_LEADER);
    const other = await enterprise.newPage();
    await openDocument(other, server, documentId);
    await editorContent(other).getByText('Written online. Typed while offline.').waitFor();
    await page.close();
  });

  /*
   * "Reload while the server is down" cannot be tested literally: with the server down there is
   * no HTML to reload (there is no service worker; the app shell is not cached for offline use).
   * What users need is that nothing typed while disconnected is lost, even if the tab is closed
   * before the server returns. So: type while the server is down, let IndexedDB take the edits,
   * close the tab, restart the server, and open the document again in the same browser profile.
   * The edits must come back from IndexedDB, merge into the server's copy, and reach a
   * collaborator who stayed connected and a brand-new browser that never saw them.
   */
  it('edits made while the server is down survive closing the tab and merge when it returns', async () => {
    const context = school;
    const page = await context.newPage();
    await openDocument(page, server, documentId);
    const collaborator = await enterprise.newPage();
    await openDocument(collaborator, server, documentId);

    // The local copy and the server's agree, and the editor shows it (not a blank page).
    await editorContent(page).getByText('Written online. Typed while offline.').waitFor();
    await server.stop();
    await waitForConnection(page, 'reconnecting');
    await focusEditorEnd(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed while the server was down.');
    await page.locator('[data-save="saved-locally"]').waitFor();
    await screenshot(page, 'offline-server-down');
    await waitForLocalWrites(page, documentId);
    await page.close();

    await server.start();
    // The collaborator reconnects on its own (jittered backoff) and cannot have the edit yet:
    // it only ever existed in the closed tab's IndexedDB.
    await waitForConnection(collaborator, 'connected', 30_000);
    expect(await editorContent(collaborator).textContent()).not.toContain('server was down');

    const reopened = await context.newPage();
    await openDocument(reopened, server, documentId);
    await editorContent(reopened).getByText('Typed while the server was down.').waitFor();
    await editorContent(collaborator).getByText('Typed while the server was down.').waitFor();

    const fresh = await (await world.signIn(VIEWER)).newPage();
    await openDocument(fresh, server, documentId);
    const text = await editorContent(fresh).textContent();
    expect(text).toBe('Written online. Typed while offline.Typed while the server was down.');
    expect(await editorContent(fresh).locator('p').count()).toBe(2);
  });

  it('signing out leaves no copy of any document on this device', async () => {
    const page = await school.newPage();
    await openDocument(page, server, documentId);
    await editorContent(page).getByText('Typed while the server was down.').waitFor();
    expect(await localCopies(page)).toHaveLength(1);
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await expect.poll(() => localCopies(page)).toEqual([]);
  });
});
