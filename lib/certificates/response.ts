import 'server-only';
import { renderCertificates } from './pdf';
import type { CertificateSet } from './queries';

/** The certificates as a download: rendered on the server, never cached (they hold pupil data). */
export async function pdfResponse(set: CertificateSet, fileName: string): Promise<Response> {
  const pdf = await renderCertificates(set);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      // fileName is ASCII-only (pdfFileName), so the plain form of the header is enough.
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
}
