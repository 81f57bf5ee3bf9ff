/**
 * A Content-Disposition header that makes the browser save a file under its own name: a plain
 * ASCII `filename` for old clients and an RFC 5987 `filename*` with the exact UTF-8 name
 * (RFC 6266), which every current browser prefers.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
