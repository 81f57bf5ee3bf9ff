import { getCurrentUser } from '@/lib/auth/current-user';
import { pdfFileName } from '@/lib/certificates/content';
import { pdfResponse } from '@/lib/certificates/response';
import { getCertificates } from '@/lib/certificates/queries';

type Context = { params: Promise<{ classId: string }> };

// Not signed in, not allowed and not there look the same, so ids cannot be probed.
const notFound = () => new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });

/** Lesson 8: the certificates of every pupil of the class, as one PDF (the pair only). */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { classId } = await context.params;
  const set = await getCertificates(user, classId);
  if (!set) return notFound();
  return pdfResponse(set, pdfFileName('certificaten', set.className));
}
