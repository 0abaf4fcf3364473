/**
 * `attachment` with the file name twice (RFC 6266): an ASCII fallback for old clients and the
 * UTF-8 name (RFC 5987) that every current browser uses, so 《直播电商》课程标准.docx arrives
 * as written.
 */
export function contentDisposition(fileName: string): string {
  const safe = fileName.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').trim() || 'document';
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRFC5987(safe)}`;
}

function encodeRFC5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
