import type { Page } from 'playwright-core';

/** Opens the "Import from Word" dialog of the document on `page`. */
export async function openImport(page: Page): Promise<void> {
  await page.getByTestId('docx-import-open').click();
  await page.getByTestId('docx-import').waitFor();
}

/** Chooses a .docx in the open dialog, as a person picking it from disk. */
export async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('docx-file').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer,
  });
}

/** The template sections the preview lists, in its order. */
export function previewSections(page: Page): Promise<(string | null)[]> {
  return page
    .getByTestId('docx-sections')
    .locator('li[data-section]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-section')));
}
