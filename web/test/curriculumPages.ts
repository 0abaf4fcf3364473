import type { Locator, Page } from 'playwright-core';
import { apiToken, settle } from './browser';
import type { Account } from './demoAccounts';
import type { ServerProcess } from './serverProcess';

/** The id of the demo workspace's document of `type` whose title contains `title`. */
export async function demoDocumentId(
  server: ServerProcess,
  account: Account,
  type: 'curriculum-map' | 'course-standard' | 'talent-plan',
  title: string,
): Promise<string> {
  const token = await apiToken(server, account);
  const response = await fetch(`${server.url}/api/documents`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as {
    documents: Array<{ id: string; type: string; title: string }>;
  };
  const found = body.documents.find((d) => d.type === type && d.title.includes(title));
  if (!found) throw new Error(`no demo ${type} titled ${title}`);
  return found.id;
}

/** A cell of an editable grid, by row id and field (`data-cell`). */
export function cell(page: Page, rowId: string, field: string): Locator {
  return page.locator(`[data-cell="${rowId}:${field}"]`);
}

/** The element focused in the page, by its `data-cell` / `data-jump` attributes. */
export function focused(page: Page): Promise<{ cell: string | null; jump: string | null }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      cell: active?.getAttribute('data-cell') ?? null,
      jump: active?.getAttribute('data-jump') ?? null,
    };
  });
}

/** Types into a text or number cell the way a person does: focus, Enter, type, Enter. */
export async function typeIntoCell(page: Page, rowId: string, field: string, text: string) {
  const target = cell(page, rowId, field);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await settle(page);
  await page.keyboard.press('Enter');
  const input = target.locator('input');
  await input.waitFor();
  await input.fill(text);
  await page.keyboard.press('Enter');
  await settle(page);
}

/** The texts of the rule checks listed in the panel. */
export function checks(page: Page, ruleId?: string): Locator {
  const panel = page.getByTestId('rule-panel');
  return ruleId ? panel.locator(`[data-rule="${ruleId}"]`) : panel.locator('[data-rule]');
}

/** Milliseconds of the last recompute (document read + rollups + rules) as the panel reports it. */
export async function recomputeMs(page: Page): Promise<number> {
  const value = await page.getByTestId('rule-panel').getAttribute('data-check-ms');
  return Number(value);
}
