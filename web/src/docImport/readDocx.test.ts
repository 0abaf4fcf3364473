import { describe, expect, it } from 'vitest';
import { sampleStandardDocx } from '../../test/standardDocx';
import { MAX_IMPORT_BYTES } from '../curriculum/import';
import { readDocx } from './readDocx';

function file(bytes: Uint8Array<ArrayBuffer>, name: string): File {
  return new File([bytes], name);
}

describe('reading a Word file', () => {
  it('converts a real .docx to HTML', async () => {
    const read = await readDocx(file(new Uint8Array(await sampleStandardDocx()), 'standard.docx'));
    expect(read.ok && read.html).toContain('<h1>一、课程性质与定位</h1>');
  });

  it('refuses random bytes named .docx as unreadable', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect(await readDocx(file(noise, 'standard.docx'))).toEqual({
      ok: false,
      error: { code: 'DOCX_UNREADABLE', params: {} },
    });
  });

  it('refuses a truncated .docx (a zip that breaks off)', async () => {
    const whole = new Uint8Array(await sampleStandardDocx());
    const read = await readDocx(file(whole.slice(0, whole.length / 2), 'standard.docx'));
    expect(read).toMatchObject({ ok: false, error: { code: 'DOCX_UNREADABLE' } });
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(await readDocx(file(big, 'big.docx'))).toEqual({
      ok: false,
      error: { code: 'DOCX_TOO_LARGE', params: { maxMb: 5 } },
    });
  });

  it('refuses an old .doc or any other type by name', async () => {
    const read = await readDocx(file(new Uint8Array([1, 2, 3]), 'standard.doc'));
    expect(read).toEqual({
      ok: false,
      error: { code: 'DOCX_UNSUPPORTED', params: { name: 'standard.doc' } },
    });
  });
});
