import { MAX_IMPORT_BYTES } from '../curriculum/import';

export type DocxErrorCode =
  | 'DOCX_TOO_LARGE'
  | 'DOCX_UNSUPPORTED'
  | 'DOCX_UNREADABLE'
  | 'DOCX_EMPTY';

export interface DocxError {
  code: DocxErrorCode;
  params: Record<string, string | number>;
}

export type DocxResult = { ok: true; html: string } | { ok: false; error: DocxError };

function fail(code: DocxErrorCode, params: Record<string, string | number> = {}): DocxResult {
  return { ok: false, error: { code, params } };
}

/** A .docx is a zip: anything else (an old .doc, a renamed file) is refused before parsing. */
function looksLikeZip(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Converts .docx bytes to HTML with mammoth (loaded only when someone imports). Images are not
 * read: each becomes an empty <img> with its alt text, for the preview to list.
 */
export async function convertDocx(bytes: ArrayBuffer): Promise<DocxResult> {
  if (!looksLikeZip(bytes)) return fail('DOCX_UNREADABLE');
  const { default: mammoth } = await import('mammoth');
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  // The browser build reads `arrayBuffer`, the Node one (unit tests) `buffer`; both take these bytes.
  const input = { arrayBuffer: bytes, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  try {
    const result = await mammoth.convertToHtml(input, { convertImage });
    if (result.value.trim() === '') return fail('DOCX_EMPTY');
    return { ok: true, html: result.value };
  } catch {
    // mammoth says why in English internals (a missing part, bad XML); the person needs only
    // to know the file is not a Word document it can read.
    return fail('DOCX_UNREADABLE');
  }
}

/** Checks the name and size, then converts. Nothing is written here. */
export async function readDocx(file: File): Promise<DocxResult> {
  if (!file.name.toLowerCase().endsWith('.docx'))
    return fail('DOCX_UNSUPPORTED', { name: file.name });
  if (file.size > MAX_IMPORT_BYTES)
    return fail('DOCX_TOO_LARGE', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  return convertDocx(await file.arrayBuffer());
}
