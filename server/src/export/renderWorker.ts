import { Piscina } from 'piscina';
import type { ExportOutline } from './outline';
import type { PdfFonts } from './pdfFonts';
import { renderDocx } from './renderDocx';
import { renderPdf } from './renderPdf';

/** One file to lay out: the outline is plain data, so it crosses to the worker by copy. */
export type RenderJob =
  | { format: 'docx'; outline: ExportOutline }
  | { format: 'pdf'; outline: ExportOutline; fonts: PdfFonts };

/**
 * Runs in a worker thread (see RenderPool): laying out a plan's PDF takes seconds of CPU, which
 * on the main thread would stall every open document's sync for as long. The bytes go back
 * moved, not copied.
 */
export default async function render(job: RenderJob) {
  const file =
    job.format === 'pdf' ? await renderPdf(job.outline, job.fonts) : await renderDocx(job.outline);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  return Piscina.move(bytes);
}
