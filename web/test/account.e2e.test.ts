import { afterAll, beforeAll, describe, it } from 'vitest';
import { BrowserWorld, screenshot } from './browser';
import { VIEWER } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

/** A signed-in person changes their password from the account menu (issue 10). */
describe('changing your password', () => {
  let server: ServerProcess;
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await BrowserWorld.start();
    server = world.server;
  });

  afterAll(async () => {
    await world?.dispose();
  });

  it('asks for the current password, refuses a weak new one, and the new one signs in', async () => {
    const page = await (await world.signIn(VIEWER)).newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.waitForURL(/\/account\/password$/);

    const newPassword = 'harbour-lantern-quietly-47';
    const form = page.locator('form');
    await form.getByLabel('Current password').fill('not-the-current-one');
    await form.getByLabel(/^New password/).fill(newPassword);
    await form.getByLabel('Repeat the new password').fill(newPassword);
    await form.getByRole('button', { name: 'Save the new password' }).click();
    await form.getByText('That is not your current password.').waitFor();

    await form.getByLabel('Current password').fill(VIEWER.password);
    await form.getByLabel(/^New password/).fill('aaaaaaaaaa');
    await form.getByLabel('Repeat the new password').fill('aaaaaaaaaa');
    await form.getByRole('button', { name: 'Save the new password' }).click();
    await form.getByText('too easy to guess', { exact: false }).waitFor();

    await form.getByLabel(/^New password/).fill(newPassword);
    await form.getByLabel('Repeat the new password').fill(newPassword);
    await form.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('status').getByText('Your password is changed.').waitFor();
    await screenshot(page, 'account-password-changed');

    const fresh = await (await world.anonymous()).newPage();
    await fresh.goto(`${server.url}/login`);
    await fresh.getByLabel('Email').fill(VIEWER.email);
    await fresh.getByLabel('Password').fill(newPassword);
    await fresh.getByRole('button', { name: 'Sign in' }).click();
    await fresh.waitForURL(`${server.url}/`);
  });
});
