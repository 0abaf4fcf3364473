import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import type { ExportOutline } from './outline';
import { findPdfFonts } from './pdfFonts';
import { RenderPool } from './RenderPool';

const outline = (n: number): ExportOutline => ({
  title: `课程标准 ${n}`,
  lang: 'zh-CN',
  titlePage: [{ kind: 'line', text: `课程标准 ${n}`, size: 22, heading: true }],
  body: [
    { kind: 'heading', level: 1, text: '课程基本信息' },
    { kind: 'paragraph', runs: [{ text: `第 ${n} 份：电子商务基础` }] },
  ],
});

let pool: RenderPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the render pool', () => {
  it('lays out Word and PDF files in a worker thread', async () => {
    pool = new RenderPool({ threads: 1 });
    const fonts = findPdfFonts(undefined);
    if (!fonts) throw new Error('install fonts-noto-cjk for the PDF tests');
    const [docx, pdf] = await Promise.all([
      pool.render({ format: 'docx', outline: outline(1) }),
      pool.render({ format: 'pdf', outline: outline(2), fonts }),
    ]);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const text = await (await doc.getPage(2)).getTextContent();
    expect(text.items.map((i) => ('str' in i ? i.str : '')).join('')).toContain('第 2 份');
  });

  it('refuses work beyond its queue at once with 503 EXPORT_BUSY, and finishes what it took', async () => {
    pool = new RenderPool({ threads: 1, maxQueue: 1 });
    // The first starts on the thread, the second waits, the third finds the queue full.
    const first = pool.render({ format: 'docx', outline: outline(1) });
    const second = pool.render({ format: 'docx', outline: outline(2) });
    const third = pool.render({ format: 'docx', outline: outline(3) });
    const refused = await third.catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'EXPORT_BUSY', statusCode: 503, retryAfter: 5 });
    for (const file of await Promise.all([first, second]))
      expect(file.subarray(0, 2).toString()).toBe('PK');
    // Room again once the queue drained.
    await expect(pool.render({ format: 'docx', outline: outline(4) })).resolves.toBeInstanceOf(
      Buffer,
    );
  });
});
